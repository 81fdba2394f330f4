/**
 * What can be wrong with one input cell. Inside an array the cell shows a short `#CODE! arg`
 * text (like Sheets' own #DIV/0!); in a one-cell call it is thrown, and the edge turns it into a
 * message in the spreadsheet's language.
 */
import { fill } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { functionMessages, type FunctionMessages } from '../i18n/messages';

export type ProblemKind = keyof FunctionMessages;

const CELL_CODES: Record<ProblemKind, string> = {
  text: '#TEXT!',
  negative: '#NEGATIVE!',
  boolean: '#BOOLEAN!',
  date: '#DATE!',
  zero: '#DIV/0!',
  tooBig: '#NUM!',
  overflow: '#NUM!',
  tooLong: '#VALUE!',
  url: '#URL!',
  shape: '#SHAPE!',
  missing: '#MISSING!',
  option: '#OPTION!',
  notDate: '#TEXT!',
  outOfRange: '#NUM!',
};

export class Problem {
  constructor(
    readonly kind: ProblemKind,
    readonly values: Record<string, string | number>,
  ) {}

  /** The text a single cell of an array result shows. */
  cellText(): string {
    const code = CELL_CODES[this.kind];
    return this.values.arg === undefined ? code : `${code} ${this.values.arg}`;
  }

  describe(lang: Lang): string {
    return fill(functionMessages[lang][this.kind], this.values);
  }
}

/** Thrown out of a custom function; `describeIn` gives the message in the sheet's language. */
export class FunctionError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.describe('en'));
    this.name = 'FunctionError';
  }
}

/** Shortens a hostile or huge cell value before it is quoted in a message. */
export function quote(value: unknown): string {
  const text = String(value).replace(/[\u0000-\u001F]/g, ' ');
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
