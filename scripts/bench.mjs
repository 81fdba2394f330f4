// npm run bench: speed and size figures, each printed beside its target and baseline. Not a test:
// wall-clock numbers vary by machine; tests assert behaviour and call counts instead.
// Every scripts/bench/*.mjs exports `default async function ({ loadBundle, print })`.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadBundle } from './lib/vm-bundle.mjs';

const here = dirname(fileURLToPath(import.meta.url));

function print(label, value, unit, target = '') {
  const figure = typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(value);
  console.log(`${label.padEnd(58)} ${`${figure} ${unit}`.padStart(20)}   ${target}`);
}

for (const file of readdirSync(join(here, 'bench')).filter((f) => f.endsWith('.mjs')).sort()) {
  console.log(`\n## ${file.replace(/\.mjs$/, '')}`);
  const { default: bench } = await import(pathToFileURL(join(here, 'bench', file)).href);
  await bench({ loadBundle, print });
}
