import type { SearchParams } from './params';

/** What the link a person followed did to the selection: `added=29-2072` or `removed=29-2072`. */
export interface SelectionChange {
  kind: 'added' | 'removed';
  socCode: string;
}

const SOC = /^\d{2}-\d{4}$/;

/**
 * The change named in the query, or null. Only the Add and Remove links write these parameters;
 * anything else (malformed, repeated, both at once) is ignored: it only words a status message.
 */
export function readSelectionChange(params: SearchParams): SelectionChange | null {
  const added = params.added;
  const removed = params.removed;
  if (typeof added === 'string' && removed === undefined && SOC.test(added)) return { kind: 'added', socCode: added };
  if (typeof removed === 'string' && added === undefined && SOC.test(removed)) return { kind: 'removed', socCode: removed };
  return null;
}

/**
 * The link that makes a change: the comparison's URL naming the change, ending at the status
 * message (`#status`), which the browser scrolls to and, having tabindex -1, focuses.
 */
export function changeHref(comparisonHref: string, change: SelectionChange): string {
  return `${comparisonHref}&${change.kind}=${change.socCode}#status`;
}

/**
 * "Added Medical assistants, 4 occupations selected." A change the selection does not show (the
 * code was not added after all, or is still there) is not claimed.
 */
export function selectionStatus(change: SelectionChange | null, selected: readonly { socCode: string; title: string }[], titleOf: (code: string) => string | null): string | null {
  if (!change) return null;
  const count = `${selected.length} ${selected.length === 1 ? 'occupation' : 'occupations'} selected`;
  const inSelection = selected.find((o) => o.socCode === change.socCode);
  if (change.kind === 'added' && inSelection) return `Added ${inSelection.title}, ${count}.`;
  const title = titleOf(change.socCode);
  if (change.kind === 'removed' && !inSelection && title) return `Removed ${title}, ${count}.`;
  return null;
}
