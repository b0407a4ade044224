import Link from 'next/link';

export interface SelectedOccupation {
  socCode: string;
  title: string;
  color: string;
  /** The comparison without this occupation. */
  removeHref: string;
}

/** The chosen occupations in chart order, each with its colour and a link that removes it. */
export function SelectionList({ items }: { items: SelectedOccupation[] }) {
  if (items.length === 0) return <p>No occupations selected yet. Add one below.</p>;
  return (
    <ol className="selection" aria-label="Selected occupations">
      {items.map((item) => (
        <li key={item.socCode}>
          <span className="swatch" style={{ background: item.color }} aria-hidden="true" />
          <Link prefetch={false} href={`/occupations/${item.socCode}`}>{item.title}</Link> <span className="muted">{item.socCode}</span>{' '}
          <Link prefetch={false} className="remove" href={item.removeHref} aria-label={`Remove ${item.title}`}>Remove</Link>
        </li>
      ))}
    </ol>
  );
}
