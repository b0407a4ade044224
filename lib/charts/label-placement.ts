/**
 * Placing chart labels so that none overlaps another, a point, or a reference line, and none
 * leaves the plot. Pure geometry in SVG pixels (y down), so it is tested without drawing.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A horizontal or vertical line segment, such as a reference line across the plot. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Candidate {
  box: Box;
  /** Drawn away from its anchor: a leader line joins them. */
  leader: boolean;
}

export interface LabelRequest {
  /** Where the label may go, best first. */
  candidates: Candidate[];
}

export interface Placed extends Candidate {
  index: number;
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

export function contains(outer: Box, inner: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** Whether an axis-aligned segment passes through a box (with `gap` px of room around it). */
export function crosses(box: Box, line: Segment, gap = 2): boolean {
  const asBox: Box = { x: Math.min(line.x1, line.x2), y: Math.min(line.y1, line.y2), width: Math.abs(line.x2 - line.x1), height: Math.abs(line.y2 - line.y1) };
  return overlaps(box, asBox, gap);
}

/**
 * The candidate boxes for a label of `width` × `height` around a point drawn with radius `r`:
 * right, left, above, below (centred, then starting or ending at the point), the diagonals, then
 * the same further out (with a leader line).
 */
export function candidatesAround(cx: number, cy: number, r: number, width: number, height: number): Candidate[] {
  const out: Candidate[] = [];
  for (const [ring, distance] of [[0, r + 3], [1, r + 16], [2, r + 34], [3, r + 58]] as const) {
    const d = distance;
    const spots: [number, number][] = [
      [cx + d, cy - height / 2],
      [cx - d - width, cy - height / 2],
      [cx - width / 2, cy - d - height],
      [cx - width / 2, cy + d],
      [cx - 4, cy - d - height],
      [cx + 4 - width, cy - d - height],
      [cx - 4, cy + d],
      [cx + 4 - width, cy + d],
      [cx + d * 0.7, cy - d * 0.7 - height],
      [cx - d * 0.7 - width, cy - d * 0.7 - height],
      [cx + d * 0.7, cy + d * 0.7],
      [cx - d * 0.7 - width, cy + d * 0.7],
    ];
    for (const [x, y] of spots) out.push({ box: { x, y, width, height }, leader: ring > 0 });
  }
  return out;
}

/**
 * Places labels one after another, each at its first candidate that stays inside `bounds`,
 * keeps `gap` px from every obstacle and every label already placed, and crosses none of
 * `lines`. A label with no such candidate is left out (null): the caller decides what then.
 */
export function placeLabels(requests: readonly LabelRequest[], { bounds, obstacles, lines, gap = 2 }: { bounds: Box; obstacles: readonly Box[]; lines: readonly Segment[]; gap?: number }): (Placed | null)[] {
  const taken: Box[] = [...obstacles];
  return requests.map((request, index) => {
    const found = request.candidates.find((c) => contains(bounds, c.box) && !taken.some((t) => overlaps(c.box, t, gap)) && !lines.some((l) => crosses(c.box, l)));
    if (!found) return null;
    taken.push(found.box);
    return { ...found, index };
  });
}

/** The point of a box nearest to (x, y): where a leader line from the point ends. */
export function nearestPoint(box: Box, x: number, y: number): { x: number; y: number } {
  return { x: Math.max(box.x, Math.min(x, box.x + box.width)), y: Math.max(box.y, Math.min(y, box.y + box.height)) };
}
