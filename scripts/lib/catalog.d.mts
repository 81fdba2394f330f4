// Types for catalog.mjs: the catalog's entries without their `run`.
import type { CatalogEntry } from '../../src/functions/catalog-types';
export declare function loadCatalog(): Promise<Omit<CatalogEntry, 'run'>[]>;
