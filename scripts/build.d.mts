// Types for build.mjs.
export declare const GLOBAL_NAME: string;
export declare function build(): Promise<{ exported: string[]; catalog: unknown[] }>;
/** The global dist/AddOn.html assigns (src/add-on/load.ts reads it). */
export declare const ADD_ON_GLOBAL: string;
