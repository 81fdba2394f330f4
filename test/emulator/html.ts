/**
 * HtmlService: HTML outputs (from a string or from dist/<name>.html, the file clasp pushes) and
 * templates with <?= ?> / <?!= ?> / <? ?> scriptlets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Service } from './calls';
import type { Env } from './env';

export const XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });
export const SandboxMode = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });

export class HtmlOutput extends Service {
  static override serviceName = 'HtmlOutput';
  _title = '';
  _width?: number;
  _height?: number;
  _xFrameOptionsMode = 'DEFAULT';
  _sandboxMode = 'IFRAME';
  _metaTags: { name: string; content: string }[] = [];
  _faviconUrl: string | null = null;
  constructor(env: Env, public _content: string) {
    super(env);
  }
  getContent() { return this._content; }
  setContent(content: string) { this._content = String(content); return this; }
  append(text: string) { this._content += String(text); return this; }
  appendUntrusted(text: string) { this._content += escapeHtml(String(text)); return this; }
  clear() { this._content = ''; return this; }
  getTitle() { return this._title; }
  setTitle(title: string) { this._title = String(title); return this; }
  getWidth() { return this._width ?? null; }
  setWidth(width: number) { this._width = width; return this; }
  getHeight() { return this._height ?? null; }
  setHeight(height: number) { this._height = height; return this; }
  setXFrameOptionsMode(mode: string) { this._xFrameOptionsMode = String(mode); return this; }
  setSandboxMode(mode: string) { this._sandboxMode = String(mode); return this; }
  addMetaTag(name: string, content: string) {
    const allowed = ['apple-mobile-web-app-capable', 'google-site-verification', 'mobile-web-app-capable', 'viewport'];
    if (!allowed.includes(name)) this._env.fail(`Invalid argument: name (meta tag ${name} is not allowed)`);
    this._metaTags.push({ name, content: String(content) });
    return this;
  }
  getMetaTags() { return this._metaTags.map((m) => ({ ...m })); }
  setFaviconUrl(url: string) { this._faviconUrl = String(url); return this; }
  getFaviconUrl() { return this._faviconUrl; }
}

export class HtmlTemplate extends Service {
  static override serviceName = 'HtmlTemplate';
  /** Values the template reads (`template.plan = …` in real Apps Script; here setVariable or _data). */
  readonly _data: Record<string, unknown> = {};
  constructor(env: Env, private readonly _source: string) {
    super(env);
  }
  getRawContent() { return this._source; }
  getCode() { return compile(this._source); }
  evaluate() {
    const code = compile(this._source);
    const names = Object.keys(this._data);
    // eslint-disable-next-line no-new-func
    const run = new Function('__data', ...names, `var __out = []; ${code}; return __out.join('');`);
    const content = run(this._data, ...names.map((n) => this._data[n])) as string;
    return new HtmlOutput(this._env, content);
  }
  /** `template.name = value` through the proxy lands here (the template's variables). */
  _assign(name: string, value: unknown) {
    this._data[name] = value;
  }
}

function compile(source: string): string {
  const parts: string[] = [];
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    parts.push(`__out.push(${JSON.stringify(source.slice(last, m.index))});`);
    if (m[1] === '=') parts.push(`__out.push(__esc(${m[2]}));`);
    else if (m[1] === '!=') parts.push(`__out.push(String(${m[2]}));`);
    else parts.push(m[2]);
    last = re.lastIndex;
  }
  parts.push(`__out.push(${JSON.stringify(source.slice(last))});`);
  return `var __esc = ${escapeHtml.toString()}; ${parts.join('\n')}`;
}

function escapeHtml(s: unknown): string {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export class HtmlService extends Service {
  static override serviceName = 'HtmlService';
  readonly XFrameOptionsMode = XFrameOptionsMode;
  readonly SandboxMode = SandboxMode;
  constructor(env: Env, private readonly _dir: string) {
    super(env);
  }
  createHtmlOutput(html?: string) { return new HtmlOutput(this._env, html === undefined ? '' : String(html)); }
  createHtmlOutputFromFile(filename: string) { return new HtmlOutput(this._env, this._read(filename)); }
  createTemplate(html: string) { return new HtmlTemplate(this._env, String(html)); }
  createTemplateFromFile(filename: string) { return new HtmlTemplate(this._env, this._read(filename)); }

  private _read(filename: string): string {
    const name = String(filename).replace(/\.html$/, '');
    const file = join(this._dir, `${name}.html`);
    if (!existsSync(file)) this._env.fail(`No HTML file named ${name} was found.`);
    return readFileSync(file, 'utf8');
  }
}
