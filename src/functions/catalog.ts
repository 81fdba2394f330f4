/**
 * Every custom function, in the order the README lists them. The build makes one JSDoc stub
 * per entry in dist/Code.js, the README's reference is generated from it, and tests walk it.
 */
import type { CatalogEntry } from './catalog-types';
import { kpiFunctions } from './kpi';
import { localDateFunction } from './local-date';
import { smartCheckFunction } from './smart-check';
import { utmFunction } from './utm';

export const catalog: CatalogEntry[] = [...kpiFunctions, utmFunction, smartCheckFunction, localDateFunction];

export function catalogEntry(name: string): CatalogEntry {
  const entry = catalog.find((e) => e.name === name);
  if (!entry) throw new Error(`No custom function named ${name}`);
  return entry;
}
