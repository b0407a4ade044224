import { expect, test } from '@playwright/test';
import { tabTo } from './keyboard-helpers';
import { parseCsv, rawRow, readDownload, roundDecimal } from './download-helpers';

test('a whole task with the keyboard alone: find by words and by code, add, remove, change vintage, reach a table and its download', async ({ page }) => {
  await page.goto('/compare?occupations=29-2071&vintage=2008-18&release=2008');

  // Search by words (a GET form: Enter submits it), then follow the match's Add link.
  await tabTo(page, 'the occupation search', (el) => el.id === 'find');
  await page.keyboard.type('registered nurses');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/find=registered\+nurses/);
  await tabTo(page, 'the first match', (el) => (el.textContent ?? '').startsWith('Add '));
  await expect(page.locator(':focus')).toContainText('Registered nurses', { ignoreCase: true });
  await page.keyboard.press('Enter');
  // The link ends at the status message, which takes the focus and says what changed.
  await expect(page).toHaveURL(/occupations=29-2071,29-1\d{3}&vintage=2008-18&release=2008&added=29-1\d{3}#status$/);
  await expect(page.locator('#status')).toBeFocused();
  await expect(page.locator('#status')).toHaveText(/^Added Registered nurses, 2 occupations selected\.$/i);
  const nurses = /occupations=29-2071,(29-1\d{3})&/.exec(page.url())![1]!;
  await expect(page.getByRole('list', { name: 'Selected occupations' }).getByRole('listitem')).toHaveCount(2);
  // The search box is empty again.
  await expect(page.locator('#find')).toHaveValue('');

  // Search by code prefix: the current detailed 11-9111 comes first, then the broad group 11-9110, and nothing else.
  await tabTo(page, 'the occupation search', (el) => el.id === 'find');
  await page.keyboard.type('11-911');
  await page.keyboard.press('Enter');
  const byCode = page.getByRole('region', { name: /found for “11-911”/ }).getByRole('listitem');
  await expect(byCode).toHaveCount(2);
  await expect(byCode.nth(0)).toContainText('11-9111');
  await expect(byCode.nth(1)).toContainText('11-9110');
  await tabTo(page, 'the 11-9111 match', (el) => /^Add .*\(11-9111\)$/.test(el.textContent ?? ''));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`occupations=29-2071,${nurses},11-9111&`));

  // Remove: the remove control is a link, reached with Tab.
  await tabTo(page, 'the remove link of registered nurses', (el) => /^Remove Registered nurses$/i.test(el.getAttribute('aria-label') ?? ''));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/occupations=29-2071,11-9111&vintage=2008-18/);
  await expect(page.locator('#status')).toBeFocused();
  await expect(page.getByRole('list', { name: 'Selected occupations' }).getByRole('listitem')).toHaveCount(2);

  // Change vintage: the select, then the Show button.
  await tabTo(page, 'the projections vintage', (el) => el.id === 'vintage');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#vintage')).toHaveValue('2010-20');
  await tabTo(page, 'the Show button', (el) => el.textContent === 'Show');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/vintage=2010-20/);

  // The first chart's table, opened with the keyboard, holds 11-9111's percent change as 2010-20 Table 1.2 publishes it (column 7).
  await tabTo(page, "the first chart's table", (el) => el.tagName === 'SUMMARY');
  await page.keyboard.press('Enter');
  await expect(page.locator('#growth details')).toHaveAttribute('open', '');
  const managers = rawRow('projections/2010-20/table_1.2.csv', '11-9111')[7]!;
  expect(managers).toBe('22.4');
  await expect(page.locator('#growth table tr', { hasText: 'Medical and health services managers' })).toContainText(`${roundDecimal(managers, 1)}%`);
  await tabTo(page, 'the table region', (el) => el.getAttribute('role') === 'region');
  await tabTo(page, 'the CSV download', (el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').startsWith('Download CSV'));
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const csv = parseCsv(await readDownload(file));
  expect(csv.rows.map((r) => r.soc_code)).toEqual(expect.arrayContaining(['29-2071', '11-9111']));
  expect(csv.rows.some((r) => r.soc_code === nurses), 'the removed occupation is not in the file').toBe(false);
});
