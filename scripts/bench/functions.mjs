// Custom-function speed: ENGAGEMENT_RATE over 100,000 rows in one call (as Sheets would call it)
// against a bare division loop, and the cold start of dist/Code.js against a one-function script.
import { readFileSync, statSync } from 'node:fs';
import vm from 'node:vm';
import { BUNDLE_PATH } from '../lib/vm-bundle.mjs';

const ROWS = 100_000;

export default async function bench({ loadBundle, print, bestOf }) {
  const engagements = Array.from({ length: ROWS }, (_, i) => [(i * 7) % 500, (i * 3) % 50, i % 9, i % 4]);
  const reach = Array.from({ length: ROWS }, (_, i) => [1000 + (i % 5000)]);
  const { context } = loadBundle({});
  context.engagements = engagements;
  context.reach = reach;

  const ours = bestOf(7, () => vm.runInContext('ENGAGEMENT_RATE(engagements, reach)', context));
  const bare = bestOf(7, () => {
    // The same work with no checks, inside a function like ours (context globals are slow in vm).
    vm.runInContext(
      '(function (e, a) { var out = new Array(a.length); for (var r = 0; r < a.length; r++) { var row = e[r]; out[r] = [(row[0] + row[1] + row[2] + row[3]) / a[r][0]]; } return out; })(engagements, reach)',
      context,
    );
  });
  print('ENGAGEMENT_RATE, 100,000 rows × 4 columns, one call', ours, 'ms', 'target < 100 ms');
  print('  rows per second', Math.round(ROWS / (ours / 1000)), 'rows/s');
  print('  baseline: bare division loop, same rows', bare, 'ms');
  print('  ratio to baseline', ours / bare, '×', 'target < 10×');

  const code = readFileSync(BUNDLE_PATH, 'utf8');
  const cold = bestOf(9, () => {
    const c = vm.createContext({});
    vm.runInContext(code, c);
    vm.runInContext('CTR(30, 1200)', c);
  });
  const oneFunction = 'function CTR(clicks, impressions) { return clicks / impressions; }';
  const coldBaseline = bestOf(9, () => {
    const c = vm.createContext({});
    vm.runInContext(oneFunction, c);
    vm.runInContext('CTR(30, 1200)', c);
  });
  // Every custom-function call loads the whole add-on: this is what the size target protects.
  print('cold start: fresh context, load dist/Code.js, one CTR call', cold, 'ms', 'target < 5 ms');
  print('  baseline: same with a one-function script', coldBaseline, 'ms');
  print('dist/Code.js size', statSync(BUNDLE_PATH).size / 1024, 'KB', 'target < 150 KB');
  const sidebar = new URL('../../dist/Sidebar.html', import.meta.url);
  print('dist/Sidebar.html size', statSync(sidebar).size / 1024, 'KB', 'target < 150 KB');
}
