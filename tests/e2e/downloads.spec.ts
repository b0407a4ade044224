import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { format } from 'date-fns';
import { expectNoSeriousViolations } from './axe';
import { downloadBytes, rawRow, expectCellMatches, oewsRows, parseCsv, rawNumber, readDownload, readPageTable, UNIT } from './download-helpers';

const CODES = ['29-2071', '31-9094', '31-9092'];
// Nominal dollars, so the wage trend can be checked against the BLS cells as published.
const COMPARE = `/compare?occupations=${CODES.join(',')}&vintage=2008-18&release=2008&dollars=nominal`;
const today = (): string => format(new Date(), 'yyyy-MM-dd');

/** A PNG's width and height from its IHDR chunk, after checking the signature. */
function pngSize(png: Buffer, what: string): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex'), `${what}: PNG signature`).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('ascii'), `${what}: IHDR first`).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** An SVG's own width and height, from its root element. */
function svgSize(svg: string): { width: number; height: number } {
  const size = /^<svg [^>]*?width="(\d+)" height="(\d+)"/.exec(svg);
  expect(size, 'the SVG states its size').not.toBeNull();
  return { width: Number(size![1]), height: Number(size![2]) };
}

const attachmentName = (response: APIResponse): string => /^attachment; filename="([^"]+)"$/.exec(response.headers()['content-disposition'] ?? '')?.[1] ?? '';

/** The figures of the compare page: slug, chart title, and the vintage/release part of file names. */
const FIGURES = [
  { slug: 'growth', title: 'Projected employment change, 2008 to 2018', tags: '2008-18' },
  { slug: 'median-wage', title: 'Median annual wage, May 2008', tags: 'may-2008' },
  { slug: 'wage-range', title: 'Wage range, May 2008', tags: 'may-2008' },
  { slug: 'growth-vs-wage', title: 'Projected growth against median wage', tags: '2008-18_may-2008' },
  { slug: 'wage-trend', title: 'Median annual wage, May 2007 to May 2024, nominal dollars', tags: 'may-2007-to-may-2024_nominal' },
] as const;

/**
 * Clicks a "Download CSV" control, then checks the file cell by cell against the page table:
 * same rows in the same order, headers that are the column keys with units, values at full
 * precision that round to what the page shows, and a flag wherever the page shows no number.
 */
async function downloadAndCompare(page: Page, name: string, tableSelector: string, fileName: RegExp): Promise<Record<string, string>[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name, exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(fileName);
  expect(download.suggestedFilename()).toContain(`_${today()}.csv`);
  const { fields, rows } = parseCsv(await readDownload(download));
  const shown = await readPageTable(page.locator(tableSelector));

  expect(fields.slice(0, 2)).toEqual(['soc_code', 'occupation']);
  // Every value column names its unit and is followed by its flag; text columns have no flag.
  const valueKeys = fields.filter((f) => !f.endsWith('_flag'));
  expect(valueKeys.length, 'one CSV value column per page column').toBe(shown.labels.length);
  for (const key of valueKeys) {
    if (fields.includes(`${key}_flag`)) {
      expect(key, 'a numeric column carries its unit').toMatch(UNIT);
      expect(fields[fields.indexOf(key) + 1]).toBe(`${key}_flag`);
    }
  }

  expect(rows.map((r) => r.soc_code), 'same rows in the same order').toEqual(shown.rows.map((r) => r[0]));
  rows.forEach((row, i) => {
    const cells = shown.rows[i]!;
    valueKeys.forEach((key, j) => {
      const display = cells[j]!;
      if (fields.includes(`${key}_flag`)) expectCellMatches(key, row[key]!, row[`${key}_flag`]!, display);
      else expect(row[key], `${key} of row ${i + 1}`).toBe(display);
    });
  });
  return rows;
}

test('compare page: each chart\'s CSV equals its table on the page and the BLS files', async ({ page }) => {
  await page.goto(COMPARE);
  const files: Record<string, Record<string, string>[]> = {};
  for (const f of FIGURES) {
    await page.locator(`#${f.slug} summary`).click();
    files[f.slug] = await downloadAndCompare(page, `Download CSV: ${f.title}`, `#${f.slug} table`, new RegExp(`^${f.slug}_29-2071_31-9094_31-9092_${f.tags}_\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  }

  // Full precision: the page shows 20.3%, the file holds BLS's 20.33 (EP 2008-18 Table 1.2, column 8).
  const growth = files.growth!;
  await expect(page.locator('#growth table tr', { hasText: 'Medical records and health information technicians' })).toContainText('20.3%');
  for (const code of CODES) {
    const raw = rawRow('projections/2008-18/table_1.2.csv', code);
    const row = growth.find((r) => r.soc_code === code)!;
    expect(row.employment_2008_thousands).toBe(raw[2]);
    expect(row.employment_2018_thousands).toBe(raw[3]);
    expect(row.change_2008_2018_thousands).toBe(raw[6]);
    expect(Number(row.change_2008_2018_percent)).toBe(Number(raw[7]));
  }
  expect(growth.find((r) => r.soc_code === '29-2071')!.change_2008_2018_percent).toBe('20.33');
  expect(growth.at(-1)!.occupation).toBe('Total, all occupations (reference)');

  // Wages against the OEWS May 2008 national file, column by column.
  const m2008 = oewsRows(2008);
  for (const code of CODES) {
    const raw = m2008.get(code)!;
    expect(Number(files['median-wage']!.find((r) => r.soc_code === code)!.median_annual_wage_usd)).toBe(rawNumber(raw.a_median));
    expect(Number(files['median-wage']!.find((r) => r.soc_code === code)!.median_hourly_wage_usd)).toBe(rawNumber(raw.h_median));
    const range = files['wage-range']!.find((r) => r.soc_code === code)!;
    for (const k of ['pct10', 'pct25', 'median', 'pct75', 'pct90']) expect(Number(range[`annual_wage_${k}_usd`])).toBe(rawNumber(raw[`a_${k}`]));
  }
  expect(files['median-wage']!.find((r) => r.soc_code === '29-2071')!.median_annual_wage_usd).toBe('30610');

  // The trend: every release's file, or a flag where the code is absent (29-2071 ends with the 2018 SOC).
  const trend = files['wage-trend']!.find((r) => r.soc_code === '29-2071')!;
  for (const year of [2007, 2012, 2018, 2024]) {
    const raw = oewsRows(year).get('29-2071');
    if (raw) expect(Number(trend[`median_annual_wage_usd_nominal_may_${year}`])).toBe(rawNumber(raw.a_median));
    else expect(trend[`median_annual_wage_usd_nominal_may_${year}_flag`]).toBe('not in this release');
  }
});

test('compare page, default dollars: the wage trend\'s CSV equals its table, published medians beside 2024 dollars', async ({ page }) => {
  await page.goto(COMPARE.replace('&dollars=nominal', ''));
  await page.locator('#wage-trend summary').click();
  const rows = await downloadAndCompare(page, 'Download CSV: Median annual wage, May 2007 to May 2024, constant 2024 dollars (CPI-U)', '#wage-trend table', new RegExp(`^wage-trend_29-2071_31-9094_31-9092_may-2007-to-may-2024_nominal-and-2024-dollars_\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  for (const code of CODES) {
    const row = rows.find((r) => r.soc_code === code)!;
    for (const year of [2008, 2016]) {
      const raw = oewsRows(year).get(code);
      if (!raw) continue;
      expect(Number(row[`median_annual_wage_usd_nominal_may_${year}`]), `${code} May ${year} as published`).toBe(rawNumber(raw.a_median));
      expect(row[`median_annual_wage_usd_2024_dollars_may_${year}`], `${code} May ${year}, 2024 dollars to the cent`).toMatch(/^\d+(\.\d{1,2})?$/);
    }
  }
});

test('home page: chart and full-table CSVs equal what the page shows', async ({ page }) => {
  await page.goto('/');
  const story = '29-2071_31-9094_31-9092_43-6013_11-9111_29-1111_29-2061_29-2052';
  await page.locator('#growth summary').click();
  await downloadAndCompare(page, 'Download CSV: Projected employment change, 2008 to 2018', '#growth table', new RegExp(`^growth_${story}_2008-18_\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  await page.locator('#median-wage summary').click();
  await downloadAndCompare(page, 'Download CSV: Median annual wage, May 2008', '#median-wage table', new RegExp(`^median-wage_${story}_may-2008_\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const rows = await downloadAndCompare(page, 'Download CSV: Projected employment 2008-18 and wages, May 2008', 'section[aria-labelledby="figures-heading"] .table-wrap table', new RegExp(`^compare_${story}_2008-18_may-2008_\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const nurses = rows.find((r) => r.soc_code === '29-1111')!;
  expect(nurses.change_2008_2018_percent).toBe(rawRow('projections/2008-18/table_1.2.csv', '29-1111')[7]);
  expect(Number(nurses.median_annual_wage_usd_may_2008)).toBe(rawNumber(oewsRows(2008).get('29-1111')!.a_median));
});

test('file URLs: content type, file name, and 400/404 for bad parameters', async ({ request }) => {
  const query = `occupations=${CODES.join(',')}&vintage=2008-18&release=2008`;
  const files = [
    [`/compare/growth.csv?${query}`, 'text/csv; charset=utf-8', /^attachment; filename="growth_29-2071_31-9094_31-9092_2008-18_\d{4}-\d{2}-\d{2}\.csv"$/],
    [`/compare/comparison.csv?${query}`, 'text/csv; charset=utf-8', /^attachment; filename="compare_29-2071_31-9094_31-9092_2008-18_may-2008_\d{4}-\d{2}-\d{2}\.csv"$/],
    [`/compare/growth.svg?${query}&download=1`, 'image/svg+xml; charset=utf-8', /^attachment; filename="growth_29-2071_31-9094_31-9092_2008-18_\d{4}-\d{2}-\d{2}\.svg"$/],
    [`/compare/growth.svg?${query}`, 'image/svg+xml; charset=utf-8', /^inline; filename="growth-2008-18\.svg"$/],
    [`/compare/growth.png?${query}&download=1`, 'image/png', /^attachment; filename="growth_29-2071_31-9094_31-9092_2008-18_\d{4}-\d{2}-\d{2}\.png"$/],
    [`/compare/growth.png?${query}`, 'image/png', /^inline; filename="growth-2008-18\.png"$/],
    ['/occupations/29-2071/wages.png?dollars=nominal&download=1', 'image/png', /^attachment; filename="29-2071_wages_oews_nominal_\d{4}-\d{2}-\d{2}\.png"$/],
    // By default the chart is in 2024 dollars; its table holds the published wages and their 2024-dollar twins.
    ['/occupations/29-2071/wages.png?download=1', 'image/png', /^attachment; filename="29-2071_wages_oews_2024-dollars_\d{4}-\d{2}-\d{2}\.png"$/],
    ['/occupations/29-2071/wages.csv', 'text/csv; charset=utf-8', /^attachment; filename="29-2071_wages_oews_nominal-and-2024-dollars_\d{4}-\d{2}-\d{2}\.csv"$/],
    ['/occupations/29-2071/wages.csv?dollars=nominal', 'text/csv; charset=utf-8', /^attachment; filename="29-2071_wages_oews_nominal_\d{4}-\d{2}-\d{2}\.csv"$/],
    ['/occupations/29-2071/projections.png?width=narrow', 'image/png', /^inline; filename="[\w-]+\.png"$/],
    ['/scorecard/groups.png?vintage=2008-18&download=1', 'image/png', /^attachment; filename="scorecard-groups_2008-18_\d{4}-\d{2}-\d{2}\.png"$/],
    ['/releases/oews/2008.csv', 'text/csv; charset=utf-8', /^attachment; filename="oews_national_may-2008_\d{4}-\d{2}-\d{2}\.csv"$/],
    ['/releases/projections/2008-18.csv', 'text/csv; charset=utf-8', /^attachment; filename="ep_projections_2008-18_\d{4}-\d{2}-\d{2}\.csv"$/],
  ] as const;
  for (const [url, type, disposition] of files) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toBe(type);
    expect(response.headers()['content-disposition'], url).toMatch(disposition);
  }
  const refused = [
    ['/compare/growth.csv', 400, 'Name occupations'],
    ['/compare/growth.csv?occupations=29-2071,abc', 400, '"abc" is not an occupation code'],
    [`/compare/growth.csv?occupations=${Array.from({ length: 13 }, (_, i) => `29-${1000 + i}`).join(',')}`, 400, 'at most 12'],
    ['/compare/growth.csv?occupations=29-2071&vintage=2008', 400, 'not a projections vintage'],
    ['/compare/growth.csv?occupations=29-2071&release=may', 400, 'not an OEWS release year'],
    ['/compare/growth.csv?occupations=29-2071&vintage=2008-18&vintage=2010-20', 400, 'Give vintage once; it was given 2 times.'],
    ['/compare/growth.svg?occupations=29-2071&width=huge', 400, 'is not a chart width (expected narrow or wide)'],
    ['/compare/growth.csv?occupations=29-2071,99-9999', 404, '99-9999'],
    ['/compare/growth.csv?occupations=29-2071&vintage=1999-00', 404, 'no projections vintage 1999-00'],
    ['/compare/growth.csv?occupations=29-2071&release=1999', 404, 'no OEWS release for May 1999'],
    ['/compare/nothing.csv?occupations=29-2071', 404, 'No such file'],
    ['/compare/comparison.svg?occupations=29-2071', 404, 'a table, not a chart'],
    // The PNG routes refuse what the SVG routes refuse, with the same messages.
    ['/compare/growth.png', 400, 'Name occupations'],
    ['/compare/growth.png?occupations=29-2071,abc', 400, '"abc" is not an occupation code'],
    ['/compare/growth.png?occupations=29-2071&width=huge', 400, 'is not a chart width (expected narrow or wide)'],
    ['/compare/growth.png?occupations=29-2071&download=yes', 400, 'is not a download choice'],
    ['/compare/growth.png?occupations=29-2071&dollars=euros', 400, 'not a choice of dollars'],
    ['/compare/growth.png?occupations=29-2071,99-9999', 404, '99-9999'],
    ['/compare/growth.png?occupations=29-2071&vintage=1999-00', 404, 'no projections vintage 1999-00'],
    ['/compare/projection-check.png?occupations=29-2071&vintage=2024-34', 404, 'cannot be checked yet'],
    ['/compare/comparison.png?occupations=29-2071', 404, 'a table, not a chart'],
    ['/compare/nothing.png?occupations=29-2071', 404, 'No such file'],
    ['/compare/growth.PNG?occupations=29-2071', 404, 'No such file'],
    ['/occupations/99-9999/wages.png', 404, 'not an occupation code'],
    ['/occupations/29-2071/nothing.png', 404, 'No such file'],
    ['/occupations/29-2071/scorecard.png', 404, 'No such file'],
    ['/occupations/29-2071/wages.png?width=huge', 400, 'is not a chart width (expected narrow or wide)'],
    ['/occupations/29-2071/wages.png?dollars=1800', 404, '1800'],
    ['/occupations/29-2071/wages.png?dollars=x', 400, '"x" is not a choice of dollars'],
    ['/occupations/29-2071/wages.csv?dollars=nominal&dollars=2024', 400, 'Give dollars once; it was given 2 times.'],
    ['/scorecard/groups.png?vintage=1999-00', 404, '1999-00'],
    ['/scorecard/groups.png?vintage=2008-18&download=2', 400, 'is not a download choice'],
    ['/releases/oews/1999.csv', 404, 'no OEWS release for May 1999'],
    ['/releases/oews/latest.csv', 404, 'No such file'],
    ['/releases/projections/2000-10.csv', 404, 'no projections vintage 2000-10'],
  ] as const;
  for (const [url, status, message] of refused) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(status);
    expect(response.headers()['content-type'], url).toBe('text/plain; charset=utf-8');
    expect(await response.text(), url).toContain(message);
  }
});

test('a chart downloads as SVG and PNG with its title, legend and source line', async ({ page }) => {
  await page.goto(COMPARE);
  const title = 'Projected employment change, 2008 to 2018';
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: `Download SVG: ${title}` }).click()]);
  expect(svgDownload.suggestedFilename()).toBe(`growth_29-2071_31-9094_31-9092_2008-18_${today()}.svg`);
  const svg = await readDownload(svgDownload);
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  for (const text of [title, 'Medical records and health information technicians', 'Medical assistants', '20.3%', 'Source: BLS Employment Projections 2008-18, Table 1.2.', 'Reference period: 2008 to 2018.']) {
    expect(svg).toContain(text);
  }
  expect(svg, 'a saved chart keeps light colours wherever it is opened').not.toContain('prefers-color-scheme');

  const pngLink = page.getByRole('link', { name: `Download PNG: ${title}` });
  await expect(pngLink, 'a plain link: no JavaScript needed').toHaveAttribute('download', '');
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), pngLink.click()]);
  expect(pngDownload.suggestedFilename()).toBe(`growth_29-2071_31-9094_31-9092_2008-18_${today()}.png`);
  const png = await downloadBytes(pngDownload);
  const { width, height } = svgSize(svg);
  expect(pngSize(png, 'growth'), 'drawn at twice the SVG size').toEqual({ width: 2 * width, height: 2 * height });
  expect(png.length).toBeGreaterThan(20_000);
});

test('every chart\'s "Download PNG" link saves a PNG twice the size of its SVG, named like it', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of [COMPARE, '/occupations/29-2071', '/occupations/29-2071#wages-nominal', '/']) {
    await page.goto(path);
    // The links a reader sees (a profile keeps its nominal-dollar wage figure hidden until asked for).
    const svgLinks = page.locator('a[download][aria-label^="Download SVG: "]').filter({ visible: true });
    const pngLinks = page.locator('a[download][aria-label^="Download PNG: "]').filter({ visible: true });
    const count = await svgLinks.count();
    expect(count, `${path}: charts with downloads`).toBeGreaterThanOrEqual(2);
    await expect(pngLinks, `${path}: a PNG link beside every SVG link`).toHaveCount(count);
    for (let i = 0; i < count; i++) {
      const title = (await svgLinks.nth(i).getAttribute('aria-label'))!.slice('Download SVG: '.length);
      const pngLink = pngLinks.nth(i);
      await expect(pngLink, `${path}: PNG and SVG links in the same order`).toHaveAttribute('aria-label', `Download PNG: ${title}`);
      await expect(pngLink).toHaveText('Download PNG');
      const svgResponse = await page.request.get((await svgLinks.nth(i).getAttribute('href'))!);
      expect(svgResponse.status(), title).toBe(200);
      const svgName = attachmentName(svgResponse);
      expect(svgName, title).toMatch(new RegExp(`_${today()}\\.svg$`));
      const [download] = await Promise.all([page.waitForEvent('download'), pngLink.click()]);
      expect(download.suggestedFilename(), `${title}: the SVG's name, ending .png`).toBe(svgName.replace(/\.svg$/, '.png'));
      const { width, height } = svgSize(await svgResponse.text());
      expect(pngSize(await downloadBytes(download), title), `${title}: twice the SVG size`).toEqual({ width: 2 * width, height: 2 * height });
    }
  }

  // The scorecard's chart: its own links, the same pair.
  await page.goto('/scorecard?vintage=2008-18');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the chart (PNG)' }).click()]);
  expect(download.suggestedFilename()).toBe(`scorecard-groups_2008-18_${today()}.png`);
  const svg = await (await page.request.get('/scorecard/groups.svg?vintage=2008-18&download=1')).text();
  const { width, height } = svgSize(svg);
  expect(pngSize(await downloadBytes(download), 'scorecard groups')).toEqual({ width: 2 * width, height: 2 * height });
});

test('whole releases: every occupation, values as BLS published them', async ({ page }) => {
  await page.goto('/releases');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV: OEWS national wages, May 2008, every occupation' }).click()]);
  expect(download.suggestedFilename()).toBe(`oews_national_may-2008_${today()}.csv`);
  const oews = parseCsv(await readDownload(download));
  const valueFields = oews.fields.filter((f) => !f.endsWith('_flag') && !['soc_code', 'occupation', 'level', 'annual_only', 'hourly_only', 'source_line'].includes(f));
  expect(valueFields.length).toBeGreaterThan(0);
  expect(valueFields.filter((f) => !UNIT.test(f)), 'value columns without a unit').toEqual([]);
  const raw = oewsRows(2008);
  const row = oews.rows.find((r) => r.soc_code === '29-2071')!;
  expect(Number(row.employment_count)).toBe(rawNumber(raw.get('29-2071')!.tot_emp));
  expect(row.annual_wage_median_usd).toBe('30610');
  expect(Number(row.hourly_wage_median_usd)).toBe(rawNumber(raw.get('29-2071')!.h_median));
  // Top-coded (#) and missing (*) cells: empty value, reason in the flag, never 0.
  const topCoded = oews.rows.find((r) => (r.annual_wage_pct90_usd_flag ?? '').startsWith('top-coded'))!;
  expect(topCoded.annual_wage_pct90_usd).toBe('');
  expect(topCoded.annual_wage_pct90_usd_flag).toBe('top-coded >= 166400');
  expect(rawNumber(raw.get(topCoded.soc_code!)?.a_pct90)).toBe('#');
  const noWage = oews.rows.find((r) => r.annual_wage_median_usd_flag === 'not available (*)')!;
  expect(noWage.annual_wage_median_usd).toBe('');

  // Titles as published: BLS's May 2010 asterisk stays in the file; the page says so and why.
  await expect(page.locator('#title-asterisk')).toContainText('with the asterisk BLS put on 24 titles in May 2010 and 24 titles in May 2011');
  const m2010 = parseCsv(await (await page.request.get('/releases/oews/2010.csv')).text());
  expect(m2010.rows.find((r) => r.soc_code === '29-1111')!.occupation).toBe(rawRow('oews/national_M2010_dl.csv', '29-1111')[1]);
  expect(m2010.rows.find((r) => r.soc_code === '29-1111')!.occupation).toBe('Registered Nurses*');
  expect(m2010.rows.filter((r) => r.occupation!.endsWith('*'))).toHaveLength(23);
  await page.goto('/about-data/releases/oews/2011');
  await expect(page.locator('main')).toContainText('with the asterisk BLS put on 24 titles in May 2011');

  const response = await page.request.get('/releases/projections/2024-34.csv');
  const ep = parseCsv(await response.text());
  const rawEp = rawRow('projections/2024-34/table_1.2.csv', '29-2072');
  const rs = ep.rows.find((r) => r.soc_code === '29-2072')!;
  expect([rs.employment_2024_thousands, rs.employment_2034_thousands, rs.change_2024_2034_thousands, rs.change_2024_2034_percent]).toEqual([rawEp[3], rawEp[4], rawEp[7], rawEp[8]]);
  expect(rs.openings_2024_2034_annual_average_thousands).toBe(rawEp[10]);
  expect(rs.openings_basis).toBe('annual average');
  expect(rs.self_employed_2024_percent).toBe(rawEp[9]);
  expect(rs.median_annual_wage_usd_may_2024).toBe(rawEp[11]);
  expect(rs.education).toBe(rawEp[12]);
  // Every occupation of the vintage, one row each: the occupation rows of Table 1.2.
  const occupationLines = (await import('node:fs')).readFileSync('data/projections/2024-34/table_1.2.csv', 'utf8').split('\n').filter((l) => /,\d{2}-\d{4},/.test(l));
  expect(ep.rows).toHaveLength(occupationLines.length);
});

test('about this data: linked beside the download, with source, period, view and footnotes', async ({ page }) => {
  await page.goto(COMPARE);
  await page.getByRole('link', { name: 'About this data: Projected employment change, 2008 to 2018' }).click();
  await expect(page).toHaveURL(/\/about-data\/compare\/growth\?occupations=29-2071,31-9094,31-9092&vintage=2008-18&release=2008&dollars=nominal$/);
  const main = page.locator('main');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this data: Projected employment change, 2008 to 2018');
  for (const text of ['BLS Employment Projections (EP)', 'Table 1.2 Employment by occupation, 2008 and projected 2018', 'EP 2008-18', '2008 to 2018', today(), 'thousands of jobs', 'the self-employed included', 'employment_2008_thousands']) {
    await expect(main).toContainText(text);
  }
  await expect(page.getByRole('link', { name: /\/compare\?occupations=29-2071,31-9094,31-9092&vintage=2008-18&release=2008&dollars=nominal#growth$/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute('href', `/compare/growth.csv?occupations=29-2071,31-9094,31-9092&vintage=2008-18&release=2008&dollars=nominal`);

  // Top-coded wages: the release's top code is stated.
  await page.goto('/about-data/compare/median-wage?occupations=29-1211,29-2072&vintage=2024-34&release=2024');
  await expect(main).toContainText('May 2024 $239,200 a year ($115.00 an hour)');
  await expect(main).toContainText('"top-coded >= 239200"');
  await page.goto('/about-data/releases/projections/2010-20');
  await expect(main).toContainText('Openings in 2010-20 are the total over 2010–2020');
  await expect(main).toContainText('"not available (—)"');
  await page.goto('/about-data/releases/oews/2020');
  await expect(main).toContainText('"not available (**)": BLS publishes no employment estimate');
  expect((await page.request.get('/about-data/releases/oews/1999')).status()).toBe(404);
  expect((await page.request.get('/about-data/compare/growth?occupations=99-9999')).status()).toBe(404);
});

test('download controls and about pages: no serious axe violations, phone and desktop', async ({ page }) => {
  for (const [path, viewport] of [[COMPARE, { width: 360, height: 780 }], ['/releases', { width: 1280, height: 900 }], ['/about-data/releases/oews/2024', { width: 360, height: 780 }]] as const) {
    await page.setViewportSize(viewport);
    await page.goto(path);
    await expectNoSeriousViolations(page, `${path}, ${viewport.width} px:`);
  }
});
