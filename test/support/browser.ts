/**
 * The one browser every machine and CI uses: the Chromium that `@sparticuz/chromium` ships inside
 * its npm package (unpacked to /tmp on first launch), so `npm install && npm test` needs no system
 * browser. CHROMIUM_PATH names another Chromium for whoever wants one.
 */
import sparticuz from '@sparticuz/chromium';
import { chromium, type Browser } from 'playwright-core';

/** Flags for a headless run on a closed network: nothing reaches out at start-up. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function chromiumPath(): Promise<string> {
  return process.env.CHROMIUM_PATH || (await sparticuz.executablePath());
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), headless: true, args: QUIET_FLAGS });
}
