import { describe, expect, it } from 'vitest';
import { candidatesAround, contains, crosses, overlaps, placeLabels, type Box } from './label-placement';

const bounds: Box = { x: 0, y: 0, width: 400, height: 300 };
const dot = (x: number, y: number): Box => ({ x: x - 7, y: y - 7, width: 14, height: 14 });

describe('placeLabels', () => {
  it('puts a lone label right of its point', () => {
    const [placed] = placeLabels([{ candidates: candidatesAround(100, 100, 6, 80, 14) }], { bounds, obstacles: [dot(100, 100)], lines: [] });
    expect(placed?.box).toEqual({ x: 109, y: 93, width: 80, height: 14 });
    expect(placed?.leader).toBe(false);
  });

  it('moves the second of two labels that would overlap (two points 4 px apart)', () => {
    const points = [[100, 100], [104, 104]] as const;
    const placed = placeLabels(points.map(([x, y]) => ({ candidates: candidatesAround(x, y, 6, 160, 14) })), { bounds, obstacles: points.map(([x, y]) => dot(x, y)), lines: [] });
    expect(placed.every((p) => p != null)).toBe(true);
    expect(overlaps(placed[0]!.box, placed[1]!.box)).toBe(false);
    for (const p of placed) for (const [x, y] of points) expect(overlaps(p!.box, dot(x, y))).toBe(false);
  });

  it('never lets a label cross a reference line or leave the plot', () => {
    // A point just left of a vertical line at x = 110, near the right edge of a narrow plot.
    const narrow: Box = { x: 0, y: 0, width: 260, height: 200 };
    const line = { x1: 110, y1: 0, x2: 110, y2: 200 };
    const [placed] = placeLabels([{ candidates: candidatesAround(100, 100, 6, 120, 14) }], { bounds: narrow, obstacles: [dot(100, 100)], lines: [line] });
    expect(placed).not.toBeNull();
    expect(crosses(placed!.box, line)).toBe(false);
    expect(contains(narrow, placed!.box)).toBe(true);
  });

  it('leads a crowded label away with a leader line, and leaves out one that cannot fit', () => {
    const cluster = Array.from({ length: 8 }, (_, i) => [200 + (i % 3) * 3, 150 + Math.floor(i / 3) * 3] as const);
    const placed = placeLabels(cluster.map(([x, y]) => ({ candidates: candidatesAround(x, y, 6, 90, 14) })), { bounds, obstacles: cluster.map(([x, y]) => dot(x, y)), lines: [] });
    expect(placed.some((p) => p?.leader)).toBe(true);
    const boxes = placed.flatMap((p) => (p ? [p.box] : []));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    const tiny: Box = { x: 0, y: 0, width: 30, height: 30 };
    expect(placeLabels([{ candidates: candidatesAround(15, 15, 6, 90, 14) }], { bounds: tiny, obstacles: [], lines: [] })).toEqual([null]);
  });
});
