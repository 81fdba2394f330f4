/** The spreadsheet Ui: add-on and custom menus, sidebars, dialogs, alerts and prompts, all recorded in the UiLog. */
import { Service } from './calls';
import type { Env } from './env';
import type { HtmlOutput } from './html';
import type { MenuEntry } from './ui-log';

export const Button = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });
export const ButtonSet = Object.freeze({ OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' });
const SIDEBAR_WIDTH = 300;

export class Menu extends Service {
  static override serviceName = 'Menu';
  readonly _entries: MenuEntry[] = [];
  constructor(env: Env, readonly _kind: 'addon' | 'custom' | 'sub', readonly _caption: string) {
    super(env);
  }
  addItem(caption: string, functionName: string) {
    if (typeof caption !== 'string' || !caption) this._env.fail('Invalid argument: caption');
    if (typeof functionName !== 'string' || !/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(functionName)) this._env.fail(`Invalid argument: functionName (${String(functionName)})`);
    this._entries.push({ kind: 'item', caption, functionName });
    return this;
  }
  addSeparator() {
    this._entries.push({ kind: 'separator' });
    return this;
  }
  addSubMenu(menu: Menu) {
    if (!(menu instanceof Menu)) this._env.fail('Invalid argument: menu');
    this._entries.push({ kind: 'submenu', caption: menu._caption, entries: [...menu._entries] });
    return this;
  }
  addToUi() {
    if (this._kind === 'sub') this._env.fail('A submenu cannot be added to the UI on its own.');
    const log = this._env.ui;
    const kind = this._kind;
    log.menus = log.menus.filter((m) => !(m.kind === kind && m.caption === this._caption));
    log.menus.push({ kind, caption: this._caption, entries: [...this._entries] });
  }
}

export class PromptResponse extends Service {
  static override serviceName = 'PromptResponse';
  constructor(env: Env, private readonly _button: string, private readonly _text: string) {
    super(env);
  }
  getResponseText() { return this._text; }
  getSelectedButton() { return this._button; }
}

export class Ui extends Service {
  static override serviceName = 'Ui';
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(env: Env, private readonly _addonName: string) {
    super(env);
  }
  createAddonMenu() { return new Menu(this._env, 'addon', this._addonName); }
  createMenu(caption: string) {
    // Both a top-level menu and a submenu start here; addToUi decides.
    return new Menu(this._env, 'custom', String(caption));
  }
  showSidebar(output: HtmlOutput) {
    const o = this._html(output);
    this._env.ui.sidebars.push({ title: o._title, content: o._content, width: SIDEBAR_WIDTH });
  }
  showModalDialog(output: HtmlOutput, title: string) {
    const o = this._html(output);
    this._env.ui.dialogs.push({ title: String(title), content: o._content, width: o._width, height: o._height, modal: true });
  }
  showModelessDialog(output: HtmlOutput, title: string) {
    const o = this._html(output);
    this._env.ui.dialogs.push({ title: String(title), content: o._content, width: o._width, height: o._height, modal: false });
  }
  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons) */
  alert(a: string, b?: string, c?: string) {
    const [title, prompt, buttons] = c !== undefined ? [a, b!, c] : b !== undefined && b in ButtonSet ? [null, a, b] : [null, a, 'OK'];
    const answer = this._answer(buttons);
    this._env.ui.alerts.push({ kind: 'alert', title, prompt: String(prompt), buttons, answer: answer.button });
    return answer.button;
  }
  /** prompt(prompt) | prompt(prompt, buttons) | prompt(title, prompt, buttons) */
  prompt(a: string, b?: string, c?: string) {
    const [title, prompt, buttons] = c !== undefined ? [a, b!, c] : b !== undefined && b in ButtonSet ? [null, a, b] : [null, a, 'OK'];
    const answer = this._answer(buttons);
    const text = answer.text ?? '';
    this._env.ui.alerts.push({ kind: 'prompt', title, prompt: String(prompt), buttons, answer: answer.button, text });
    return new PromptResponse(this._env, answer.button, text);
  }

  private _answer(buttons: string): { button: string; text?: string } {
    const queued = this._env.ui.answers.shift();
    if (queued) return queued;
    return { button: buttons.startsWith('YES') ? 'YES' : 'OK' };
  }

  private _html(output: unknown): HtmlOutput {
    const o = output as HtmlOutput;
    if (!o || typeof o !== 'object' || !('_content' in o)) this._env.fail('Invalid argument: userInterface (use HtmlService.createHtmlOutput…)');
    return o;
  }
}
