// Types for vm-bundle.mjs, so TypeScript tests can import it under `strict`.
export declare const BUNDLE_PATH: URL;
export declare function makeLogger(): {
  lines: string[];
  Logger: { log: (...args: unknown[]) => void };
  console: Record<'log' | 'info' | 'warn' | 'error', (...args: unknown[]) => void>;
};
export declare function loadBundle(
  services?: Record<string, unknown>,
  options?: { code?: string },
): { context: Record<string, any>; logged: string[] };
