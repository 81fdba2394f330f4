/**
 * PropertiesService: document, user and script stores of strings, with Apps Script's limits
 * (9 KB a value, 500 KB a store) and its error messages.
 */
import { Service } from './calls';
import type { Env } from './env';

export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** The raw data of one store (tests read and seed it through emulator.properties). */
export class PropertyStore {
  readonly data = new Map<string, string>();
  size(): number {
    let n = 0;
    for (const [k, v] of this.data) n += bytes(k) + bytes(v);
    return n;
  }
  toObject(): Record<string, string> {
    return Object.fromEntries(this.data);
  }
}

export class Properties extends Service {
  static override serviceName = 'Properties';
  constructor(env: Env, readonly _store: PropertyStore) {
    super(env);
  }
  getProperty(key: string) {
    return this._store.data.get(String(key)) ?? null;
  }
  getProperties() {
    return this._store.toObject();
  }
  getKeys() {
    return [...this._store.data.keys()];
  }
  setProperty(key: string, value: string) {
    this._put({ [String(key)]: value }, false);
    return this;
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false) {
    if (!properties || typeof properties !== 'object') this._env.fail('Invalid argument: properties');
    this._put(properties, deleteAllOthers);
    return this;
  }
  deleteProperty(key: string) {
    this._store.data.delete(String(key));
    return this;
  }
  deleteAllProperties() {
    this._store.data.clear();
    return this;
  }

  private _put(entries: Record<string, unknown>, deleteAllOthers: boolean): void {
    const next = new Map(deleteAllOthers ? [] : this._store.data);
    for (const [key, raw] of Object.entries(entries)) {
      if (key === '') this._env.fail('Invalid argument: key');
      const value = raw === null || raw === undefined ? this._env.fail(`Invalid argument: value (${key})`) : String(raw);
      if (bytes(value) > MAX_VALUE_BYTES) this._env.fail('Argument too large: value');
      next.set(key, value);
    }
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > MAX_STORE_BYTES) this._env.fail('You have exceeded the property storage quota. Please remove some properties and try again.');
    this._store.data.clear();
    for (const [k, v] of next) this._store.data.set(k, v);
  }
}

export class PropertiesService extends Service {
  static override serviceName = 'PropertiesService';
  constructor(env: Env, private readonly _stores: { document: PropertyStore; script: PropertyStore; user: (email: string) => PropertyStore }) {
    super(env);
  }
  getDocumentProperties() { return new Properties(this._env, this._stores.document); }
  getScriptProperties() { return new Properties(this._env, this._stores.script); }
  getUserProperties() { return new Properties(this._env, this._stores.user(this._env.effectiveUserEmail)); }
}
