// The custom-function catalog (src/functions/catalog.ts) as plain data for the build, the README
// generator and the bench: bundled to a temporary ES module and imported.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export async function loadCatalog() {
  const outDir = join(root, 'node_modules/.cache/build');
  mkdirSync(outDir, { recursive: true });
  const outFile = join(outDir, `catalog-${process.pid}-${Date.now()}.mjs`);
  await esbuild.build({
    entryPoints: [join(root, 'src/functions/catalog.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile: outFile,
    logLevel: 'error',
  });
  const { catalog } = await import(pathToFileURL(outFile).href);
  return catalog.map(({ run, ...meta }) => meta);
}
