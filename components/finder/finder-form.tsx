import Link from 'next/link';
import type { FinderView } from '@/lib/finder/view';
import { SORT_KEYS } from '@/lib/finder/params';
import styles from './finder.module.css';

const SORT_LABEL: Record<(typeof SORT_KEYS)[number], string> = {
  title: 'Occupation',
  group: 'Major group',
  wage: 'Median annual wage',
  jobs: 'Jobs',
  growth: 'Projected growth',
  openings: 'Openings a year',
  education: 'Education',
  experience: 'Work experience',
  training: 'On-the-job training',
};

function Choices({ legend, name, choices, chosen }: { legend: string; name: string; choices: { value: string; label: string }[]; chosen: readonly string[] }) {
  return (
    <fieldset className={styles.choices}>
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label key={c.value} className={styles.choice}>
          <input type="checkbox" name={name} value={c.value} defaultChecked={chosen.includes(c.value)} /> {c.label}
        </label>
      ))}
    </fieldset>
  );
}

/** What is chosen of a list, in words: "any", or the labels. */
function chosenLabels(choices: { value: string; label: string }[], chosen: readonly string[]): string {
  return chosen.length ? choices.filter((c) => chosen.includes(c.value)).map((c) => c.label).join(', ') : 'any';
}

/** The filters as one GET form to /occupations: the URL holds the whole view. */
export function FinderForm({ view }: { view: FinderView }) {
  const { params, options } = view;
  const sortValue = `${params.sort.descending ? '-' : ''}${params.sort.key}`;
  return (
    <form method="get" action="/occupations" className={styles.filters} aria-label="Filter occupations">
      <div className={styles.row}>
        <label>
          Title words
          <input type="search" name="q" defaultValue={params.text} maxLength={100} placeholder="e.g. nurse, coder, technician" />
        </label>
        <label>
          Minimum wage ($ a year)
          <input type="number" name="min_wage" inputMode="numeric" min={0} step={1000} defaultValue={params.minWage ?? ''} />
        </label>
        <label>
          Maximum wage ($ a year)
          <input type="number" name="max_wage" inputMode="numeric" min={0} step={1000} defaultValue={params.maxWage ?? ''} />
        </label>
        <label>
          Minimum growth (%)
          <input type="number" name="min_growth" inputMode="decimal" step="any" defaultValue={params.minGrowth ?? ''} />
        </label>
        <label>
          Sort by
          <select name="sort" defaultValue={sortValue}>
            {SORT_KEYS.flatMap((k) => [
              <option key={k} value={k}>{SORT_LABEL[k]}, {k === 'title' || k === 'group' ? 'A to Z' : 'lowest first'}</option>,
              <option key={`-${k}`} value={`-${k}`}>{SORT_LABEL[k]}, {k === 'title' || k === 'group' ? 'Z to A' : 'highest first'}</option>,
            ])}
          </select>
        </label>
      </div>
      {/* Closed, so the table is near the top on a phone; the summary says what is chosen inside. */}
      <details className={styles.more}>
        <summary>Major group: {chosenLabels(options.groups, params.groups)}</summary>
        <Choices legend="Major group" name="group" choices={options.groups} chosen={params.groups} />
      </details>
      <details className={styles.more}>
        <summary>
          Education: {chosenLabels(options.education, params.education)}; experience: {chosenLabels(options.experience, params.experience)}; training:{' '}
          {chosenLabels(options.training, params.training)}
        </summary>
        <div className={styles.scales}>
          <Choices legend="Typical entry-level education" name="education" choices={options.education} chosen={params.education} />
          <Choices legend="Work experience in a related occupation" name="experience" choices={options.experience} chosen={params.experience} />
          <Choices legend="On-the-job training" name="training" choices={options.training} chosen={params.training} />
        </div>
      </details>
      <p className={styles.actions}>
        <button type="submit">Show occupations</button> <Link prefetch={false} href="/occupations">Clear all filters</Link>
      </p>
    </form>
  );
}
