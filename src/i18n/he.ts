/** הודעות בעברית: אותם מפתחות כמו en.ts. */
import type * as en from './en';

export const functions: typeof en.functions = {
  text: '{arg}: "{value}" אינו מספר.',
  negative: '{arg}: הערך {value} שלילי; ספירות וסכומים כאן אינם יכולים להיות שליליים.',
  boolean: '{arg}: TRUE/FALSE אינו מספר.',
  date: '{arg}: תאריך אינו מספר כאן.',
  zero: '{arg} שווה 0, ולכן התוצאה היא חלוקה באפס.',
  tooBig: '{arg}: הערך {value} גדול מכדי לחשב איתו.',
  url: '{arg}: "{value}" אינו קישור אינטרנט (http או https).',
  shape: '{a} בגודל {aShape} אבל {b} בגודל {bShape}: יש לתת טווחים באותו גודל, או תא יחיד.',
  missing: '{arg} נדרש.',
  option: '{arg}: "{value}" אינו אחת מהאפשרויות: {options}.',
};
