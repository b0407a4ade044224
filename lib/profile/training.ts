import type { Dataset } from '../data/assemble';
import { findProjection } from '../data/occupations';
import { epSource } from '../tables/sources';

/** BLS's education, experience and training categories for a code in one Employment Projections vintage. */
export interface BlsTrainingRow {
  vintage: string;
  /** The category's name in that vintage: 2008-18 names the most significant source of education or training. */
  educationLabel: string;
  education: string;
  workExperience: string | null;
  onTheJobTraining: string | null;
  source: string;
}

/** Every vintage that publishes the code's categories, newest first (the latest is the one that counts today). */
export function getBlsTraining(dataset: Dataset, socCode: string): BlsTrainingRow[] {
  return dataset.projectionVintages.flatMap((vintage) => {
    const p = findProjection(vintage, socCode);
    if (!p?.education) return [];
    return [{
      vintage: vintage.vintage,
      educationLabel: p.educationClassification === 'most-significant-source' ? 'Most significant source of education or training' : 'Typical education needed for entry',
      education: p.education,
      workExperience: p.workExperience,
      onTheJobTraining: p.onTheJobTraining,
      source: epSource(vintage, 'characteristics'),
    }];
  }).reverse();
}
