import { execFileSync } from 'node:child_process';
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildComparison } from '@/lib/comparison/model';
import { compareFile } from '@/lib/comparison/files';
import { getDataset } from '@/lib/data/get-dataset';
import { FIGURE_SLUGS } from '@/lib/comparison/figures';
import type { RenderPool } from '@/lib/charts/render/pool';
import { renderChartPng, svgToPng } from '@/lib/charts/render/png';
import { renderChartSvg } from '@/lib/charts/render/svg';

const PNG_SIGNATURE = '89504e470d0a1a0a';

/** Width and height from the IHDR chunk, which a PNG must start with. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex'), 'PNG signature').toBe(PNG_SIGNATURE);
  expect(png.subarray(12, 16).toString('ascii'), 'first chunk').toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The PNG's RGBA pixels, decoded by resvg itself (an SVG holding the PNG as its only image, drawn 1:1). */
function pngPixels(png: Buffer): { width: number; height: number; pixels: Buffer } {
  const { width, height } = pngSize(png);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}"><image width="${width}" height="${height}" xlink:href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return { width: image.width, height: image.height, pixels: image.pixels };
}

/** Pixels that are opaque and clearly darker than white: ink. */
function inkedPixels(pixels: Buffer): number {
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3]! > 200 && pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 3 * 160) n++;
  return n;
}

describe('svgToPng', () => {
  it('draws text with the shipped font at twice the SVG size', async () => {
    // Text alone on white: without a font resvg draws no text at all and the picture is blank.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="40" font-family="system-ui, 'DejaVu Sans', sans-serif"><rect width="240" height="40" fill="#fff"/><text x="8" y="28" font-size="20" font-weight="700" fill="#000">Median wage ≥ $239,200</text></svg>`;
    const png = await svgToPng(svg);
    expect(pngSize(png)).toEqual({ width: 480, height: 80 });
    const { pixels } = pngPixels(png);
    const corner = [...pixels.subarray(0, 4)];
    expect(corner, 'background stays white').toEqual([255, 255, 255, 255]);
    expect(inkedPixels(pixels), 'the text is drawn').toBeGreaterThan(2_000);
  });

  it('rejects what is not an SVG', async () => {
    await expect(svgToPng('not an svg')).rejects.toThrow(/PNG renderer/);
  });

  it('draws again after its thread was ended', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#000"/></svg>';
    await svgToPng(svg);
    const renderer = (globalThis as { __pngRenderer?: { pool: RenderPool<unknown> } }).__pngRenderer!;
    await renderer.pool.close();
    expect(pngSize(await svgToPng(svg))).toEqual({ width: 20, height: 20 });
  });
});

describe('renderChartPng', () => {
  beforeAll(() => {
    // The SVG renderer's worker, as `npm run build` makes it.
    execFileSync(process.execPath, ['scripts/build-chart-worker.mjs'], { stdio: 'inherit' });
  });

  it('draws every comparison figure at twice its SVG size, not blank, and caches it', async () => {
    const dataset = getDataset();
    const c = buildComparison(dataset, { codes: ['29-2071', '31-9094', '31-9092'], vintage: '2008-18', wageYear: 2008, dollars: 'nominal' });
    expect(FIGURE_SLUGS.length).toBeGreaterThan(0);
    for (const slug of FIGURE_SLUGS) {
      // This comparison has every figure (2008-18 has passed, so it has a projection check too): a missing one fails.
      const spec = compareFile(dataset, c, slug)?.spec;
      if (!spec) throw new Error(`no ${slug} figure for 29-2071, 31-9094, 31-9092 (2008-18, May 2008)`);
      for (const width of ['wide', 'narrow'] as const) {
        const svg = await renderChartSvg(spec, width);
        const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg)!;
        const started = performance.now();
        const png = await renderChartPng(spec, width);
        const ms = performance.now() - started;
        console.log(`${slug} ${width}: ${Math.round(ms)} ms, ${Math.round(png.length / 1024)} KB`);
        expect(pngSize(png), `${slug} ${width}`).toEqual({ width: 2 * Number(w), height: 2 * Number(h) });
        const { width: pw, pixels } = pngPixels(png);
        expect([...pixels.subarray(0, 4)], `${slug} ${width}: light background, whatever the colour scheme`).toEqual([255, 255, 255, 255]);
        // Title, axes, labels and marks: a few percent of the picture is ink.
        expect(inkedPixels(pixels) / (pixels.length / 4), `${slug} ${width}`).toBeGreaterThan(0.01);
        // The top 40 px of the figure hold only its bold title, text and nothing else.
        expect(inkedPixels(pixels.subarray(0, pw * 4 * 2 * 40)), `${slug} ${width}: the title is drawn`).toBeGreaterThan(1_000);
        expect(await renderChartPng(spec, width), 'drawn once, then cached').toBe(png);
      }
    }
  });
});
