// Values no Sheets cell holds but a script may pass (a null row, Object.create(null), a function,
// a Map…): through the same entry Sheets calls, every function answers as for any bad cell, with a
// #CODE! in an array or its message in a one-cell call, never a bare TypeError.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/functions/catalog';
import { customFunction } from '../../src/functions/entry';

const en = () => 'en' as const;
const fn = (name: string) => customFunction(name, en, () => 'en_US');
const odd = () => [Object.create(null), { toString: null }, () => 1, new Map(), Symbol('s'), 10n];

describe('cells Sheets never sends', () => {
  it('a null row or an Object.create(null) cell is #TEXT! like any text that is no number', () => {
    expect(fn('ENGAGEMENT_RATE')([[Object.create(null)], [50]], [[10], [1000]])).toEqual([['#TEXT! engagements'], [0.05]]);
    expect(fn('CTR')([[30], null], [[1200], [1200]])).toEqual([[0.025], ['#TEXT! clicks']]);
    expect(fn('ENGAGEMENT_RATE')([[Object.create(null)]], [[10]])).toEqual(fn('ENGAGEMENT_RATE')([['words']], [[10]]));
  });

  it('in a one-cell call it is the usual message naming the argument', () => {
    expect(() => fn('CPC')(Object.create(null), 5)).toThrow(/^spend: "\[\?\]" is not a number\.$/);
  });

  it.each(catalog.map((e) => [e.name]))('%s never lets a TypeError through', (name) => {
    const f = fn(name);
    const arity = catalog.find((e) => e.name === name)!.params.length;
    for (const value of odd()) {
      for (const arg of [value, [[value]], [null, [1]], [[1], null]]) {
        try {
          f(...Array(arity).fill(arg));
        } catch (e) {
          expect((e as Error).constructor.name, `${name}(${String(typeof value)})`).not.toBe('TypeError');
        }
      }
    }
  });
});
