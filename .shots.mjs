import { chromium } from '@playwright/test';
const base = `http://127.0.0.1:${process.env.PORT ?? 3213}`;
const pages = [
  ['compare', '/compare?occupations=29-2072,29-2052,29-1215,29-1141,31-9092,29-2071'],
  ['compare2008', '/compare?occupations=29-2071,31-9094,31-9092,29-1141,43-9021,51-4041&vintage=2008-18&release=2008'],
  ['profile', '/occupations/29-2071'],
  ['scorecard', '/scorecard?vintage=2008-18'],
];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking','--disable-component-update','--no-first-run','--disable-gpu'] });
for (const scheme of ['light', 'dark']) {
  for (const width of [390, 1280]) {
    const ctx = await b.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await ctx.newPage();
    for (const [name, path] of pages) {
      await page.goto(base + path, { waitUntil: 'networkidle' });
      const figs = page.locator('figure.chart');
      const n = await figs.count();
      for (let i = 0; i < n; i++) {
        const fig = figs.nth(i);
        if (!(await fig.isVisible())) continue;
        const id = await fig.getAttribute('id');
        await fig.screenshot({ path: `/tmp/charts-shots/${name}-${id}-${width}-${scheme}.png` });
      }
    }
    await ctx.close();
  }
}
await b.close();
