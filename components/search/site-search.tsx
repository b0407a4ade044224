/**
 * The occupation search: a GET form to /search that works as it is. With JavaScript,
 * components/enhance/search-suggest.ts finds it by `data-module` and suggests results as
 * you type (a WAI-ARIA combobox), from /search.json.
 */
/** The header's box (`compact`) is narrow on a phone: its hint is short enough to show whole at 360 px. */
export function SiteSearch({ id, label = 'Search occupations', defaultValue = '', compact = false }: { id: string; label?: string; defaultValue?: string; compact?: boolean }) {
  return (
    <form method="get" action="/search" role="search" aria-label={label} className={compact ? 'site-search site-search-compact' : 'site-search'} data-module="search-suggest">
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>{label}</label>
      <div className="site-search-row">
        <input id={id} name="q" type="search" defaultValue={defaultValue} autoComplete="off" spellCheck={false} maxLength={100} placeholder={compact ? 'Job title, e.g. RN' : 'Job title, e.g. medical coder, RN, 29-2072'} />
        <button type="submit">Search</button>
      </div>
    </form>
  );
}
