import { majorGroupChangeChart } from './chart';
import type { ChartSpec } from '../charts/spec';
import type { Scorecard } from './model';
import { majorGroupTable } from './group-table';
import { scorecardTable, vintageSummaryTable } from './tables';
import type { ScorecardView } from './view';
import type { DataTable } from '../tables/table';

/** The files under /scorecard/: the page's tables as CSV and its chart as SVG and PNG. */
export const SCORECARD_FILES = ['scorecard.csv', 'groups.csv', 'vintages.csv', 'groups.svg', 'groups.png'] as const;
export type ScorecardFileName = (typeof SCORECARD_FILES)[number];

export type ScorecardFile =
  | { kind: 'table'; table: DataTable; nameParts: string[] }
  | { kind: 'chart'; spec: ChartSpec; ext: 'svg' | 'png'; nameParts: string[] };

/** Built from the same view as the page, so a download holds what the page shows. */
export function scorecardFile(card: Scorecard, view: ScorecardView, file: ScorecardFileName): ScorecardFile {
  const v = view.vintage.vintage;
  switch (file) {
    case 'scorecard.csv':
      return { kind: 'table', table: scorecardTable(view), nameParts: ['scorecard', v, ...(view.group ? [`group-${view.group}`] : [])] };
    case 'groups.csv':
      return { kind: 'table', table: majorGroupTable(view.vintage), nameParts: ['scorecard-groups', v] };
    case 'vintages.csv':
      return { kind: 'table', table: vintageSummaryTable(card), nameParts: ['scorecard-vintages'] };
    case 'groups.svg':
    case 'groups.png':
      return { kind: 'chart', spec: majorGroupChangeChart(view.vintage), ext: file === 'groups.png' ? 'png' : 'svg', nameParts: ['scorecard-groups', v] };
  }
}
