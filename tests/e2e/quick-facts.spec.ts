import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { oewsRows, rawRow, roundDecimal } from './download-helpers';

// Issue 12: the facts a person choosing a career reads first, checked against the shipped files as
// written (EP 2024-34 Table 1.2, OEWS May 2024, O*NET 29.3), never against the app's own readers.
const EP = 'projections/2024-34/table_1.2.csv';
const oews2024 = oewsRows(2024);
const jobs = (thousands: string) => Math.round(Number(thousands) * 1000).toLocaleString('en-US');
/** A published change with its sign, as the pages write it: percents to one decimal (-2 -> "-2.0%"), jobs as counted. */
const signed = (value: string, unit = '') => `${Number(value.replace(/,/g, '')) > 0 ? '+' : ''}${unit === '%' ? roundDecimal(value, 1) : value}${unit}`;

/** The growth rule the pages state (lib/profile/growth-phrase.ts), written out again here in tenths of a point. */
function phrase(pct: string, all: string): string {
  const p = Math.round(Number(pct) * 10);
  const a = Math.round(Number(all) * 10);
  if (p < -10) return 'decline';
  if (p <= 10) return 'little or no change';
  if (p >= 2 * a && p > a + 10) return 'much faster than average';
  if (p > a + 10) return 'faster than average';
  if (p >= a - 10) return 'about as fast as average';
  return 'slower than average';
}

/** Five line items of EP 2024-34 that OEWS May 2024 also publishes, chosen by a seeded generator (mulberry32, seed 12). */
function randomCodes(count: number, seed = 12): string[] {
  const rows = Papa.parse<string[]>(readFileSync(`data/${EP}`, 'utf8'), { skipEmptyLines: true }).data;
  const pool = rows.filter((r) => r[2]?.trim() === 'Line item' && oews2024.get(r[1]!.trim())?.o_group?.trim() === 'detailed').map((r) => r[1]!.trim());
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const picked = new Set<string>();
  while (picked.size < count) picked.add(pool[Math.floor(next() * pool.length)]!);
  return [...picked];
}

const fact = (scope: Locator, key: string) => scope.locator(`[data-fact="${key}"]`);

/** Every quick fact of `code` in `scope` equals its cell: OEWS May 2024 pay, EP 2024-34 the rest. */
async function expectQuickFacts(scope: Locator, code: string): Promise<void> {
  const ep = rawRow(EP, code);
  const all = rawRow(EP, '00-0000');
  const wage = oews2024.get(code)!;
  const pay = fact(scope, 'median-pay');
  const annual = wage.a_median!.trim();
  const hourly = wage.h_median!.trim();
  if (wage.hourly?.trim() === 'TRUE') await expect(pay).toContainText(`$${hourly} an hour`);
  else await expect(pay).toContainText(/^\d+$/.test(annual) ? `$${Number(annual).toLocaleString('en-US')} a year` : '≥ $');
  if (wage.annual?.trim() !== 'TRUE' && wage.hourly?.trim() !== 'TRUE' && /^\d/.test(hourly)) await expect(pay).toContainText(`$${Number(hourly).toFixed(2)} an hour`);
  await expect(pay).toContainText('May 2024');
  await expect(pay).toContainText('national_M2024_dl.csv');
  await expect(fact(scope, 'education')).toContainText(ep[12]!);
  await expect(fact(scope, 'experience')).toContainText(ep[13]!);
  await expect(fact(scope, 'training')).toContainText(ep[14]!);
  await expect(fact(scope, 'jobs')).toContainText(jobs(ep[3]!));
  await expect(fact(scope, 'jobs')).toContainText('2024 · BLS Employment Projections, Table 1.2');
  const outlook = fact(scope, 'outlook');
  await expect(outlook).toContainText(`${signed(ep[8]!, '%')} (${phrase(ep[8]!, all[8]!)})`);
  await expect(outlook).toContainText(`${signed(jobs(ep[7]!))} jobs`);
  await expect(outlook).toContainText(`all occupations: ${signed(all[8]!, '%')}`);
  await expect(outlook).toContainText('2024-34');
  await expect(fact(scope, 'openings')).toContainText(jobs(ep[10]!));
  await expect(fact(scope, 'openings')).toContainText('Openings a year, on average');
}

test('29-2072 quick facts read as issue 12 states them, from the cells', async ({ page }) => {
  expect(rawRow(EP, '29-2072').slice(3, 15)).toEqual(['194.8', '208.6', '0.1', '0.1', '13.8', '7.1', '0.8', '14.2', '50250', 'Postsecondary nondegree award', 'None', 'None']);
  expect(rawRow(EP, '00-0000')[8]).toBe('3.1');
  expect([oews2024.get('29-2072')!.a_median, oews2024.get('29-2072')!.h_median]).toEqual(['50250', '24.16']);
  await page.goto('/occupations/29-2072');
  const box = page.locator('#quick-facts');
  await expect(fact(box, 'median-pay')).toContainText('$50,250 a year$24.16 an hour');
  await expect(fact(box, 'jobs')).toContainText('194,800');
  await expect(fact(box, 'outlook')).toContainText('+7.1% (much faster than average)+13,800 jobs; all occupations: +3.1%');
  await expect(fact(box, 'openings')).toContainText('14,200');
  await expect(box).toContainText('How the outlook is worded: Compared with the change for all occupations');
  await expectQuickFacts(box, '29-2072');
});

for (const code of ['29-2072', '29-9021', '29-1141', ...randomCodes(5)]) {
  test(`${code}: quick facts, description and tasks against EP 2024-34, OEWS May 2024 and O*NET`, async ({ page }) => {
    const response = await page.goto(`/occupations/${code}`);
    expect(response?.status()).toBe(200);
    await expectQuickFacts(page.locator('#quick-facts'), code);
    // The facts come first: before every other section of the page.
    const order = await page.locator('main section[id]').evaluateAll((s) => s.map((e) => e.id));
    expect(order[0]).toBe('quick-facts');

    // O*NET: the description of the .00 occupation, and its tasks in file order (Core and untyped first).
    const onetCode = `${code}.00`;
    const described = readFileSync('data/onet/occupation_data.txt', 'utf8').split('\n').map((l) => l.split('\t')).find((c) => c[0] === onetCode);
    if (!described) return;
    await expect(page.locator(`#what-they-do [data-onet="${onetCode}"]`)).toContainText(described[2]!.trim());
    const tasks = readFileSync('data/onet/task_statements.txt', 'utf8').split('\n').map((l) => l.split('\t')).filter((c) => c[0]?.startsWith(code));
    const ordered = [...tasks.filter((c) => c[4] !== 'Supplemental'), ...tasks.filter((c) => c[4] === 'Supplemental')].map((c) => c[3]!);
    await expect(page.locator('#what-they-do [data-tasks="first"] li')).toHaveText(ordered.slice(0, 5));
    if (ordered.length > 5) await expect(page.locator('#what-they-do [data-tasks="more"] li')).toHaveText(ordered.slice(5));
    await expect(page.locator('#what-they-do')).toContainText('O*NET 29.3 Database, U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license');
  });
}

test('29-2072: also called, how to become one (two classifications apart), tools, related table', async ({ page }) => {
  await page.goto('/occupations/29-2072');
  const reported = readFileSync('data/onet/sample_of_reported_titles.txt', 'utf8').split('\n').map((l) => l.split('\t')).filter((c) => c[0] === '29-2072.00' && c[3]?.trim() === 'Y').map((c) => c[2]!);
  expect(reported.length).toBeGreaterThan(0);
  for (const title of reported) await expect(page.locator('#also-called [data-titles="my-next-move"]')).toContainText(title);
  await expect(page.locator('#also-called')).toContainText('Medical Coder');

  const how = page.locator('#how-to-become-one');
  await expect(how.locator('[data-bls-training="2024-34"]')).toContainText('Postsecondary nondegree award');
  const zone = readFileSync('data/onet/job_zones.txt', 'utf8').split('\n').map((l) => l.split('\t')).find((c) => c[0] === '29-2072.00')![2]!.trim();
  const zoneName = readFileSync('data/onet/job_zone_reference.txt', 'utf8').split('\n').map((l) => l.split('\t')).find((c) => c[0] === zone)![1]!.trim();
  await expect(how.locator('[data-job-zone="29-2072.00"]')).toContainText(zoneName);
  await expect(how).toContainText('What BLS says (Employment Projections 2024-34)');
  await expect(how).toContainText('What O*NET says');

  const hot = readFileSync('data/onet/technology_skills.txt', 'utf8').split('\n').map((l) => l.split('\t')).filter((c) => c[0] === '29-2072.00' && c[5]?.trim() === 'Y').map((c) => c[2]!);
  expect(hot.length).toBeGreaterThan(0);
  await expect(page.locator('#tools [data-technology="hot"] li')).toHaveText([...new Set(hot)]);

  // Related occupations: each row's wage and growth from May 2024 and 2024-34.
  const related = page.locator('#related table[data-related]');
  const row = related.locator('tr[data-code="29-9021"]');
  await expect(row).toContainText(`$${Number(oews2024.get('29-9021')!.a_median).toLocaleString('en-US')}`);
  await expect(row).toContainText(signed(rawRow(EP, '29-9021')[8]!, '%'));
  await expect(row).toContainText(rawRow(EP, '29-9021')[12]!);
  await expect(row).toContainText('Closely related');
  const compare = await page.locator('#related').getByRole('link', { name: 'Compare these' }).getAttribute('href');
  // The occupation first, then its closest relations (O*NET Primary-Short), 29-9021 among them.
  expect(compare).toMatch(/^\/compare\?occupations=29-2072,[^&]*29-9021[^&]*&vintage=2024-34&release=2024$/);
});

test('the quick facts start on a 390 x 844 phone screen, light and dark, and nothing sticks out sideways', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ['/occupations/29-2072', '/occupations/29-1141', '/occupations/29-2071']) {
      await page.goto(path);
      const box = await page.locator('#quick-facts, #today').first().boundingBox();
      expect(box!.y, `${path} ${scheme}`).toBeLessThan(844);
      const fit = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      expect(fit, `${path} ${scheme}`).toBe(true);
    }
  }
});

test('29-2071, a retired code, opens with what it is today: 29-2072 and 29-9021 with their facts, before its history', async ({ page }) => {
  await page.goto('/occupations/29-2071');
  const today = page.locator('#today');
  await expect(today).toContainText('BLS no longer publishes 29-2071');
  for (const code of ['29-2072', '29-9021']) {
    const successor = today.locator(`[data-successor="${code}"]`);
    await expect(successor.getByRole('link', { name: rawRow(EP, code)[0]! })).toHaveAttribute('href', `/occupations/${code}`);
    await expectQuickFacts(successor, code);
  }
  const order = await page.locator('main section[id]').evaluateAll((s) => s.map((e) => e.id));
  expect(order[0]).toBe('today');
  expect(order.indexOf('today')).toBeLessThan(order.indexOf('history'));
  await expect(page.locator('#quick-facts')).toHaveCount(0);
});

async function memberRows(page: Page, sort: string): Promise<string[]> {
  return page.locator(`table[data-members-sort="${sort}"] tbody tr`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')!));
}

test('a group page lists its occupations with their figures, sortable by links, and says nothing false', async ({ page }) => {
  // 29-9000 Other healthcare practitioners and technical occupations: its line items in EP 2024-34
  // and its detailed occupations in OEWS May 2024.
  const epRows = Papa.parse<string[]>(readFileSync(`data/${EP}`, 'utf8'), { skipEmptyLines: true }).data.filter((r) => r[2]?.trim() === 'Line item' && r[1]!.trim().startsWith('29-9'));
  const oewsCodes = [...oews2024].filter(([code, r]) => code.startsWith('29-9') && r.o_group?.trim() === 'detailed').map(([code]) => code);
  const expected = [...new Set([...epRows.map((r) => r[1]!.trim()), ...oewsCodes])].sort();
  await page.goto('/occupations/29-9000');
  expect(await memberRows(page, 'code')).toEqual(expected);
  for (const r of epRows) {
    const code = r[1]!.trim();
    const row = page.locator(`table[data-members-sort="code"] tr[data-code="${code}"]`);
    await expect(row.getByRole('link')).toHaveAttribute('href', `/occupations/${code}`);
    await expect(row).toContainText(jobs(r[3]!));
    await expect(row).toContainText(signed(r[8]!.trim(), '%'));
    await expect(row).toContainText(r[12]!.trim());
    const wage = oews2024.get(code)?.a_median?.trim();
    if (wage && /^\d+$/.test(wage)) await expect(row).toContainText(`$${Number(wage).toLocaleString('en-US')}`);
  }
  // Sorting is a link to a fragment; CSS shows that table, no script runs.
  await expect(page.locator('table[data-members-sort="code"]')).toBeVisible();
  await expect(page.locator('table[data-members-sort="wage"]')).toBeHidden();
  await page.locator('#members').getByRole('link', { name: 'median wage' }).first().click();
  await expect(page.locator('table[data-members-sort="wage"]')).toBeVisible();
  await expect(page.locator('table[data-members-sort="code"]')).toBeHidden();
  const byWage = await memberRows(page, 'wage');
  const wages = byWage.map((c) => Number(oews2024.get(c)?.a_median) || -1);
  expect(wages).toEqual([...wages].sort((a, b) => b - a));

  // 29-0000: the scorecard scores major groups, so the page does not say no projection was checked,
  // and it claims no related occupations it does not show.
  await page.goto('/occupations/29-0000');
  await expect(page.locator('main')).not.toContainText('No projection of this code has reached its target year');
  await expect(page.locator('main')).not.toContainText('so occupations of its SOC group are shown');
  await expect(page.locator('#members table[data-members-sort="code"] tbody tr')).not.toHaveCount(0);
});

test('home: the 2008 story, what happened by 2018 and what the occupation is today, from the cells', async ({ page }) => {
  await page.goto('/');
  const then = rawRow('projections/2008-18/table_1.2.csv', '29-2071');
  const counted = rawRow('projections/2018-28/table_1.2.csv', '29-2071');
  expect([then[3], counted[3]]).toEqual(['207.6', '215.5']);
  const happened = page.locator('[data-then-now="happened"]');
  await expect(happened.locator('[data-figure="projected"]')).toHaveText(jobs(then[3]!));
  await expect(happened.locator('[data-figure="counted"]')).toHaveText(jobs(counted[3]!));
  await expect(happened).toContainText('for 2018');
  const today = page.locator('[data-then-now="today"]');
  for (const code of ['29-2072', '29-9021']) {
    const successor = today.locator(`[data-successor="${code}"]`);
    await expect(successor.getByRole('link').first()).toHaveAttribute('href', `/occupations/${code}`);
    await expect(fact(successor, 'median-pay')).toContainText(`$${Number(oews2024.get(code)!.a_median).toLocaleString('en-US')} a year`);
    await expect(fact(successor, 'median-pay')).toContainText('May 2024');
    await expect(fact(successor, 'outlook')).toContainText(signed(rawRow(EP, code)[8]!, '%'));
    await expect(fact(successor, 'outlook')).toContainText('2024-34');
  }
});
