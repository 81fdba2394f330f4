/** SpreadsheetApp.newDataValidation(): the builder, the built rule, and the criteria enum. */
import { Service } from './calls';
import type { Env } from './env';

export const DataValidationCriteria = Object.freeze({
  DATE_AFTER: 'DATE_AFTER', DATE_BEFORE: 'DATE_BEFORE', DATE_BETWEEN: 'DATE_BETWEEN', DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE', DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN', DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE', NUMBER_BETWEEN: 'NUMBER_BETWEEN', NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN', NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN', NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN', NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO', TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN', TEXT_EQUAL_TO: 'TEXT_EQUAL_TO', TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL', VALUE_IN_LIST: 'VALUE_IN_LIST', VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA', CHECKBOX: 'CHECKBOX',
});
export type CriteriaType = keyof typeof DataValidationCriteria;

/** Sheets refuses dropdown lists longer than this many items (and items over 255 characters are cut). */
const MAX_LIST_ITEMS = 500;

export class DataValidation extends Service {
  static override serviceName = 'DataValidation';
  constructor(env: Env, readonly _criteria: CriteriaType, readonly _values: unknown[], readonly _allowInvalid: boolean, readonly _helpText: string) {
    super(env);
  }
  getCriteriaType() { return this._criteria; }
  getCriteriaValues() { return this._values.map((v) => (Array.isArray(v) ? [...v] : v)); }
  getAllowInvalid() { return this._allowInvalid; }
  getHelpText() { return this._helpText || null; }
  copy() {
    const b = new DataValidationBuilder(this._env);
    b._criteria = this._criteria;
    b._values = [...this._values];
    b._allowInvalid = this._allowInvalid;
    b._helpText = this._helpText;
    return b;
  }
  /** Whether a stored cell value passes this rule (for tests and the snapshot; not an Apps Script method). */
  _accepts(value: unknown): boolean {
    const v = this._values;
    if (value === '' || value === undefined || value === null) return true;
    switch (this._criteria) {
      case 'VALUE_IN_LIST': return (v[0] as unknown[]).map(String).includes(String(value));
      case 'CHECKBOX': return v.length >= 1 ? value === v[0] || value === v[1] : typeof value === 'boolean';
      case 'NUMBER_BETWEEN': return typeof value === 'number' && value >= (v[0] as number) && value <= (v[1] as number);
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO': return typeof value === 'number' && value >= (v[0] as number);
      case 'NUMBER_GREATER_THAN': return typeof value === 'number' && value > (v[0] as number);
      case 'NUMBER_LESS_THAN_OR_EQUAL_TO': return typeof value === 'number' && value <= (v[0] as number);
      case 'NUMBER_LESS_THAN': return typeof value === 'number' && value < (v[0] as number);
      case 'DATE_IS_VALID_DATE': return value instanceof Date || typeof value === 'number';
      default: return true;
    }
  }
}

export class DataValidationBuilder extends Service {
  static override serviceName = 'DataValidationBuilder';
  _criteria?: CriteriaType;
  _values: unknown[] = [];
  _allowInvalid = true;
  _helpText = '';

  private _set(criteria: CriteriaType, values: unknown[]) {
    this._criteria = criteria;
    this._values = values;
    return this;
  }
  requireValueInList(values: unknown[], showDropdown = true) {
    if (!Array.isArray(values) || values.length === 0) this._env.fail('The list of values must not be empty.');
    if (values.length > MAX_LIST_ITEMS) this._env.fail(`The data validation list has more than ${MAX_LIST_ITEMS} items.`);
    return this._set('VALUE_IN_LIST', [values.map(String), showDropdown]);
  }
  requireValueInRange(range: unknown, showDropdown = true) { return this._set('VALUE_IN_RANGE', [range, showDropdown]); }
  requireCheckbox(checked?: unknown, unchecked?: unknown) {
    const values = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    return this._set('CHECKBOX', values);
  }
  requireNumberBetween(start: number, end: number) { return this._set('NUMBER_BETWEEN', [num(this._env, start), num(this._env, end)]); }
  requireNumberNotBetween(start: number, end: number) { return this._set('NUMBER_NOT_BETWEEN', [num(this._env, start), num(this._env, end)]); }
  requireNumberEqualTo(n: number) { return this._set('NUMBER_EQUAL_TO', [num(this._env, n)]); }
  requireNumberNotEqualTo(n: number) { return this._set('NUMBER_NOT_EQUAL_TO', [num(this._env, n)]); }
  requireNumberGreaterThan(n: number) { return this._set('NUMBER_GREATER_THAN', [num(this._env, n)]); }
  requireNumberGreaterThanOrEqualTo(n: number) { return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [num(this._env, n)]); }
  requireNumberLessThan(n: number) { return this._set('NUMBER_LESS_THAN', [num(this._env, n)]); }
  requireNumberLessThanOrEqualTo(n: number) { return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [num(this._env, n)]); }
  requireDate() { return this._set('DATE_IS_VALID_DATE', []); }
  requireDateAfter(d: Date) { return this._set('DATE_AFTER', [d]); }
  requireDateBefore(d: Date) { return this._set('DATE_BEFORE', [d]); }
  requireDateOnOrAfter(d: Date) { return this._set('DATE_ON_OR_AFTER', [d]); }
  requireDateOnOrBefore(d: Date) { return this._set('DATE_ON_OR_BEFORE', [d]); }
  requireDateBetween(a: Date, b: Date) { return this._set('DATE_BETWEEN', [a, b]); }
  requireTextIsEmail() { return this._set('TEXT_IS_VALID_EMAIL', []); }
  requireTextIsUrl() { return this._set('TEXT_IS_VALID_URL', []); }
  requireTextContains(t: string) { return this._set('TEXT_CONTAINS', [String(t)]); }
  requireTextEqualTo(t: string) { return this._set('TEXT_EQUAL_TO', [String(t)]); }
  requireFormulaSatisfied(formula: string) { return this._set('CUSTOM_FORMULA', [String(formula)]); }
  withCriteria(criteria: CriteriaType, args: unknown[]) { return this._set(String(criteria) as CriteriaType, [...args]); }
  setAllowInvalid(allow: boolean) {
    this._allowInvalid = !!allow;
    return this;
  }
  setHelpText(text: string) {
    this._helpText = String(text);
    return this;
  }
  getCriteriaType() { return this._criteria ?? null; }
  getCriteriaValues() { return [...this._values]; }
  getAllowInvalid() { return this._allowInvalid; }
  getHelpText() { return this._helpText || null; }
  copy() {
    const b = new DataValidationBuilder(this._env);
    Object.assign(b, { _criteria: this._criteria, _values: [...this._values], _allowInvalid: this._allowInvalid, _helpText: this._helpText });
    return b;
  }
  build() {
    if (!this._criteria) this._env.fail('You must set a data validation criteria before building the rule.');
    return new DataValidation(this._env, this._criteria, [...this._values], this._allowInvalid, this._helpText);
  }
}

function num(env: Env, n: unknown): number {
  if (typeof n !== 'number' || Number.isNaN(n)) env.fail(`Invalid argument: ${String(n)}`);
  return n;
}
