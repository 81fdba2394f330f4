/**
 * Granular consent (Apps Script edge): a user may grant only some of the add-on's scopes on
 * Google's consent screen. Before a step that needs a scope (creating the daily trigger, sending
 * mail) we ask which of its scopes are granted, so the user is told which permission is missing
 * instead of meeting a platform error half-way. ScriptApp.requireScopes would end the execution
 * with Google's prompt, which a sidebar call cannot show; getAuthorizationInfo with the list
 * answers without ending anything.
 */
const AUTH = 'https://www.googleapis.com/auth/';

/** What each reminder step needs, by the consent screen's names (appsscript.json's scopes). */
export const PERMISSION_SCOPES = {
  trigger: `${AUTH}script.scriptapp`,
  mail: `${AUTH}script.send_mail`,
  sheet: `${AUTH}spreadsheets.currentonly`,
} as const;
export type Permission = keyof typeof PERMISSION_SCOPES;

export interface Consent {
  missing: Permission[];
  /** Where the user grants them (null when nothing is missing). */
  url: string | null;
}

/**
 * Google's reference has `getAuthorizationInfo(authMode, oAuthScopes)` and `getAuthorizedScopes()`
 * (developers.google.com/apps-script/reference/script/authorization-info); @types lags behind.
 */
interface ScopedAuthorization {
  getAuthorizationInfo(mode: GoogleAppsScript.Script.AuthMode, scopes: string[]): GoogleAppsScript.Script.AuthorizationInfo & {
    getAuthorizedScopes(): string[] | null;
  };
}

export function consentFor(needed: readonly Permission[]): Consent {
  const scopes = needed.map((p) => PERMISSION_SCOPES[p]);
  const info = (ScriptApp as unknown as ScopedAuthorization).getAuthorizationInfo(ScriptApp.AuthMode.FULL, scopes);
  if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) return { missing: [], url: null };
  const granted = new Set(info.getAuthorizedScopes() ?? []);
  const missing = needed.filter((p) => !granted.has(PERMISSION_SCOPES[p]));
  return { missing: missing.length ? missing : [...needed], url: info.getAuthorizationUrl() };
}
