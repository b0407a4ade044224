import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, getDataset } from '../data/get-dataset';
import { splitLine } from '@/tests/unit/raw-csv';
import { buildComparison } from './model';
import { growthChart } from './charts';

/** The change in percent (eighth cell) of a code in 2008-18 Table 1.2, read without the app's parser. */
function growthCell(socCode: string): string {
  const text = readFileSync(path.join(DATA_DIR, 'projections', '2008-18', 'table_1.2.csv'), 'utf8');
  const line = text.split(/\r?\n/).find((l) => splitLine(l)[1] === socCode);
  if (!line) throw new Error(`${socCode} is not in 2008-18 Table 1.2`);
  return splitLine(line)[7]!;
}

describe('growthChart', () => {
  // The bars lib/charts/label-room.test.ts lays an axis out for: pharmacy aides shrink, medical assistants grow.
  const codes = ['29-2071', '31-9095', '31-9092', '29-2052'];
  const spec = growthChart(buildComparison(getDataset(), { codes, vintage: '2008-18', wageYear: 2008 }));

  it('draws each bar at its Table 1.2 cell, labelled with it to one decimal, beside the all-occupations average', () => {
    if (spec.kind !== 'bar') throw new Error('the growth chart is a bar chart');
    expect(codes.map(growthCell)).toEqual(['20.33', '-6.29', '33.9', '30.57']);
    expect(spec.bars.map((b) => b.value)).toEqual(codes.map((c) => Number(growthCell(c))));
    expect(spec.bars.map((b) => b.display)).toEqual(['20.3%', '-6.3%', '33.9%', '30.6%']);
    expect(spec.reference?.value).toBe(Number(growthCell('00-0000')));
  });
});
