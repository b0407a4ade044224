import { expect, test, type Page } from '@playwright/test';
import { cpiAnnual, expectCellMatches, oewsRows, parseCsv, rawRow, readDownload, readPageTable, roundDecimal, UNIT } from './download-helpers';

const jobs = (thousands: string) => Math.round(Number(thousands) * 1000).toLocaleString('en-US');
const usd = (value: string) => `$${Number(value).toLocaleString('en-US')}`;

/** A CPI-U annual average as data/cpi/ holds it (column 14, "Annual"). */
const cpi = cpiAnnual;
const today = (): string => new Date().toISOString().slice(0, 10);

async function openTables(page: Page): Promise<void> {
  for (const summary of await page.locator('details > summary').filter({ visible: true }).all()) await summary.click();
}

test('29-2071 profile: title, wage and projection figures equal the CSV cells', async ({ page }) => {
  // Nominal dollars: the wages as BLS published them.
  const response = await page.goto('/occupations/29-2071#wages-nominal');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Medical records and health information technicians');
  await openTables(page);

  // OEWS May 2008: occ_code, occ_title, group, tot_emp (3) … a_median (15).
  const oews = rawRow('oews/national_M2008_dl.csv', '29-2071');
  expect(oews[15]).toBe('30610');
  const may2008 = page.locator('#wage-history-nominal table tr', { has: page.getByRole('rowheader', { name: 'May 2008', exact: true }) });
  await expect(may2008).toHaveCount(1);
  await expect(may2008).toContainText(usd(oews[15]!));
  await expect(may2008).toContainText(Number(oews[3]).toLocaleString('en-US'));
  await expect(may2008).toContainText(usd(oews[13]!)); // 10th percentile
  await expect(may2008).toContainText(usd(oews[17]!)); // 90th percentile

  await expect(page.locator('#wage-history-nominal table caption')).toHaveText(/as published \(nominal dollars\)$/);

  // By default the chart is in constant dollars of the latest release; its table gives the published
  // wage first and beside it $30,610 × CPI 2024 / CPI 2008.
  expect([cpi(2008), cpi(2024)]).toEqual([215.303, 313.689]);
  const inDollars2024 = Math.round((30610 * cpi(2024)) / cpi(2008));
  expect(inDollars2024).toBe(44598);
  await page.goto('/occupations/29-2071');
  await openTables(page);
  const constant = page.locator('#wage-history table tr', { has: page.getByRole('rowheader', { name: 'May 2008', exact: true }) });
  await expect(constant).toContainText(usd(oews[15]!));
  await expect(constant).toContainText(`$${inDollars2024.toLocaleString('en-US')}`);
  await expect(page.locator('#wage-history table caption')).toContainText('as published (nominal dollars) and in constant 2024 dollars (CPI-U)');

  // EP 2008-18 Table 1.2: title, code, 2008, 2018, distribution ×2, change number, change percent, openings.
  const ep = rawRow('projections/2008-18/table_1.2.csv', '29-2071');
  expect(ep.slice(2, 9)).toEqual(['172.5', '207.6', '0.11', '0.12', '35.1', '20.33', '70.3']);
  const v2008 = page.locator('#projections table tr', { has: page.getByRole('rowheader', { name: /^2008-18/ }) });
  await expect(v2008).toHaveCount(1);
  for (const text of [jobs(ep[2]!), jobs(ep[3]!), jobs(ep[6]!), `${roundDecimal(ep[7]!, 1)}%`, jobs(ep[8]!), 'Total over 2008–18']) {
    await expect(v2008).toContainText(text);
  }
  // Median wage and education come from Table 1.6 of the same vintage.
  const traits = rawRow('projections/2008-18/table_1.6.csv', '29-2071');
  await expect(v2008).toContainText(usd(traits[8]!));
  await expect(v2008).toContainText(traits[10]!);
});

test('29-2072 profile: by default the table and wages.csv give the May 2021 wages as BLS published them, 2024 dollars beside them', async ({ page }) => {
  // OEWS May 2021, 29-2072 Medical records specialists: A_MEDIAN as published.
  const raw = oewsRows(2021).get('29-2072')!;
  expect(raw.a_median).toBe('46660');
  const published = Number(raw.a_median);
  const in2024 = Math.round(((published * cpi(2024)) / cpi(2021)) * 100) / 100;
  expect(in2024).toBe(54016.05);

  await page.goto('/occupations/29-2072');
  await openTables(page);
  const table = page.locator('#wage-history table');
  const shown = await readPageTable(table);
  const col = (label: string) => shown.labels.indexOf(label);
  const may2021 = shown.rows.find((r) => r[0] === 'May 2021' && r[1] === '29-2072')!;
  expect(may2021[col('Median (annual), as published')]).toBe(usd(raw.a_median!));
  expect(may2021[col('Median (annual), 2024 dollars')]).toBe(`$${Math.round(in2024).toLocaleString('en-US')}`);
  expect(col('Median (annual), 2024 dollars'), 'side by side').toBe(col('Median (annual), as published') + 1);
  expect(may2021[col('Median (hourly), as published')]).toBe(`$${roundDecimal(raw.h_median!, 2)}`);

  // The CSV behind "Download CSV" is that table: same columns, same rows, each cell what the page shows.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#wage-history').getByRole('link', { name: /^Download CSV: / }).click()]);
  expect(download.suggestedFilename()).toBe(`29-2072_wages_oews_nominal-and-2024-dollars_${today()}.csv`);
  const { fields, rows } = parseCsv(await readDownload(download));
  const keys = fields.filter((f) => !f.endsWith('_flag'));
  expect(keys.length, 'one CSV column per page column').toBe(shown.labels.length);
  expect(rows.map((r) => [r.release, r.soc_code]), 'same rows in the same order').toEqual(shown.rows.map((r) => [r[0], r[1]]));
  rows.forEach((row, i) => keys.forEach((key, j) => {
    const display = shown.rows[i]![j]!;
    if (key === 'employment') expect(display, `row ${i + 1} employment`).toBe(row.employment ? Number(row.employment).toLocaleString('en-US') : display);
    else if (fields.includes(`${key}_flag`)) {
      expect(key).toMatch(UNIT);
      expect(row[key], `${key}: to the cent at most`).toMatch(/^(\d+(\.\d{1,2})?)?$/);
      expectCellMatches(key, row[key]!, row[`${key}_flag`]!, display);
    } else expect(row[key], key).toBe(display);
  }));
  const csv2021 = rows.find((r) => r.release === 'May 2021' && r.soc_code === '29-2072')!;
  expect(csv2021.annual_wage_median_usd_nominal).toBe(raw.a_median);
  expect(csv2021.annual_wage_median_usd_2024_dollars).toBe(String(in2024));
  expect(csv2021.annual_wage_pct10_usd_nominal).toBe(raw.a_pct10);
  expect(Number(csv2021.annual_wage_pct10_usd_2024_dollars)).toBe(Math.round(((Number(raw.a_pct10) * cpi(2024)) / cpi(2021)) * 100) / 100);

  // Nominal dollars: the chart and its table as published only, and the CSV the same.
  const nominal = parseCsv(await (await page.request.get('/occupations/29-2072/wages.csv?dollars=nominal')).text());
  expect(nominal.fields.filter((f) => f.includes('_dollars'))).toEqual([]);
  expect(nominal.rows.find((r) => r.release === 'May 2021' && r.soc_code === '29-2072')!.annual_wage_median_usd_nominal).toBe(raw.a_median);
  const nominalShown = await readPageTable(page.locator('#wage-history-nominal table'));
  expect(nominalShown.labels.length).toBe(nominal.fields.filter((f) => !f.endsWith('_flag')).length);
});

test('29-1061 profile: top-coded May 2008 wages read the same way in published and 2024 dollars', async ({ page }) => {
  // national_M2008_dl.csv: anesthesiologists' a_median and h_median are "#", at or above $166,400 / $80.00.
  const raw = oewsRows(2008).get('29-1061')!;
  expect([raw.a_median, raw.h_median]).toEqual(['#', '#']);
  const hourly2024 = Math.round(((80 * cpi(2024)) / cpi(2008)) * 100) / 100;
  expect(hourly2024).toBe(116.56);
  await page.goto('/occupations/29-1061');
  await openTables(page);
  const shown = await readPageTable(page.locator('#wage-history table'));
  const may2008 = shown.rows.find((r) => r[0] === 'May 2008')!;
  expect(may2008[shown.labels.indexOf('Median (hourly), as published')]).toBe('≥ $80.00');
  expect(may2008[shown.labels.indexOf('Median (hourly), 2024 dollars')]).toBe(`≥ $${roundDecimal(hourly2024, 2)}`);
  expect(may2008[shown.labels.indexOf('Median (annual), as published')]).toBe('≥ $166,400');
  const csv = parseCsv(await (await page.request.get('/occupations/29-1061/wages.csv')).text());
  const row = csv.rows.find((r) => r.release === 'May 2008')!;
  expect(row.hourly_wage_median_usd_nominal_flag).toBe('top-coded >= 80');
  expect(row.hourly_wage_median_usd_2024_dollars_flag).toBe(`top-coded >= ${hourly2024}`);
  expect(row.annual_wage_median_usd_2024_dollars_flag).toBe(`top-coded >= ${Math.round(((166400 * cpi(2024)) / cpi(2008)) * 100) / 100}`);
});

test('29-2071 profile: lineage links and related careers', async ({ page }) => {
  await page.goto('/occupations/29-2071');
  const lineage = page.locator('section[aria-labelledby="lineage-heading"]');
  for (const code of ['29-2072', '29-9021', '29-2098']) {
    await expect(lineage.locator(`a[href="/occupations/${code}"]`).first()).toBeVisible();
  }
  await expect(lineage).toContainText('Split into 29-2072 Medical Records Specialists and 29-9021 Health Information Technologists and Medical Registrars');
  await expect(lineage).toContainText('Published only inside 29-2098');

  const related = page.locator('section[aria-labelledby="related-heading"]');
  for (const [code, title] of [
    ['31-9094', 'Medical transcriptionists'],
    ['31-9092', 'Medical assistants'],
    ['43-6013', 'Medical secretaries and administrative assistants'],
    ['11-9111', 'Medical and health services managers'],
    ['29-1141', 'Registered nurses'],
  ]) {
    await expect(related.getByRole('link', { name: title, exact: true })).toHaveAttribute('href', `/occupations/${code}`);
  }
  // Registered nurses carried 29-1111 while 29-2071 was published (2000 SOC): that code is linked too.
  await expect(related.locator('a[href="/occupations/29-1111"]').first()).toBeVisible();
  await expect(related).toContainText('O*NET 29.3 Database, U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license');

  // The charts are server-drawn SVG images, with the break and the source inside.
  const src = await page.locator('#wage-history img').getAttribute('src');
  const wageChart = await (await page.request.get(src!)).text();
  expect(wageChart.includes('OEWS hybrid'), 'the break is labelled').toBe(true);
  expect(wageChart.includes('Reference period: May 2007 to May 2024'), 'the source line is in the image').toBe(true);
  expect(wageChart.includes('2024 dollars (CPI-U)'), 'the chart names its dollars').toBe(true);
  // 29-2071 was published May 2007 to May 2018: its median then, in 2018 dollars, against its median in May 2018.
  const [m2007, m2018] = [Number(cellOf('oews/national_M2007_dl.csv', '29-2071', 15)), Number(cellOf('oews/national_M2018_dl.csv', '29-2071', 15))];
  expect([m2007, m2018]).toEqual([29290, 40350]);
  const real = (m2018 / ((m2007 * cpi(2018)) / cpi(2007)) - 1) * 100;
  expect(roundDecimal(real, 1)).toBe('13.8');
  await expect(page.locator('#wage-history img')).toHaveAttribute('alt',
    new RegExp(` After prices \\(CPI-U\\), the median rose ${roundDecimal(real, 1).replace('.', '\\.')}% from May 2007 to May 2018: pay kept up with prices\\.$`));
});

test('29-2072 profile shows the earlier code 29-2071', async ({ page }) => {
  await page.goto('/occupations/29-2072');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Medical records specialists');
  const lineage = page.locator('section[aria-labelledby="lineage-heading"]');
  await expect(lineage.locator('a[href="/occupations/29-2071"]')).toBeVisible();
  await expect(lineage).toContainText('Came from a split of 29-2071 Medical Records and Health Information Technicians: part of it became this code, other parts became 29-9021');
});

test('code history in plain words: a split that keeps its code, a retitle under the same code', async ({ page }) => {
  await page.goto('/occupations/31-9097');
  const lineage = page.locator('section[aria-labelledby="lineage-heading"]');
  await expect(lineage).toContainText('Came from a split of 31-9099');
  await expect(lineage).toContainText('the rest kept the code 31-9099');
  await expect(lineage).not.toContainText('which was split into this code and 31-9099');
  await page.goto('/occupations/29-2034');
  await expect(page.locator('section[aria-labelledby="lineage-heading"]')).toContainText('Same code, retitled from “Radiologic Technologists” to');
  const svg = await (await page.request.get('/occupations/29-2034/wages.svg?dollars=nominal')).text();
  expect(svg).not.toMatch(/29-2034 became 29-2034/);
});

test('a physician profile: top-coded medians are hollow "≥" markers, and the notes say why', async ({ page }) => {
  await page.goto('/occupations/29-1223');
  const src = await page.locator('#wage-history img').getAttribute('src');
  const svg = await (await page.request.get(src!)).text();
  expect(cellOf('oews/national_M2018_dl.csv', '29-1066', 15)).toBe('#');
  expect(svg).toContain('class="chart-top-coded"');
  expect(svg).toContain('hollow marker');
  expect(svg).toContain('not joined to the line');
});

const cellOf = (file: string, code: string, column: number): string => rawRow(file, code)[column]!;

for (const path of ['/occupations/99-9999', '/occupations/not-a-code', '/occupations/29-2071%3Cb%3E']) {
  test(`${path} is a helpful 404`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No page at this address');
    await expect(page.getByRole('link', { name: 'Compare' }).last()).toHaveAttribute('href', '/compare');
    await expect(page.locator('main a[href="/occupations/29-2071"]')).toBeVisible();
  });
}

test('a profile fits a phone and a desktop screen, light and dark: no sideways scroll, title and what the occupation is today on the first screen', async ({ page }) => {
  for (const [width, scheme] of [[390, 'light'], [390, 'dark'], [1280, 'light'], [1280, 'dark']] as const) {
    await page.setViewportSize({ width, height: 844 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/occupations/29-2071');
    const fit = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(fit.innerWidth, `${width} ${scheme}`).toBe(width);
    expect(fit.scrollWidth, `${width} ${scheme}: nothing sticks out sideways`).toBeLessThanOrEqual(fit.innerWidth);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText('Medical records and health information technicians', { ignoreCase: true });
    await expect(h1).toBeInViewport();
    // Issue 12: what the retired code is today (its successors' quick facts) comes first, not the charts,
    // which follow the sections a person choosing a career reads; only the first chart's fit is checked.
    await expect(page.locator('#today'), `${width} ${scheme}: what it is today starts on the first screen`).toBeInViewport();
    const figure = page.locator('main figure').first();
    await expect(figure).toBeVisible();
    await figure.scrollIntoViewIfNeeded();
    expect(await figure.locator('img').first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0 && img.getBoundingClientRect().right <= window.innerWidth)).toBe(true);
  }
});

test('29-2071 profile: the projection scorecard, with its CSV', async ({ page }) => {
  await page.goto('/occupations/29-2071');
  const section = page.locator('section[aria-labelledby="scorecard-heading"]');
  const row = section.locator('tr', { has: page.getByRole('rowheader', { name: '2008-18', exact: true }) });
  await expect(row).toContainText('207,600');
  await expect(row).toContainText('215,500');
  await expect(row).toContainText('2018-28');
  const csv = await (await page.request.get('/occupations/29-2071/scorecard.csv')).text();
  expect(csv).toContain('projected_employment_thousands');
  expect(csv).toMatch(/2008-18,2018,29-2071,207\.6,[^,]*,215\.5/);
  await expect(section.getByRole('link', { name: /^About this data/ })).toHaveAttribute('href', '/about-data/occupations/29-2071/scorecard');
  expect((await page.request.get('/about-data/occupations/29-2071/scorecard')).status()).toBe(200);
});
