import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { parseCsv, rawRow, readDownload, roundDecimal } from './download-helpers';

/** A raw cell of a shipped Table 1.2, in the row of an occupation code. */
const cell = (vintage: string, code: string, column: number): number => Number(rawRow(`projections/${vintage}/table_1.2.csv`, code)[column]);

const jobs = (thousands: number) => Math.round(thousands * 1000).toLocaleString('en-US');
const TABLE = '#occupations table';

function rowOf(page: Page, title: string): Locator {
  return page.locator(`${TABLE} tbody tr`, { has: page.getByRole('rowheader', { name: title, exact: true }) });
}

/** The error-percent cells of the occupation table, as numbers (rows not compared have none). */
async function errorColumn(page: Page): Promise<number[]> {
  const headers = await page.locator(`${TABLE} thead th`).allInnerTexts();
  const index = headers.findIndex((h) => h.startsWith('Error (% of actual)'));
  expect(index, 'the table has an error column').toBeGreaterThanOrEqual(0);
  const cells = await page.locator(`${TABLE} tbody tr`).evaluateAll((rows, i) => rows.map((r) => r.children[i]?.textContent ?? ''), index);
  return cells.filter((c) => c !== '—' && c !== '').map((c) => Number(c.replace('%', '')));
}

test('29-2071, 2008-18: projected 207,600 in 2018, actual 215,500 in the 2018-28 base year', async ({ page }) => {
  await page.goto('/scorecard?vintage=2008-18');
  // 2008-18 Table 1.2: target employment is column 3; 2018-28: base employment is column 3 (after the occupation type).
  const projected = cell('2008-18', '29-2071', 3);
  const actual = cell('2018-28', '29-2071', 3);
  expect([projected, actual]).toEqual([207.6, 215.5]);
  const row = rowOf(page, 'Medical records and health information technicians');
  await expect(row).toContainText(jobs(projected));
  await expect(row).toContainText(jobs(actual));
  await expect(row).toContainText(`${roundDecimal(((projected - actual) / actual) * 100, 1)}%`);
  await expect(row).toContainText('like for like (same code)');
  // A split code says so: registered nurses (2000 SOC) became four 2010 SOC codes.
  await expect(rowOf(page, 'Registered nurses')).toContainText('not like for like (split: sum of successors)');
  await expect(page.getByRole('img', { name: /actual change was above the projected change/ })).toBeVisible();
  expect(await page.locator('#groups img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
});

test('major groups, 2014-24: BLS’s group rows, with the codes that moved between groups named', async ({ page }) => {
  await page.goto('/scorecard?vintage=2014-24');
  await page.locator('#groups summary').click();
  // 2014-24 Table 1.2: base column 3, target 4, published percent change 8; 2024-34: base column 3.
  const base = cell('2014-24', '15-0000', 3);
  const projected = cell('2014-24', '15-0000', 4);
  const percent = cell('2014-24', '15-0000', 8);
  const actual = cell('2024-34', '15-0000', 3);
  expect([base, projected, percent, actual]).toEqual([4068.3, 4599.7, 13.1, 5416.7]);
  const groups = page.locator('#groups table');
  const computer = groups.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'Computer and mathematical occupations', exact: true }) });
  await expect(computer).toContainText(jobs(base));
  await expect(computer).toContainText(jobs(actual));
  await expect(computer).toContainText(`${roundDecimal(percent, 1)}%`);
  // The audit's figures: 4,068.3 -> 5,416.7 thousand is +33.1% actual, against 13.1% projected.
  expect([roundDecimal(percent, 1), roundDecimal(((actual - base) / base) * 100, 1)]).toEqual(['13.1', '33.1']);
  await expect(computer).toContainText(`${roundDecimal(((actual - base) / base) * 100, 1)}%`);
  await expect(computer).toContainText('moved out 15-1199 (to 13-1082)');
  await expect(computer).toContainText('moved in 43-9011 (to 15-1299)');
  const management = groups.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'Management occupations', exact: true }) });
  const mBase = cell('2014-24', '11-0000', 3);
  const mActual = cell('2024-34', '11-0000', 3);
  await expect(management).toContainText(`${roundDecimal(((mActual - mBase) / mBase) * 100, 1)}%`);
  // A bundle whose codes span groups has a line of its own, which lists only such bundles.
  const spans = groups.locator('tbody tr', { hasText: 'spans groups' });
  await expect(spans).toHaveCount(1);
  await spans.getByRole('link').first().click();
  await expect(page).toHaveURL(/group=spans/);
  const codes = await page.locator(`${TABLE} tbody tr td:first-child`).allInnerTexts();
  expect(codes.some((c) => c.startsWith('11-9199 + 13-1199 + 15-1132'))).toBe(true);
  expect(codes).not.toContain('15-1131');

  // The CSV holds the same group rows at full precision.
  const csv = parseCsv(await (await page.request.get('/scorecard/groups.csv?vintage=2014-24')).text());
  const row = csv.rows.find((r) => r.major_group_code === '15-0000')!;
  expect(row).toMatchObject({ employment_2014_thousands: String(base), projected_employment_2024_thousands: String(projected), actual_employment_2024_thousands: String(actual), projected_change_2014_2024_percent: String(percent) });
  expect(Number(row.actual_change_2014_2024_percent)).toBeCloseTo(((actual - base) / base) * 100, 9);
  expect(row.codes_moved_between_groups).toBe('moved out 15-1199 (to 13-1082); moved in 43-9011 (to 15-1299)');
});

test('the headline counts as summed only the comparisons with several codes on a side', async ({ page }) => {
  await page.goto('/scorecard?vintage=2008-18');
  const csv = parseCsv(await (await page.request.get('/scorecard/scorecard.csv?vintage=2008-18')).text());
  const summed = csv.rows.filter((r) => r.soc_code!.includes('+') || r['soc_code_2018-28']!.includes('+')).length;
  expect(summed).toBe(37);
  await expect(page.locator('.headline-figures')).toContainText(`${summed} summed over split, merged or regrouped codes`);
});

test('sorting by a column heading, both ways, in the URL and without script', async ({ page }) => {
  await page.goto('/scorecard?vintage=2008-18&group=29');
  await page.getByRole('link', { name: /^Error \(% of actual\)/ }).click();
  await expect(page).toHaveURL(/vintage=2008-18&group=29&sort=error(#occupations)?$/);
  await expect(page.locator(`${TABLE} th[aria-sort="descending"]`)).toContainText('Error (% of actual)');
  const desc = await errorColumn(page);
  expect(desc.length).toBeGreaterThan(20);
  expect(desc).toEqual([...desc].sort((a, b) => b - a));

  await page.getByRole('link', { name: /^Error \(% of actual\)/ }).click();
  await expect(page).toHaveURL(/sort=error&dir=asc/);
  await expect(page.locator(`${TABLE} th[aria-sort="ascending"]`)).toContainText('Error (% of actual)');
  const asc = await errorColumn(page);
  expect(asc).toEqual([...asc].sort((a, b) => a - b));

  // The same works with JavaScript off: the headings are plain links.
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto(`${new URL(page.url()).origin}/scorecard?vintage=2008-18&group=29&sort=occupation&dir=desc`);
  const titles = await noScript.locator(`${TABLE} tbody th`).allInnerTexts();
  expect(titles.length).toBeGreaterThan(1);
  expect(titles).toEqual([...titles].sort((a, b) => b.localeCompare(a, 'en', { sensitivity: 'base' })));
  await context.close();
});

test('the CSV holds the table the page shows, in its order, at full precision', async ({ page }) => {
  await page.goto('/scorecard?vintage=2008-18&sort=abs-error&dir=desc');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^Download this table \(CSV/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^scorecard_2008-18_\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readDownload(download);
  const parsed = parseCsv(text);
  expect(parsed.fields).toEqual(expect.arrayContaining(['soc_code', 'occupation', 'projected_employment_2018_thousands', 'actual_employment_2018_thousands', 'error_percent', 'note']));
  const pageCodes = await page.locator(`${TABLE} tbody tr td:first-child`).allInnerTexts();
  expect(parsed.rows.map((r) => r.soc_code)).toEqual(pageCodes);
  const mrt = parsed.rows.find((r) => r.soc_code === '29-2071')!;
  expect(mrt).toMatchObject({ employment_2008_thousands: '172.5', projected_employment_2018_thousands: '207.6', actual_employment_2018_thousands: '215.5', projected_change_2008_2018_percent: '20.33' });
  expect(Number(mrt.error_percent)).toBeCloseTo(((207.6 - 215.5) / 215.5) * 100, 9);
  // The stable URL answers scripts directly.
  const direct = await page.request.get('/scorecard/scorecard.csv?vintage=2008-18&sort=abs-error&dir=desc');
  expect(direct.headers()['content-type']).toContain('text/csv');
  expect((await direct.text()).replace(/^\uFEFF/, '')).toBe(text.replace(/^\uFEFF/, ''));
});

test('unknown parameters become notices on the page and errors for files, never a crash', async ({ page, request }) => {
  const response = await page.goto('/scorecard?vintage=2018-28&group=%3Cscript%3Ealert(1)%3C/script%3E&sort=bogus&dir=up');
  expect(response?.status()).toBe(200);
  const notice = page.locator('.notice');
  await expect(notice).toContainText('Projections 2018-28 cannot be scored');
  await expect(notice).toContainText('"<script>alert(1)</script>" is not a SOC major group');
  await expect(notice).toContainText('"bogus" is not a sort order');
  await expect(notice).toContainText('"up" is not a direction');
  expect(await page.locator('script:has-text("alert(1)")').count()).toBe(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Projections 2014-24 against 2024-34' })).toBeVisible();

  expect((await request.get('/scorecard/scorecard.csv?vintage=bogus')).status()).toBe(400);
  expect((await request.get('/scorecard/scorecard.csv?vintage=2018-28')).status()).toBe(404);
  expect((await request.get('/scorecard/scorecard.csv?vintage=2008-18&group=99')).status()).toBe(404);
  expect((await request.get('/scorecard/nothing.csv')).status()).toBe(404);
  const svg = await request.get('/scorecard/groups.svg?vintage=2008-18&width=narrow');
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
  expect(await svg.text()).toContain('Projected vs actual job growth, 2008–2018');
});

for (const viewport of [{ width: 360, height: 780 }, { width: 1280, height: 900 }]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`no serious or critical axe violations at ${viewport.width} px, ${colorScheme}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await page.goto('/scorecard?vintage=2008-18&group=29');
      for (const summary of await page.locator('details > summary').all()) await summary.click();
      await expectNoSeriousViolations(page, `scorecard, ${viewport.width} px, ${colorScheme}:`);
      // Nothing pushes the page sideways on a phone: wide tables scroll inside their own region.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });
  }
}
