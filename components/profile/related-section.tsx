import Link from 'next/link';
import { CLASSIFICATION_LABEL, type Classification } from '@/lib/lineage/lineage';
import type { RelatedItem } from '@/lib/profile/related';
import type { ProfileView } from '@/lib/profile/view';
import { CodeLinks } from './code-link';
import { OnetCredit } from './onet-credit';
import { OccupationHeaderCell, WageGrowthEducationCells } from './occupation-cells';
import styles from './profile.module.css';

/**
 * Related occupations as a table a person can decide from: how closely related (O*NET's tiers in
 * plain words), today's median wage, projected growth and typical education; "Compare these"
 * opens the comparison with the occupation and its closest relations.
 */
export function RelatedSection({ view }: { view: ProfileView }) {
  const { socCode, related, relatedTable: table } = view;
  const items = new Map(related.items.map((i) => [i.socCode, i]));
  const usesOnet = related.items.some((i) => i.source.kind === 'onet');
  return (
    <section id="related" aria-labelledby="related-heading" className={styles.section}>
      <h2 id="related-heading">Related occupations</h2>
      {related.items.length === 0 ? <p>No related occupations: O*NET relates detailed occupations, and no other occupation shares this code&apos;s SOC group.</p> : null}
      {usesOnet && !related.onetCodes.some((c) => c.socCode === socCode) ? (
        <p className={styles.note}>
          O*NET uses 2018 SOC codes. {socCode} became{' '}
          {related.onetCodes.map((c, i) => (
            <span key={c.socCode}>
              {i > 0 ? (i === related.onetCodes.length - 1 ? ' and ' : ', ') : ''}
              <Link prefetch={false} href={`/occupations/${c.socCode}`}>{c.socCode}</Link> {c.title}
            </span>
          ))}
          ; these are the occupations O*NET relates to {related.onetCodes.length > 1 ? 'them' : 'it'}, with the codes they had in earlier SOC revisions.
        </p>
      ) : null}
      {table.rows.length ? (
        <>
          <p className="no-print">
            <Link prefetch={false} className="button" href={view.compareRelatedHref}>Compare these</Link>{' '}
            <span className={styles.note}>{socCode} and its {table.compareCodes.length - 1} closest relations, side by side</span>
          </p>
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Related occupations">
            <table data-related>
              <caption>
                Related occupations: median annual wage (OEWS {table.wageRelease}), projected growth and typical education (Employment Projections {table.vintage})
              </caption>
              <thead>
                <tr>
                  <th scope="col">Occupation</th>
                  <th scope="col">How related</th>
                  <th scope="col" className="num">Median annual wage</th>
                  <th scope="col" className="num">Projected growth</th>
                  <th scope="col">Typical education</th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map((r) => {
                  const item = items.get(r.socCode);
                  return (
                    <tr key={r.socCode} data-code={r.socCode}>
                      <OccupationHeaderCell socCode={r.socCode} title={r.title}>
                        {item?.otherCodes.length ? <OtherCodes item={item} /> : null}
                      </OccupationHeaderCell>
                      <td>
                        {r.relation}
                        {item ? <span className={styles.from}>{sourceText(item)}</span> : null}
                      </td>
                      <WageGrowthEducationCells row={r} />
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {related.ownLineage.length ? <p className={styles.note}>Codes of this occupation&apos;s own lineage ({related.ownLineage.join(', ')}) are under Code history, not here.</p> : null}
      {related.notInData ? <p className={styles.note}>{related.notInData} O*NET relations name occupations that no shipped BLS table publishes; they are left out.</p> : null}
      {usesOnet ? (
        <OnetCredit credit={view.onetCredit} modified="O*NET-SOC codes reduced to SOC codes and mapped to earlier codes through the BLS SOC crosswalks; O*NET's tiers Primary-Short, Primary-Long and Supplemental named in words." />
      ) : related.items.length ? (
        <p className="source">O*NET lists no related occupations for this code, so occupations of its SOC group are shown.</p>
      ) : null}
    </section>
  );
}

function OtherCodes({ item }: { item: RelatedItem }) {
  return (
    <span className={styles.note}>
      {' '}
      (also{' '}
      {byClassification(item.otherCodes).map(([classification, codes], i) => (
        <span key={classification}>
          {i > 0 ? '; ' : ''}
          <CodeLinks codes={codes} /> in the {CLASSIFICATION_LABEL[classification]}
        </span>
      ))}
      )
    </span>
  );
}

function sourceText(item: RelatedItem): string {
  if (item.source.kind !== 'onet') return `Same SOC ${item.source.kind === 'broad-group' ? 'broad' : 'minor'} group (${item.source.group})`;
  return `O*NET: ${item.source.via.map((v) => `related to ${v.socCode} (${v.tier}, rank ${v.rank})`).join('; ')}`;
}

/** "15-1199, 43-9011 in the 2010 SOC; 15-1099 in the 2000 SOC", newest classification first. */
function byClassification(codes: RelatedItem['otherCodes']): [Classification, string[]][] {
  const groups = new Map<Classification, string[]>();
  for (const c of codes) groups.set(c.classification, [...(groups.get(c.classification) ?? []), c.socCode]);
  return [...groups];
}
