/**
 * What a chart draws, computed from the data in lib/ and drawn by the server-side renderer in lib/charts/render/.
 * Plain serialisable data: the same spec feeds the SVG, its legend, its table and its CSV.
 */

import type { ValueFormat } from '../tables/format';

export interface ChartFrame {
  /** Stable id, used for the element id and file names. */
  id: string;
  title: string;
  /** Units and what is measured, e.g. "Percent change in employment, 2008–2018". */
  subtitle: string;
  /** Program, table and release, e.g. "BLS Employment Projections, Table 1.2, 2008-18". */
  source: string;
  referencePeriod: string;
  /** The chart's main finding in words, generated from the data (the text alternative). */
  altText: string;
  /**
   * `number`: the item's number in a numbered key (the scatter writes it beside its point);
   * `dot`: the marks are dots (the scatter's other occupations), so is the swatch.
   */
  legend: { label: string; color: string; dashed?: boolean; number?: number; dot?: boolean }[];
  /** Footnotes drawn under the chart: top-coding, missing values, SOC breaks. */
  notes: string[];
}

export interface BarDatum {
  key: string;
  label: string;
  color: string;
  /** The bar's length; for a top-coded wage the top code. Null: nothing is drawn. */
  value: number | null;
  /** The label written at the bar's end: "20.3%", "≥ $239,200", "Not available (…)". */
  display: string;
  topCoded: boolean;
  /**
   * What the bar says when touched, where the category label is not the occupation (a profile's
   * bar per vintage): its occupation and its own period. Defaults: `label` and the figure's period.
   */
  tip?: { label: string; period: string };
}

export interface RangeDatum {
  key: string;
  label: string;
  color: string;
  /** 10th, 25th, 50th, 75th and 90th percentiles; null where BLS publishes none. */
  percentiles: [number | null, number | null, number | null, number | null, number | null];
  /** Which of the five are top-coded (drawn to the top code and labelled "≥"). */
  topCoded: [boolean, boolean, boolean, boolean, boolean];
  display: string;
}

export interface ScatterDatum {
  key: string;
  label: string;
  color: string;
  x: number;
  y: number;
}

export interface LineSeries {
  key: string;
  label: string;
  color: string;
  /**
   * One point per year; a null breaks the line (no estimate, or a SOC break). A top-coded point
   * (y is the top code) is drawn as a hollow "≥" marker, never joined to its neighbours.
   * `display`: the value as its table writes it, where the chart's format would not (an hourly wage).
   */
  points: { x: number; y: number | null; topCoded?: boolean; display?: string }[];
  /** Drawn thinner and dashed: context such as the codes a series was split into. */
  dashed?: boolean;
}

/** A shaded range under a line, e.g. the 10th to 90th percentile wage; nulls leave gaps. */
export interface LineBand {
  key: string;
  label: string;
  color: string;
  /** Fill opacity: nested bands (10th–90th, 25th–75th) are drawn lighter outside. */
  opacity: number;
  points: { x: number; low: number | null; high: number | null }[];
}

export interface Reference {
  value: number;
  label: string;
}

/**
 * One category of a grouped bar chart: a bar per series, side by side (projected and actual
 * change of a major group). `values[i]` and `displays[i]` belong to `series[i]`.
 */
export interface BarGroup {
  key: string;
  label: string;
  values: (number | null)[];
  displays: string[];
}

export type ChartSpec = ChartFrame &
  (
    | { kind: 'bar'; format: ValueFormat; bars: BarDatum[]; reference: Reference | null }
    | { kind: 'range'; format: 'usd'; rows: RangeDatum[]; reference: Reference | null }
    | {
        kind: 'scatter';
        x: { label: string; format: ValueFormat; reference: Reference | null };
        y: { label: string; format: ValueFormat; reference: Reference | null };
        points: ScatterDatum[];
        /** The rest of the release's occupations, drawn faint. */
        context: { x: number; y: number }[];
      }
    | { kind: 'line'; format: ValueFormat; series: LineSeries[]; breaks: Reference[]; bands?: LineBand[] }
    | { kind: 'grouped-bar'; format: ValueFormat; series: { key: string; label: string; color: string }[]; groups: BarGroup[]; reference: Reference | null }
  );

/** Chart widths rendered on the server: a phone layout and a desktop one. */
/**
 * The narrow layout is drawn at the width it is shown at on a 390 px phone (390 less the page's
 * and the figure's padding and border), so its 12 px text is 12 px there.
 */
export const CHART_WIDTHS = { narrow: 340, wide: 760 } as const;
export type ChartWidth = keyof typeof CHART_WIDTHS;
