import type { Dataset } from '../data/assemble';
import { formatSignedPercent, formatThousandsAsCount } from '../tables/format';
import { getQuickFacts, type QuickFactKey, type QuickFacts } from '../profile/quick-facts';
import { getSuccessors } from '../profile/successors';
import { getRelatedOccupations } from '../profile/related';
import { getScorecard, scorecardFor } from '../scorecard/model';

/** What became of the story's projection, and what the occupation is today. Plain JSON for the home page. */
export interface ThenAndNow {
  happened: {
    vintage: string;
    targetYear: number;
    projected: string;
    counted: string;
    projectedChange: string;
    countedChange: string;
    /** The later vintage whose base-year employment is the count. */
    countedIn: string;
    likeForLike: boolean;
    note: string | null;
  } | null;
  /** The codes the story's code became, each with the facts a person asks first. */
  today: QuickFacts[];
}

const TODAY_FACTS: QuickFactKey[] = ['median-pay', 'outlook', 'jobs', 'education'];

/**
 * For the story's code and vintage: the projection against the employment BLS counted in the
 * target year (the scorecard's row), and its successors' latest pay and outlook.
 */
export function getThenAndNow(dataset: Dataset, socCode: string, vintage: string): ThenAndNow {
  const row = scorecardFor(getScorecard(dataset), socCode).find((e) => e.vintage === vintage && e.status === 'compared');
  const successors = getSuccessors(dataset, socCode, getRelatedOccupations(dataset, socCode));
  const today = (successors.length ? successors : [getQuickFacts(dataset, socCode)].filter((f): f is QuickFacts => f !== null))
    .map((s) => ({ ...s, facts: TODAY_FACTS.flatMap((key) => s.facts.filter((f) => f.key === key)) }));
  return {
    happened: row && row.status === 'compared'
      ? {
          vintage: row.vintage,
          targetYear: row.targetYear,
          projected: formatThousandsAsCount(row.projectedEmployment),
          counted: formatThousandsAsCount(row.actualEmployment),
          projectedChange: formatSignedPercent(row.projectedChangePct),
          countedChange: formatSignedPercent(row.actualChangePct),
          countedIn: row.actualVintage,
          likeForLike: row.likeForLike,
          note: row.note,
        }
      : null,
    today,
  };
}
