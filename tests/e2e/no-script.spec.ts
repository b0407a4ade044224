import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

// Every page but the 404 sends no framework JavaScript (pages/_app.tsx): at most the site's own
// scripts (components/enhance, served from /js/, same origin, deferred; every page has the header
// search's suggestions), within 20 KB gzip in all, and everything on it works without JavaScript.
const PAGES = [
  '/',
  '/occupations/29-2071',
  '/compare?occupations=29-2071,31-9092&vintage=2008-18&release=2008&find=nurse',
  '/scorecard?vintage=2008-18&sort=abs-error&dir=desc',
  '/releases',
  '/occupations?group=29&sort=-growth',
  '/search?q=medical+coder',
  '/about-data/releases/oews/2024',
  '/about-data/occupations/29-2071/wages',
  '/about-data/compare/growth?occupations=29-2071&vintage=2008-18&release=2008',
];

for (const path of PAGES) {
  test(`${path} sends no framework JavaScript, only the site's own scripts`, async ({ page, request }) => {
    const html = await (await request.get(path)).text();
    const tags = html.match(/<script\b[^>]*>/gi) ?? [];
    expect(tags).toEqual(['<script src="/js/site.js" defer="">']);
    expect(html).not.toMatch(/<script\b[^>]*>[^<]+<\/script>/i);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    // The page's own record too: a request event can be missed (seen once in CI, on /scorecard).
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script').map((e) => new URL(e.name).pathname));
    for (const pathname of loaded) if (!scripts.includes(pathname)) scripts.push(pathname);
    expect(scripts).toEqual(['/js/site.js']);
    let gzipped = 0;
    for (const pathname of scripts) {
      expect(pathname).toMatch(/^\/js\/[a-z][a-z0-9-]*\.js$/);
      gzipped += gzipSync(Buffer.from(await (await request.get(pathname)).body())).length;
    }
    expect(gzipped).toBeLessThanOrEqual(20 * 1024);
  });
}

test('with JavaScript off, a comparison is built from search and links alone', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/compare');
  await page.getByRole('searchbox', { name: 'Add an occupation' }).fill('medical records');
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name: /^Add Medical records and health information technicians \(29-2071\)$/ }).click();
  await expect(page).toHaveURL(/occupations=29-2071&/);
  await expect(page.locator('#growth img')).toHaveAttribute('src', /\/compare\/growth\.svg\?occupations=29-2071/);
  await context.close();
});
