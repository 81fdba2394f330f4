// npm run build: writes dist/ with exactly what clasp pushes — appsscript.json, Code.js (one
// esbuild bundle plus a top-level function declaration per entry point, custom functions with
// their JSDoc from the catalog), AddOn.html (the rest of the server code, which Code.js evaluates
// on first use: src/add-on/load.ts) and Sidebar.html / Import.html when their clients exist.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { loadBundle } from './lib/vm-bundle.mjs';
import { loadCatalog } from './lib/catalog.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
export const GLOBAL_NAME = 'SocialStrategy';
/** Must match ADD_ON_GLOBAL in src/add-on/load.ts (a test checks both agree). */
export const ADD_ON_GLOBAL = 'SocialStrategyAddOn';

function writeAtomically(file, text) {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

const SERVER_OPTIONS = {
  bundle: true,
  target: 'es2020',
  platform: 'neutral',
  mainFields: ['module', 'main'], // papaparse has only "main"
  external: ['stream'], // papaparse's Node-stream mode, which we never call
  minify: true,
  legalComments: 'none',
  charset: 'utf8', // Arabic, Persian and Hebrew text as UTF-8, not \u escapes (a third of the size)
  write: false,
  logLevel: 'error',
};

/** The rest of the add-on (dist/AddOn.html): a plain IIFE, evaluated once per execution that needs it. */
async function bundleAddOn(entry, globalName) {
  const result = await esbuild.build({ ...SERVER_OPTIONS, entryPoints: [join(root, entry)], format: 'iife', globalName });
  return result.outputFiles[0].text;
}

/**
 * Code.js's bundle, loaded on every custom-function call. esbuild's IIFE exports through a getter
 * per name, copied once more into a second object: a fifth of the load's work for 31 names. So it
 * is built as an ES module and wrapped here, the exports returned as a plain object.
 */
async function bundleCode(entry, globalName) {
  const result = await esbuild.build({ ...SERVER_OPTIONS, entryPoints: [join(root, entry)], format: 'esm' });
  const text = result.outputFiles[0].text;
  // Any other import or export left in the body is a syntax error inside the wrapper, which the
  // build's loadBundle of this text reports at once.
  const tail = /export\s*\{([^}]*)\};?\s*$/.exec(text);
  if (!tail) throw new Error(`build: ${entry} did not bundle to a module ending in one export clause`);
  const names = tail[1].split(',').map((part) => {
    const [local, as, exported] = part.trim().split(/\s+/);
    return as === 'as' ? `${exported}:${local}` : `${local}:${local}`;
  });
  return `var ${globalName}=(function(){"use strict";${text.slice(0, tail.index)}return{${names.join(',')}}})();`;
}

/** `export function name(a: T, b?: U)` in src/index.ts → parameter names, and the doc comment above. */
function indexSignatures() {
  const source = readFileSync(join(root, 'src/index.ts'), 'utf8');
  const signatures = new Map();
  const pattern = /(\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*)?export function (\w+)\(([^)]*)\)/g;
  for (const m of source.matchAll(pattern)) {
    const params = m[4]
      .split(',')
      .map((p) => p.trim().replace(/[?]?\s*:.*$/s, '').replace(/\s*=.*$/s, ''))
      .filter(Boolean);
    const doc = (m[2] ?? '').split('\n').map((l) => l.replace(/^\s*\*\s?/, '').trim()).filter(Boolean).join(' ');
    signatures.set(m[3], { params, doc });
  }
  return signatures;
}

function jsdoc(lines) {
  return ['/**', ...lines.map((l) => ` * ${l}`), ' */'].join('\n');
}

function customFunctionStub(entry) {
  const names = entry.params.map((p) => p.name);
  const doc = jsdoc([
    entry.summary,
    '',
    ...entry.params.map((p) => `@param {${p.type}} ${p.name} ${p.description}`),
    `@return {${entry.returnType}} ${entry.returns}`,
    '@customfunction',
  ]);
  return `${doc}\nfunction ${entry.name}(${names.join(', ')}) {\n  return ${GLOBAL_NAME}.${entry.name}(${names.join(', ')});\n}`;
}

function entryPointStub(name, { params, doc }) {
  const comment = doc ? `${jsdoc([doc])}\n` : '';
  return `${comment}function ${name}(${params.join(', ')}) {\n  return ${GLOBAL_NAME}.${name}(${params.join(', ')});\n}`;
}

export async function build() {
  mkdirSync(dist, { recursive: true });
  const bundle = await bundleCode('src/index.ts', GLOBAL_NAME);
  const addOn = await bundleAddOn('src/add-on/entries.ts', ADD_ON_GLOBAL);
  const { context } = loadBundle({}, { code: bundle });
  const exported = Object.keys(context[GLOBAL_NAME]).sort();
  const catalog = await loadCatalog();
  const signatures = indexSignatures();

  const stubs = [];
  const problems = [];
  for (const entry of catalog) {
    if (!exported.includes(entry.name)) problems.push(`catalog function ${entry.name} is not exported by src/index.ts`);
    stubs.push(customFunctionStub(entry));
  }
  for (const name of exported) {
    if (catalog.some((e) => e.name === name)) continue;
    const signature = signatures.get(name);
    if (!signature) problems.push(`src/index.ts exports ${name}, which is neither in the catalog nor an \`export function\``);
    else stubs.push(entryPointStub(name, signature));
  }
  if (problems.length) throw new Error(`build: ${problems.join('; ')}`);

  const header = '// Built by scripts/build.mjs from src/ — do not edit; run `npm run build`.\n';
  writeAtomically(join(dist, 'Code.js'), `${header}${bundle}\n${stubs.join('\n\n')}\n`);
  // An HTML file in name only: Apps Script does not run it on load; Code.js evaluates its text.
  const addOnHeader = '// Built by scripts/build.mjs from src/add-on/entries.ts — do not edit. Not a page: JavaScript that dist/Code.js evaluates on the first call beyond a custom function.\n';
  writeAtomically(join(dist, 'AddOn.html'), `${addOnHeader}${addOn}`);
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));

  const sidebarBuilder = join(root, 'scripts/build-sidebar.mjs');
  if (existsSync(sidebarBuilder)) {
    const { buildSidebar } = await import(pathToFileURL(sidebarBuilder).href);
    await buildSidebar({ outFile: join(dist, 'Sidebar.html'), writeAtomically });
  }
  return { exported, catalog };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { exported } = await build();
  const size = readFileSync(join(dist, 'Code.js')).length;
  const addOnSize = readFileSync(join(dist, 'AddOn.html')).length;
  console.log(`dist/Code.js: ${(size / 1024).toFixed(1)} KB, ${exported.length} global functions; dist/AddOn.html: ${(addOnSize / 1024).toFixed(1)} KB`);
}
