import { MEMBER_SORTS, type GroupMembers } from '@/lib/profile/members';
import { OccupationHeaderCell, WageGrowthEducationCells } from './occupation-cells';
import styles from './profile.module.css';

const COLUMNS = [
  { key: 'code', label: 'Occupation', numeric: false },
  { key: 'jobs', label: 'Jobs', numeric: true },
  { key: 'wage', label: 'Median annual wage', numeric: true },
  { key: 'growth', label: 'Projected growth', numeric: true },
  { key: null, label: 'Typical education', numeric: false },
] as const;

/**
 * The occupations of a group, sortable without script: the table is drawn once per order, and
 * the column headers link to `#members-by-<key>`; CSS shows the table the URL names (the first by default).
 */
export function MembersSection({ title, members }: { title: string; members: GroupMembers }) {
  const sources = [members.vintage ? `jobs (base-year employment, including self-employed), projected growth and typical education: BLS Employment Projections ${members.vintage}` : null, members.wageRelease ? `median annual wage: BLS OEWS ${members.wageRelease}` : null].filter(Boolean);
  return (
    <section id="members" aria-labelledby="members-heading" className={styles.section}>
      <h2 id="members-heading">Occupations in this group</h2>
      <p>
        {members.rows.length === 1 ? `The one ${members.memberKind.replace(/s$/, '')}` : `${members.rows.length} ${members.memberKind}`} of {title}.
        {members.rows.length > 1 ? (
          <>
            {' '}Sort by:{' '}
            {MEMBER_SORTS.map((s, i) => (
              <span key={s.key}>
                {i > 0 ? ' · ' : ''}
                <a href={`#members-by-${s.key}`}>{s.label}</a>
              </span>
            ))}
          </>
        ) : null}
      </p>
      <div className={styles.sortSwitch}>
        {(members.rows.length > 1 ? MEMBER_SORTS : MEMBER_SORTS.slice(0, 1)).map((sort) => (
          <div key={sort.key} id={`members-by-${sort.key}`} className={styles.sortVariant}>
            <div className="table-wrap" tabIndex={0} role="region" aria-label={`Occupations in this group, by ${sort.label}`}>
              <table data-members-sort={sort.key}>
                <caption>Occupations in this group, by {sort.label}{sort.key === 'code' ? '' : ', largest first'}</caption>
                <thead>
                  <tr>
                    {COLUMNS.map((c) => (
                      <th key={c.label} scope="col" className={c.numeric ? 'num' : undefined} aria-sort={c.key === sort.key ? (c.key === 'code' ? 'ascending' : 'descending') : undefined}>
                        {c.key && members.rows.length > 1 ? <a href={`#members-by-${c.key}`}>{c.label}</a> : c.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {members.orders[sort.key].map((i) => {
                    const r = members.rows[i]!;
                    return (
                      <tr key={r.socCode} data-code={r.socCode}>
                        <OccupationHeaderCell socCode={r.socCode} title={r.title} />
                        <td className="num">{r.jobs}</td>
                        <WageGrowthEducationCells row={r} />
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </div>
        ))}
      </div>
      <p className="source">Source: {sources.join('; ')}. Jobs are in the Employment Projections&apos; base year; &quot;—&quot; where a table has no figure for the code.</p>
    </section>
  );
}
