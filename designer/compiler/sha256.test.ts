import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalSha256, sha256Hex } from './sha256.ts';

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

  it('encodes a lone surrogate as U+FFFD, as TextEncoder and node:crypto do', () => {
    for (const text of ['\ud800', 'a\udc00b', 'x\ud83d']) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });

  it('gives the same digest across its internal buffer boundary', () => {
    // 16 KiB are buffered before compressing; texts around that size, with multi-byte characters straddling it.
    for (const length of [16383, 16384, 16385, 40000]) {
      const text = '居'.repeat(Math.floor(length / 3)) + 'a'.repeat(length % 3) + '😀';
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
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

  it('equals JSON.stringify with the keys of every object sorted, and canonicalSha256 hashes exactly that text', () => {
    // The reference: JSON.stringify after rebuilding every object with sorted keys (integer-like keys sorted as
    // strings too, which needs a Map to keep that order out of JavaScript's own ordering).
    const reference = (value: unknown): string => {
      if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
      if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : reference(item))).join(',')}]`;
      const entries = Object.keys(value).sort().filter((key) => (value as Record<string, unknown>)[key] !== undefined);
      return `{${entries.map((key) => `${JSON.stringify(key)}:${reference((value as Record<string, unknown>)[key])}`).join(',')}}`;
    };
    const text = fc.string({ unit: fc.constantFrom('a', 'B', '0', '9', '"', '\\', '\n', '\u0001', '\u001f', '\u007f', '居', '😀', '\ud800', '\udfff', '\u2028') });
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.integer(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(fc.oneof(text, fc.nat().map(String)), fc.oneof(tie('value'), fc.constant(undefined)), { maxKeys: 5 }),
      ),
    })).value;
    fc.assert(
      fc.property(json, (value) => {
        const canonical = canonicalJson(value);
        expect(canonical).toBe(reference(value));
        expect(canonicalSha256(value)).toBe(sha256Hex(canonical));
      }),
      { seed: 20261129, numRuns: 500 },
    );
  });
});
