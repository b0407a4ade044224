import { expect, test, type Page } from '@playwright/test';

/**
 * Every kind of chart, at the widths people read it: the image the page picks (its <picture>
 * source for that width), opened in Chromium and measured with getBoundingClientRect, so the
 * font is the browser's own, not the renderer's estimate. No two texts may overlap, none may
 * leave the image, and on a 390 px phone no text may be drawn below 12 px.
 */
const PAGES = [
  // Six occupations, growth above and below zero, a top-coded wage (family medicine physicians), a code with no 2024 wage.
  '/compare?occupations=29-2072,29-2052,29-1215,29-1141,31-9092,29-2071',
  // A vintage whose target year has passed: the projection check; and an older release.
  '/compare?occupations=29-2071,31-9094,31-9092,29-1141,43-9021,51-4041&vintage=2008-18&release=2008',
  '/occupations/29-2071',
  '/occupations/29-1141',
  '/scorecard?vintage=2008-18',
];
const WIDTHS = [320, 390, 768, 1280];

interface ChosenImage {
  src: string;
  displayedWidth: number;
}

/** The image each chart's <picture> shows at this width: the first source whose media matches, else the <img>. */
async function chosenImages(page: Page): Promise<ChosenImage[]> {
  return page.locator('picture.chart-image').evaluateAll((pictures) =>
    pictures.map((picture) => {
      const img = picture.querySelector('img')!;
      const source = [...picture.querySelectorAll('source')].find((s) => !s.media || window.matchMedia(s.media).matches);
      return { src: new URL(source?.srcset ?? img.src, location.href).href, displayedWidth: img.getBoundingClientRect().width };
    }),
  );
}

interface TextBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
}

async function measureSvg(page: Page, src: string): Promise<{ width: number; height: number; boxes: TextBox[] }> {
  // The renderer may ask us to come back (503 with Retry-After) while it draws other charts.
  for (let attempt = 0; attempt < 10; attempt++) {
    const response = await page.goto(src);
    if (response?.status() !== 503) break;
    await page.waitForTimeout(1000 * Number(response.headers()['retry-after'] ?? 1));
  }
  return page.evaluate(() => {
    const svg = document.documentElement as unknown as SVGSVGElement;
    const boxes = [...document.querySelectorAll('text')]
      .filter((t) => (t.textContent ?? '').trim() !== '')
      .map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height, fontSize: parseFloat(getComputedStyle(t).fontSize) };
      });
    return { width: svg.width.baseVal.value, height: svg.height.baseVal.value, boxes };
  });
}

/** Boxes overlapping by more than half a pixel each way (glyph boxes of lines 14 px apart may touch). */
function overlap(a: TextBox, b: TextBox): boolean {
  const e = 0.5;
  return a.x + e < b.x + b.width - e && b.x + e < a.x + a.width - e && a.y + e < b.y + b.height - e && b.y + e < a.y + a.height - e;
}

for (const width of WIDTHS) {
  test(`no chart text overlaps or leaves its image at ${width} px`, async ({ page, context }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height: 900 });
    const svgPage = await context.newPage();
    await svgPage.setViewportSize({ width: 1600, height: 1200 });
    const problems: string[] = [];
    let charts = 0;
    for (const path of PAGES) {
      await page.goto(path);
      for (const image of await chosenImages(page)) {
        charts++;
        const { width: w, height: h, boxes } = await measureSvg(svgPage, image.src);
        const name = new URL(image.src).pathname + new URL(image.src).search;
        expect(boxes.length, name).toBeGreaterThan(5);
        for (const b of boxes) {
          if (b.x < -0.5 || b.y < -0.5 || b.x + b.width > w + 0.5 || b.y + b.height > h + 0.5) problems.push(`${name}: "${b.text}" leaves the ${w}×${h} image (${b.x.toFixed(1)}, ${b.y.toFixed(1)}, ${b.width.toFixed(1)}×${b.height.toFixed(1)})`);
          // As displayed: the image is scaled to its box on the page.
          const shown = (b.fontSize * image.displayedWidth) / w;
          // A picture hidden on this page (the other dollars of a wage chart) is not displayed at all.
          if (width === 390 && image.displayedWidth > 0 && shown < 11.95) problems.push(`${name}: "${b.text}" is ${shown.toFixed(1)} px on a 390 px phone`);
        }
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            if (overlap(boxes[i]!, boxes[j]!)) problems.push(`${name}: "${boxes[i]!.text}" overlaps "${boxes[j]!.text}"`);
          }
        }
      }
    }
    // Comparison (5 + 6 charts), two profiles (2 each), the scorecard (1).
    expect(charts).toBeGreaterThanOrEqual(14);
    expect(problems).toEqual([]);
  });
}
