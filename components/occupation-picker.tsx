'use client';

import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useRouter } from 'next/navigation';
import { searchOccupations, type OccupationOption } from '@/lib/search';

interface Props {
  /** Codes already selected (in order). */
  selected: string[];
  /** Where choosing an occupation goes, with `{code}` standing for the chosen code. */
  hrefTemplate: string;
  /** The most occupations a comparison may hold. */
  max: number;
}

/**
 * A combobox (WAI-ARIA 1.2 pattern) that searches occupation titles and codes as you type and
 * adds the chosen one to the comparison by navigating to its URL, so the URL always holds the
 * selection. The search list is fetched on first focus, not sent with the page.
 */
export function OccupationPicker({ selected, hrefTemplate, max }: Props) {
  const router = useRouter();
  const id = useId();
  const listId = `${id}-list`;
  const [options, setOptions] = useState<OccupationOption[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const loading = useRef(false);

  const load = (): void => {
    if (options || loading.current) return;
    loading.current = true;
    fetch('/api/occupations')
      .then((r) => (r.ok ? (r.json() as Promise<OccupationOption[]>) : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then(setOptions)
      .catch((e: unknown) => setLoadError(`The occupation list could not be loaded (${e instanceof Error ? e.message : 'error'}).`))
      .finally(() => {
        loading.current = false;
      });
  };

  const results = options ? searchOccupations(options, query).filter((o) => !selected.includes(o.code)) : [];
  const full = selected.length >= max;
  const choose = (option: OccupationOption | undefined): void => {
    if (!option || full) return;
    setOpen(false);
    setQuery('');
    router.push(hrefTemplate.replace('{code}', option.code));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, Math.max(results.length - 1, 0)));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      if (open && results.length) {
        e.preventDefault();
        choose(results[active]);
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };
  const expanded = open && query.trim() !== '' && results.length > 0;
  const status = full
    ? `A comparison holds at most ${max} occupations; remove one to add another.`
    : loadError ?? (query.trim() === '' ? '' : options ? `${results.length} occupation${results.length === 1 ? '' : 's'} found` : 'Loading occupations…');
  return (
    <div className="picker">
      <label htmlFor={`${id}-input`}>Add an occupation</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? `${id}-opt-${active}` : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        placeholder="Title words or SOC code, e.g. nurse or 29-1"
        value={query}
        disabled={full}
        onFocus={load}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <p id={`${id}-hint`} className="muted picker-hint">Type to search, arrow keys to move, Enter to add.</p>
      <ul id={listId} role="listbox" aria-label="Matching occupations" className="picker-list" hidden={!expanded}>
        {results.map((o, i) => (
          <li
            key={o.code}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'picker-option picker-option--active' : 'picker-option'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(o)}
          >
            <span className="picker-code">{o.code}</span> {o.title}
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className="picker-status">{status}</p>
    </div>
  );
}
