// Builds the wizard into ONE file, dist/Sidebar.html: sidebar/index.html with sidebar/styles.css and
// the esbuild bundle of sidebar/main.ts inlined (HtmlService serves a single file; no external
// requests except Google's add-on stylesheet, which the template links).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SIDEBAR_LIMIT_BYTES = 150 * 1024;

async function bundleScript(dir = 'sidebar') {
  const result = await esbuild.build({
    entryPoints: [join(root, dir, 'main.ts')],
    bundle: true,
    format: 'iife',
    // The browsers Google Workspace supports all run ES2020: `?.` and `??` kept as written, not
    // expanded into temporaries (1.7 KB of the sidebar).
    target: 'es2020',
    platform: 'browser',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0].text.trim();
}

async function minifyStyles(dir = 'sidebar') {
  const css = readFileSync(join(root, dir, 'styles.css'), 'utf8');
  const result = await esbuild.transform(css, { loader: 'css', minify: true, charset: 'utf8' });
  return result.code.trim();
}

/** Text inlined in a <script> or <style> must not be able to close it early. */
function assertInlinable(kind, text) {
  if (/<\/(script|style)/i.test(text) || /<!--/.test(text)) {
    throw new Error(`build-sidebar: the ${kind} contains </script, </style or <!-- and cannot be inlined`);
  }
}

/** The finished HTML text (also used by the preview server and the size test). */
export async function sidebarHtml() {
  return pageHtml('sidebar');
}

/** One page of the add-on (sidebar/, importer/): its index.html with its script and styles inlined. */
export async function pageHtml(dir) {
  const [script, styles] = await Promise.all([bundleScript(dir), minifyStyles(dir)]);
  assertInlinable('script', script);
  assertInlinable('styles', styles);
  const template = readFileSync(join(root, dir, 'index.html'), 'utf8');
  if (!template.includes('/*STYLES*/') || !template.includes('/*SCRIPT*/')) {
    throw new Error(`build-sidebar: ${dir}/index.html lacks the /*STYLES*/ or /*SCRIPT*/ marker`);
  }
  // Function replacers: a `$&` in the bundle must not be read as a replacement pattern.
  return template.replace('/*STYLES*/', () => styles).replace('/*SCRIPT*/', () => script);
}

export async function buildSidebar({ outFile, writeAtomically }) {
  const html = await sidebarHtml();
  const bytes = Buffer.byteLength(html, 'utf8');
  if (bytes > SIDEBAR_LIMIT_BYTES) {
    console.warn(`build-sidebar: dist/Sidebar.html is ${(bytes / 1024).toFixed(1)} KB, over the 150 KB limit`);
  }
  writeAtomically(outFile, html);
  // The Import analytics… dialog, built the same way (dist/Import.html).
  const importer = await pageHtml('importer');
  writeAtomically(join(dirname(outFile), 'Import.html'), importer);
  return { bytes, importBytes: Buffer.byteLength(importer, 'utf8') };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { writeFileSync } = await import('node:fs');
  const { bytes } = await buildSidebar({ outFile: join(root, 'dist/Sidebar.html'), writeAtomically: writeFileSync });
  console.log(`dist/Sidebar.html: ${(bytes / 1024).toFixed(1)} KB`);
}
