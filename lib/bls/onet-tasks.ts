import { parseOnetTable, type KnownOnetCodes, type OnetColumns } from './onet-table';
import type { ParseResult, SourceRef } from './types';

/** O*NET's task types: core tasks are critical to the occupation, supplemental ones less so. */
export const TASK_TYPES = ['Core', 'Supplemental'] as const;
export type TaskType = (typeof TASK_TYPES)[number];

/** One task statement of an O*NET-SOC occupation (`task_statements.txt`). */
export interface OnetTask {
  onetCode: string;
  socCode: string;
  taskId: number;
  task: string;
  /** Null where O*NET writes `n/a` (tasks of occupations rated by analysts, not incumbents). */
  taskType: TaskType | null;
  source: SourceRef;
}

// Incumbents Responding, Date and Domain Source are checked for presence only: nothing shows them yet.
const COLUMNS = {
  onetCode: 'O*NET-SOC Code',
  title: 'Title',
  taskId: 'Task ID',
  task: 'Task',
  taskType: 'Task Type',
  incumbentsResponding: 'Incumbents Responding',
  date: 'Date',
  domainSource: 'Domain Source',
} as const satisfies OnetColumns<string>;

/** Reads O*NET's `task_statements.txt`; with `known`, every code must be an occupation of it. */
export function parseOnetTasks(text: string, file: string, known?: KnownOnetCodes): ParseResult<OnetTask> {
  return parseOnetTable(text, file, COLUMNS, (row) => {
    const code = row.code('onetCode');
    return {
      onetCode: code.onetCode,
      socCode: code.socCode,
      taskId: row.whole('taskId', 'a whole-number Task ID'),
      task: row.text('task', 'a task statement'),
      taskType: row.optionalOneOf('taskType', TASK_TYPES, `a task type (${TASK_TYPES.join(', ')})`),
      source: row.source,
    };
  }, known);
}
