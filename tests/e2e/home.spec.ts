import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/** The cells the story is told from, read straight from the shipped CSV files. */
function cell(file: string, code: string, column: number): string {
  const line = readFileSync(`data/${file}`, 'utf8').split(/\r?\n/).find((l) => l.includes(`,${code},`) || l.startsWith(`${code},`));
  if (!line) throw new Error(`${code} not in ${file}`);
  return line.split(',')[column]!.trim();
}

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
  const table = page.locator('main > .table-wrap table');
  const rows = [
    ['Medical records and health information technicians', '172,500', '207,600', '20.3%', '$30,610'],
    ['Medical transcriptionists', null, null, null, null],
    ['Medical assistants', null, null, null, null],
    ['Medical secretaries', null, null, null, null],
    ['Medical and health services managers', null, null, null, null],
    ['Registered nurses', null, null, null, null],
  ] as const;
  for (const [title, base, target, pct, median] of rows) {
    const row = table.locator('tr', { has: page.getByRole('rowheader', { name: title, exact: true }) });
    await expect(row).toHaveCount(1);
    if (base) await expect(row).toContainText(base);
    if (target) await expect(row).toContainText(target);
    if (pct) await expect(row).toContainText(pct);
    if (median) await expect(row).toContainText(median);
  }
  // Registered nurses, EP 2008-18 Table 1.2 and OEWS May 2008, checked against the cells.
  const nurses = table.locator('tr', { has: page.getByRole('rowheader', { name: 'Registered nurses', exact: true }) });
  await expect(nurses).toContainText(`${Number(cell('projections/2008-18/table_1.2.csv', '29-1111', 7)).toFixed(1)}%`);
  await expect(nurses).toContainText(`$${Number(cell('oews/national_M2008_dl.csv', '29-1111', 15)).toLocaleString('en-US')}`);

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
