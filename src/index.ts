/**
 * Every global that Apps Script sees, and nothing else. The build turns each export into a
 * top-level `function` declaration in dist/Code.js (custom functions get their JSDoc from the
 * catalog). Keep the bodies one line: the work lives in the modules they call.
 */
import { customFunction } from './functions/entry';
import { spreadsheetLang } from './sheets/locale';

// ── Custom functions (src/functions/catalog.ts lists them; the build checks both agree) ──
export const ENGAGEMENT_RATE = customFunction('ENGAGEMENT_RATE', spreadsheetLang);
export const CTR = customFunction('CTR', spreadsheetLang);
export const ROI = customFunction('ROI', spreadsheetLang);
export const CPC = customFunction('CPC', spreadsheetLang);
export const CPM = customFunction('CPM', spreadsheetLang);
export const CPE = customFunction('CPE', spreadsheetLang);
export const CONVERSION_RATE = customFunction('CONVERSION_RATE', spreadsheetLang);
export const GROWTH_RATE = customFunction('GROWTH_RATE', spreadsheetLang);
export const SHARE_OF_VOICE = customFunction('SHARE_OF_VOICE', spreadsheetLang);
export const UTM_URL = customFunction('UTM_URL', spreadsheetLang);

// ── Menu and sidebar ──

// ── Plan and tabs (sidebar server calls) ──

// ── Reminders ──
