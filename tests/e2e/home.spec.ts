import { expect, test } from '@playwright/test';
import { oewsRows, rawRow, roundDecimal } from './download-helpers';

const jobs = (thousands: string) => Math.round(Number(thousands) * 1000).toLocaleString('en-US');

/** The cells the story is told from, read straight from the shipped CSV files. */
const cell = (file: string, code: string, column: number): string => rawRow(file, code)[column]!;

test('home page tells the 29-2071 story with figures from the data', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Medical records and health information technicians');

  // EP 2008-18 Table 1.2: 172.5 -> 207.6 thousand, 20.33 percent.
  expect(cell('projections/2008-18/table_1.2.csv', '29-2071', 2)).toBe('172.5');
  expect(cell('projections/2008-18/table_1.2.csv', '29-2071', 3)).toBe('207.6');
  expect(cell('projections/2008-18/table_1.2.csv', '29-2071', 7)).toBe('20.33');
  const growth = page.locator('[data-figure="growth"]');
  await expect(growth).toContainText('20%');
  await expect(growth).toContainText('172,500 → 207,600 jobs');
  await expect(growth).toContainText('2008 to 2018');
  await expect(growth).toContainText('Employment Projections 2008-18, Table 1.2');

  // OEWS May 2008 national file, a_median column.
  expect(cell('oews/national_M2008_dl.csv', '29-2071', 15)).toBe('30610');
  const wage = page.locator('[data-figure="median-wage"]');
  await expect(wage).toContainText('$30,610');
  await expect(wage).toContainText('May 2008');
  await expect(wage).toContainText('national_M2008_dl.csv');
});

test('home charts and table show the related careers with their values', async ({ page }) => {
  await page.goto('/');
  const table = page.locator('section[aria-labelledby="figures-heading"] .table-wrap table');
  // The story's careers: EP 2008-18 Table 1.2 (employment 2008 and 2018, change in percent) and
  // the May 2008 OEWS median, each row checked against its cells.
  const codes = ['29-2071', '31-9094', '31-9092', '43-6013', '11-9111', '29-1111', '29-2061', '29-2052'];
  const may2008 = oewsRows(2008);
  for (const code of codes) {
    const ep = rawRow('projections/2008-18/table_1.2.csv', code);
    const median = may2008.get(code)?.a_median?.trim();
    expect(median, `${code} has a May 2008 median`).toMatch(/^\d+$/);
    const row = table.locator('tr', { has: page.getByRole('rowheader', { name: ep[0]!, exact: true }) });
    await expect(row).toHaveCount(1);
    for (const text of [jobs(ep[2]!), jobs(ep[3]!), `${roundDecimal(ep[7]!, 1)}%`, `$${Number(median).toLocaleString('en-US')}`]) {
      await expect(row, `${code}: ${text}`).toContainText(text);
    }
  }
  // Licensed practical nurses: BLS published 20.65, which rounds half away from zero.
  expect(rawRow('projections/2008-18/table_1.2.csv', '29-2061')[7]).toBe('20.65');
  await expect(table.locator('tr', { has: page.getByRole('rowheader', { name: 'Licensed practical and licensed vocational nurses', exact: true }) })).toContainText('20.7%');

  // Each chart is an image whose text alternative states its finding, and whose SVG labels every bar.
  const growthImage = page.locator('figure#growth img');
  await expect(growthImage).toHaveAttribute('alt', /Medical assistants grows fastest of the selected occupations \(33\.9%\)/);
  const growthSvg = await (await page.request.get((await growthImage.getAttribute('src'))!)).text();
  for (const label of ['20.3%', '11.2%', '33.9%', '26.6%', '16.0%', '22.2%', 'Projected employment change, 2008 to 2018', 'Employment Projections 2008-18, Table 1.2']) {
    expect(growthSvg).toContain(label);
  }
  const wageImage = page.locator('figure#median-wage img');
  await expect(wageImage).toHaveAttribute('alt', /Medical and health services managers pays the most of the selected occupations \(\$80,240\)/);
  const wageSvg = await (await page.request.get((await wageImage.getAttribute('src'))!)).text();
  for (const label of ['$30,610', '$32,060', '$28,300', '$29,680', '$80,240', '$62,450', 'Median annual wage, May 2008']) {
    expect(wageSvg).toContain(label);
  }
});
