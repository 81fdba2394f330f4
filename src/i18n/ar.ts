/** الرسائل العربية: نفس مفاتيح en.ts. */
import type * as en from './en';

export const functions: typeof en.functions = {
  text: '{arg}: "{value}" ليس رقمًا.',
  negative: '{arg}: القيمة {value} سالبة، ولا يجوز أن تكون الأعداد أو المبالغ سالبة هنا.',
  boolean: '{arg}: القيمة TRUE/FALSE ليست رقمًا.',
  date: '{arg}: التاريخ ليس رقمًا هنا.',
  zero: '{arg} يساوي 0، فالنتيجة قسمة على صفر.',
  tooBig: '{arg}: القيمة {value} أكبر من أن تُحسب.',
  url: '{arg}: "{value}" ليس رابط ويب (http أو https).',
  shape: '{a} بحجم {aShape} لكن {b} بحجم {bShape}: اختر نطاقين بالحجم نفسه أو خلية واحدة.',
  missing: '{arg} مطلوب.',
  option: '{arg}: "{value}" ليس من الخيارات: {options}.',
};
