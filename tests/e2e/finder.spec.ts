import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import { oewsRows, parseCsv } from './download-helpers';

/** EP 2024-34 Table 1.2 as shipped, read with papaparse: the detailed rows (line items), cells trimmed, columns found by their header. */
function epDetailed(): Record<'title' | 'code' | 'employment' | 'growth' | 'openings' | 'education' | 'experience' | 'training', string>[] {
  const rows = Papa.parse<string[]>(readFileSync('data/projections/2024-34/table_1.2.csv', 'utf8'), { skipEmptyLines: true }).data;
  const header = rows[1]!.map((h) => h.trim());
  const col = (start: string) => {
    const i = header.findIndex((h) => h.startsWith(start));
    if (i < 0) throw new Error(`no column ${start}`);
    return i;
  };
  const at = {
    title: col('2024 National Employment Matrix title'),
    code: col('2024 National Employment Matrix code'),
    type: col('Occupation type'),
    employment: col('Employment, 2024'),
    growth: col('Employment change, percent'),
    openings: col('Occupational openings'),
    education: col('Typical education needed for entry'),
    experience: col('Work experience in a related occupation'),
    training: col('Typical on-the-job training'),
  };
  return rows.slice(2).filter((r) => r[at.type]?.trim() === 'Line item').map((r) => ({
    title: r[at.title]!.trim(),
    code: r[at.code]!.trim(),
    employment: r[at.employment]!.trim(),
    growth: r[at.growth]!.trim(),
    openings: r[at.openings]!.trim(),
    education: r[at.education]!.trim(),
    experience: r[at.experience]!.trim(),
    training: r[at.training]!.trim(),
  }));
}

/** What the page's table shows, row by row: code, title, and each figure by its label. */
async function pageRows(page: Page): Promise<{ code: string; title: string; cells: Record<string, string> }[]> {
  return page.locator('#occupation-finder tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      code: (tr.querySelector('input[type=checkbox]') as HTMLInputElement).value,
      title: tr.querySelector('th a')!.textContent!.trim(),
      cells: Object.fromEntries([...tr.querySelectorAll('td[data-label]')].map((td) => [td.getAttribute('data-label')!, td.textContent!.trim()])),
    })),
  );
}

const usd = (n: number) => `$${n.toLocaleString('en-US')}`;
const thousandsAsCount = (t: string) => Math.round(Number(t) * 1000).toLocaleString('en-US');

test('every health occupation that needs an associate\'s degree, sorted by growth, as the EP and OEWS files have them', async ({ page }) => {
  const all = epDetailed();
  const expected = all
    .filter((r) => r.code.startsWith('29-') && r.education === "Associate's degree")
    .sort((a, b) => Number(b.growth) - Number(a.growth) || a.title.localeCompare(b.title) || a.code.localeCompare(b.code));
  expect(expected.length).toBeGreaterThan(5);
  const oews = oewsRows(2024);

  // Through the form, as a person would: tick the group and the education, choose the sort.
  await page.goto('/occupations');
  await expect(page.getByRole('status').filter({ hasText: 'occupations' })).toHaveText(`Showing 1–50 of ${all.length} occupations`);
  const filters = page.getByRole('form', { name: 'Filter occupations' });
  await filters.getByText('Major group: any').click();
  await filters.getByText(/^Education: any/).click();
  await filters.getByRole('checkbox', { name: /^29 Healthcare practitioners/ }).check();
  await filters.getByRole('checkbox', { name: "Associate's degree" }).check();
  await filters.getByLabel('Sort by').selectOption('-growth');
  await filters.getByRole('button', { name: 'Show occupations' }).click();
  // The form sends its empty fields too; what counts is the view they give.
  const sent = new URL(page.url()).searchParams;
  expect([sent.get('group'), sent.get('education'), sent.get('sort')]).toEqual(['29', 'associates', '-growth']);
  const fromForm = await pageRows(page);
  // The same view by its canonical URL (the one its links and CSV use).
  await page.goto('/occupations?group=29&education=associates&sort=-growth');
  expect(await pageRows(page)).toEqual(fromForm);

  expect(expected.length).toBeLessThanOrEqual(50);
  await expect(page.getByRole('status').filter({ hasText: 'occupations' })).toHaveText(`Showing all ${expected.length} matching occupations (${all.length} in all)`);
  // One page: no pager.
  await expect(page.getByRole('navigation', { name: 'Pages of occupations' })).toHaveCount(0);
  const rows = await pageRows(page);
  expect(rows.map((r) => r.code)).toEqual(expected.map((r) => r.code));
  for (const [i, r] of rows.entries()) {
    const ep = expected[i]!;
    expect(r.title).toBe(ep.title);
    expect(r.cells['Projected growth, 2024-34 (%)']).toBe(`${Number(ep.growth).toFixed(1)}%`);
    expect(r.cells['Jobs, 2024']).toBe(thousandsAsCount(ep.employment));
    expect(r.cells['Openings a year']).toBe(thousandsAsCount(ep.openings));
    expect(r.cells['Typical entry-level education']).toBe("Associate's degree");
    expect(r.cells['Median annual wage, May 2024']).toBe(usd(Number(oews.get(r.code)!.a_median!.replace(/,/g, ''))));
  }
  // The growth column's header says it is sorted, largest first; every row links to its profile.
  await expect(page.locator('th[aria-sort="descending"]')).toContainText('Projected growth');
  await expect(page.locator('#occupation-finder tbody th a').first()).toHaveAttribute('href', `/occupations/${expected[0]!.code}`);
});

test('wage and growth limits and several education levels, against the files; the CSV holds the rows the table shows', async ({ page, request }) => {
  const oews = oewsRows(2024);
  const wageOf = (code: string) => Number((oews.get(code)?.a_median ?? '').replace(/,/g, ''));
  const levels = ["Bachelor's degree", "Master's degree"];
  const expected = epDetailed()
    .filter((r) => levels.includes(r.education) && Number(r.growth) >= 10 && wageOf(r.code) >= 100000 && wageOf(r.code) <= 150000)
    .sort((a, b) => wageOf(a.code) - wageOf(b.code) || a.title.localeCompare(b.title) || a.code.localeCompare(b.code));
  const query = 'education=bachelors,masters&min_wage=100000&max_wage=150000&min_growth=10&sort=wage';
  await page.goto(`/occupations?${query}`);
  const rows = await pageRows(page);
  expect(rows.map((r) => r.code)).toEqual(expected.map((r) => r.code));

  const link = page.getByRole('link', { name: `Download all ${expected.length} matching rows as CSV` });
  await expect(link).toHaveAttribute('href', `/occupations.csv?${query.replace(/,/g, '%2C')}`);
  const response = await request.get((await link.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="occupations_may-2024_2024-34_\d{4}-\d{2}-\d{2}\.csv"$/);
  const csv = parseCsv(await response.text());
  expect(csv.rows.map((r) => r.soc_code)).toEqual(rows.map((r) => r.code));
  for (const [i, r] of csv.rows.entries()) {
    const shown = rows[i]!;
    expect(r.occupation).toBe(shown.title);
    expect(usd(Number(r.median_annual_wage_usd_may_2024))).toBe(shown.cells['Median annual wage, May 2024']);
    expect(`${Number(r.change_2024_2034_percent).toFixed(1)}%`).toBe(shown.cells['Projected growth, 2024-34 (%)']);
    expect(thousandsAsCount(r.employment_2024_thousands!)).toBe(shown.cells['Jobs, 2024']);
    expect(r.education).toBe(shown.cells['Typical entry-level education']);
  }
  // The about page of the same view describes every column.
  await page.getByRole('link', { name: 'About this data' }).click();
  for (const key of csv.fields.filter((f) => !f.endsWith('_flag'))) await expect(page.getByText(key, { exact: true }).first()).toBeVisible();
});

test('bad parameters: a notice on the page, a 400 for the CSV, never a crash or a silent reset', async ({ page, request }) => {
  const response = await page.goto('/occupations?group=29&min_wage=lots&sort=salary&colour=blue');
  expect(response?.status()).toBe(200);
  const notice = page.locator('.notice');
  await expect(notice).toContainText('min_wage: "lots" is not a number of whole dollars a year');
  await expect(notice).toContainText('sort: "salary" is not a column to sort by');
  await expect(notice).toContainText('The finder has no parameter "colour". It was ignored.');
  // The good parameter still applies.
  const codes = (await pageRows(page)).map((r) => r.code);
  expect(codes.length).toBeGreaterThan(0);
  expect(codes.every((c) => c.startsWith('29-'))).toBe(true);
  const csv = await request.get('/occupations.csv?group=29&min_wage=lots');
  expect(csv.status()).toBe(400);
  expect(await csv.text()).toContain('min_wage: "lots" is not a number of whole dollars a year');
  const inverted = await page.goto('/occupations?min_wage=90000&max_wage=50000');
  expect(inverted?.status()).toBe(200);
  await expect(page.locator('.notice')).toContainText('The minimum wage ($90,000) is above the maximum ($50,000).');
  expect((await request.get('/occupations.csv?min_wage=90000&max_wage=50000')).status()).toBe(400);
});

test('with JavaScript off: filter, sort by a column header, choose rows and open them in /compare', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/occupations?q=medical');
  const filters = page.getByRole('form', { name: 'Filter occupations' });
  await expect(filters.getByRole('searchbox', { name: 'Title words' })).toHaveValue('medical');
  await page.locator('th').getByRole('link', { name: /Median annual wage/ }).click();
  await expect(page).toHaveURL(/\/occupations\?q=medical&sort=-wage$/);
  // Clicked again, the header sorts the other way: lowest wage first, where both rows below are on page 1.
  await page.locator('th').getByRole('link', { name: /Median annual wage/ }).click();
  await expect(page).toHaveURL(/\/occupations\?q=medical&sort=wage$/);
  const rows = await pageRows(page);
  expect(rows.map((r) => r.code)).toContain('29-2072');
  await page.getByRole('checkbox', { name: 'Compare Medical records specialists' }).check();
  await page.getByRole('checkbox', { name: 'Compare Medical assistants' }).check();
  await page.getByRole('button', { name: 'Compare the chosen occupations' }).first().click();
  await expect(page).toHaveURL(/\/compare\?occupations=(29-2072&occupations=31-9092|31-9092&occupations=29-2072)$/);
  await expect(page.getByRole('list', { name: 'Selected occupations' }).getByRole('listitem')).toHaveCount(2);

  // The pager is plain links: Next, then a page number, keep the filters and the sort.
  await page.goto('/occupations?group=29&sort=-growth');
  const pager = page.getByRole('navigation', { name: 'Pages of occupations' });
  await pager.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\/occupations\?group=29&sort=-growth&page=2$/);
  await expect(pager.getByRole('link', { name: 'Page 2', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('status').filter({ hasText: 'occupations' })).toHaveText(/^Showing 51–\d+ of \d+ matching occupations \(832 in all\)$/);
  await pager.getByRole('link', { name: 'Page 1', exact: true }).click();
  await expect(page).toHaveURL(/\/occupations\?group=29&sort=-growth$/);
  await context.close();
});

/** EP's detailed rows sorted as `sort=-growth` sorts them: growth largest first, then title, then code. */
const byGrowth = (a: { growth: string; title: string; code: string }, b: typeof a) =>
  Number(b.growth) - Number(a.growth) || a.title.localeCompare(b.title) || a.code.localeCompare(b.code);

test('pages of 50: page 2 of the whole table holds rows 51 to 100 of the files\' order; the pager keeps the view', async ({ page }) => {
  const all = epDetailed().sort(byGrowth);
  expect(all.length).toBe(832);
  await page.goto('/occupations?sort=-growth&page=2');
  await expect(page.getByRole('status').filter({ hasText: 'occupations' })).toHaveText('Showing 51–100 of 832 occupations');
  await expect(page).toHaveTitle(/page 2 of 17/);
  const rows = await pageRows(page);
  expect(rows.map((r) => r.code)).toEqual(all.slice(50, 100).map((r) => r.code));
  for (const [i, r] of rows.entries()) expect(r.cells['Projected growth, 2024-34 (%)']).toBe(`${Number(all[50 + i]!.growth).toFixed(1)}%`);

  const pager = page.getByRole('navigation', { name: 'Pages of occupations' });
  await expect(pager.locator('[aria-current="page"]')).toHaveText('2');
  await expect(pager.getByRole('link', { name: 'Previous page' })).toHaveAttribute('href', '/occupations?sort=-growth');
  await expect(pager.getByRole('link', { name: 'Next page' })).toHaveAttribute('href', '/occupations?sort=-growth&page=3');
  await expect(pager.getByRole('link', { name: 'Page 17', exact: true })).toHaveAttribute('href', '/occupations?sort=-growth&page=17');
  // The last page holds what is left: rows 801 to 832.
  await pager.getByRole('link', { name: 'Page 17', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'occupations' })).toHaveText('Showing 801–832 of 832 occupations');
  expect((await pageRows(page)).map((r) => r.code)).toEqual(all.slice(800).map((r) => r.code));
  await expect(pager.getByRole('link', { name: 'Next page' })).toHaveCount(0);
  await expect(pager.getByRole('link', { name: 'Previous page' })).toHaveAttribute('href', '/occupations?sort=-growth&page=16');

  // Sorting by a column header, or filtering with the form, starts again at page 1.
  await page.goto('/occupations?group=29&sort=-growth&page=2');
  await expect(page.locator('th').getByRole('link', { name: /Median annual wage/ })).toHaveAttribute('href', '/occupations?group=29&sort=-wage');
  await page.getByRole('form', { name: 'Filter occupations' }).getByRole('button', { name: 'Show occupations' }).click();
  expect(new URL(page.url()).searchParams.get('page')).toBeNull();
  await expect(page.getByRole('status').filter({ hasText: 'occupations' })).toHaveText(/^Showing 1–50 of \d+ matching occupations/);
});

test('a page past the last: a notice and the last page; the CSV holds every matching row whatever the page', async ({ page, request }) => {
  const health = epDetailed().filter((r) => r.code.startsWith('29-')).sort(byGrowth);
  expect(health.length).toBeGreaterThan(50);
  const lastPage = Math.ceil(health.length / 50);
  const response = await page.goto('/occupations?group=29&sort=-growth&page=99');
  expect(response?.status()).toBe(200);
  await expect(page.locator('.notice')).toContainText(`page: there are ${lastPage} pages of ${health.length} matching occupations, not 99; page ${lastPage} is shown.`);
  await expect(page.getByRole('navigation', { name: 'Pages of occupations' }).locator('[aria-current="page"]')).toHaveText(String(lastPage));
  expect((await pageRows(page)).map((r) => r.code)).toEqual(health.slice((lastPage - 1) * 50).map((r) => r.code));
  const bad = await page.goto('/occupations?group=29&page=zero');
  expect(bad?.status()).toBe(200);
  await expect(page.locator('.notice')).toContainText('page: "zero" is not a page number');
  expect((await pageRows(page)).map((r) => r.code)).toEqual([...health].sort((a, b) => (a.title.toLowerCase() < b.title.toLowerCase() ? -1 : 1)).slice(0, 50).map((r) => r.code));

  // From page 2, the download link leaves the page out and says the file holds every row.
  await page.goto('/occupations?group=29&sort=-growth&page=2');
  const link = page.getByRole('link', { name: `Download all ${health.length} matching rows as CSV` });
  await expect(link).toHaveAttribute('href', '/occupations.csv?group=29&sort=-growth');
  for (const href of [(await link.getAttribute('href'))!, '/occupations.csv?group=29&sort=-growth&page=2']) {
    const file = await request.get(href);
    expect(file.status()).toBe(200);
    expect(parseCsv(await file.text()).rows.map((r) => r.soc_code), href).toEqual(health.map((r) => r.code));
  }
  const malformed = await request.get('/occupations.csv?group=29&page=zero');
  expect(malformed.status()).toBe(400);
  expect(await malformed.text()).toContain('page: "zero" is not a page number');
});

for (const width of [360, 1280]) {
  test(`readable at ${width} px: nothing scrolls sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/occupations?group=29&sort=-growth', '/occupations?sort=-wage&page=9']) {
      await page.goto(path);
      await expect(page.getByRole('navigation', { name: 'Pages of occupations' })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
}
