import { expect, test } from '@playwright/test';

// Every page but the 404 sends HTML and CSS and no framework JavaScript (pages/_app.tsx): the
// only script is our own search suggestions (/js/search-suggest.js, same origin, deferred), and
// everything on the page works without it.
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
  test(`${path} sends no JavaScript but our own suggestions script`, async ({ page, request }) => {
    const html = await (await request.get(path)).text();
    expect(html.match(/<script[^>]*>/gi)).toEqual(['<script src="/js/search-suggest.js" defer="">']);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(scripts).toEqual(['/js/search-suggest.js']);
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
