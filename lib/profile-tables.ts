import type { Estimate } from './bls/types';
import type { Projection } from './bls/projection-merge';
import type { OccupationProfile } from './profile';
import { wageBasis } from './charts/profile-charts';
import { formatCount, formatHourlyUsd, formatOewsPeriod } from './format';
import { estimateCell, text, type DataTable, type TableCell } from './tables';
import type { CpiAnnualSeries } from './bls/cpi';
import { dollarsKey, dollarsLabel, estimateIn, NOMINAL, type Dollars } from './real-dollars';


/** OEWS employment is a count of jobs (not thousands, unlike EP). */
function countCell(estimate: Estimate): TableCell {
  return estimate.kind === 'value' ? { display: formatCount(estimate.value), value: estimate.value } : estimateCell(estimate, 'usd');
}

/** Hourly wages keep their cents. */
function hourlyCell(estimate: Estimate): TableCell {
  return estimate.kind === 'value' ? { display: formatHourlyUsd(estimate.value), value: estimate.value } : estimateCell(estimate, 'usd');
}

/**
 * The wage history as a table: every OEWS release of the code's own series, then the linked
 * codes drawn beside it, each row saying which series it belongs to. Same rows as the chart.
 */
export function wageHistoryTable(p: OccupationProfile, dollars: Dollars = NOMINAL, cpi: CpiAnnualSeries | null = null): DataTable {
  const basis = wageBasis(p);
  const plain = basis === 'annual' ? (e: Estimate) => estimateCell(e, 'usd') : hourlyCell;
  // Wages in the chosen dollars; a May without a CPI-U average says so instead of showing a number.
  const inDollars = (format: (e: Estimate) => TableCell) => (e: Estimate, year: number): TableCell => {
    const converted = estimateIn(e, year, dollars, cpi);
    return converted ? format(converted) : { display: `No CPI-U annual average for ${year}`, value: null, flag: 'no CPI-U annual average' };
  };
  const cell = inDollars(plain);
  const d = dollarsKey(dollars);
  const other = basis === 'annual' ? 'hourly' : 'annual';
  const keys = ['pct10', 'pct25', 'median', 'pct75', 'pct90'] as const;
  const labels = ['10th percentile', '25th percentile', 'Median', '75th percentile', '90th percentile'];
  return {
    id: `table-wage-history-${p.socCode}`,
    caption: `${p.title} (${p.socCode}): employment and ${basis} wages by OEWS release, ${dollarsLabel(dollars)}`,
    columns: [
      { key: 'release', label: 'Release', numeric: false, rowHeader: true },
      { key: 'soc_code', label: 'SOC code', numeric: false },
      { key: 'occupation', label: 'Occupation as published', numeric: false },
      { key: 'series', label: 'Series', numeric: false },
      { key: 'employment', label: 'Employment (jobs)', numeric: true },
      ...keys.map((k, i) => ({ key: `${basis}_wage_${k}_usd_${d}`, label: `${labels[i]} (${basis})`, numeric: true })),
      { key: `${other}_wage_median_usd_${d}`, label: `Median (${other})`, numeric: true },
    ],
    rows: p.wages.rows.map((r) => [
      text(formatOewsPeriod(r.release.year)),
      text(r.estimate.socCode),
      text(r.estimate.title),
      text(r.style.segment.kind === 'own' ? 'This occupation' : 'Linked code, not comparable'),
      countCell(r.estimate.employment),
      ...keys.map((k) => cell(r.estimate[basis][k], r.release.year)),
      basis === 'annual' ? inDollars(hourlyCell)(r.estimate.hourly.median, r.release.year) : inDollars((e) => estimateCell(e, 'usd'))(r.estimate.annual.median, r.release.year),
    ]),
  };
}

/** Every projections vintage of the code's own series: employment, change, openings, wage, education and training. */
export function projectionHistoryTable(p: OccupationProfile): DataTable {
  const rows = p.projections.rows.filter((r) => r.style.segment.kind === 'own');
  return {
    id: `table-projections-${p.socCode}`,
    caption: `${p.title} (${p.socCode}): BLS Employment Projections by vintage (employment in thousands in the source tables, shown as jobs)`,
    columns: [
      { key: 'vintage', label: 'Vintage', numeric: false, rowHeader: true },
      { key: 'soc_code', label: 'SOC code', numeric: false },
      { key: 'employment_base_thousands', label: 'Employment, base year', numeric: true },
      { key: 'employment_target_thousands', label: 'Employment, target year', numeric: true },
      { key: 'change_thousands', label: 'Change (jobs)', numeric: true },
      { key: 'change_percent', label: 'Change (%)', numeric: true },
      { key: 'all_occupations_change_percent', label: 'All occupations (%)', numeric: true },
      { key: 'openings_thousands', label: 'Openings (jobs)', numeric: true },
      { key: 'openings_measure', label: 'Openings measure', numeric: false },
      { key: 'median_annual_wage_usd', label: 'Median annual wage', numeric: true },
      { key: 'wage_year', label: 'Wage of', numeric: false },
      { key: 'education', label: 'Education', numeric: false },
      { key: 'work_experience', label: 'Work experience', numeric: false },
      { key: 'on_the_job_training', label: 'On-the-job training', numeric: false },
    ],
    rows: rows.map((r) => {
      const x = r.projection;
      return [
        text(`${r.vintage.vintage} (${r.vintage.baseYear}–${r.vintage.targetYear})`),
        text(x.socCode),
        estimateCell(x.employmentBase, 'thousands'),
        estimateCell(x.employmentTarget, 'thousands'),
        estimateCell(x.changeNumber, 'thousands'),
        estimateCell(x.changePercent, 'percent'),
        estimateCell(r.allOccupations?.changePercent ?? null, 'percent'),
        estimateCell(x.openings, 'thousands'),
        text(openingsMeasure(x)),
        estimateCell(x.medianAnnualWage, 'usd'),
        text(x.wageYear != null ? formatOewsPeriod(x.wageYear) : ''),
        text(education(x)),
        text(x.workExperience ?? notPublished(x.educationClassification === 'most-significant-source')),
        text(x.onTheJobTraining ?? notPublished(x.educationClassification === 'most-significant-source')),
      ];
    }),
  };
}

/** 2008-18 to 2014-24 publish openings over the whole decade; from 2016-26, a yearly average. */
function openingsMeasure(x: Projection): string {
  const period = `${x.baseYear}–${String(x.targetYear).slice(2)}`;
  return x.openingsBasis === 'annual-average' ? `Annual average, ${period}` : `Total over ${period}`;
}

function education(x: Projection): string {
  if (!x.education) return x.level === 'summary' ? 'Not published for groups' : 'Not published';
  return x.educationClassification === 'most-significant-source' ? `${x.education} (most significant source of education or training)` : x.education;
}

/** 2008-18 classifies education differently and has no separate experience or training columns. */
function notPublished(olderSystem: boolean): string {
  return olderSystem ? 'Not in this vintage' : 'Not published';
}
