import type { Page } from '@playwright/test';

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max` presses. */
export async function tabTo(page: Page, describe: string, matches: (el: Element) => boolean, max = 80): Promise<void> {
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
