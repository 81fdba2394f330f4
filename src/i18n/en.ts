/** English messages. Every other language file has exactly these keys (the compiler checks). */

/** Errors of the custom functions, shown on the #ERROR! cell. {arg} is the parameter's name. */
export const functions = {
  text: '{arg}: "{value}" is not a number.',
  negative: '{arg}: {value} is negative; counts and money here cannot be.',
  boolean: '{arg}: TRUE/FALSE is not a number.',
  date: '{arg}: a date is not a number here.',
  zero: '{arg} is 0, so the result would divide by zero.',
  tooBig: '{arg}: {value} is too large to compute with.',
  url: '{arg}: "{value}" is not a web link (http or https).',
  shape: '{a} is {aShape} but {b} is {bShape}: give ranges of the same size, or a single cell.',
  missing: '{arg} is required.',
  option: '{arg}: "{value}" is not one of: {options}.',
};
