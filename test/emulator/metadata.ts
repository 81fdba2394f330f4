/**
 * Developer metadata: key/value tags on the spreadsheet or a sheet, found by key/value/location.
 * A sheet's tags follow it through renames and vanish when it is deleted, as in Sheets.
 * PROJECT-visible tags are seen only by the Cloud project that wrote them (Google: "only visible to
 * and accessible by the developer project that created the metadata"); publishing moves an add-on
 * to a standard Cloud project (`emulator.setCloudProject`), after which its old PROJECT tags are gone.
 */
import { Service } from './calls';
import type { Env } from './env';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';

export const DeveloperMetadataLocationType = Object.freeze({ SPREADSHEET: 'SPREADSHEET', SHEET: 'SHEET', ROW: 'ROW', COLUMN: 'COLUMN' });
export const DeveloperMetadataVisibility = Object.freeze({ DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' });

/** Sheets allows 30,000 characters of developer metadata per location. */
const MAX_CHARS_PER_LOCATION = 30_000;
const MAX_KEY_LENGTH = 256;

export interface MetadataOwner {
  _metadata: DeveloperMetadata[];
}

export class DeveloperMetadataLocation extends Service {
  static override serviceName = 'DeveloperMetadataLocation';
  constructor(env: Env, readonly _spreadsheet: Spreadsheet, readonly _sheet: Sheet | null) {
    super(env);
  }
  getLocationType() { return this._sheet ? 'SHEET' : 'SPREADSHEET'; }
  getSheet() { return this._sheet; }
  getSpreadsheet() { return this._sheet ? null : this._spreadsheet; }
  getRow() { return null; }
  getColumn() { return null; }
}

export class DeveloperMetadata extends Service {
  static override serviceName = 'DeveloperMetadata';
  constructor(
    env: Env,
    readonly _id: number,
    public _key: string,
    public _value: string | null,
    public _visibility: string,
    readonly _owner: MetadataOwner,
    readonly _location: DeveloperMetadataLocation,
    /** The Cloud project that wrote it. */
    readonly _project: string = env.cloudProject,
  ) {
    super(env);
  }
  getId() { return this._id; }
  getKey() { return this._key; }
  getValue() { return this._value; }
  getVisibility() { return this._visibility; }
  getLocation() { return this._location; }
  setKey(key: string) {
    checkKey(this._env, key);
    this._key = key;
    return this;
  }
  setValue(value: string) {
    this._value = value === null ? null : String(value);
    checkSize(this._env, this._owner);
    return this;
  }
  setVisibility(v: string) { this._visibility = String(v); return this; }
  remove() {
    const i = this._owner._metadata.indexOf(this);
    if (i >= 0) this._owner._metadata.splice(i, 1);
  }
}

function checkKey(env: Env, key: unknown): void {
  if (typeof key !== 'string' || key.length === 0) env.fail('Invalid argument: key');
  if (key.length > MAX_KEY_LENGTH) env.fail(`Developer metadata keys must be at most ${MAX_KEY_LENGTH} characters.`);
}

function checkSize(env: Env, owner: MetadataOwner): void {
  const used = owner._metadata.reduce((n, m) => n + m._key.length + (m._value?.length ?? 0), 0);
  if (used > MAX_CHARS_PER_LOCATION) env.fail('Developer metadata storage limit exceeded for this location.');
}

export function addMetadata(
  env: Env, owner: MetadataOwner, location: DeveloperMetadataLocation, key: string, valueOrVisibility?: unknown, visibility?: unknown,
): void {
  checkKey(env, key);
  let value: string | null = null;
  let vis = 'DOCUMENT';
  if (typeof valueOrVisibility === 'string' && !(valueOrVisibility in DeveloperMetadataVisibility)) value = valueOrVisibility;
  else if (typeof valueOrVisibility === 'string') vis = valueOrVisibility;
  if (typeof visibility === 'string') vis = visibility;
  const m = new DeveloperMetadata(env, env.nextSerial(), key, value, vis, owner, location);
  owner._metadata.push(m);
  try {
    checkSize(env, owner);
  } catch (e) {
    owner._metadata.pop();
    throw e;
  }
}

/** The tags the running project may see: every DOCUMENT tag, and the PROJECT tags it wrote. */
export function visibleMetadata(env: Env, list: readonly DeveloperMetadata[]): DeveloperMetadata[] {
  return list.filter((m) => m._visibility !== 'PROJECT' || m._project === env.cloudProject);
}

export class DeveloperMetadataFinder extends Service {
  static override serviceName = 'DeveloperMetadataFinder';
  private _filters: ((m: DeveloperMetadata) => boolean)[] = [];
  constructor(env: Env, private readonly _source: () => DeveloperMetadata[]) {
    super(env);
  }
  withKey(key: string) { this._filters.push((m) => m._key === key); return this; }
  withValue(value: string) { this._filters.push((m) => m._value === value); return this; }
  withId(id: number) { this._filters.push((m) => m._id === id); return this; }
  withVisibility(v: string) { this._filters.push((m) => m._visibility === String(v)); return this; }
  withLocationType(t: string) { this._filters.push((m) => m._location.getLocationType() === String(t)); return this; }
  onIntersectingLocations() { return this; }
  find() {
    return visibleMetadata(this._env, this._source()).filter((m) => this._filters.every((f) => f(m)));
  }
}
