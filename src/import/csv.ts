/**
 * An export's text as rows of cells, with papaparse (quotes, captions with line breaks,
 * `,` `;` tab or `|` found by papaparse's guess), after the things exports put in front: a
 * UTF-8 byte-order mark (Meta), a first line `sep=,` (Meta's page files, Excel's hint), and note
 * rows above the headers (LinkedIn). The header row is the first of the first rows that names a
 * date and a figure we know.
 */
import Papa from 'papaparse';
import { ENGAGEMENT_PARTS, detectPlatform, rolesOf, type Platform, type Role } from './vocabulary';

export interface Table {
  /** 0-based index of the header row in `rows`. */
  headerRow: number;
  headers: string[];
  /** Every row, the header row and the notes above it included (row numbers stay the file's). */
  rows: string[][];
  delimiter: string;
  platform: Platform | null;
  roles: Role[];
}

/** How far down a file to look for its header row. */
const HEADER_SEARCH_ROWS = 10;
const FIGURES: readonly Role[] = ['reach', 'impressions', 'views', 'engagements', 'clicks', 'conversions', 'spend', 'revenue', ...ENGAGEMENT_PARTS];

export function parseCsv(text: string): { rows: string[][]; delimiter: string } {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let delimiter = '';
  const hint = /^sep=(.)\r?\n/i.exec(body);
  if (hint) {
    delimiter = hint[1];
    body = body.slice(hint[0].length);
  }
  const result = Papa.parse<string[]>(body, {
    delimiter,
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: 'greedy',
  });
  return { rows: result.data, delimiter: result.meta.delimiter };
}

/** The rows with their header row found, or null when no row in the first ten reads as headers. */
export function readTable(text: string): Table | null {
  const { rows, delimiter } = parseCsv(text);
  const last = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const headers = rows[r].map((h) => String(h ?? '').trim());
    const platform = detectPlatform(headers);
    const roles = rolesOf(headers, platform);
    if (roles.includes('date') && roles.some((role) => FIGURES.includes(role))) {
      return { headerRow: r, headers, rows, delimiter, platform, roles };
    }
  }
  return null;
}
