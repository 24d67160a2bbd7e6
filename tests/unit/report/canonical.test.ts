import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@/utils/report/canonical';

describe('canonical JSON', () => {
  it('sorts keys at every depth, so key order never changes the text', () => {
    const a = { b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } };
    const b = { a: { c: 'x', d: [3, { y: null, z: true }] }, b: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('keeps array order and writes no whitespace', () => {
    expect(canonicalJson([3, 1, 2, 'a b'])).toBe('[3,1,2,"a b"]');
  });

  it('leaves out undefined properties, as JSON.stringify does, and nulls them inside arrays', () => {
    expect(canonicalJson({ a: 1, gone: undefined })).toBe('{"a":1}');
    expect(canonicalJson({ a: 1 })).toBe(canonicalJson({ a: 1, gone: undefined }));
    expect(canonicalJson([1, undefined])).toBe('[1,null]');
    // eslint-disable-next-line no-sparse-arrays
    expect(canonicalJson([, 1])).toBe('[null,1]');
  });

  it('writes strings and numbers as JSON does, including escapes and non-Latin text', () => {
    const value = { 'é': 'line\nbreak "quoted" \u0001', n: -0, big: 1e21, small: 0.1 };
    expect(JSON.parse(canonicalJson(value))).toEqual({ ...value, n: 0 });
    expect(canonicalJson({ n: 1.5 })).toBe('{"n":1.5}');
  });

  it('sorts keys by UTF-16 code unit, as RFC 8785 does', () => {
    expect(canonicalJson({ b: 1, B: 2, a: 3, '€': 4, '1': 5 })).toBe('{"1":5,"B":2,"a":3,"b":1,"€":4}');
  });

  it('refuses numbers JSON cannot hold, and values with no single JSON form', () => {
    expect(() => canonicalJson({ a: NaN })).toThrow(Error);
    expect(() => canonicalJson([Infinity])).toThrow(/Infinity/);
    expect(() => canonicalJson({ d: new Date(0) })).toThrow(Error);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(Error);
    expect(() => canonicalJson(10n)).toThrow(Error);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => canonicalJson(loop)).toThrow(/contains itself/);
  });

  it('allows the same object twice when it is not a loop', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
  });
});
