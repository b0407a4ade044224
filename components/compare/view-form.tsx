export interface ViewFormProps {
  codes: string[];
  vintage: string;
  vintages: string[];
  wageYear: number;
  wageYears: number[];
  /** `nominal` or a base year, and the choices offered. */
  dollars: string;
  dollarChoices: { value: string; label: string }[];
}

/** Projection vintage and wage release: a plain GET form, so the choice lands in the URL. */
export function ViewForm({ codes, vintage, vintages, wageYear, wageYears, dollars, dollarChoices }: ViewFormProps) {
  return (
    <form method="get" action="/compare" className="view-form">
      <input type="hidden" name="occupations" value={codes.join(',')} />
      <div>
        <label htmlFor="vintage">Projections</label>{' '}
        <select id="vintage" name="vintage" defaultValue={vintage}>
          {vintages.map((v) => (
            <option key={v} value={v}>{v}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="release">Wages</label>{' '}
        <select id="release" name="release" defaultValue={String(wageYear)}>
          {wageYears.map((y) => (
            <option key={y} value={y}>May {y}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="dollars">Wage trend in</label>{' '}
        <select id="dollars" name="dollars" defaultValue={dollars}>
          {dollarChoices.map((c) => (
            <option key={c.value} value={c.value}>{c.label}</option>
          ))}
        </select>
      </div>
      <button type="submit">Show</button>
    </form>
  );
}
