/**
 * MailApp: sending records the message; each recipient (to, cc, bcc) spends the daily quota
 * (100 on consumer accounts). Google: "Daily quotas are refreshed at the end of a 24-hour window"
 * (developers.google.com/apps-script/guides/services/quotas): the window opens with the first
 * mail, and the quota refills 24 hours later, not at midnight. An empty quota throws like Apps Script.
 */
import { Service } from './calls';
import type { Env } from './env';

const WINDOW_MS = 24 * 3_600_000;

export interface SentMail {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  /** ISO time of sending by the fake clock. */
  sentAt: string;
  from: string;
}

export class MailState {
  sent: SentMail[] = [];
  /** When the current 24-hour window opened (the first mail since the last refill), or null. */
  private windowStart: number | null = null;
  private used = 0;
  constructor(public dailyQuota: number) {}
  remaining(env: Env): number {
    this.roll(env);
    return Math.max(0, this.dailyQuota - this.used);
  }
  spend(env: Env, n: number): void {
    this.roll(env);
    this.windowStart ??= env.clock.now();
    this.used += n;
  }
  /** Spends what is left in this window (a test's "quota exhausted"). */
  exhaust(env: Env): void {
    this.spend(env, Math.max(0, this.dailyQuota - this.used));
  }
  /** When the quota refills (ISO), or null while nothing was sent in a window. */
  refillsAt(): number | null {
    return this.windowStart === null ? null : this.windowStart + WINDOW_MS;
  }
  private roll(env: Env): void {
    if (this.windowStart !== null && env.clock.now() >= this.windowStart + WINDOW_MS) {
      this.windowStart = null;
      this.used = 0;
    }
  }
}

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;
const MAX_SUBJECT = 250;

interface MessageOptions {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
}

export class MailApp extends Service {
  static override serviceName = 'MailApp';
  constructor(env: Env, private readonly _state: MailState) {
    super(env);
  }
  getRemainingDailyQuota() { return this._state.remaining(this._env); }

  /** sendEmail(message) | (recipient, subject, body) | (recipient, subject, body, options) | (to, replyTo, subject, body) */
  sendEmail(a: unknown, b?: unknown, c?: unknown, d?: unknown) {
    let m: MessageOptions;
    if (a && typeof a === 'object') m = { ...(a as MessageOptions) };
    else if (typeof d === 'string') m = { to: String(a), replyTo: String(b), subject: String(c), body: d };
    else m = { ...((d as MessageOptions | undefined) ?? {}), to: String(a), subject: b === undefined ? undefined : String(b), body: c === undefined ? undefined : String(c) };

    const list = (s?: string) => (s ? String(s).split(',').map((x) => x.trim()).filter(Boolean) : []);
    const to = list(m.to);
    const cc = list(m.cc);
    const bcc = list(m.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0) this._env.fail('Failed to send email: no recipient');
    for (const r of all) if (!EMAIL.test(r.replace(/^.*<(.*)>$/, '$1'))) this._env.fail(`Invalid email: ${r}`);
    if (m.replyTo && !EMAIL.test(m.replyTo)) this._env.fail(`Invalid email: ${m.replyTo}`);
    if (m.subject === undefined) this._env.fail('Invalid argument: subject');
    if (m.subject.length > MAX_SUBJECT) this._env.fail('Argument too large: subject');
    if (m.body === undefined && m.htmlBody === undefined) this._env.fail('Invalid argument: body');
    if (this._state.remaining(this._env) < all.length) this._env.fail('Service invoked too many times for one day: email.');
    this._state.spend(this._env, all.length);
    this._state.sent.push({
      to, cc, bcc,
      subject: String(m.subject),
      body: m.body === undefined ? '' : String(m.body),
      htmlBody: m.htmlBody === undefined ? undefined : String(m.htmlBody),
      name: m.name,
      replyTo: m.replyTo,
      noReply: m.noReply,
      sentAt: new Date(this._env.clock.now()).toISOString(),
      from: this._env.effectiveUserEmail,
    });
  }
}
