/**
 * A BLS file that cannot be read as published. The message names the file, the line and
 * column (1-based, as a spreadsheet or editor shows them), what was expected and what was found,
 * so a person can open the file and fix or report it.
 */
export class BlsParseError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number | null;
  readonly expected: string;
  readonly found: string;

  constructor(args: { file: string; line: number; column?: number | null; expected: string; found: string }) {
    const where = args.column == null ? `line ${args.line}` : `line ${args.line}, column ${args.column}`;
    super(`${args.file}, ${where}: expected ${args.expected}, found ${quote(args.found)}`);
    this.name = 'BlsParseError';
    this.file = args.file;
    this.line = args.line;
    this.column = args.column ?? null;
    this.expected = args.expected;
    this.found = args.found;
  }
}

function quote(found: string): string {
  const shown = found.length > 80 ? `${found.slice(0, 77)}...` : found;
  return JSON.stringify(shown);
}
