// LOCAL_DATE over 100,000 date cells in one call (a column of Dates, as Sheets hands them), in
// each calendar, against a bare loop that only reads each Date's UTC day and writes it as text.
import vm from 'node:vm';

const ROWS = 100_000;

export default async function bench({ loadBundle, print, bestOf }) {
  const start = Date.UTC(2000, 0, 1) - 3.5 * 3_600_000; // midnight in Tehran, as a Tehran sheet's cells arrive
  const SpreadsheetApp = { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'fa_IR' }) };
  const { context } = loadBundle({ SpreadsheetApp });
  const run = (code) => vm.runInContext(code, context);
  run(`var dates = []; for (var i = 0; i < ${ROWS}; i++) dates.push([new Date(${start} + i * 86400000)]);`);
  for (const calendar of ['persian', 'islamic', 'hebrew']) {
    for (const format of ['numeric', 'long']) {
      const ms = bestOf(5, () => run(`LOCAL_DATE(dates, "${calendar}", "${format}")`));
      print(`LOCAL_DATE, 100,000 dates, ${calendar}, ${format}`, ms, 'ms', 'target < 1 s');
    }
  }
  const bare = bestOf(5, () =>
    run('(function (d) { var out = new Array(d.length); for (var r = 0; r < d.length; r++) { var t = d[r][0].getTime(); out[r] = [String(Math.floor(t / 86400000))]; } return out; })(dates)'),
  );
  print('  baseline: bare loop reading each Date, same rows', bare, 'ms');
}
