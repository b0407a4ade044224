import { chromium } from 'playwright-core';
const [url, out, width = '1280', scheme = 'light'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto(url, { waitUntil: 'load' });
// Scroll through so lazy images load.
for (let y = 0; y < 20000; y += 600) { await page.evaluate((v) => window.scrollTo(0, v), y); await page.waitForTimeout(60); }
await page.waitForTimeout(800);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
