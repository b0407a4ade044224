// The floor: a page with the home page's figures (the 29-2071 headline, the related-careers
// table, bar charts of growth and median wage) as plain static HTML with inline CSS and
// hand-written inline SVG, no JavaScript and no other request. The numbers come from the app's
// own parser run on data/ (bench/app-lib.mjs), so the two pages cannot show different figures.
//
//   node bench/baseline.mjs        writes bench/out/baseline.html
import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { buildAppLib, importAppLib } from './app-lib.mjs';
import { OUT_DIR } from './paths.mjs';

const BASELINE_FILE = path.join(OUT_DIR, 'baseline.html');

// Escapes text the way React does, so the figure strings can be looked up in the home page's HTML.
const escapeHtml = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

/** A horizontal bar chart: each occupation's title above its bar, the value at the bar's end. */
function barChart({ title, rows, format }) {
  const width = 640;
  const rowHeight = 44;
  const labelWidth = 0; // labels sit above the bars, so long BLS titles need no left margin on phones
  const valueRoom = 90;
  const top = 36;
  const height = top + rows.length * rowHeight + 8;
  const max = Math.max(...rows.map((r) => r.value ?? 0), 0) || 1;
  const scale = (v) => ((width - labelWidth - valueRoom) * Math.max(v, 0)) / max;
  const bars = rows.map((r, i) => {
    const y = top + i * rowHeight;
    const w = r.value == null ? 0 : scale(r.value);
    return [
      `<text x="0" y="${y + 12}" font-size="14">${escapeHtml(r.label)}</text>`,
      `<rect x="${labelWidth}" y="${y + 18}" width="${w.toFixed(1)}" height="16" fill="#0072b2"/>`,
      `<text x="${(labelWidth + w + 6).toFixed(1)}" y="${y + 31}" font-size="14">${escapeHtml(r.value == null ? 'n/a' : format(r.value))}</text>`,
    ].join('');
  });
  return `<svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px;height:auto" font-family="system-ui, sans-serif" fill="currentColor">`
    + `<text x="0" y="18" font-size="16" font-weight="700">${escapeHtml(title)}</text>${bars.join('')}</svg>`;
}

function tableHtml(table) {
  const head = table.columns.map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ''}>${escapeHtml(c.label)}</th>`).join('');
  const body = table.rows.map((row) => `<tr>${row.map((cell, j) => {
    const c = table.columns[j];
    return c.rowHeader ? `<th scope="row">${escapeHtml(cell.display)}</th>` : `<td${c.numeric ? ' class="num"' : ''}>${escapeHtml(cell.display)}</td>`;
  }).join('')}</tr>`).join('\n');
  return `<div class="table-wrap"><table><caption>${escapeHtml(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

/**
 * Builds the baseline page from data/ and writes it. Returns the file and the figure strings it
 * shows (what the home page must show too).
 */
export async function writeBaseline() {
  await buildAppLib();
  const lib = await importAppLib();
  const { headline: h, comparison } = lib.getStory(lib.assembleDataset(lib.readDataFiles()));
  const table = lib.comparisonTable(comparison);
  const col = (prefix) => table.columns.findIndex((c) => c.key.startsWith(prefix));
  const [titleCol, changeCol, wageCol] = [col('occupation'), col('change_') + 1, col('median_annual_wage')];
  if (table.columns[changeCol]?.key.endsWith('_percent') !== true || titleCol < 0 || wageCol < 0) {
    throw new Error(`bench/baseline.mjs: the comparison table's columns changed (${table.columns.map((c) => c.key).join(', ')}); update the chart columns.`);
  }
  const series = (j) => table.rows.map((r) => ({ label: r[titleCol].display, value: typeof r[j].value === 'number' ? r[j].value : null }));
  const growth = lib.formatPercent(h.growthPercent, 0);
  const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Health careers in BLS data (baseline)</title>
<style>
:root{color-scheme:light dark;font-family:system-ui,sans-serif;line-height:1.5}
body{margin:0}main{max-width:72rem;margin:0 auto;padding:1rem}
.figures{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem}.figures li{flex:1 1 14rem}
.value{display:block;font-size:2rem;font-weight:700}.source{display:block;font-size:.875rem}
.table-wrap{overflow-x:auto}table{border-collapse:collapse}th,td{padding:.25rem .5rem;border-bottom:1px solid #ccc;text-align:left}.num{text-align:right}
</style></head>
<body><main>
<h1>${escapeHtml(h.title)}</h1>
<p>BLS projected jobs for ${escapeHtml(h.title.toLowerCase())} to grow ${growth} from ${h.period}, and they paid a median ${h.medianWage} a year in ${h.wagePeriod}. How does that compare with related health careers?</p>
<ul class="figures">
<li><span class="value">${growth}</span>projected growth, ${h.period} (${h.employmentBase} → ${h.employmentTarget} jobs)<span class="source">Source: ${escapeHtml(h.growthSource)}</span></li>
<li><span class="value">${h.medianWage}</span>median annual wage, ${h.wagePeriod}<span class="source">Source: ${escapeHtml(h.wageSource)}</span></li>
</ul>
<h2>Beside related health careers</h2>
${barChart({ title: table.columns[changeCol].label.replace('Change', `Projected change ${comparison.vintage.vintage}`), rows: series(changeCol), format: (v) => lib.formatPercent(v) })}
${barChart({ title: table.columns[wageCol].label, rows: series(wageCol), format: (v) => usd.format(v) })}
<h2>The figures</h2>
${tableHtml(table)}
<p class="source">Data: U.S. Bureau of Labor Statistics, public domain.</p>
</main></body></html>
`;
  writeFileSync(BASELINE_FILE, html);
  const figures = [growth, h.medianWage, h.employmentBase, h.employmentTarget, ...table.rows.flat().map((c) => c.display)];
  return { file: BASELINE_FILE, html, figures: [...new Set(figures)] };
}

/** The figure strings of the baseline that the home page's HTML does not contain (should be none). */
export function missingFigures(figures, homeHtml) {
  return figures.filter((f) => !homeHtml.includes(escapeHtml(f)) && !homeHtml.includes(f));
}

/**
 * Serves one HTML page at `/` on 127.0.0.1 (gzip when asked, as Next serves its pages), so
 * Lighthouse loads the baseline over HTTP like the app. Resolves to { url, close }.
 */
export function serveBaseline(html) {
  const raw = Buffer.from(html);
  const gzipped = gzipSync(raw);
  const server = createServer((req, res) => {
    if (req.url !== '/' && req.url !== '/baseline.html') {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(gzip ? gzipped : raw);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { file, figures } = await writeBaseline();
  console.log(`Wrote ${path.relative(process.cwd(), file)} (${figures.length} figures).`);
}
