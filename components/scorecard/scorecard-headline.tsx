import { formatCount, formatPercent, formatSignedPercent, formatThousandsAsCount } from '@/lib/tables/format';
import type { ErrorSummary } from '@/lib/scorecard/summary';

/** The vintage in four figures: all jobs, the typical miss, the share close to the mark, and how many compare like for like. */
export function ScorecardHeadline({ targetYear, total, summary: s }: { targetYear: number; total: { projected: number; actual: number } | null; summary: ErrorSummary }) {
  // Not like for like without a sum: one code each side, but the two cover different occupations.
  const otherNotLike = s.compared - s.likeForLike - s.summed;
  return (
    <ul className="headline-figures">
      {total ? (
        <li>
          <span className="figure-value">{formatSignedPercent(((total.projected - total.actual) / total.actual) * 100)}</span>
          <span className="figure-label">
            error for all jobs in {targetYear}: projected {formatThousandsAsCount(total.projected)}, actual {formatThousandsAsCount(total.actual)}
          </span>
        </li>
      ) : null}
      {s.medianAbsErrorPct != null && s.meanAbsErrorPct != null ? (
        <li>
          <span className="figure-value">{formatPercent(s.medianAbsErrorPct)}</span>
          <span className="figure-label">
            median miss, as a percent of actual employment, over {formatCount(s.compared)} compared occupations (mean {formatPercent(s.meanAbsErrorPct)}: small
            occupations miss by more)
          </span>
        </li>
      ) : null}
      {s.withinTenPctShare != null ? (
        <li>
          <span className="figure-value">{formatPercent(s.withinTenPctShare, 0)}</span>
          <span className="figure-label">of compared occupations within ±10% of the actual</span>
        </li>
      ) : null}
      <li>
        <span className="figure-value">{formatCount(s.likeForLike)}</span>
        <span className="figure-label">
          of {formatCount(s.compared)} comparisons like for like; {formatCount(s.summed)} summed over split, merged or regrouped codes
          {otherNotLike > 0 ? `, ${formatCount(otherNotLike)} matched one to one but covering different occupations` : ''}; {formatCount(s.notCompared)} not
          comparable
        </span>
      </li>
    </ul>
  );
}
