import { describe, expect, it } from 'vitest';
import { parseOnetTasks } from './onet-tasks';
import { errorOf } from '@/tests/unit/parse-error';
import { onetText, rawOnetRows, shippedOnetCodes } from '@/tests/unit/onet-files';

const FILE = 'onet/test_task_statements.txt';
const HEADER = 'O*NET-SOC Code\tTitle\tTask ID\tTask\tTask Type\tIncumbents Responding\tDate\tDomain Source';
const TEXT = [
  HEADER,
  '29-2072.00\tMedical Records Specialists\t11194\tAssign the patient to diagnosis-related groups (DRGs), using appropriate computer software.\tCore\t98\t08/2023\tIncumbent',
  '11-1031.00\tLegislators\t15287\tConduct "head counts" to help predict the outcome of upcoming votes.\tn/a\tn/a\t06/2006\tAnalyst',
  '',
].join('\n');

describe('parseOnetTasks', () => {
  it('reads the task, its ID and type; n/a is a task without a type', () => {
    expect(parseOnetTasks(TEXT, FILE).records).toEqual([
      { onetCode: '29-2072.00', socCode: '29-2072', taskId: 11194, task: 'Assign the patient to diagnosis-related groups (DRGs), using appropriate computer software.', taskType: 'Core', source: { file: FILE, line: 2 } },
      { onetCode: '11-1031.00', socCode: '11-1031', taskId: 15287, task: 'Conduct "head counts" to help predict the outcome of upcoming votes.', taskType: null, source: { file: FILE, line: 3 } },
    ]);
  });

  it('fails on an unknown task type, a missing column, a bad code and a truncated row', () => {
    expect(errorOf(() => parseOnetTasks(TEXT.replace('\tCore\t', '\tMain\t'), FILE)).message).toBe(
      `${FILE}, line 2, column 5: expected a task type (Core, Supplemental) or n/a, found "Main"`,
    );
    expect(errorOf(() => parseOnetTasks(TEXT.replace('Task Type\t', ''), FILE)).message).toBe(
      `${FILE}, line 1: expected a column named "Task Type", found "O*NET-SOC Code\\tTitle\\tTask ID\\tTask\\tIncumbents Responding\\tDate\\tDomain Source"`,
    );
    expect(errorOf(() => parseOnetTasks(TEXT, FILE, { file: 'onet/occupation_data.txt', codes: new Set(['29-2072.00']) })).message).toBe(
      `${FILE}, line 3, column 1: expected an O*NET-SOC code listed in onet/occupation_data.txt, found "11-1031.00"`,
    );
    expect(errorOf(() => parseOnetTasks(`${HEADER}\n29-2072.00\tMedical Records Specialists\t11194\tAssign`, FILE)).message).toBe(
      `${FILE}, line 2, column 5: expected 8 tab-separated cells, as in the header, found "no cell (the row has 4)"`,
    );
    expect(errorOf(() => parseOnetTasks(TEXT.replace('11194', 'T11194'), FILE))).toMatchObject({ line: 2, column: 3, found: 'T11194' });
  });
});

describe('parseOnetTasks on data/onet/task_statements.txt', () => {
  const name = 'onet/task_statements.txt';
  const result = parseOnetTasks(onetText(name), name, shippedOnetCodes());

  it('loads all 18,796 tasks: core, supplemental, and 1,157 without a type', () => {
    const raw = rawOnetRows(name);
    expect(result.records).toHaveLength(raw.length);
    expect(result.records).toHaveLength(18796);
    const types = (t: string | null) => result.records.filter((r) => r.taskType === t).length;
    expect([types('Core'), types('Supplemental'), types(null)]).toEqual(['Core', 'Supplemental', 'n/a'].map((t) => raw.filter((cells) => cells[4] === t).length));
    expect(types(null)).toBe(1157);
  });
});
