/** Session: who is running (active and effective user), their locale, the script's time zone. */
import { Service } from './calls';
import type { Env } from './env';

export class User extends Service {
  static override serviceName = 'User';
  constructor(env: Env, private readonly _email: string) {
    super(env);
  }
  getEmail() { return this._email; }
  getUserLoginId() { return this._email; }
}

export class Session extends Service {
  static override serviceName = 'Session';
  constructor(env: Env, private readonly _locale: () => string) {
    super(env);
  }
  getActiveUser() { return new User(this._env, this._env.activeUserEmail); }
  getEffectiveUser() { return new User(this._env, this._env.effectiveUserEmail); }
  /** The user's language, e.g. "en" or "fa" (from the emulator's userLocale, or the spreadsheet locale's language). */
  getActiveUserLocale() { return this._locale(); }
  getScriptTimeZone() { return this._env.scriptTimeZone; }
  getTimeZone() { return this._env.scriptTimeZone; }
  getTemporaryActiveUserKey() {
    return this._env.activeUserEmail ? `temp-${Buffer.from(this._env.activeUserEmail).toString('base64url')}` : '';
  }
}
