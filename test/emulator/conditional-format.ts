/** SpreadsheetApp.newConditionalFormatRule(): the builder, the rule, its boolean condition, and BooleanCriteria. */
import { Service } from './calls';
import type { Env } from './env';
import type { Range } from './range';
import { normalizeColor } from './colors';

export const BooleanCriteria = Object.freeze({
  CELL_EMPTY: 'CELL_EMPTY', CELL_NOT_EMPTY: 'CELL_NOT_EMPTY', DATE_AFTER: 'DATE_AFTER', DATE_BEFORE: 'DATE_BEFORE',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO', DATE_AFTER_RELATIVE: 'DATE_AFTER_RELATIVE', DATE_BEFORE_RELATIVE: 'DATE_BEFORE_RELATIVE',
  DATE_EQUAL_TO_RELATIVE: 'DATE_EQUAL_TO_RELATIVE', NUMBER_BETWEEN: 'NUMBER_BETWEEN', NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN', NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN', NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN', NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO', TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN', TEXT_EQUAL_TO: 'TEXT_EQUAL_TO', TEXT_STARTS_WITH: 'TEXT_STARTS_WITH',
  TEXT_ENDS_WITH: 'TEXT_ENDS_WITH', CUSTOM_FORMULA: 'CUSTOM_FORMULA',
});
export type BooleanCriteriaType = keyof typeof BooleanCriteria;

export interface ConditionFormat {
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  strikethrough?: boolean | null;
  underline?: boolean | null;
}

export class BooleanCondition extends Service {
  static override serviceName = 'BooleanCondition';
  constructor(env: Env, readonly _criteria: BooleanCriteriaType, readonly _values: unknown[], readonly _format: ConditionFormat) {
    super(env);
  }
  getCriteriaType() { return this._criteria; }
  getCriteriaValues() { return [...this._values]; }
  getBackground() { return this._format.background ?? null; }
  getFontColor() { return this._format.fontColor ?? null; }
  getBold() { return this._format.bold ?? null; }
  getItalic() { return this._format.italic ?? null; }
  getStrikethrough() { return this._format.strikethrough ?? null; }
  getUnderline() { return this._format.underline ?? null; }
}

export class ConditionalFormatRule extends Service {
  static override serviceName = 'ConditionalFormatRule';
  constructor(env: Env, readonly _ranges: Range[], readonly _condition: BooleanCondition) {
    super(env);
  }
  getRanges() { return [...this._ranges]; }
  getBooleanCondition() { return this._condition; }
  getGradientCondition() { return null; }
  copy() {
    const b = new ConditionalFormatRuleBuilder(this._env);
    b._ranges = [...this._ranges];
    b._criteria = this._condition._criteria;
    b._values = [...this._condition._values];
    b._format = { ...this._condition._format };
    return b;
  }
}

export class ConditionalFormatRuleBuilder extends Service {
  static override serviceName = 'ConditionalFormatRuleBuilder';
  _ranges: Range[] = [];
  _criteria?: BooleanCriteriaType;
  _values: unknown[] = [];
  _format: ConditionFormat = {};

  private _when(criteria: BooleanCriteriaType, values: unknown[]) {
    this._criteria = criteria;
    this._values = values;
    return this;
  }
  whenFormulaSatisfied(formula: string) { return this._when('CUSTOM_FORMULA', [String(formula)]); }
  whenCellEmpty() { return this._when('CELL_EMPTY', []); }
  whenCellNotEmpty() { return this._when('CELL_NOT_EMPTY', []); }
  whenNumberGreaterThan(n: number) { return this._when('NUMBER_GREATER_THAN', [n]); }
  whenNumberGreaterThanOrEqualTo(n: number) { return this._when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]); }
  whenNumberLessThan(n: number) { return this._when('NUMBER_LESS_THAN', [n]); }
  whenNumberLessThanOrEqualTo(n: number) { return this._when('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]); }
  whenNumberBetween(a: number, b: number) { return this._when('NUMBER_BETWEEN', [a, b]); }
  whenNumberEqualTo(n: number) { return this._when('NUMBER_EQUAL_TO', [n]); }
  whenTextContains(t: string) { return this._when('TEXT_CONTAINS', [String(t)]); }
  whenTextEqualTo(t: string) { return this._when('TEXT_EQUAL_TO', [String(t)]); }
  whenTextStartsWith(t: string) { return this._when('TEXT_STARTS_WITH', [String(t)]); }
  whenTextEndsWith(t: string) { return this._when('TEXT_ENDS_WITH', [String(t)]); }
  withCriteria(criteria: BooleanCriteriaType, args: unknown[]) { return this._when(String(criteria) as BooleanCriteriaType, [...args]); }
  setBackground(color: string | null) {
    this._format.background = color === null ? null : normalizeColor(this._env, color);
    return this;
  }
  setFontColor(color: string | null) {
    this._format.fontColor = color === null ? null : normalizeColor(this._env, color);
    return this;
  }
  setBold(bold: boolean | null) { this._format.bold = bold; return this; }
  setItalic(italic: boolean | null) { this._format.italic = italic; return this; }
  setStrikethrough(s: boolean | null) { this._format.strikethrough = s; return this; }
  setUnderline(u: boolean | null) { this._format.underline = u; return this; }
  setRanges(ranges: Range[]) {
    if (!Array.isArray(ranges)) this._env.fail('Invalid argument: ranges');
    this._ranges = [...ranges];
    return this;
  }
  getRanges() { return [...this._ranges]; }
  getBooleanCondition() {
    return this._criteria ? new BooleanCondition(this._env, this._criteria, [...this._values], { ...this._format }) : null;
  }
  copy() {
    const b = new ConditionalFormatRuleBuilder(this._env);
    Object.assign(b, { _ranges: [...this._ranges], _criteria: this._criteria, _values: [...this._values], _format: { ...this._format } });
    return b;
  }
  build() {
    if (!this._criteria) this._env.fail('Conditional format rule must have a condition.');
    if (this._ranges.length === 0) this._env.fail('Conditional format rule must have at least one range.');
    if (Object.values(this._format).every((v) => v === undefined || v === null)) {
      this._env.fail('Conditional format rule must set a format (background, font color…).');
    }
    return new ConditionalFormatRule(this._env, [...this._ranges], new BooleanCondition(this._env, this._criteria, [...this._values], { ...this._format }));
  }
}
