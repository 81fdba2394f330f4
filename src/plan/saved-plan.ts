/**
 * How a plan is kept in document properties: JSON cut into pieces under the 9 KB a property value
 * may hold, plus a small header naming the format version and the number of pieces. Pure (the
 * edge, src/sheets/plan-store.ts, moves the strings); Apps Script has no TextEncoder, so UTF-8
 * sizes are counted by hand.
 */

export const SAVED_PLAN_VERSION = 1;
/** Bytes per piece: under Apps Script's 9 KB per value, with room for the key. */
export const PIECE_BYTES = 8_000;
/** The whole saved plan stays well under the 500 KB a property store holds (reminders use it too). */
export const MAX_SAVED_BYTES = 200_000;

export interface SavedPlanHeader {
  version: number;
  pieces: number;
}

/** UTF-8 bytes of one UTF-16 code unit at `i` (a surrogate pair counts 4 on its first half, 0 on its second). */
function bytesAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdbff) return 4;
  if (code >= 0xdc00 && code <= 0xdfff) return 0;
  return 3;
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) bytes += bytesAt(text, i);
  return bytes;
}

/** Cuts text into pieces of at most `maxBytes` UTF-8 bytes, never inside a surrogate pair. */
export function cutIntoPieces(text: string, maxBytes = PIECE_BYTES): string[] {
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const size = bytesAt(text, i);
    if (bytes + size > maxBytes) {
      pieces.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
  }
  if (start < text.length || pieces.length === 0) pieces.push(text.slice(start));
  return pieces;
}

export function serializePlan(plan: unknown): { header: SavedPlanHeader; pieces: string[]; bytes: number } {
  const json = JSON.stringify(plan);
  const pieces = cutIntoPieces(json);
  return { header: { version: SAVED_PLAN_VERSION, pieces: pieces.length }, pieces, bytes: utf8Length(json) };
}

/** The header as stored, or null when it is missing, malformed, or from a newer add-on version. */
export function readHeader(text: string | null | undefined): SavedPlanHeader | null {
  if (!text) return null;
  try {
    const header = JSON.parse(text) as Partial<SavedPlanHeader>;
    const { version, pieces } = header;
    if (typeof version !== 'number' || version < 1 || version > SAVED_PLAN_VERSION) return null;
    if (typeof pieces !== 'number' || !Number.isInteger(pieces) || pieces < 1) return null;
    return { version, pieces };
  } catch {
    return null;
  }
}

/** The stored plan object from its pieces, or null if any piece is missing or the JSON is broken. */
export function joinPieces(pieces: (string | null | undefined)[]): unknown {
  if (pieces.some((p) => typeof p !== 'string')) return null;
  try {
    return JSON.parse(pieces.join(''));
  } catch {
    return null;
  }
}
