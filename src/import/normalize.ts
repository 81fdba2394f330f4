/**
 * How an export's header or label is compared: case, spaces, digits' script, bidi marks and the
 * Arabic letter variants (ي/ی, ك/ک, ة/ه, أ/ا) do not matter, so "Publish time", "publish  time"
 * and "PublishTime" match, and so do "تاريخ" typed on an Arabic or a Persian keyboard.
 */
import { toAsciiDigits } from '../i18n/digits';

const IGNORED = /[\s\u00A0\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u0640\u064B-\u0652_]/g;

export function headerKey(text: unknown): string {
  if (typeof text !== 'string') return '';
  return toAsciiDigits(text)
    .toLowerCase()
    .replace(IGNORED, '')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/ة/g, 'ه')
    .replace(/[أإآ]/g, 'ا')
    .replace(/[׳״'"“”:]/g, '');
}

/** A short stable hash (FNV-1a, two rounds), for fingerprints and layout keys. */
const imul = Math.imul; // a hot loop: no global lookup per character (slow in Apps Script and vm)

export function shortHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = imul(a ^ c, 0x01000193);
    b = imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}
