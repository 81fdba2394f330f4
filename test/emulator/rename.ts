/**
 * What Sheets does to formulas when a tab is renamed: every reference to the old name, on every
 * tab, is rewritten to the new one ('Old name'!A1 → 'New name'!A1), so formulas keep pointing at
 * the same cells. Text inside string literals is left alone.
 */

const SIMPLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The formula with references to tab `from` pointing at tab `to` (names compared ignoring case, as Sheets does). */
export function renameInFormula(formula: string, from: string, to: string): string {
  const target = SIMPLE_NAME.test(to) ? to : quoted(to);
  const quotedFrom = new RegExp(`${escapeRegExp(quoted(from))}!`, 'gi');
  const bareFrom = SIMPLE_NAME.test(from) ? new RegExp(`(?<![A-Za-z0-9_.'])${escapeRegExp(from)}!`, 'gi') : null;
  // Split on string literals ("…" with "" escapes): only the parts outside them are formula text.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      let out = part.replace(quotedFrom, `${target}!`);
      if (bareFrom) out = out.replace(bareFrom, `${target}!`);
      return out;
    })
    .join('');
}
