import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleDataset, type Dataset } from '../data/assemble';
import { getDataset, readDataFiles } from '../data/get-dataset';
import { buildComparison } from './model';
import { comparisonFigures } from './figures';
import type { ChartSpec } from '../charts/spec';
import { renderChartSvg } from '../charts/render/svg';

const dataset = getDataset();
const years = dataset.wageReleases.map((r) => r.year);

/** A cell of a shipped OEWS national file, read here with papaparse on its own: `column` by header name in any case. */
function rawCell(year: number, code: string, column: string): string {
  const { data } = Papa.parse<Record<string, string>>(readFileSync(`data/oews/national_M${year}_dl.csv`, 'utf8'), { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim().toLowerCase() });
  const row = data.find((r) => (r.occ_code ?? '').trim() === code && ['', 'detailed'].includes((r.o_group ?? r.occ_group ?? r.group ?? '').trim()));
  if (!row) throw new Error(`${code} not in May ${year}`);
  return (row[column] ?? '').trim().replace(/,/g, '');
}

function trend(codes: string[], dollars = 'nominal', data: Dataset = dataset) {
  const c = buildComparison(data, { codes, dollars });
  const [figure] = comparisonFigures(data, c, 'wage-trend');
  const spec = figure!.spec as Extract<ChartSpec, { kind: 'line' }>;
  const table = figure!.table;
  const column = (year: number) => table.columns.findIndex((k) => k.key === `median_annual_wage_usd_nominal_may_${year}`);
  const cell = (code: string, year: number) => table.rows.find((r) => r[0]!.value === code)![column(year)]!;
  const text = (code: string, key: string) => table.rows.find((r) => r[0]!.value === code)![table.columns.findIndex((k) => k.key === key)]!.display;
  const point = (code: string, year: number) => spec.series.filter((s) => s.key === code || s.key.startsWith(`${code}-`)).flatMap((s) => s.points).find((p) => p.x === year);
  return { c, spec, cell, text, point };
}

describe('wage trend across one-to-one code changes, as the profile follows them', () => {
  it('53-2031 flight attendants: May 2007–2009 are 39-6031\'s medians in those OEWS files, then 53-2031\'s own', () => {
    const t = trend(['53-2031']);
    for (const year of years) {
      const code = year <= 2009 ? '39-6031' : '53-2031';
      const raw = Number(rawCell(year, code, 'a_median'));
      expect(t.point('53-2031', year)?.y, `May ${year}`).toBe(raw);
      expect(t.cell('53-2031', year).value, `May ${year}`).toBe(raw);
    }
    expect(t.cell('53-2031', 2007).value).toBe(Number(rawCell(2007, '39-6031', 'a_median')));
    expect(t.text('53-2031', 'published_as')).toBe('39-6031 May 2007–2009; 53-2031 May 2010–2024');
    expect(t.spec.notes).toContain('Flight attendants: May 2007–2009 published as 39-6031, the same occupation under its code of the time (one-to-one change).');
    expect(t.spec.notes.join(' ')).not.toMatch(/not in May/);
  });

  it('29-1211 anesthesiologists: May 2007–2018 are 29-1061\'s (top-coded) medians, drawn as top-coded points', () => {
    const t = trend(['29-1211']);
    for (const year of years) {
      const code = year <= 2018 ? '29-1061' : '29-1211';
      const raw = rawCell(year, code, 'a_median');
      const release = dataset.wageReleases.find((r) => r.year === year)!;
      const p = t.point('29-1211', year);
      if (raw === '#') {
        // The point is at the release's top code; May 2007's files do not state it, so nothing is drawn there.
        // Its tooltip says "at or above" the top code, as the table does.
        const top = release.topCodes.annual;
        expect(p, `May ${year}`).toEqual({ x: year, y: top, topCoded: true, display: top != null ? `≥ $${top.toLocaleString('en-US')}` : '≥ top code (amount not stated in this release)' });
        expect(t.cell('29-1211', year).flag, `May ${year}`).toBe(release.topCodes.annual != null ? `top-coded >= ${release.topCodes.annual}` : 'top-coded (top code not stated in this release)');
      } else {
        expect(p?.y, `May ${year}`).toBe(Number(raw));
      }
    }
    expect(t.point('29-1211', 2008)).toEqual({ x: 2008, y: 166400, topCoded: true, display: '≥ $166,400' });
    expect(t.text('29-1211', 'published_as')).toBe('29-1061 May 2007–2018; 29-1211 May 2019–2024');
    expect(t.spec.notes).toContain('Anesthesiologists: May 2007–2018 published as 29-1061, the same occupation under its code of the time (one-to-one change).');
    // Every median is published (top-coded), so none is said to be missing.
    expect(t.spec.notes.filter((n) => n.includes('no median annual wage published'))).toEqual([]);
  });

  it('29-2071 still stops where its code was merged and split: no point after May 2018, and the note says why', () => {
    const t = trend(['29-2071']);
    expect(t.point('29-2071', 2018)?.y).toBe(Number(rawCell(2018, '29-2071', 'a_median')));
    for (const year of years.filter((y) => y > 2018)) expect(t.point('29-2071', year)).toBeUndefined();
    expect(t.cell('29-2071', 2019).flag).toBe('not in this release');
    expect(t.spec.notes.find((n) => n.startsWith('Medical records and health information technicians: not in'))).toBe(
      'Medical records and health information technicians: not in May 2019–2024 (no release publishes this occupation under its code or a code it continues one to one).',
    );
  });

  it('29-2034: a code whose meaning changed in a split is two lines, not one joined across the change', () => {
    const t = trend(['29-2034']);
    const lines = t.spec.series.filter((s) => s.key === '29-2034' || s.key.startsWith('29-2034-'));
    expect(lines.length).toBe(2);
    expect(lines[0]!.points.map((p) => p.x)).toEqual([2007, 2008, 2009]);
    expect(lines[1]!.points[0]!.x).toBe(2012);
  });
});

describe('hourly-only occupations', () => {
  it('27-2011 actors: "hourly wage only: $X an hour" from the OEWS hourly medians, never "code absent"', () => {
    const t = trend(['27-2011']);
    const first = Number(rawCell(2007, '27-2011', 'h_median'));
    const last = Number(rawCell(2024, '27-2011', 'h_median'));
    expect(rawCell(2024, '27-2011', 'a_median')).toBe('*');
    expect(rawCell(2024, '27-2011', 'hourly').toUpperCase()).toBe('TRUE');
    expect(t.spec.notes).toContain(`Actors: hourly wage only: $${first.toFixed(2)} an hour in May 2007 to $${last.toFixed(2)} an hour in May 2024 (BLS publishes no annual wage for it, so no annual line is drawn).`);
    expect(t.spec.notes.join(' ')).not.toMatch(/absent/);
    expect(t.cell('27-2011', 2024)).toEqual({ display: `Hourly wage only: $${last.toFixed(2)} an hour`, value: null, flag: 'hourly wage only (annual *)' });
  });

  it('the median-wage bar of 27-2011 says the same', () => {
    const c = buildComparison(dataset, { codes: ['27-2011'], wageYear: 2024, dollars: 'nominal' });
    const [figure] = comparisonFigures(dataset, c, 'median-wage');
    const spec = figure!.spec as Extract<ChartSpec, { kind: 'bar' }>;
    expect(spec.bars[0]!.display).toBe(`Hourly wage only: $${Number(rawCell(2024, '27-2011', 'h_median')).toFixed(2)} an hour`);
  });
});

describe('top-coded points on line charts', () => {
  beforeAll(() => {
    // The SVG renderer's worker, as `npm run build` makes it.
    execFileSync(process.execPath, ['scripts/build-chart-worker.mjs'], { stdio: 'inherit' });
  });

  it('29-1223 psychiatrists: each "#" median is a hollow "≥" marker that no line segment reaches', async () => {
    const t = trend(['29-1223']);
    const raw = years.map((y) => rawCell(y, y <= 2018 ? '29-1066' : '29-1223', 'a_median'));
    const topYears = years.filter((_, i) => raw[i] === '#');
    expect(topYears.length).toBeGreaterThan(0);
    expect(topYears.length).toBeLessThan(years.length);
    expect(t.spec.series[0]!.points.filter((p) => p.topCoded).map((p) => p.x)).toEqual(topYears);
    expect(t.spec.notes.some((n) => n.startsWith('≥ (hollow marker): the median is at or above its release\'s top code'))).toBe(true);

    // Every release shipped states its top code (field descriptions or an EP table), so every "#" is drawn.
    expect(topYears.filter((y) => dataset.wageReleases.find((r) => r.year === y)!.topCodes.annual == null)).toEqual([]);
    expect(t.spec.notes.join(' ')).not.toMatch(/≥ not drawn/);
    const drawn = topYears.length;

    // Without the May 2007–2018 dictionaries, May 2007, 2015 and 2017 state none: not drawn, and the notes say so.
    const withoutDictionaries = assembleDataset(new Map([...readDataFiles()].filter(([path]) => !path.startsWith('oews/field_descriptions/'))));
    const unstated = topYears.filter((y) => withoutDictionaries.wageReleases.find((r) => r.year === y)!.topCodes.annual == null);
    expect(unstated).toEqual([2007, 2015, 2017]);
    expect(trend(['29-1223'], 'nominal', withoutDictionaries).spec.notes).toContain('≥ not drawn for May 2007, May 2015, May 2017: the release does not state its top code.');

    const svg = await renderChartSvg(t.spec, 'wide');
    const markers = [...svg.matchAll(/<g class="chart-top-coded"[^>]*><circle cx="([\d.]+)" cy="([\d.]+)" r="4" class="fig-bg"[^>]*><\/circle><text[^>]*>≥<\/text><\/g>/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(markers.length).toBe(drawn);
    const vertices = [...svg.matchAll(/<path[^>]*class="recharts-curve recharts-line-curve"[^>]*d="([^"]+)"/g)].flatMap((m) => [...m[1]!.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((v) => [Number(v[1]), Number(v[2])]));
    expect(vertices.length).toBeGreaterThan(0);
    for (const [x, y] of markers) expect(vertices.some(([vx, vy]) => Math.abs(vx! - x!) < 0.5 && Math.abs(vy! - y!) < 0.5), `marker at ${x},${y}`).toBe(false);
  });
});
