/** پیام‌های فارسی: همان کلیدهای en.ts. */
import type * as en from './en';

export const functions: typeof en.functions = {
  text: '{arg}: «{value}» عدد نیست.',
  negative: '{arg}: مقدار {value} منفی است؛ تعداد و مبلغ در اینجا نمی‌تواند منفی باشد.',
  boolean: '{arg}: مقدار TRUE/FALSE عدد نیست.',
  date: '{arg}: تاریخ در اینجا عدد به حساب نمی‌آید.',
  zero: '{arg} برابر 0 است و نتیجه تقسیم بر صفر می‌شود.',
  tooBig: '{arg}: مقدار {value} برای محاسبه بیش از حد بزرگ است.',
  url: '{arg}: «{value}» پیوند وب (http یا https) نیست.',
  shape: '{a} به اندازهٔ {aShape} است ولی {b} به اندازهٔ {bShape}: دو محدودهٔ هم‌اندازه یا یک خانه بدهید.',
  missing: '{arg} لازم است.',
  option: '{arg}: «{value}» جزو گزینه‌ها نیست: {options}.',
};
