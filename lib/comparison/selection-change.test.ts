import { describe, expect, it } from 'vitest';
import { changeHref, readSelectionChange, selectionStatus } from './selection-change';

const selected = [
  { socCode: '29-2071', title: 'Medical records and health information technicians' },
  { socCode: '31-9092', title: 'Medical assistants' },
];
const titleOf = (code: string) => ({ '29-1141': 'Registered nurses', '31-9092': 'Medical assistants' })[code] ?? null;

describe('selection change', () => {
  it('reads one added or removed code and ignores anything else', () => {
    expect(readSelectionChange({ added: '31-9092' })).toEqual({ kind: 'added', socCode: '31-9092' });
    expect(readSelectionChange({ removed: '29-1141' })).toEqual({ kind: 'removed', socCode: '29-1141' });
    expect(readSelectionChange({ added: '<script>' })).toBeNull();
    expect(readSelectionChange({ added: ['31-9092', '29-1141'] })).toBeNull();
    expect(readSelectionChange({ added: '31-9092', removed: '29-1141' })).toBeNull();
  });

  it('links to the status message', () => {
    expect(changeHref('/compare?occupations=29-2071,31-9092&vintage=2024-34&release=2024', { kind: 'added', socCode: '31-9092' })).toBe('/compare?occupations=29-2071,31-9092&vintage=2024-34&release=2024&added=31-9092#status');
  });

  it('says what changed and how many are selected, only when the selection shows it', () => {
    expect(selectionStatus({ kind: 'added', socCode: '31-9092' }, selected, titleOf)).toBe('Added Medical assistants, 2 occupations selected.');
    expect(selectionStatus({ kind: 'removed', socCode: '29-1141' }, selected, titleOf)).toBe('Removed Registered nurses, 2 occupations selected.');
    expect(selectionStatus({ kind: 'removed', socCode: '29-1141' }, selected.slice(0, 1), titleOf)).toBe('Removed Registered nurses, 1 occupation selected.');
    // Not in the selection after "adding" it (a 13th, or a code no release has): nothing is claimed.
    expect(selectionStatus({ kind: 'added', socCode: '29-1141' }, selected, titleOf)).toBeNull();
    expect(selectionStatus({ kind: 'removed', socCode: '31-9092' }, selected, titleOf)).toBeNull();
    expect(selectionStatus(null, selected, titleOf)).toBeNull();
  });
});
