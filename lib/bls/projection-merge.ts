import { BlsParseError } from './errors';
import type { ProjectionRow, ProjectionTable } from './projections';
import { vintageYears } from './projections';
import type { Estimate, SourceRef } from './types';

/** One occupation in one Employment Projections vintage. Employment is in thousands. */
export interface Projection {
  vintage: string;
  baseYear: number;
  targetYear: number;
  socCode: string;
  title: string;
  /** `summary` rows aggregate others (major, minor, broad groups); `detailed` rows are line items. */
  level: 'summary' | 'detailed';
  employmentBase: Estimate;
  employmentTarget: Estimate;
  changeNumber: Estimate;
  changePercent: Estimate;
  openings: Estimate;
  openingsBasis: 'annual-average' | 'total-over-period';
  selfEmployedPct: Estimate | null;
  medianAnnualWage: Estimate | null;
  /** The May OEWS release the median wage comes from (not always the base year). */
  wageYear: number | null;
  education: string | null;
  /** 2008-18 names the "most significant source of education or training"; later vintages the "typical education needed for entry". */
  educationClassification: 'most-significant-source' | 'typical-entry' | null;
  workExperience: string | null;
  onTheJobTraining: string | null;
  /** 2008-18 only: VH, H, L or VL. */
  wageQuartile: string | null;
  source: SourceRef;
  characteristicsSource: SourceRef | null;
}

const MISSING: Estimate = { kind: 'missing', reason: 'blank', marker: '' };

/**
 * Joins Table 1.2 (employment, change, openings) with the sheet that holds worker
 * characteristics (Table 1.6 in 2008-18, 1.7 until 2022-32, Table 1.2 itself from 2023-33).
 */
export function toProjections(vintage: string, employment: ProjectionTable, characteristics: ProjectionTable | null): Projection[] {
  const years = vintageYears(vintage)!;
  const traits = characteristics ?? employment;
  const byCode = new Map(traits.records.map((r) => [r.socCode, r]));
  const required = ['employmentBase', 'employmentTarget', 'changeNumber', 'changePercent', 'openings'] as const;
  for (const field of required) {
    if (!employment.columns.some((c) => c.field === field)) {
      throw new BlsParseError({ file: employment.file, line: 1, expected: `a column for ${field}`, found: employment.columns.map((c) => c.label).join(' , ') });
    }
  }
  const classification = educationClassification(traits);
  return employment.records.map((row) => {
    const extra: ProjectionRow | undefined = byCode.get(row.socCode);
    const n = (field: keyof ProjectionRow['numbers']): Estimate => row.numbers[field] ?? MISSING;
    const education = extra?.texts.education ?? null;
    return {
      vintage,
      baseYear: years.base,
      targetYear: years.target,
      socCode: row.socCode,
      title: row.title,
      level: toLevel(row.occupationType ?? extra?.occupationType ?? null, education, extra?.texts.wageQuartile ?? null),
      employmentBase: n('employmentBase'),
      employmentTarget: n('employmentTarget'),
      changeNumber: n('changeNumber'),
      changePercent: n('changePercent'),
      openings: n('openings'),
      openingsBasis: employment.openingsBasis ?? 'total-over-period',
      selfEmployedPct: extra?.numbers.selfEmployedPct ?? null,
      medianAnnualWage: extra?.numbers.medianAnnualWage ?? null,
      wageYear: traits.wageYear,
      education,
      educationClassification: classification,
      workExperience: extra?.texts.workExperience ?? null,
      onTheJobTraining: extra?.texts.onTheJobTraining ?? null,
      wageQuartile: extra?.texts.wageQuartile ?? null,
      source: row.source,
      characteristicsSource: extra ? extra.source : null,
    };
  });
}

function educationClassification(table: ProjectionTable): Projection['educationClassification'] {
  const col = table.columns.find((c) => c.field === 'education');
  if (!col) return null;
  return /most significant source/i.test(col.label) ? 'most-significant-source' : 'typical-entry';
}

/** From 2014-24 a column says Summary or Line item; before, only detailed rows carry an education category. */
function toLevel(type: string | null, education: string | null, quartile: string | null): Projection['level'] {
  if (type) return /line item/i.test(type) ? 'detailed' : 'summary';
  return education || quartile ? 'detailed' : 'summary';
}
