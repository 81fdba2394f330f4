/** What the add-on showed the user: menus, sidebars, dialogs, alerts, prompts and toasts; and queued answers. */

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; entries: MenuEntry[] };

export interface MenuRecord {
  /** 'addon' for createAddonMenu (lives under Extensions), 'custom' for createMenu. */
  kind: 'addon' | 'custom';
  caption: string;
  entries: MenuEntry[];
}

export interface HtmlRecord {
  title: string;
  content: string;
  width?: number;
  height?: number;
}

export interface AlertRecord {
  kind: 'alert' | 'prompt';
  title: string | null;
  prompt: string;
  buttons: string;
  answer: string;
  text?: string;
}

export class UiLog {
  /** The menus currently on screen (adding a menu with the same kind and caption replaces it). */
  menus: MenuRecord[] = [];
  sidebars: HtmlRecord[] = [];
  dialogs: (HtmlRecord & { modal: boolean })[] = [];
  alerts: AlertRecord[] = [];
  toasts: { message: string; title: string; timeoutSeconds: number }[] = [];
  /** Answers the next alerts/prompts get, first in first out ("OK", "YES", "NO", "CANCEL", "CLOSE"). */
  answers: { button: string; text?: string }[] = [];

  answerNext(button: string, text?: string): void {
    this.answers.push({ button, text });
  }

  /** The add-on menu's items, flattened, for tests: [{ caption, functionName }]. */
  addonMenuItems(): { caption: string; functionName: string }[] {
    const out: { caption: string; functionName: string }[] = [];
    const walk = (entries: MenuEntry[]) => {
      for (const e of entries) {
        if (e.kind === 'item') out.push({ caption: e.caption, functionName: e.functionName });
        if (e.kind === 'submenu') walk(e.entries);
      }
    };
    for (const m of this.menus) if (m.kind === 'addon') walk(m.entries);
    return out;
  }

  reset(): void {
    this.menus = [];
    this.sidebars = [];
    this.dialogs = [];
    this.alerts = [];
    this.toasts = [];
    this.answers = [];
  }
}
