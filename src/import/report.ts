/**
 * What the preview and the import say, in the user's language (pure): the recognised export, the
 * posts and their dates, the column mapping with its choices, the posts outside the plan, the
 * refused rows with their reasons, the hand-typed cells that would change, and what changed.
 * Every line is plain text: the dialog shows it with textContent.
 */
import { fill } from '../i18n/format';
import { say } from '../i18n/say';
import type { Lang } from '../i18n/lang';
import { importMessages, tabMessages } from '../i18n/messages';
import { NETWORKS, networkName, type Network } from '../plan/networks';
import { dateRange, type ExportRead, type Placement } from './analyse';
import { MEASURES, TARGETS, type ImportProblem, type Target } from './types';

/** How many lines of a list the preview shows; the rest is counted. */
export const LIST_LINES = 50;

export interface ProblemOut {
  code: ImportProblem['code'];
  message: string;
}

export interface PreviewModel {
  lang: Lang;
  platform: string;
  /** The file names no network: the user picks one (networkOptions); `network` is the one chosen or remembered. */
  needsNetwork: boolean;
  network: Network | null;
  posts: number;
  range: { from: string; to: string } | null;
  summary: string;
  notes: string[];
  columns: { index: number; header: string; target: Target }[];
  targetOptions: { value: Target; label: string }[];
  networkOptions: { value: Network; label: string }[];
  outside: { count: number; title: string; lines: string[] };
  refused: { count: number; title: string; lines: string[] };
  typed: { count: number; title: string; lines: string[] };
  changes: number;
}

export function problemsOut(problems: readonly ImportProblem[], lang: Lang): { problems: ProblemOut[] } {
  const m = importMessages[lang];
  return {
    problems: problems.map((p) => ({
      code: p.code,
      message: fill(m.problems[p.code], { columns: (p.columns ?? []).map((c) => `“${c}”`).join(', '), target: p.target ? targetLabel(p.target, lang) : '' }),
    })),
  };
}

export function targetLabel(target: Target, lang: Lang): string {
  const m = importMessages[lang];
  return (MEASURES as readonly string[]).includes(target) ? tabMessages[lang].columns[target as (typeof MEASURES)[number]] : m.targets[target as keyof typeof m.targets];
}

function list<T>(items: readonly T[], line: (item: T) => string, lang: Lang): string[] {
  const lines = items.slice(0, LIST_LINES).map(line);
  if (items.length > LIST_LINES) lines.push(fill(importMessages[lang].more, { count: items.length - LIST_LINES }));
  return lines;
}

const shown = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));

export function previewModel(read: ExportRead, placement: Placement, lang: Lang): PreviewModel {
  const m = importMessages[lang];
  const t = tabMessages[lang].columns;
  const { posts, refused, totalsSkipped, duplicates } = read.read;
  const range = dateRange(posts);
  const notes: string[] = [];
  if (read.year) notes.push(fill(read.year.from === 'fileName' ? m.yearFileName : read.year.from === 'plan' ? m.yearPlan : m.yearToday, { years: read.year.years.join(', ') }));
  if (read.read.solar) notes.push(fill(m.solarDates, { count: read.read.solar }));
  if (totalsSkipped) notes.push(fill(m.totalsSkipped, { count: totalsSkipped }));
  if (duplicates) notes.push(fill(m.duplicates, { count: duplicates }));
  const { outside, changes } = placement;
  return {
    lang,
    platform: fill(m.recognised, { platform: read.table.platform?.name ?? m.ownSheet }),
    needsNetwork: !read.table.platform && !read.targets.includes('network'),
    network: read.network,
    posts: posts.length,
    range: range && { from: range.from, to: range.to },
    summary: range ? say(m.posts, { posts: posts.length, from: range.from, to: range.to }, lang) : m.noRange,
    notes,
    columns: read.table.headers.map((header, index) => ({ index, header, target: read.targets[index] })),
    targetOptions: TARGETS.map((value) => ({ value, label: targetLabel(value, lang) })),
    networkOptions: NETWORKS.map((value) => ({ value, label: networkName(value, lang) })),
    outside: {
      count: outside.length,
      title: fill(m.outside, { count: outside.length }),
      lines: list(outside, (p) => fill(m.outsideLine, { row: p.row, date: p.day, network: networkName(p.network, lang) }), lang),
    },
    refused: {
      count: refused.length,
      title: fill(m.refused, { count: refused.length }),
      lines: list(refused, (r) => fill(m.reasons[r.reason], { row: r.row, column: r.column ?? '', value: r.value ?? '' }), lang),
    },
    typed: {
      count: changes.typed.length,
      title: fill(m.typed, { count: changes.typed.length }),
      lines: list(changes.typed, (c) => fill(m.typedLine, { period: c.row.period, network: networkName(c.row.network, lang), measure: t[c.measure], from: shown(c.from), to: shown(c.to) }), lang),
    },
    changes: changes.written.length,
  };
}

export interface ImportDone {
  done: true;
  cells: number;
  message: string;
  lines: string[];
}

export function doneModel(read: ExportRead, placement: Placement, lang: Lang): ImportDone {
  const m = importMessages[lang];
  const cells = placement.changes.written.length;
  const perNetwork = new Map<Network, { posts: number; cells: number }>();
  for (const p of placement.placed) {
    const n = perNetwork.get(p.network) ?? { posts: 0, cells: 0 };
    n.posts++;
    perNetwork.set(p.network, n);
  }
  for (const c of placement.changes.written) {
    const n = perNetwork.get(c.row.network) ?? { posts: 0, cells: 0 };
    n.cells++;
    perNetwork.set(c.row.network, n);
  }
  return {
    done: true,
    cells,
    message: cells === 0 ? m.nothing : fill(m.done, { count: cells }),
    lines: [...perNetwork].map(([network, n]) => say(m.doneNetwork, { network: networkName(network, lang), posts: n.posts, cells: n.cells }, lang)),
  };
}
