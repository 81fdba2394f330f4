// Types for function-reference.mjs.
import type { CatalogEntry } from '../../src/functions/catalog-types';
export declare const START: string;
export declare const END: string;
export declare function functionReference(catalog: Omit<CatalogEntry, 'run'>[]): string;
export declare function withFunctionReference(readme: string, catalog: Omit<CatalogEntry, 'run'>[]): string;
