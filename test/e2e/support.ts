/**
 * What the browser tests share: the preview server started in-process on a free port, headless
 * Chromium, a page whose every request is recorded (only localhost is served; Google's add-on
 * stylesheet is answered empty, anything else is refused and reported), dialogs recorded, and
 * screenshots of the sidebar frame under test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
export { launchBrowser } from '../support/browser';
import { startPreview } from '../../scripts/preview.mjs';

export const ADD_ON_STYLESHEET = 'https://ssl.gstatic.com/docs/script/css/add-ons1.css';
export const SCREENSHOTS = join(process.cwd(), 'test-results/screenshots');

export type Preview = Awaited<ReturnType<typeof startPreview>>;

export interface Session {
  preview: Preview;
  page: Page;
  /** The sidebar iframe. */
  sidebar: FrameLocator;
  frame(): Promise<Frame>;
  /** Every URL the page or its frames asked for. */
  requests: string[];
  /** Requests to anywhere but this preview and the add-on stylesheet (must stay empty). */
  refused: string[];
  /** Browser dialogs (alert/confirm/prompt) that opened (must stay empty). */
  dialogs: string[];
  /** Uncaught errors in the page or the sidebar. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openPreview(browser: Browser, options: { locale?: string; latencyMs?: number } = {}): Promise<Session> {
  const preview = await startPreview({ port: 0, locale: options.locale ?? 'en_US', latencyMs: options.latencyMs, now: '2026-01-05T09:00:00Z', timeZone: 'Etc/UTC' });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const requests: string[] = [];
  const refused: string[] = [];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const origin = new URL(preview.url).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith(`${origin}/`)) return route.continue();
    if (url === ADD_ON_STYLESHEET) return route.fulfill({ status: 200, contentType: 'text/css', body: '' });
    refused.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(preview.url);
  await page.waitForSelector('body[data-ready="true"]');
  const sidebar = page.frameLocator('iframe#sidebar');
  await sidebar.locator('#step-heading').waitFor();
  return {
    preview,
    page,
    sidebar,
    frame: async () => {
      const f = await (await page.locator('iframe#sidebar').elementHandle())?.contentFrame();
      if (!f) throw new Error('sidebar frame not found');
      return f;
    },
    requests,
    refused,
    dialogs,
    pageErrors,
    close: async () => {
      await context.close();
      await preview.close();
    },
  };
}

/** A screenshot of the sidebar frame (300 px wide), or of the whole page. */
export async function shot(session: Session, name: string, whole = false): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  // The step is drawn; let the frame settle (fonts) before the picture.
  await session.page.waitForTimeout(50);
  if (whole) await session.page.screenshot({ path });
  else await session.page.locator('iframe#sidebar').screenshot({ path });
}

/** Waits until the sidebar's save status says the answers are saved. */
export async function waitSaved(session: Session, savedText: string): Promise<void> {
  await session.sidebar.locator('#save-status', { hasText: savedText }).waitFor();
}
