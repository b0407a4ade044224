import { test } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';

/** One of every kind of page. */
const PAGES = {
  home: '/',
  profile: '/occupations/29-2071',
  'profile (current)': '/occupations/29-2072',
  'profile (group)': '/occupations/29-9000',
  compare: '/compare?occupations=29-2071,31-9094,31-9092,43-6013,11-9111,29-1111&vintage=2008-18&release=2008',
  'compare (empty)': '/compare',
  'compare (search results)': '/compare?occupations=29-2071&vintage=2008-18&release=2008&find=medical',
  'occupation finder': '/occupations?group=29&education=associates,postsecondary-nondegree&sort=-growth',
  'search results': '/search?q=medical+records',
  'not found': '/occupations/99-9999',
} as const;

const VIEWPORTS = { phone: { width: 360, height: 780 }, desktop: { width: 1280, height: 900 } } as const;

for (const [kind, path] of Object.entries(PAGES)) {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${kind}, ${device}, ${colorScheme}: no serious or critical axe violations`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        // Open the tables so their contents are checked too.
        for (const summary of await page.locator('details > summary').filter({ visible: true }).all()) await summary.click();
        await expectNoSeriousViolations(page, `${kind}, ${device}, ${colorScheme}:`);
      });
    }
  }
}
