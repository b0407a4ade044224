import type { Estimate } from '../bls/types';
import type { WageDistribution } from '../bls/oews';
import type { Projection } from '../bls/projection-merge';
import type { OccupationProfile } from './model';
import { wageBasis } from './charts';
import { formatCount, formatHourlyUsd, formatOewsPeriod } from '../tables/format';
import { estimateCell, text, type DataTable, type TableCell, type TableColumn } from '../tables/table';
import type { CpiAnnualSeries } from '../bls/cpi';
import { dollarsKey, dollarsLabel, estimateIn, NOMINAL, type Dollars } from '../dollars/real-dollars';


/** OEWS employment is a count of jobs (not thousands, unlike EP). */
function countCell(estimate: Estimate): TableCell {
  return estimate.kind === 'value' ? { display: formatCount(estimate.value), value: estimate.value } : estimateCell(estimate, 'usd');
}

/** Hourly wages keep their cents, top codes too: "$22.50", "≥ $80.00", "≥ $116.56". */
function hourlyCell(estimate: Estimate): TableCell {
  return estimateCell(estimate, formatHourlyUsd);
}

const annualCell = (estimate: Estimate): TableCell => estimateCell(estimate, 'usd');

/**
 * The wage history as a table: every OEWS release of the code's own series, then the linked
 * codes drawn beside it, each row saying which series it belongs to. Same rows as the chart.
 * Every wage is there as BLS published it; where the chart is in constant dollars, each
 * published column is followed by the same wage in those dollars, so the table never shows
 * only a figure BLS did not publish.
 */
export function wageHistoryTable(p: OccupationProfile, dollars: Dollars = NOMINAL, cpi: CpiAnnualSeries | null = null): DataTable {
  const basis = wageBasis(p);
  const other = basis === 'annual' ? 'hourly' : 'annual';
  const cellOf = (b: 'annual' | 'hourly') => (b === 'annual' ? annualCell : hourlyCell);
  // A wage in constant dollars; a May without a CPI-U average says so instead of showing a number.
  const constantCell = (b: 'annual' | 'hourly', e: Estimate, year: number): TableCell => {
    const converted = estimateIn(e, year, dollars, cpi);
    return converted ? cellOf(b)(converted) : { display: `No CPI-U annual average for ${year}`, value: null, flag: 'no CPI-U annual average' };
  };
  const measures: { b: 'annual' | 'hourly'; k: keyof WageDistribution; label: string }[] = [
    ...(['pct10', 'pct25', 'median', 'pct75', 'pct90'] as const).map((k, i) => ({ b: basis, k, label: `${PERCENTILE_LABELS[i]} (${basis})` })),
    { b: other, k: 'median', label: `Median (${other})` },
  ];
  const constant = dollars.kind === 'constant' ? dollars : null;
  const columnsOf = (m: (typeof measures)[number]): TableColumn[] => [
    { key: `${m.b}_wage_${m.k}_usd_${dollarsKey(NOMINAL)}`, label: `${m.label}, as published`, numeric: true },
    ...(constant ? [{ key: `${m.b}_wage_${m.k}_usd_${dollarsKey(constant)}`, label: `${m.label}, ${constant.baseYear} dollars`, numeric: true }] : []),
  ];
  return {
    id: `table-wage-history-${p.socCode}`,
    caption: `${p.title} (${p.socCode}): employment and wages by OEWS release, as published (nominal dollars)${constant ? ` and in ${dollarsLabel(constant)}` : ''}`,
    columns: [
      { key: 'release', label: 'Release', numeric: false, rowHeader: true },
      { key: 'soc_code', label: 'SOC code', numeric: false },
      { key: 'occupation', label: 'Occupation as published', numeric: false },
      { key: 'series', label: 'Series', numeric: false },
      { key: 'employment', label: 'Employment (jobs)', numeric: true },
      ...measures.flatMap(columnsOf),
    ],
    rows: p.wages.rows.map((r) => [
      text(formatOewsPeriod(r.release.year)),
      text(r.estimate.socCode),
      text(r.estimate.title),
      text(r.style.segment.kind === 'own' ? 'This occupation' : 'Linked code, not comparable'),
      countCell(r.estimate.employment),
      ...measures.flatMap((m) => {
        const published = r.estimate[m.b][m.k];
        return [cellOf(m.b)(published), ...(constant ? [constantCell(m.b, published, r.release.year)] : [])];
      }),
    ]),
  };
}

const PERCENTILE_LABELS = ['10th percentile', '25th percentile', 'Median', '75th percentile', '90th percentile'];

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
