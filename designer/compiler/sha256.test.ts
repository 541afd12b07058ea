import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from './sha256.ts';

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with node:crypto on any text, CJK and astral characters included', () => {
    fc.assert(
      // 'binary' generates any Unicode code point (astral ones as surrogate pairs), never a lone surrogate.
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
      { seed: 20261129, numRuns: 300 },
    );
    expect(sha256Hex('居民身份证𠀀')).toBe(createHash('sha256').update('居民身份证𠀀', 'utf8').digest('hex'));
  });

  it('gives the same digest without a platform TextEncoder (the manual UTF-8 path)', () => {
    const Encoder = globalThis.TextEncoder;
    const texts = ['', 'abc', '居民身份证', '𠀀 emoji 😀', 'a'.repeat(1000)];
    const withEncoder = texts.map(sha256Hex);
    try {
      // @ts-expect-error: removed on purpose to exercise the fallback
      delete globalThis.TextEncoder;
      expect(texts.map(sha256Hex)).toEqual(withEncoder);
    } finally {
      globalThis.TextEncoder = Encoder;
    }
  });
});

describe('canonicalJson', () => {
  it('orders integer-like keys by code unit too, as the hash contract says', () => {
    expect(canonicalJson({ 9: 'a', 10: 'b', x: { 2: 1, '!': 2 } })).toBe('{"10":"b","9":"a","x":{"!":2,"2":1}}');
  });

  it('sorts keys at every depth and leaves out undefined', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: undefined, b: 'x' }], c: null })).toBe('{"a":[{"b":"x","d":1}],"b":1,"c":null}');
  });
});
