/**
 * The import bench's body (bundled by scripts/bench/import.mjs): a 20,000-post Meta export
 * imported into a year-long weekly KPI log through the built dist/Code.js in node:vm against the
 * emulator, timed, with the service calls it made.
 */
import { bigInstagramExport } from '../../test/import/big-export';
import { withKpiTab } from '../../test/import/plan';

export function runImport(code: string, posts: number, write: boolean): { ms: number; remote: number; cells: number; ledgerBytes: number } {
  const addOn = withKpiTab('en_US', 'en', code);
  const file = bigInstagramExport(posts);
  addOn.emulator.calls.reset();
  const start = process.hrtime.bigint();
  const out = addOn.serverCall(write ? 'importAnalytics' : 'previewImport', file) as { cells?: number; changes?: number };
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  let ledgerBytes = 0;
  for (const [k, v] of addOn.emulator.properties.document.data) if (k.startsWith('socialStrategy.import.ledger')) ledgerBytes += k.length + Buffer.byteLength(v);
  return { ms, remote: addOn.emulator.calls.remote, cells: out.cells ?? out.changes ?? 0, ledgerBytes };
}
