import { expect, test, type Page } from '@playwright/test';

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, describe: string, matches: (el: Element) => boolean, max = 80): Promise<void> {
  const fn = matches.toString();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate((src) => {
      const test = new Function(`return (${src})`)() as (el: Element) => boolean;
      return document.activeElement ? test(document.activeElement) : false;
    }, fn);
    if (hit) return;
  }
  throw new Error(`Tab never reached ${describe}`);
}

test('a whole task with the keyboard alone: find, add, change vintage, reach a table and its download', async ({ page }) => {
  await page.goto('/compare?occupations=29-2071&vintage=2008-18&release=2008');

  await tabTo(page, 'the occupation search', (el) => el.id === 'find');
  await page.keyboard.type('registered nurses');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/find=registered\+nurses/);
  await tabTo(page, 'the first match', (el) => (el.getAttribute('aria-label') ?? '').startsWith('Add '));
  await expect(page.locator(':focus')).toContainText('Registered nurses', { ignoreCase: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/occupations=29-2071,29-1/);

  await tabTo(page, 'the projections vintage', (el) => el.id === 'vintage');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#vintage')).toHaveValue('2010-20');
  await tabTo(page, 'the Show button', (el) => el.textContent === 'Show');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/vintage=2010-20/);

  await tabTo(page, "the first chart's table", (el) => el.tagName === 'SUMMARY');
  await page.keyboard.press('Enter');
  await expect(page.locator('#growth details')).toHaveAttribute('open', '');
  await tabTo(page, 'the table region', (el) => el.getAttribute('role') === 'region');
  await tabTo(page, 'the CSV download', (el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').startsWith('Download CSV'));
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
});
