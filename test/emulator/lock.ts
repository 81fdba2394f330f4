/**
 * LockService: document, user and script locks. A test makes a lock "held by another execution"
 * (optionally released after N attempts) to prove the add-on backs off instead of writing twice.
 */
import { Service } from './calls';
import type { Env } from './env';

export type LockScope = 'document' | 'user' | 'script';

export interface LockState {
  holder: 'this' | 'other' | null;
  /** When held by another execution: attempts that still fail before it lets go (Infinity = never). */
  otherAttemptsLeft: number;
  /** Every tryLock/waitLock, for tests. */
  attempts: number;
  /** Document scope only: getDocumentLock() returns null (Google allows it when there is no document). */
  unavailable?: boolean;
}

export class Lock extends Service {
  static override serviceName = 'Lock';
  private _mine = false;
  constructor(env: Env, private readonly _state: LockState) {
    super(env);
  }
  tryLock(timeoutInMillis: number) {
    this._checkTimeout(timeoutInMillis);
    return this._acquire();
  }
  waitLock(timeoutInMillis: number) {
    this._checkTimeout(timeoutInMillis);
    if (!this._acquire()) this._env.fail('Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock() {
    if (this._mine) {
      this._state.holder = null;
      this._mine = false;
    }
  }
  hasLock() { return this._mine && this._state.holder === 'this'; }

  private _acquire(): boolean {
    const s = this._state;
    s.attempts += 1;
    if (s.holder === 'other') {
      if (s.otherAttemptsLeft > 0) {
        s.otherAttemptsLeft -= 1;
        return false;
      }
      s.holder = null;
    }
    // The same execution asking again gets it again (Apps Script locks are per execution).
    s.holder = 'this';
    this._mine = true;
    return true;
  }

  private _checkTimeout(ms: unknown) {
    if (typeof ms !== 'number' || ms < 0 || ms > 300_000) this._env.fail(`Invalid argument: timeoutInMillis (${String(ms)})`);
  }
}

export class LockService extends Service {
  static override serviceName = 'LockService';
  constructor(env: Env, private readonly _states: Record<LockScope, LockState>) {
    super(env);
  }
  /** Null when the emulator says there is no document to lock (`locks.setDocumentLockAvailable(false)`), as Google allows. */
  getDocumentLock() { return this._states.document.unavailable ? null : new Lock(this._env, this._states.document); }
  getUserLock() { return new Lock(this._env, this._states.user); }
  getScriptLock() { return new Lock(this._env, this._states.script); }
}

export function newLockStates(): Record<LockScope, LockState> {
  const s = (): LockState => ({ holder: null, otherAttemptsLeft: 0, attempts: 0 });
  return { document: s(), user: s(), script: s() };
}
