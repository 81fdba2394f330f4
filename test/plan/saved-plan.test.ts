// The saved-plan format: pieces under the 9 KB a property value holds, never cut inside a
// character, joined back exactly; a header from a newer version or a missing piece reads as nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutIntoPieces, joinPieces, PIECE_BYTES, readHeader, serializePlan, utf8Length } from '../../src/plan/saved-plan';

describe('saved plan pieces', () => {
  it('counts UTF-8 bytes like Node does', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => utf8Length(s) === Buffer.byteLength(s, 'utf8') || /[\uD800-\uDFFF]/.test(s)));
    expect(utf8Length('سلام 😀')).toBe(Buffer.byteLength('سلام 😀'));
  });

  it('cuts any text into pieces under the limit that join back to it, never splitting a pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'ن', '😀', 'ש', '€'), maxLength: 30_000 }), (text) => {
        const pieces = cutIntoPieces(text);
        return (
          pieces.join('') === text &&
          pieces.every((p) => utf8Length(p) <= PIECE_BYTES && !/^[\uDC00-\uDFFF]/.test(p) && !/[\uD800-\uDBFF]$/.test(p))
        );
      }),
      { numRuns: 100 },
    );
  });

  it('round-trips a plan through header and pieces', () => {
    const plan = { businessName: 'نان'.repeat(5000), goals: [{ text: '😀'.repeat(3000) }] };
    const { header, pieces } = serializePlan(plan);
    expect(header).toEqual({ version: 1, pieces: pieces.length });
    expect(pieces.length).toBeGreaterThan(2);
    expect(readHeader(JSON.stringify(header))).toEqual(header);
    expect(joinPieces(pieces)).toEqual(plan);
  });

  it('reads a missing piece, broken JSON, or a newer or broken header as nothing', () => {
    expect(joinPieces(['{"a":', undefined])).toBeNull();
    expect(joinPieces(['{"a":'])).toBeNull();
    for (const h of [null, '', 'x', '{"version":2,"pieces":1}', '{"version":1,"pieces":0}', '{"version":1}']) expect(readHeader(h)).toBeNull();
  });
});
