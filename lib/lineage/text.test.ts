import { describe, expect, it } from 'vitest';
import { getDataset } from '../data/get-dataset';
import { CLASSIFICATIONS, getLineage, type BoundaryId } from './lineage';
import { changeNote, describeChange, type Phrase } from './text';

const lineage = getLineage(getDataset());
const note = (code: string, boundary: BoundaryId, direction: 'forward' | 'backward') => changeNote(lineage.change(code, boundary, direction)!);
const words = (phrase: Phrase) => phrase.map((p) => (typeof p === 'string' ? p : `${p.socCode} ${p.title}`)).join('');

describe('code change notes, in plain words, from the BLS crosswalks', () => {
  it('29-2034: a new title under the same code is a rename with both titles, never "29-2034 became 29-2034"', () => {
    // soc_2010_to_2018_crosswalk.csv: 29-2034 Radiologic Technologists -> 29-2034 Radiologic Technologists and Technicians.
    expect(note('29-2034', 'soc2010-soc2018', 'forward')).toBe('29-2034 renamed from “Radiologic Technologists” to “Radiologic Technologists and Technicians”, same code (2018 SOC).');
    expect(words(describeChange(lineage.change('29-2034', 'soc2010-soc2018', 'forward')!))).toBe('Same code, retitled from “Radiologic Technologists” to 29-2034 Radiologic Technologists and Technicians.');
  });

  it('29-2034 in the 2000 SOC: split, with the part that kept the code said as such', () => {
    expect(note('29-2034', 'soc2000-soc2010', 'forward')).toBe('29-2034 was split; part of it became 29-2035, the rest kept the code 29-2034 (2010 SOC).');
  });

  it('31-9097: "31-9099 was split; part of it became 31-9097", never "came from 31-9099, which also became 31-9099"', () => {
    expect(note('31-9097', 'soc2000-soc2010', 'backward')).toBe('31-9099 was split; part of it became 31-9097, the rest kept the code 31-9099 (2010 SOC).');
    expect(words(describeChange(lineage.change('31-9097', 'soc2000-soc2010', 'backward')!))).toBe(
      'Came from a split of 31-9099 Healthcare Support Workers, All Other: part of it became this code, the rest kept the code 31-9099.',
    );
  });

  it('29-1141: the other parts of the 29-1111 split are named', () => {
    expect(note('29-1141', 'soc2000-soc2010', 'backward')).toBe('29-1111 was split; part of it became 29-1141, other parts became 29-1151, 29-1161 and 29-1171 (2010 SOC).');
  });

  it('no note of any code says a code became itself or came from a code that also became that code', () => {
    let checked = 0;
    for (const classification of CLASSIFICATIONS) {
      for (const code of lineage.codesOf(classification)) {
        for (const direction of ['forward', 'backward'] as const) {
          for (const change of lineage.changes(code, direction)) {
            const text = changeNote(change);
            checked++;
            expect(text).not.toMatch(/(\d\d-\d{4}) became \1\b/);
            expect(text).not.toMatch(/(\d\d-\d{4}) was \1\b/);
            expect(text).not.toMatch(/came from (\d\d-\d{4}), which also became .*\1/);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });
});
