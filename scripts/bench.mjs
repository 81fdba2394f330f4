// npm run bench: speed and size figures, each printed beside its target and baseline. Not a test:
// wall-clock numbers vary by machine; tests assert behaviour and call counts instead.
// Every scripts/bench/*.mjs exports `default async function ({ loadBundle, print, bestOf })`.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadBundle } from './lib/vm-bundle.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** Best of several runs, in ms: the run least disturbed by the rest of the machine. */
function bestOf(runs, fn) {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

function print(label, value, unit, target = '') {
  const figure = typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(value);
  console.log(`${label.padEnd(58)} ${`${figure} ${unit}`.padStart(20)}   ${target}`);
}

for (const file of readdirSync(join(here, 'bench')).filter((f) => f.endsWith('.mjs')).sort()) {
  console.log(`\n## ${file.replace(/\.mjs$/, '')}`);
  const { default: bench } = await import(pathToFileURL(join(here, 'bench', file)).href);
  await bench({ loadBundle, print, bestOf });
}
