import styles from './scorecard-form.module.css';

export interface ScorecardFormProps {
  vintage: string;
  vintages: { vintage: string; actualVintage: string }[];
  group: string | null;
  /** `value`: the URL's group ("29", "spans"); `label`: what the list shows. */
  groups: { value: string; label: string }[];
  sort: string;
  dir: string;
}

/** Vintage and major group: a plain GET form, so the choice lands in the URL and needs no script. */
export function ScorecardForm({ vintage, vintages, group, groups, sort, dir }: ScorecardFormProps) {
  return (
    <form method="get" action="/scorecard#occupations" className="view-form">
      <input type="hidden" name="sort" value={sort} />
      <input type="hidden" name="dir" value={dir} />
      <div className={styles.field}>
        <label htmlFor="scorecard-vintage">Projections</label>{' '}
        <select id="scorecard-vintage" name="vintage" defaultValue={vintage}>
          {vintages.map((v) => (
            <option key={v.vintage} value={v.vintage}>{v.vintage} against {v.actualVintage}</option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor="scorecard-group">Major group</label>{' '}
        <select id="scorecard-group" name="group" defaultValue={group ?? 'all'}>
          <option value="all">All groups</option>
          {groups.map((g) => (
            <option key={g.value} value={g.value}>{g.label}</option>
          ))}
        </select>
      </div>
      <button type="submit">Show</button>
    </form>
  );
}
