import { expect, test, type Locator, type Page } from '@playwright/test';
import { oewsRows, rawRow, roundDecimal } from './download-helpers';

/**
 * Values at a touch (components/enhance/chart-values.ts): a chart's SVG put inline in the same
 * box, and its marks' values shown by mouse, by touch and by keyboard. Every expected value is
 * read from the raw CSV cells in data/, never from the code under test.
 */
const CODES = ['29-2072', '29-1141', '31-9092'];
const COMPARE = `/compare?occupations=${CODES.join(',')}`;
const EP = 'projections/2024-34/table_1.2.csv';
const oews2024 = oewsRows(2024);
const title = (code: string) => new RegExp(`^${oews2024.get(code)!.occ_title!.trim()}$`, 'i');
const usd = (raw: string) => `$${Math.round(Number(raw.replace(/,/g, ''))).toLocaleString('en-US')}`;
/** The EP 2024-34 percent change of employment, column 9 of Table 1.2. */
const growth = (code: string) => `${roundDecimal(rawRow(EP, code)[8]!, 1)}%`;

/** The figure once its SVG is inline (it is swapped when the pointer enters it, a finger touches it or Tab reaches it). */
async function inline(page: Page, id: string): Promise<Locator> {
  const figure = page.locator(`figure#${id}`);
  await figure.scrollIntoViewIfNeeded();
  // Scrolling may already have brought it under the pointer, which swaps it.
  const img = figure.locator('picture img');
  if (await img.isVisible()) await img.hover({ timeout: 10_000 }).catch(async (error: Error) => {
    if (await img.isVisible()) throw error;
  });
  await expect(figure.locator('.chart-inline > svg')).toBeVisible({ timeout: 60_000 });
  return figure;
}

async function tip(figure: Locator): Promise<string[]> {
  await expect(figure.locator('.chart-tip')).toBeVisible();
  return figure.locator('.chart-tip > *').allInnerTexts();
}

/** The marks of a figure, one per data-mark (a wage range's segments share one). */
async function marks(figure: Locator): Promise<Locator[]> {
  const all = figure.locator('.chart-inline [data-mark]');
  const keys = [...new Set(await all.evaluateAll((els) => els.map((e) => e.getAttribute('data-mark') ?? '')))];
  return keys.map((k) => figure.locator(`.chart-inline [data-mark="${k}"]`).first());
}

test.describe.configure({ timeout: 120_000 });

test('mouse: hovering each bar of /compare shows its occupation, value and period from the raw cells', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(COMPARE, { timeout: 90_000 });
  const growthFigure = await inline(page, 'growth');
  const bars = await marks(growthFigure);
  expect(bars).toHaveLength(CODES.length);
  const seen: string[] = [];
  for (const bar of bars) {
    await bar.hover();
    const [label = '', value, period] = await tip(growthFigure);
    const code = CODES.find((c) => title(c).test(label));
    expect(code, `${label} is one of the selected occupations`).toBeDefined();
    seen.push(code!);
    expect(value).toBe(growth(code!));
    expect(period).toBe('2024 to 2034');
  }
  expect(seen.sort()).toEqual([...CODES].sort());
  // Leaving the chart hides the tooltip.
  await page.mouse.move(1, 1);
  await expect(growthFigure.locator('.chart-tip')).toBeHidden();

  const wage = await inline(page, 'median-wage');
  for (const bar of await marks(wage)) {
    await bar.hover();
    const [label = '', value, period] = await tip(wage);
    const code = CODES.find((c) => title(c).test(label))!;
    expect(value).toBe(usd(oews2024.get(code)!.a_median!));
    expect(period).toBe('May 2024');
  }

  // The scatter: both values of a point, the wage (OEWS May 2024) and the growth (EP 2024-34).
  const scatter = await inline(page, 'growth-vs-wage');
  const points = await marks(scatter);
  expect(points).toHaveLength(CODES.length);
  await points[0]!.hover();
  const [label = '', value] = await tip(scatter);
  const code = CODES.find((c) => title(c).test(label))!;
  expect(value).toBe(`Median annual wage ${usd(oews2024.get(code)!.a_median!)}; Projected change ${growth(code)}`);
});

test('touch: tapping a bar on a phone shows its value; tapping elsewhere hides it', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(COMPARE, { timeout: 90_000 });
  // The first touch swaps the picture for its SVG (a touch on the title: no value shown).
  const wage = page.locator('figure#median-wage');
  await wage.scrollIntoViewIfNeeded();
  await wage.locator('picture img').tap({ position: { x: 20, y: 10 } });
  await expect(wage.locator('.chart-inline > svg')).toBeVisible({ timeout: 60_000 });
  await expect(wage.locator('.chart-tip')).toBeHidden();
  // The phone layout, drawn at 340 px.
  await expect(wage.locator('.chart-inline > svg')).toHaveAttribute('width', '340');
  const bars = await marks(wage);
  expect(bars).toHaveLength(CODES.length);
  for (const bar of bars) {
    await bar.tap();
    const [label = '', value, period] = await tip(wage);
    const code = CODES.find((c) => title(c).test(label))!;
    expect(value).toBe(usd(oews2024.get(code)!.a_median!));
    expect(period).toBe('May 2024');
    // Announced too.
    await expect(wage.locator('[aria-live="polite"]')).toHaveText(`${label}: ${value}, ${period}`);
  }
  await page.locator('h1').tap();
  await expect(wage.locator('.chart-tip')).toBeHidden();
  await context.close();
});

/** Focuses the last thing Tab reaches before `target` and presses Tab: `target` should be the next stop. */
async function tabOnto(page: Page, target: Locator): Promise<void> {
  await target.evaluate((el) => {
    const tabbable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex="0"]')].filter((t) => t.offsetParent !== null || t === el);
    tabbable[tabbable.indexOf(el as HTMLElement) - 1]?.focus();
  });
  await page.keyboard.press('Tab');
}

/** Tab into an inline chart: the chart is the next stop. */
async function tabInto(page: Page, figure: Locator): Promise<Locator> {
  const holder = figure.locator('.chart-inline');
  await tabOnto(page, holder);
  await expect(holder).toBeFocused();
  return holder;
}

test('keyboard: Tab into a profile\'s wage history, arrows step through the years, each value from its OEWS file', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // The nominal history (shown by its fragment): each point is the release's published median.
  await page.goto('/occupations/29-2072#wages-nominal', { timeout: 90_000 });
  const figure = await inline(page, 'wage-history-nominal');
  const holder = await tabInto(page, figure);
  // Still an image named by its text alternative, as the picture was.
  await expect(holder).toHaveAttribute('role', 'img');
  await expect(holder).toHaveAttribute('aria-label', /.+/);
  const check = async () => {
    const [label = '', value = '', period = ''] = await tip(figure);
    const code = /^(\d\d-\d{4}) /.exec(label)?.[1];
    const year = Number(/^May (\d{4})$/.exec(period)?.[1]);
    expect(code, label).toBeDefined();
    const raw = oewsRows(year).get(code!)!;
    expect(label.slice(8).toLowerCase()).toBe(raw.occ_title!.trim().toLowerCase());
    expect(value).toBe(usd(raw.a_median!));
    await expect(figure.locator('[aria-live="polite"]')).toHaveText(`${label}: ${value}, ${period}`);
    // The focused mark is outlined.
    await expect(figure.locator('.chart-mark-ring')).toBeVisible();
    return { code: code!, year };
  };
  const first = await check();
  await page.keyboard.press('ArrowRight');
  const second = await check();
  expect(second.code === first.code ? second.year > first.year : true).toBe(true);
  await page.keyboard.press('End');
  const last = await check();
  await page.keyboard.press('Home');
  expect(await check()).toEqual(first);
  await page.keyboard.press('ArrowDown');
  const below = await check();
  expect(below.code).not.toBe(first.code);
  expect(last).toBeDefined();
  await page.keyboard.press('Escape');
  await expect(figure.locator('.chart-tip')).toBeHidden();
  await expect(figure.locator('[aria-live="polite"]')).toHaveText('');
  // One Tab stop: the next Tab leaves the chart.
  await page.keyboard.press('Tab');
  await expect(holder).not.toBeFocused();
});

test('keyboard on /compare: bars in order, Home and End, the projected change from EP 2024-34', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(COMPARE, { timeout: 90_000 });
  const figure = await inline(page, 'growth');
  await tabInto(page, figure);
  const labels: string[] = [];
  for (let i = 0; i < CODES.length; i++) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    const [label = '', value] = await tip(figure);
    const code = CODES.find((c) => title(c).test(label))!;
    expect(value).toBe(growth(code));
    labels.push(label);
  }
  expect(new Set(labels).size).toBe(CODES.length);
  await page.keyboard.press('Home');
  expect((await tip(figure))[0]).toBe(labels[0]);
  await page.keyboard.press('End');
  expect((await tip(figure))[0]).toBe(labels[CODES.length - 1]);
});

test('nothing is swapped while the page loads; Tab onto a chart swaps it and keeps the focus on it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(COMPARE, { timeout: 90_000, waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  await expect(page.locator('.chart-inline')).toHaveCount(0);
  const figure = page.locator('figure#growth');
  const img = figure.locator('picture img');
  // The picture is the chart's Tab stop before the swap.
  await tabOnto(page, img);
  await expect(img).toBeFocused();
  const holder = figure.locator('.chart-inline');
  await expect(holder).toBeFocused({ timeout: 60_000 });
  await expect(figure.locator('.chart-inline > svg')).toBeVisible();
  const [label = '', value] = await tip(figure);
  const code = CODES.find((c) => title(c).test(label));
  expect(code, label).toBeDefined();
  expect(value).toBe(growth(code!));
  // The other charts are still pictures.
  await expect(page.locator('.chart-inline')).toHaveCount(1);
});

test('the inline chart takes exactly the picture\'s box: no layout shift, at 1280 and 390 px', async ({ page }) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(COMPARE, { timeout: 90_000 });
    const boxes = (id: string) => page.locator(`figure#${id}`).evaluate((f) => {
      const r = (el: Element | null) => (el ? (({ x, y, width, height }) => ({ x, y: y + scrollY, width, height }))(el.getBoundingClientRect()) : null);
      return { figure: r(f), chart: r(f.querySelector('.chart--inline .chart-inline > svg') ?? f.querySelector('picture img')) };
    });
    // The last figure: far below the first screen, so still a picture here.
    const before = await boxes('wage-trend');
    await inline(page, 'wage-trend');
    const after = await boxes('wage-trend');
    for (const k of ['x', 'y', 'width', 'height'] as const) {
      expect(Math.abs(after.figure![k] - before.figure![k]), `figure ${k} at ${width}`).toBeLessThan(0.5);
      expect(Math.abs(after.chart![k] - before.chart![k]), `chart ${k} at ${width}`).toBeLessThan(0.5);
    }
  }
});

test('crossing the phone breakpoint swaps in the other layout\'s SVG', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(COMPARE, { timeout: 90_000 });
  const figure = await inline(page, 'growth');
  await expect(figure.locator('.chart-inline > svg')).toHaveAttribute('width', '760');
  await page.setViewportSize({ width: 390, height: 900 });
  await expect(figure.locator('.chart-inline > svg')).toHaveAttribute('width', '340', { timeout: 30_000 });
  await expect(figure.locator('.chart-inline > svg')).toBeVisible();
  // There and straight back, before the phone layout has loaded: the desktop one ends up shown.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.setViewportSize({ width: 390, height: 900 });
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(figure.locator('.chart-inline > svg')).toHaveAttribute('width', '760', { timeout: 30_000 });
  await page.waitForTimeout(1000);
  await expect(figure.locator('.chart-inline > svg')).toHaveAttribute('width', '760');
});

test('without JavaScript the charts stay pictures, as before', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(COMPARE, { timeout: 90_000 });
  const figure = page.locator('figure#growth');
  await expect(figure.locator('picture img')).toBeVisible();
  await expect(figure.locator('.chart-inline')).toHaveCount(0);
  await context.close();
});
