/**
 * The lock that keeps two runs on this spreadsheet apart. Google: getDocumentLock() returns null
 * when the script has no document to lock (developers.google.com/apps-script/reference/lock/lock-service),
 * so each caller names the next best one: the user's lock (their own settings) or the script's
 * (anything two people's sidebars might both write).
 */
export function documentLock(fallback: 'user' | 'script'): GoogleAppsScript.Lock.Lock {
  const lock = LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null;
  if (lock) return lock;
  return fallback === 'user' ? LockService.getUserLock() : LockService.getScriptLock();
}
