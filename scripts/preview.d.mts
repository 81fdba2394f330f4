// Types for scripts/preview.mjs (the tests start the preview in-process).
import type { Host } from './preview/host';

export interface PreviewOptions {
  /** 0 or absent: a free port. */
  port?: number;
  host?: string;
  /** Spreadsheet locale of the emulated document: en_US, ar_SA, fa_IR, he_IL. */
  locale?: string;
  /** The user's account language (en, ar, fa, he), apart from the spreadsheet's locale. */
  userLocale?: string;
  /** The spreadsheet's time zone; absent: the machine's. */
  timeZone?: string;
  /** Pins the clock: "2027-03-01T09:00" (wall time in the zone), "2027-03-01", or an ISO instant. Absent: the machine's clock. */
  now?: string;
  /** Delay added to every google.script.run call (to see progress states). */
  latencyMs?: number;
}

export interface Preview {
  url: string;
  port: number;
  host: Host;
  close(): Promise<void>;
}

export function startPreview(options?: PreviewOptions): Promise<Preview>;
