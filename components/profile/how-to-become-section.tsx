import type { JobZoneView, RequiredEducationView } from '@/lib/profile/onet-sections';
import type { BlsTrainingRow } from '@/lib/profile/training';
import { OnetCredit } from './onet-credit';
import styles from './profile.module.css';

interface Props {
  bls: BlsTrainingRow[];
  jobZones: JobZoneView[];
  requiredEducation: RequiredEducationView[];
  credit: string;
}

/**
 * Two classifications, each under its own name and source, never blended: BLS's Employment
 * Projections categories (latest vintage first, earlier ones below), and O*NET's Job Zone and the
 * shares of workers by the education they say the job requires.
 */
export function HowToBecomeSection({ bls, jobZones, requiredEducation, credit }: Props) {
  const [latest, ...earlier] = bls;
  return (
    <section id="how-to-become-one" aria-labelledby="how-heading" className={styles.section}>
      <h2 id="how-heading">How to become one</h2>
      {latest ? (
        <>
          <h3>What BLS says (Employment Projections {latest.vintage})</h3>
          <dl className={styles.pairs} data-bls-training={latest.vintage}>
            <div><dt>{latest.educationLabel}</dt><dd>{latest.education}</dd></div>
            <div><dt>Work experience in a related occupation</dt><dd>{latest.workExperience ?? 'Not published'}</dd></div>
            <div><dt>Typical on-the-job training</dt><dd>{latest.onTheJobTraining ?? 'Not published'}</dd></div>
          </dl>
          <p className="source">Source: {latest.source}.</p>
          {earlier.length ? (
            <details className={styles.more}>
              <summary>How BLS put it in earlier vintages ({earlier.length})</summary>
              <div className="table-wrap" tabIndex={0} role="region" aria-label="BLS education and training categories in earlier vintages">
                <table>
                  <caption>BLS education and training categories, earlier Employment Projections vintages</caption>
                  <thead>
                    <tr><th scope="col">Vintage</th><th scope="col">Education</th><th scope="col">Work experience</th><th scope="col">On-the-job training</th></tr>
                  </thead>
                  <tbody>
                    {earlier.map((r) => (
                      <tr key={r.vintage}>
                        <th scope="row">{r.vintage}</th>
                        <td>{r.education}{r.educationLabel !== latest.educationLabel ? ` (${r.educationLabel.toLowerCase()})` : ''}</td>
                        <td>{r.workExperience ?? '—'}</td>
                        <td>{r.onTheJobTraining ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          ) : null}
        </>
      ) : null}
      {jobZones.length || requiredEducation.length ? <h3>What O*NET says</h3> : null}
      {jobZones.map((z) => (
        <div key={z.onetCode} data-job-zone={z.onetCode}>
          <p>
            <strong>{z.name}</strong>
            {jobZones.length > 1 ? ` (${z.onetCode})` : ''}
          </p>
          <dl className={styles.pairs}>
            <div><dt>Education</dt><dd>{z.education}</dd></div>
            <div><dt>Experience</dt><dd>{z.experience}</dd></div>
            <div><dt>Training</dt><dd>{z.jobTraining}</dd></div>
          </dl>
        </div>
      ))}
      {requiredEducation.map((o) => (
        <div key={o.onetCode} className="table-wrap" tabIndex={0} role="region" aria-label={`Required education, ${o.onetCode}`}>
          <table>
            <caption>Workers by the education they say the job requires (O*NET {o.onetCode})</caption>
            <thead>
              <tr><th scope="col">Required education</th><th scope="col" className="num">Share of workers</th></tr>
            </thead>
            <tbody>
              {o.levels.filter((l) => l.percent > 0).map((l) => (
                <tr key={l.description}>
                  <th scope="row">{l.description}</th>
                  <td className="num">{l.percent.toFixed(1)}%{l.suppressed ? ' (low precision)' : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {jobZones.length || requiredEducation.length ? (
        <OnetCredit credit={credit} modified="Job Zone words from job_zone_reference.txt; required-education levels with a share of 0% left out." />
      ) : null}
    </section>
  );
}
