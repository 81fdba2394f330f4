/**
 * The "Import analytics…" dialog: pick a file, see what importing it would do (previewImport),
 * change what a column feeds, then one button imports it (importAnalytics) and says what
 * changed. Built like the sidebar (esbuild → one dist/Import.html); every text is set with
 * textContent through sidebar/dom.ts, so a caption or a file name never becomes HTML.
 */
import { h, replace } from '../sidebar/dom';
import * as ar from '../src/i18n/ar';
import * as en from '../src/i18n/en';
import * as fa from '../src/i18n/fa';
import * as he from '../src/i18n/he';
import type { ImportDone, PreviewModel, ProblemOut } from '../src/import/report';
import readXlsxFile from 'read-excel-file/browser';
import { decodeBytes } from './decode';
import { workbookToCsv, type Cell } from './xlsx';

type Lang = 'en' | 'ar' | 'fa' | 'he';
const MESSAGES = { en: en.importer, ar: ar.importer, fa: fa.importer, he: he.importer };

type Runner = {
  withSuccessHandler(f: (value: unknown) => void): Runner;
  withFailureHandler(f: (error: unknown) => void): Runner;
} & Record<string, (...args: unknown[]) => void>;
declare const google: { script: { run: Runner } };

function call<T>(name: 'previewImport' | 'importAnalytics', ...args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    google.script.run.withSuccessHandler((v) => resolve(v as T)).withFailureHandler(reject)[name](...args);
  });
}

const root = document.documentElement;
const lang: Lang = (['en', 'ar', 'fa', 'he'] as const).find((l) => l === root.dataset.lang) ?? 'en';
const m = MESSAGES[lang];
root.lang = lang;
root.dir = lang === 'en' ? 'ltr' : 'rtl';

interface State {
  file: { name: string; text: string } | null;
  columns: Record<string, string>;
  network: string;
  overwriteTyped: boolean;
}
const state: State = { file: null, columns: {}, network: '', overwriteTyped: false };

const app = document.getElementById('app') as HTMLElement;
const input = h('input', { id: 'file', type: 'file', accept: '.csv,.tsv,.txt,.xlsx,.xls' });
const status = h('div', { id: 'status', role: 'status' });
const preview = h('section', { id: 'preview' });
const importButton = h('button', { id: 'import', class: 'action', type: 'button', disabled: true }, m.import);
replace(app, h('p', null, m.intro), h('label', { for: 'file' }, m.file), input, status, preview, h('div', { class: 'row' }, importButton));
app.removeAttribute('aria-busy');

function choices() {
  return { columns: state.columns, network: state.network || undefined, overwriteTyped: state.overwriteTyped };
}

function showProblems(problems: ProblemOut[]): void {
  replace(status, h('ul', { class: 'problems', role: 'alert' }, problems.map((p) => h('li', null, p.message))));
}

function list(id: string, block: { count: number; title: string; lines: string[] }, open = false) {
  if (block.count === 0) return null;
  return h('details', { id, open }, h('summary', null, block.title), h('ul', null, block.lines.map((l) => h('li', null, l))));
}

function draw(p: PreviewModel): void {
  const select = (index: number, target: string) =>
    h(
      'select',
      {
        'aria-label': p.columns[index].header,
        'data-column': index,
        onchange: (e: Event) => {
          state.columns[String(index)] = (e.target as HTMLSelectElement).value;
          void runPreview();
        },
      },
      p.targetOptions.map((o) => h('option', { value: o.value, selected: o.value === target }, o.label)),
    );
  const network = p.needsNetwork
    ? h(
        'div',
        null,
        h('label', { for: 'network' }, m.network),
        h(
          'select',
          { id: 'network', onchange: (e: Event) => { state.network = (e.target as HTMLSelectElement).value; void runPreview(); } },
          h('option', { value: '' }, m.chooseNetwork),
          p.networkOptions.map((o) => h('option', { value: o.value, selected: o.value === (state.network || p.network) }, o.label)),
        ),
      )
    : null;
  const typed = p.typed.count
    ? h('label', null, h('input', { id: 'overwrite', type: 'checkbox', checked: state.overwriteTyped, onchange: (e: Event) => { state.overwriteTyped = (e.target as HTMLInputElement).checked; void runPreview(); } }), ' ', m.overwriteTyped)
    : null;
  replace(
    preview,
    h('p', { id: 'platform' }, p.platform),
    h('p', { id: 'summary' }, p.summary),
    p.notes.map((n) => h('p', { class: 'muted note' }, n)),
    network,
    h('h2', null, m.columns),
    h('table', { id: 'columns' }, h('tr', null, h('th', null, m.column), h('th', null, m.feeds)), p.columns.map((c) => h('tr', null, h('td', null, c.header), h('td', null, select(c.index, c.target))))),
    list('outside', p.outside),
    list('refused', p.refused, true),
    list('typed', p.typed, true),
    typed,
    h('p', { id: 'changes' }, (m.willChange as string).replace('{count}', String(p.changes))),
  );
  importButton.disabled = false;
}

async function runPreview(): Promise<void> {
  if (!state.file) return;
  importButton.disabled = true;
  replace(status, h('span', { class: 'muted' }, m.working));
  try {
    const out = await call<PreviewModel | { problems: ProblemOut[] }>('previewImport', state.file, choices());
    if ('problems' in out) {
      // The columns stay on screen, so a choice that made the problem can be changed back.
      showProblems(out.problems);
      return;
    }
    replace(status);
    draw(out);
  } catch {
    showProblems([{ code: 'busy', message: m.failed }]);
  }
}

input.addEventListener('change', () => {
  const picked = input.files?.[0];
  if (!picked) return;
  state.columns = {};
  state.network = '';
  state.overwriteTyped = false;
  if (/\.xlsx$/i.test(picked.name)) {
    readXlsxFile(picked)
      .then((sheets) => {
        state.file = { name: picked.name, text: workbookToCsv(sheets as unknown as { data: Cell[][] }[]) };
        void runPreview();
      })
      .catch(() => {
        // Not a workbook after all: the server says what to do (save it as CSV).
        state.file = { name: picked.name, text: '' };
        void runPreview();
      });
    return;
  }
  const reader = new FileReader();
  reader.onload = () => {
    // An old .xls (binary) cannot be read here: the server asks for a CSV.
    state.file = { name: picked.name, text: /\.xls$/i.test(picked.name) ? '' : decodeBytes(new Uint8Array(reader.result as ArrayBuffer)) };
    void runPreview();
  };
  reader.readAsArrayBuffer(picked);
});

importButton.addEventListener('click', async () => {
  if (!state.file) return;
  importButton.disabled = true;
  replace(status, h('span', { class: 'muted' }, m.working));
  try {
    const out = await call<ImportDone | { problems: ProblemOut[] }>('importAnalytics', state.file, choices());
    if ('problems' in out) {
      showProblems(out.problems);
      importButton.disabled = false;
      return;
    }
    replace(preview);
    replace(status, h('p', { id: 'done', class: 'done' }, out.message), h('ul', null, out.lines.map((l) => h('li', null, l))));
  } catch {
    showProblems([{ code: 'busy', message: m.failed }]);
    importButton.disabled = false;
  }
});

// Listeners are bound: a file picked from now on is read (the tests wait for this).
document.body.setAttribute('data-ready', 'true');
