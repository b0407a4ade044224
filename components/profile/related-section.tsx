import Link from 'next/link';
import { RELATEDNESS_TIERS } from '@/lib/bls/onet-related';
import { CLASSIFICATION_LABEL, type Classification } from '@/lib/lineage/lineage';
import type { RelatedItem, RelatedOccupations } from '@/lib/profile/related';
import { CodeLinks } from './code-link';
import styles from './profile.module.css';

const TIER_HEADING = {
  'Primary-Short': 'Most closely related (O*NET Primary-Short)',
  'Primary-Long': 'Also closely related (O*NET Primary-Long)',
  Supplemental: 'Further related (O*NET Supplemental)',
} as const;

/** An item's tier is the best one any of its O*NET sources gives it. */
function tierOf(item: RelatedItem): string {
  if (item.source.kind !== 'onet') return item.source.kind;
  return item.source.via.map((v) => v.tier).sort((a, b) => RELATEDNESS_TIERS.indexOf(a) - RELATEDNESS_TIERS.indexOf(b))[0]!;
}

/** Related occupations with links, grouped by O*NET tier in O*NET's order, each saying where the relation comes from. */
export function RelatedSection({ socCode, related }: { socCode: string; related: RelatedOccupations }) {
  const groups = [...RELATEDNESS_TIERS, 'broad-group', 'minor-group']
    .map((tier) => ({ tier, items: related.items.filter((i) => tierOf(i) === tier) }))
    .filter((g) => g.items.length > 0);
  const usesOnet = related.items.some((i) => i.source.kind === 'onet');
  return (
    <section aria-labelledby="related-heading" className={styles.section}>
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
      {groups.map((g) => (
        <div key={g.tier}>
          <h3>{g.tier in TIER_HEADING ? TIER_HEADING[g.tier as keyof typeof TIER_HEADING] : g.tier === 'broad-group' ? 'Same SOC broad group' : 'Same SOC minor group'}</h3>
          <ul className={styles.related}>
            {g.items.map((item) => (
              <li key={item.socCode}>
                <Link prefetch={false} href={`/occupations/${item.socCode}`}>{item.title}</Link> <span className={styles.code}>{item.socCode}</span>
                {item.otherCodes.length ? (
                  <span className={styles.note}>
                    {' '}
                    (also{' '}
                    {byClassification(item.otherCodes).map(([classification, codes], i) => (
                      <span key={classification}>
                        {i > 0 ? '; ' : ''}
                        <CodeLinks codes={codes} />{' '}
                        in the {CLASSIFICATION_LABEL[classification]}
                      </span>
                    ))}
                    )
                  </span>
                ) : null}
                <span className={styles.from}>{sourceText(item)}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {related.ownLineage.length ? <p className={styles.note}>Codes of this occupation&apos;s own lineage ({related.ownLineage.join(', ')}) are under Code history, not here.</p> : null}
      {related.notInData ? <p className={styles.note}>{related.notInData} O*NET relations name occupations that no shipped BLS table publishes; they are left out.</p> : null}
      <p className="source">
        {usesOnet ? 'Related occupations: ' : 'O*NET lists no related occupations for this code, so occupations of its SOC group are shown. O*NET data: '}
        &quot;O*NET 29.3 Database, U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)&quot; licensed under{' '}
        <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>. Modified: O*NET-SOC codes reduced to SOC codes and mapped to earlier
        codes through the BLS SOC crosswalks.
      </p>
    </section>
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
