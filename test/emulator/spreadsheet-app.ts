/** SpreadsheetApp: the active spreadsheet, the Ui, the rule builders, flush, and the enums the add-on uses. */
import { Service } from './calls';
import { BooleanCriteria, ConditionalFormatRuleBuilder } from './conditional-format';
import { DataValidationBuilder, DataValidationCriteria } from './data-validation';
import type { Env } from './env';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from './metadata';
import type { Spreadsheet } from './spreadsheet';
import type { Ui } from './ui';

export class SpreadsheetApp extends Service {
  static override serviceName = 'SpreadsheetApp';
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly WrapStrategy = Object.freeze({ WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' });
  readonly Dimension = Object.freeze({ COLUMNS: 'COLUMNS', ROWS: 'ROWS' });
  readonly TextDirection = Object.freeze({ LEFT_TO_RIGHT: 'LEFT_TO_RIGHT', RIGHT_TO_LEFT: 'RIGHT_TO_LEFT' });
  /** How many times flush() was called (pending writes are applied at once in the emulator). */
  _flushes = 0;

  constructor(env: Env, private readonly _spreadsheet: Spreadsheet, private readonly _ui: Ui) {
    super(env);
  }
  getActiveSpreadsheet() { return this._spreadsheet; }
  getActive() { return this._spreadsheet; }
  getActiveSheet() { return this._spreadsheet._active; }
  getActiveRange() { return this._spreadsheet._activeRange; }
  setActiveSheet(sheet: Parameters<Spreadsheet['setActiveSheet']>[0]) { return this._spreadsheet.setActiveSheet(sheet); }
  getUi() { return this._ui; }
  newDataValidation() { return new DataValidationBuilder(this._env); }
  newConditionalFormatRule() { return new ConditionalFormatRuleBuilder(this._env); }
  flush() { this._flushes += 1; }
  /** The add-on asks only for spreadsheets.currentonly: opening a file by id or URL is refused. */
  openById(_id: string) { return this._env.fail('You do not have permission to call SpreadsheetApp.openById (spreadsheets.currentonly).'); }
  openByUrl(_url: string) { return this._env.fail('You do not have permission to call SpreadsheetApp.openByUrl (spreadsheets.currentonly).'); }
}
