// The Ui records menus, sidebars, dialogs and alerts; HtmlService reads dist/<name>.html and templates.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppsScript } from './index';

function withHtml() {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-html-'));
  writeFileSync(join(dir, 'Sidebar.html'), '<h1>Planner</h1>');
  writeFileSync(join(dir, 'Digest.html'), '<p><?= name ?> has <?= count ?> reviews</p><?!= raw ?>');
  return createAppsScript({ htmlDir: dir });
}

describe('Ui', () => {
  it('records the add-on menu, replacing it when onOpen runs again', () => {
    const { globals, emulator } = createAppsScript();
    const ui = globals.SpreadsheetApp.getUi();
    const build = () =>
      ui.createAddonMenu().addItem('Open planner', 'showPlanner').addSeparator()
        .addSubMenu(ui.createMenu('Reminders').addItem('Turn on', 'turnOnReminders')).addToUi();
    build();
    build();
    expect(emulator.ui.menus).toHaveLength(1);
    expect(emulator.ui.addonMenuItems()).toEqual([
      { caption: 'Open planner', functionName: 'showPlanner' },
      { caption: 'Turn on', functionName: 'turnOnReminders' },
    ]);
  });

  it('answers alerts and prompts from the queue, OK by default', () => {
    const { globals, emulator } = createAppsScript();
    const ui = globals.SpreadsheetApp.getUi();
    emulator.ui.answerNext('NO');
    emulator.ui.answerNext('OK', 'weekly');
    expect(ui.alert('Delete reminders?', 'Sure?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    const r = ui.prompt('How often?');
    expect([r.getSelectedButton(), r.getResponseText()]).toEqual(['OK', 'weekly']);
    expect(ui.alert('Done')).toBe('OK');
    expect(emulator.ui.alerts.map((a) => [a.kind, a.title, a.prompt])).toEqual([
      ['alert', 'Delete reminders?', 'Sure?'], ['prompt', null, 'How often?'], ['alert', null, 'Done'],
    ]);
  });
});

describe('HtmlService', () => {
  it('reads the pushed HTML file and shows it as a 300 px sidebar with its title', () => {
    const { globals, emulator } = withHtml();
    const out = globals.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Social Strategy');
    globals.SpreadsheetApp.getUi().showSidebar(out);
    expect(emulator.ui.sidebars).toEqual([{ title: 'Social Strategy', content: '<h1>Planner</h1>', width: 300 }]);
    expect(() => globals.HtmlService.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
  });

  it('evaluates templates: <?= ?> escapes, <?!= ?> does not', () => {
    const { globals } = withHtml();
    const t = globals.HtmlService.createTemplateFromFile('Digest') as unknown as Record<string, unknown> & GoogleAppsScript.HTML.HtmlTemplate;
    t.name = '<Shop>';
    t.count = 2;
    t.raw = '<i>x</i>';
    expect(t.evaluate().getContent()).toBe('<p>&lt;Shop&gt; has 2 reviews</p><i>x</i>');
  });
});
