import Link from 'next/link';
import type { ReactNode } from 'react';
import styles from './profile.module.css';

/** The row header of an occupation in a profile's tables: its title, linking to its profile, and its code. */
export function OccupationHeaderCell({ socCode, title, children }: { socCode: string; title: string; children?: ReactNode }) {
  return (
    <th scope="row">
      <Link prefetch={false} href={`/occupations/${socCode}`}>{title}</Link> <span className={styles.code}>{socCode}</span>
      {children}
    </th>
  );
}

/** The cells every profile table of occupations ends with, as displayed: median wage, growth, typical education. */
export function WageGrowthEducationCells({ row }: { row: { medianWage: string; growth: string; education: string } }) {
  return (
    <>
      <td className="num">{row.medianWage}</td>
      <td className="num">{row.growth}</td>
      <td>{row.education}</td>
    </>
  );
}
