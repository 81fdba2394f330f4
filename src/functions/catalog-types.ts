/** The shape of one catalog entry: what the build turns into a JSDoc stub and the README into a row. */
import type { Lang } from '../i18n/lang';
import type { ParamSpec } from './shape';

/** What a call may ask of its surroundings; `lang` is lazy: it costs a service call. */
export interface CallContext {
  lang: () => Lang;
  /** The spreadsheet's locale (`fa_IR`, `ar_SA`…), for functions whose default depends on more than the language. */
  locale?: () => string;
}

export interface FunctionParam extends ParamSpec {
  /** JSDoc type shown in Sheets' help, e.g. `number|Array<Array<number>>`. */
  type: string;
  description: string;
}

export interface CatalogEntry {
  name: string;
  /** One line: what Sheets shows under the function name. */
  summary: string;
  params: FunctionParam[];
  /** JSDoc type of the result, e.g. `number|Array<Array<number>>`. */
  returnType: string;
  returns: string;
  /** A formula a marketer would type, shown in the README. */
  example: string;
  /** Runs one call as Sheets makes it (ranges as 2D arrays); throws FunctionError in one-cell calls. */
  run: (args: unknown[], context: CallContext) => unknown;
  /** More formulas for the README, e.g. one per language. */
  moreExamples?: string[];
}
