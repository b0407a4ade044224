/** Approximate width of a character of the chart font, in em: enough to lay out labels without a DOM. */
export const CHAR_EM = 0.56;

/** Breaks text into lines of at most `maxChars`, ending the last kept line with "…" if it had to cut. */
export function wrapWords(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= maxChars || !current) current = next;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines.map((l) => truncate(l, maxChars));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncate(`${kept[maxLines - 1]} ${lines[maxLines]}`, maxChars - 1, true);
  return kept;
}

function truncate(line: string, maxChars: number, force = false): string {
  if (line.length <= maxChars && !force) return line;
  return `${line.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
}

/** Escapes text for SVG/XML content and attributes. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
