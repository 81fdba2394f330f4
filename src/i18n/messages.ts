/** One lookup per message section, so each bundle carries only the sections it imports. */
import * as ar from './ar';
import * as en from './en';
import * as fa from './fa';
import * as he from './he';
import type { Lang } from './lang';

export type FunctionMessages = typeof en.functions;
export const functionMessages: Record<Lang, FunctionMessages> = {
  en: en.functions,
  ar: ar.functions,
  fa: fa.functions,
  he: he.functions,
};
