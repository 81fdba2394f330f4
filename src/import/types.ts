/** The shapes the import passes between its pure steps and the edge. */
import type { Network } from '../plan/networks';
import type { IsoDate } from '../plan/dates';

/** The KPI log's figures an import fills, in the log's column order. */
export const MEASURES = ['reach', 'impressions', 'engagements', 'clicks', 'conversions', 'spend', 'revenue'] as const;
export type Measure = (typeof MEASURES)[number];

/** What a file column feeds: a choice of the preview's select. */
export const TARGETS = ['ignore', 'date', 'network', 'id', ...MEASURES] as const;
export type Target = (typeof TARGETS)[number];

/** One figure per measure (MEASURES order); null where the file gives none. */
export type Figures = (number | null)[];

export interface Post {
  /** The file's row number (1-based, as a spreadsheet shows it). */
  row: number;
  /** The post's id, or a fingerprint of what identifies its row (date, caption, link). */
  key: string;
  network: Network;
  day: IsoDate;
  values: Figures;
  /** The account or page the post is from, when the export says (two accounts' exports add up). */
  account?: string;
}

/** Why a row was not read, as a code the edge words in the user's language. */
export interface Refusal {
  row: number;
  reason: 'date' | 'network' | 'figure' | 'noNetwork';
  column?: string;
  value?: string;
}

/** A problem that stops the import: nothing is written. */
export interface ImportProblem {
  code: 'empty' | 'tooBig' | 'notExport' | 'noDate' | 'noFigure' | 'twoColumns' | 'sumAndParts' | 'noPosts' | 'noKpiTab' | 'noLog' | 'busy' | 'ledgerFull' | 'badChoice' | 'xlsx';
  columns?: string[];
  target?: Target;
}

/** The user's overrides from the preview. */
export interface Choices {
  /** Column index (as text) → what it feeds. */
  columns: Record<string, Target>;
  /** The network of every row, for a file that names none. */
  network?: Network;
  /** Replace log cells the user typed by hand. */
  overwriteTyped: boolean;
}
