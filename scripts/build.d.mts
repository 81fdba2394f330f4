// Types for build.mjs.
export declare const GLOBAL_NAME: string;
export declare function build(): Promise<{ exported: string[]; catalog: unknown[] }>;
