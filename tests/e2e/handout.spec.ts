import { expect, test, type Page } from '@playwright/test';
import { PDFParse } from 'pdf-parse';
import { parseCsv, oewsRows, rawRow } from './download-helpers';

const CODES = ['29-2072', '29-2052', '29-1215', '29-1141', '31-9092', '31-9094'];
const COMPARE = `/compare?occupations=${CODES.join(',')}&vintage=2024-34&release=2024`;
const EP = 'projections/2024-34/table_1.2.csv';
const usd = (raw: string) => `$${Number(raw.replace(/,/g, '')).toLocaleString('en-US')}`;

async function printed(page: Page, format: 'Letter' | 'A4'): Promise<{ pages: number; text: string }> {
  await page.emulateMedia({ media: 'print' });
  // Every chart has loaded its print layout: none is blank.
  // The renderer draws one chart at a time: a cold comparison takes a while.
  await expect.poll(() => page.locator('picture.chart-image img').evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0 && (i as HTMLImageElement).currentSrc.includes('width=narrow'))), { timeout: 90_000 }).toBe(true);
  const pdf = await page.pdf({ format, printBackground: true });
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  const result = await parser.getText();
  await parser.destroy();
  return { pages: result.total, text: result.text.replace(/\s+/g, ' ') };
}

// Every chart image loads (none is lazy), then printing asks for each chart's print layout: one
// page at a time, so the renderer's queue (8 charts) holds them all.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

for (const format of ['Letter', 'A4'] as const) {
  test(`/compare with six occupations prints as at most two ${format} pages: table, charts, sources, address, date`, async ({ page }) => {
    // `load`: the screen's charts are in before printing asks for the print layouts.
    await page.goto(COMPARE, { timeout: 120_000 });
    const { pages, text } = await printed(page, format);
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain('Compare occupations');
    // The table at a glance, from the raw cells: registered nurses' median annual and hourly wage (OEWS May 2024), openings and education (EP 2024-34).
    const nurses = oewsRows(2024).get('29-1141')!;
    expect(text).toContain(usd(nurses.a_median!));
    expect(text).toContain(`$${Number(nurses.h_median).toFixed(2)}`);
    const ep = rawRow(EP, '29-1141');
    expect(text).toContain(Math.round(Number(ep[10]) * 1000).toLocaleString('en-US'));
    expect(text).toContain(ep[12]!);
    expect(text).toContain('Sources');
    expect(text).toContain('BLS Employment Projections 2024-34, Table 1.2');
    // The address and the date.
    expect(text).toMatch(/Printed from http:\/\/127\.0\.0\.1:\d+\/compare\?occupations=29-2072,29-2052,29-1215,29-1141,31-9092,31-9094&vintage=2024-34&release=2024 on/);
    const today = new Date().toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });
    expect(text).toContain(today);
    // No form controls or links meant for the screen.
    expect(text).not.toContain('Remove');
    expect(text).not.toContain('Add an occupation');
    expect(text).not.toContain('Download CSV');
  });
}

test('a profile prints its quick facts and charts without its forms', async ({ page }) => {
  await page.goto('/occupations/29-1141', { timeout: 120_000 });
  await page.emulateMedia({ media: 'print' });
  await expect.poll(() => page.locator('picture.chart-image img').evaluateAll((imgs) => imgs.filter((i) => (i as HTMLElement).offsetParent !== null).every((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0)), { timeout: 90_000 }).toBe(true);
  for (const control of await page.locator('form, input, select, button').all()) await expect(control).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
});

test('the table at a glance and its CSV hold the raw cells: wages, jobs, growth, openings, education, experience, training', async ({ page, request }) => {
  await page.goto(COMPARE, { waitUntil: 'domcontentloaded' });
  const table = page.locator('.comparison-summary table');
  const row = table.locator('tr', { has: page.getByRole('rowheader', { name: 'Registered nurses' }) });
  const nurses = oewsRows(2024).get('29-1141')!;
  const ep = rawRow(EP, '29-1141');
  await expect(row).toContainText(usd(nurses.a_median!));
  await expect(row).toContainText(`$${Number(nurses.h_median).toFixed(2)}`);
  await expect(row).toContainText(`${ep[8]}%`);
  await expect(row).toContainText(ep[12]!);
  const csv = await request.get(`/compare/comparison.csv?occupations=${CODES.join(',')}&vintage=2024-34&release=2024`);
  const { rows } = parseCsv(await csv.text());
  const rn = rows.find((r) => r.soc_code === '29-1141')!;
  expect(rn.median_annual_wage_usd_may_2024).toBe(nurses.a_median!.replace(/,/g, ''));
  expect(Number(rn.median_hourly_wage_usd_may_2024)).toBe(Number(nurses.h_median));
  expect(rn.employment_2024_thousands).toBe(ep[3]);
  expect(rn.change_2024_2034_percent).toBe(ep[8]);
  expect(rn.openings_2024_2034_annual_average_thousands).toBe(ep[10]);
  expect(rn.education).toBe(ep[12]);
  expect(rn.work_experience).toBe(ep[13]);
  expect(rn.on_the_job_training).toBe(ep[14]);
  await expect(page.getByRole('link', { name: 'Print or save as PDF' })).toBeVisible();
});

for (const javaScriptEnabled of [true, false]) {
  test(`after adding or removing by keyboard, focus lands on the status next to the selection (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/compare?occupations=29-2071,29-1141,29-2052&vintage=2024-34&release=2024&find=medical%20assistants', { waitUntil: 'domcontentloaded' });
    const add = page.getByRole('link', { name: 'Add Medical assistants (31-9092)' });
    await add.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/added=31-9092#status$/, { waitUntil: 'domcontentloaded' });
    const status = page.locator('#status');
    await expect(status).toHaveText('Added Medical assistants, 4 occupations selected.');
    await expect(status).toHaveAttribute('role', 'status');
    await expect(status).toBeFocused();
    // The next Tab goes on from the message, into the selection, not back to the top of the page.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('list', { name: 'Selected occupations' }).getByRole('link').first()).toBeFocused();
    await page.getByRole('link', { name: 'Remove Registered nurses' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/removed=29-1141#status$/, { waitUntil: 'domcontentloaded' });
    await expect(status).toHaveText('Removed Registered nurses, 3 occupations selected.');
    await expect(status).toBeFocused();
    await context.close();
  });
}
