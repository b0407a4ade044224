import { expect, test, type Page } from '@playwright/test';
import { cpiAnnual, parseCsv, rawRow, readPageTable, roundDecimal } from './download-helpers';

/** A raw cell of a shipped BLS file, in the row of an occupation code. */
const cell = (file: string, code: string, column: number): string => rawRow(file, code)[column]!;

function rowOf(page: Page, tableSelector: string, title: string) {
  // Title case differs between releases (2010-20 capitalises every word).
  const name = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
  return page.locator(`${tableSelector} tr`, { has: page.getByRole('rowheader', { name }) });
}

test('a comparison opens from its URL with figures equal to the data', async ({ page }) => {
  await page.goto('/compare?occupations=29-2071,31-9092,11-9111&vintage=2012-22&release=2024');
  await expect(page.getByRole('list', { name: 'Selected occupations' }).getByRole('listitem')).toHaveCount(3);
  // 2012-22 Table 1.2: percent change is column 7.
  const growth = '#growth table';
  await page.locator('#growth summary').click();
  await expect(rowOf(page, growth, 'Medical records and health information technicians')).toContainText(`${roundDecimal(cell('projections/2012-22/table_1.2.csv', '29-2071', 7), 1)}%`);
  await expect(rowOf(page, growth, 'Medical assistants')).toContainText(`${roundDecimal(cell('projections/2012-22/table_1.2.csv', '31-9092', 7), 1)}%`);
  // May 2024: 29-2071 no longer exists (split in the 2018 SOC), so it is named, not dropped or drawn as zero.
  await expect(page.getByRole('status').first()).toContainText('29-2071 Medical records and health information technicians is not in the May 2024 OEWS release');
  await page.locator('#median-wage summary').click();
  await expect(rowOf(page, '#median-wage table', 'Medical records and health information technicians')).toContainText('Not in this release');
  const managers = Number(cell('oews/national_M2024_dl.csv', '11-9111', 27));
  await expect(rowOf(page, '#median-wage table', 'Medical and health services managers')).toContainText(`$${managers.toLocaleString('en-US')}`);
  // The all-occupations reference is in the table too.
  await expect(page.locator('#median-wage table')).toContainText('(reference)');
});

test('unknown and malformed codes are named in a notice', async ({ page }) => {
  const response = await page.goto('/compare?occupations=29-2071,99-9999,%3Cscript%3Ealert(1)%3C/script%3E&vintage=1999-00');
  expect(response?.status()).toBe(200);
  const notice = page.locator('.notice');
  await expect(notice).toContainText('99-9999 is not an occupation code in any BLS release shipped here');
  await expect(notice).toContainText('"<script>alert(1)</script>" is not an occupation code');
  await expect(notice).toContainText('There is no projections vintage "1999-00"');
  expect(await page.locator('script:has-text("alert(1)")').count()).toBe(0);
});

test('the wage trend switches between constant and nominal dollars, in the URL', async ({ page }) => {
  await page.goto('/compare?occupations=29-2071,29-1141&vintage=2008-18&release=2008');
  await page.locator('#wage-trend summary').click();
  // Default: the chart in constant dollars of the latest release; the table gives May 2008 as
  // published (national_M2008_dl.csv, A_MEDIAN) and beside it that × CPI-U 2024 / CPI-U 2008 (annual averages).
  const published2008 = Number(cell('oews/national_M2008_dl.csv', '29-2071', 15));
  expect(published2008).toBe(30610);
  expect([cpiAnnual(2008), cpiAnnual(2024)]).toEqual([215.303, 313.689]);
  const twin2008 = Math.round(((published2008 * cpiAnnual(2024)) / cpiAnnual(2008)) * 100) / 100;
  const technicians = () => rowOf(page, '#wage-trend table', 'Medical records and health information technicians');
  await expect(page.locator('#wage-trend table caption')).toContainText('as published (nominal dollars) and in constant 2024 dollars (CPI-U)');
  const table = await readPageTable(page.locator('#wage-trend table'));
  const row = table.rows.find((r) => r.some((c) => /^medical records and health information technicians$/i.test(c)));
  if (!row) throw new Error(`no technicians row in the wage trend table: ${JSON.stringify(table.rows.map((r) => r.slice(0, 2)))}`);
  expect(row[table.labels.indexOf('May 2008, as published')]).toBe(`$${published2008.toLocaleString('en-US')}`);
  expect(row[table.labels.indexOf('May 2008, 2024 dollars')]).toBe(`$${Math.round(twin2008).toLocaleString('en-US')}`);
  await expect(page.locator('#wage-trend img')).toHaveAttribute('alt', /prices/);
  await page.getByLabel('Wage trend in').selectOption('nominal');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/dollars=nominal/);
  await page.locator('#wage-trend summary').click();
  await expect(page.locator('#wage-trend table caption')).toContainText('nominal dollars');
  await expect(technicians()).toContainText(`$${published2008.toLocaleString('en-US')}`);
  await expect(technicians()).not.toContainText(`$${Math.round(twin2008).toLocaleString('en-US')}`);
  await expect(page.locator('#wage-trend table')).not.toContainText('2024 dollars');
  // The CSV says which dollars in its column names: by default the published median and its 2024-dollar twin, to the cent.
  for (const query of ['', '&dollars=2024']) {
    const csv = parseCsv(await (await page.request.get(`/compare/wage-trend.csv?occupations=29-2071&vintage=2008-18&release=2008${query}`)).text());
    const csvRow = csv.rows[0]!;
    expect(Number(csvRow.median_annual_wage_usd_nominal_may_2008)).toBe(published2008);
    expect(Number(csvRow.median_annual_wage_usd_2024_dollars_may_2008)).toBe(twin2008);
  }
  const nominal = parseCsv(await (await page.request.get(`/compare/wage-trend.csv?occupations=29-2071&vintage=2008-18&release=2008&dollars=nominal`)).text());
  expect(Number(nominal.rows[0]!.median_annual_wage_usd_nominal_may_2008)).toBe(published2008);
  expect(nominal.fields.filter((f) => f.includes('_dollars_'))).toEqual([]);
  expect((await page.request.get('/compare/wage-trend.csv?occupations=29-2071&dollars=1850')).status()).toBe(404);
  expect((await page.request.get('/compare/wage-trend.csv?occupations=29-2071&dollars=lots')).status()).toBe(400);
});

test('the wage trend continues a code across one-to-one changes, as the profile does; top codes are markers', async ({ page }) => {
  await page.goto('/compare?occupations=29-1211,53-2031&vintage=2024-34&release=2024&dollars=nominal');
  await page.locator('#wage-trend summary').click();
  // Flight attendants were 39-6031 to May 2009: the trend has those medians, from those files.
  const attendants = rowOf(page, '#wage-trend table', 'Flight attendants');
  await expect(attendants).toContainText(`$${Number(cell('oews/national_M2007_dl.csv', '39-6031', 15)).toLocaleString('en-US')}`);
  await expect(attendants).toContainText('39-6031 May 2007–2009; 53-2031 May 2010–2024');
  // Anesthesiologists were 29-1061 to May 2018, whose median BLS top-codes (#): May 2008 is "≥ $166,400".
  expect(cell('oews/national_M2008_dl.csv', '29-1061', 15)).toBe('#');
  const anesthesiologists = rowOf(page, '#wage-trend table', 'Anesthesiologists');
  await expect(anesthesiologists).toContainText('≥ $166,400');
  await expect(anesthesiologists).toContainText('29-1061 May 2007–2018; 29-1211 May 2019–2024');
  const csv = await (await page.request.get('/compare/wage-trend.csv?occupations=29-1211,53-2031&vintage=2024-34&release=2024&dollars=nominal')).text();
  expect(csv).toContain('top-coded >= 166400');
  expect(csv).toContain(`,${Number(cell('oews/national_M2007_dl.csv', '39-6031', 15))},`);
  // The figure: notes say where the code of the time was used, and top codes are hollow "≥" markers off the line.
  const svg = await (await page.request.get((await page.locator('#wage-trend img').getAttribute('src'))!)).text();
  expect(svg).toContain('published as 29-1061');
  expect(svg).toContain('hollow marker');
  expect(svg.match(/class="chart-top-coded"/g)?.length).toBeGreaterThan(10);
});

test('an hourly-only occupation says so, with its hourly wage', async ({ page }) => {
  await page.goto('/compare?occupations=27-2011&vintage=2024-34&release=2024&dollars=nominal');
  const hourly = Number(cell('oews/national_M2024_dl.csv', '27-2011', 22)); // H_MEDIAN
  await page.locator('#wage-trend summary').click();
  await expect(rowOf(page, '#wage-trend table', 'Actors')).toContainText(`Hourly wage only: $${roundDecimal(hourly, 2)} an hour`);
  const svg = await (await page.request.get((await page.locator('#wage-trend img').getAttribute('src'))!)).text();
  expect(svg).toContain('hourly wage only');
  expect(svg).not.toContain('absent');
});

test('a comparison checks past projections and names the code changes that affect it', async ({ page }) => {
  await page.goto('/compare?occupations=29-2071,31-9092&vintage=2008-18&release=2008');
  await expect(page.locator('.lineage-notes')).toContainText('29-2071 split into 29-2072 and 29-9021 (2018 SOC).');
  await page.locator('#projection-check summary').click();
  const row = page.locator('#projection-check table tr', { hasText: '29-2071' });
  await expect(row).toContainText('207,600');
  await expect(row).toContainText('215,500');
  // The finding, from the raw cells: change 2008-18 projected (2008-18 target / base) and actual (2018-28 base / 2008-18 base).
  const change = (code: string) => {
    const base = Number(cell('projections/2008-18/table_1.2.csv', code, 2));
    const projected = ((Number(cell('projections/2008-18/table_1.2.csv', code, 3)) - base) / base) * 100;
    return { code, projected, actual: ((Number(cell('projections/2018-28/table_1.2.csv', code, 3)) - base) / base) * 100 };
  };
  const changes = [change('29-2071'), change('31-9092')];
  const above = changes.filter((x) => x.actual > x.projected).length;
  const largest = [...changes].sort((x, y) => Math.abs(y.actual - y.projected) - Math.abs(x.actual - x.projected))[0]!;
  // Medical assistants: projected 33.9% (as Table 1.2 publishes it), actual 42.0%.
  expect([largest.code, roundDecimal(largest.projected, 1), roundDecimal(largest.actual, 1)]).toEqual(['31-9092', '33.9', '42.0']);
  await expect(page.locator('#projection-check img')).toHaveAttribute('alt',
    `The actual change was above the projected change in ${above} of 2 occupations. The largest gap is in Medical assistants: projected ${roundDecimal(largest.projected, 1)}%, actual ${roundDecimal(largest.actual, 1)}%.`);
  // A summary code (a total of detailed lines) is not checked, and the check names it.
  await page.goto('/compare?occupations=17-1010,29-2071&vintage=2012-22&release=2012');
  await expect(page.locator('#projection-check table caption')).toContainText('summary lines left out: 17-1010');
  const svg = await (await page.request.get('/compare/projection-check.svg?occupations=17-1010,29-2071&vintage=2012-22&release=2012')).text();
  expect(svg).toContain('17-1010');
  // A vintage still running has no check, and its file says why.
  await page.goto('/compare?occupations=29-2072&vintage=2024-34&release=2024');
  await expect(page.locator('#projection-check')).toHaveCount(0);
  expect((await page.request.get('/compare/projection-check.csv?occupations=29-2072&vintage=2024-34&release=2024')).status()).toBe(404);
});

test('the search says when nothing matches, and shows the words searched for as text', async ({ page }) => {
  await page.goto('/compare?occupations=29-2071&vintage=2008-18&release=2008&find=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.getByRole('heading', { name: 'No occupations found for “<img src=x onerror=alert(1)>”' })).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  // The selection is kept through the search.
  await expect(page.getByRole('list', { name: 'Selected occupations' }).getByRole('listitem')).toHaveCount(1);
});

test('a full comparison offers no search, and says why', async ({ page }) => {
  const twelve = '29-1141,29-2072,29-9021,31-9092,43-6013,11-9111,31-9094,29-2061,29-2052,29-2034,31-1131,29-1071';
  await page.goto(`/compare?occupations=${twelve}&vintage=2024-34&release=2024&find=nurse`);
  await expect(page.getByText('A comparison holds at most 12 occupations; remove one to add another.')).toBeVisible();
  // The site header still has its own search; the comparison has none.
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveCount(0);
});

test('a broad search counts every match and lists the first 20', async ({ page }) => {
  await page.goto('/compare?occupations=29-2071&vintage=2008-18&release=2008&find=29-');
  const heading = page.getByRole('heading', { name: /occupations found for “29-”/ });
  const total = Number((await heading.textContent())?.match(/^(\d+) occupations/)?.[1]);
  expect(total).toBeGreaterThan(20);
  await expect(page.getByRole('region', { name: /found for “29-”/ }).getByRole('listitem')).toHaveCount(20);
  await expect(page.getByText('The first 20 are listed; add words or digits of the code to narrow the search.')).toBeVisible();
});
