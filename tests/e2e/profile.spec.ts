import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { rawRow } from './download-helpers';

const jobs = (thousands: string) => Math.round(Number(thousands) * 1000).toLocaleString('en-US');
const usd = (value: string) => `$${Number(value).toLocaleString('en-US')}`;

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

  // By default, constant dollars of the latest release: $30,610 × CPI 2024 / CPI 2008.
  const cpi = (year: number) => Number(readFileSync('data/cpi/cpi_u_us_city_average_all_items.csv', 'utf8').split(/\r?\n/).find((l) => l.startsWith(`${year},`))!.split(',')[13]);
  expect([cpi(2008), cpi(2024)]).toEqual([215.303, 313.689]);
  const inDollars2024 = Math.round((30610 * cpi(2024)) / cpi(2008));
  expect(inDollars2024).toBe(44598);
  await page.goto('/occupations/29-2071');
  await openTables(page);
  const constant = page.locator('#wage-history table tr', { has: page.getByRole('rowheader', { name: 'May 2008', exact: true }) });
  await expect(constant).toContainText(`$${inDollars2024.toLocaleString('en-US')}`);
  await expect(page.locator('#wage-history table caption')).toContainText('constant 2024 dollars (CPI-U)');

  // EP 2008-18 Table 1.2: title, code, 2008, 2018, distribution ×2, change number, change percent, openings.
  const ep = rawRow('projections/2008-18/table_1.2.csv', '29-2071');
  expect(ep.slice(2, 9)).toEqual(['172.5', '207.6', '0.11', '0.12', '35.1', '20.33', '70.3']);
  const v2008 = page.locator('#projections table tr', { has: page.getByRole('rowheader', { name: /^2008-18/ }) });
  await expect(v2008).toHaveCount(1);
  for (const text of [jobs(ep[2]!), jobs(ep[3]!), jobs(ep[6]!), `${Number(ep[7]).toFixed(1)}%`, jobs(ep[8]!), 'Total over 2008–18']) {
    await expect(v2008).toContainText(text);
  }
  // Median wage and education come from Table 1.6 of the same vintage.
  const traits = rawRow('projections/2008-18/table_1.6.csv', '29-2071');
  await expect(v2008).toContainText(usd(traits[8]!));
  await expect(v2008).toContainText(traits[10]!);
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
  await expect(related).toContainText('"O*NET 29.3 Database, U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)" licensed under CC BY 4.0');

  // The charts are server-drawn SVG images, with the break and the source inside.
  const src = await page.locator('#wage-history img').getAttribute('src');
  const wageChart = await (await page.request.get(src!)).text();
  expect(wageChart.includes('OEWS hybrid'), 'the break is labelled').toBe(true);
  expect(wageChart.includes('Reference period: May 2007 to May 2024'), 'the source line is in the image').toBe(true);
  expect(wageChart.includes('2024 dollars (CPI-U)'), 'the chart names its dollars').toBe(true);
  await expect(page.locator('#wage-history img')).toHaveAttribute('alt', /pay (kept up with|fell behind) prices/);
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

test('profile screenshots at phone and desktop width', async ({ page }, info) => {
  for (const [width, scheme] of [[360, 'light'], [360, 'dark'], [1280, 'light'], [1280, 'dark']] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/occupations/29-2071');
    // Nothing may stick out sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: info.outputPath(`profile-29-2071-${width}-${scheme}.png`), fullPage: true });
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
