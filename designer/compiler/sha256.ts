/**
 * SHA-256 (FIPS 180-4) and canonical JSON, in plain TypeScript: the compiler runs in the browser designer and in
 * Node alike, and must not depend on node:crypto or the async WebCrypto API.
 *
 * The package hash is computed by writing canonical JSON straight into the hash as UTF-8 bytes. Building the text
 * first (a copy of every object whose keys were out of order, the megabytes of JSON, its UTF-8 bytes) was most of a
 * compile's garbage, and collecting it while the whole package was alive made compile time grow faster than the graph.
 */
const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

const INITIAL_STATE = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/** Bytes buffered before the compression function runs over them: a whole number of 64-byte blocks. */
const BUFFER_BYTES = 64 * 256;

/** SHA-256 over bytes written one at a time (UTF-8 text, JSON), through a small fixed buffer. */
class Sha256 {
  private readonly state = new Uint32Array(INITIAL_STATE);
  private readonly schedule = new Uint32Array(64);
  private readonly buffer = new Uint8Array(BUFFER_BYTES);
  private readonly view = new DataView(this.buffer.buffer);
  private buffered = 0;
  private compressed = 0;

  byte(value: number): void {
    this.buffer[this.buffered++] = value;
    if (this.buffered === BUFFER_BYTES) {
      compress(this.state, this.schedule, this.view, BUFFER_BYTES);
      this.compressed += BUFFER_BYTES;
      this.buffered = 0;
    }
  }

  /** A code point as UTF-8. */
  codePoint(cp: number): void {
    if (cp < 0x80) {
      this.byte(cp);
    } else if (cp < 0x800) {
      this.byte(0xc0 | (cp >> 6));
      this.byte(0x80 | (cp & 63));
    } else if (cp < 0x10000) {
      this.byte(0xe0 | (cp >> 12));
      this.byte(0x80 | ((cp >> 6) & 63));
      this.byte(0x80 | (cp & 63));
    } else {
      this.byte(0xf0 | (cp >> 18));
      this.byte(0x80 | ((cp >> 12) & 63));
      this.byte(0x80 | ((cp >> 6) & 63));
      this.byte(0x80 | (cp & 63));
    }
  }

  /** Text as UTF-8; a lone surrogate becomes U+FFFD, as TextEncoder and node:crypto encode it. */
  text(value: string): void {
    for (let i = 0; i < value.length; i++) {
      const unit = value.charCodeAt(i);
      const cp = surrogatePair(value, i);
      if (cp !== undefined) {
        this.codePoint(cp);
        i++;
      } else {
        this.codePoint(isSurrogate(unit) ? 0xfffd : unit);
      }
    }
  }

  /** The digest, as lowercase hex. Ends the hash: write nothing after it. */
  hex(): string {
    const bitLength = (this.compressed + this.buffered) * 8;
    // The 0x80 marker, zero padding, and the 64-bit message length: a whole number of 64-byte blocks.
    this.byte(0x80);
    while (this.buffered % 64 !== 56) this.byte(0);
    this.view.setUint32(this.buffered, Math.floor(bitLength / 0x100000000));
    this.view.setUint32(this.buffered + 4, bitLength >>> 0);
    compress(this.state, this.schedule, this.view, this.buffered + 8);
    let hex = '';
    for (const word of this.state) hex += word.toString(16).padStart(8, '0');
    return hex;
  }
}

function isSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit < 0xe000;
}

/** The astral code point whose surrogate pair starts at `i`, if one does. */
function surrogatePair(text: string, i: number): number | undefined {
  const high = text.charCodeAt(i);
  if (high < 0xd800 || high >= 0xdc00 || i + 1 >= text.length) return undefined;
  const low = text.charCodeAt(i + 1);
  if (low < 0xdc00 || low >= 0xe000) return undefined;
  return 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
}

/** Runs the compression function over the 64-byte blocks of `view` from 0 to `end` (a multiple of 64). */
function compress(h: Uint32Array, w: Uint32Array, view: DataView, end: number): void {
  for (let offset = 0; offset < end; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]!;
      const b = w[i - 2]!;
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) >>> 0;
    }
    let a = h[0]!, b = h[1]!, c = h[2]!, d = h[3]!, e = h[4]!, f = h[5]!, g = h[6]!, hh = h[7]!;
    for (let i = 0; i < 64; i++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + s1 + ch + K[i]! + w[i]!) >>> 0;
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (s0 + maj) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    h[0] = (h[0]! + a) >>> 0; h[1] = (h[1]! + b) >>> 0; h[2] = (h[2]! + c) >>> 0; h[3] = (h[3]! + d) >>> 0;
    h[4] = (h[4]! + e) >>> 0; h[5] = (h[5]! + f) >>> 0; h[6] = (h[6]! + g) >>> 0; h[7] = (h[7]! + hh) >>> 0;
  }
}

/** SHA-256 of a string's UTF-8 bytes, as lowercase hex. */
export function sha256Hex(text: string): string {
  const hash = new Sha256();
  hash.text(text);
  return hash.hex();
}

/**
 * Where canonical JSON goes: `literal` takes JSON punctuation, numbers and keywords (ASCII), `string` a string
 * value or key, which it quotes and escapes exactly as JSON.stringify does.
 */
interface JsonOutput {
  literal(text: string): void;
  string(value: string): void;
}

/** Canonical JSON as text. */
class TextOutput implements JsonOutput {
  readonly parts: string[] = [];
  literal(text: string): void {
    this.parts.push(text);
  }
  string(value: string): void {
    this.parts.push(JSON.stringify(value));
  }
}

/** Short escapes JSON.stringify uses for control characters; the others become \u00XX. */
const SHORT_ESCAPES: Readonly<Record<number, number>> = { 0x08: 0x62, 0x09: 0x74, 0x0a: 0x6e, 0x0c: 0x66, 0x0d: 0x72 };
const HEX_DIGITS = '0123456789abcdef';

/** Canonical JSON as UTF-8 bytes into a hash, escaped as JSON.stringify escapes (well-formed: lone surrogates as \uXXXX). */
class HashOutput implements JsonOutput {
  constructor(private readonly hash: Sha256) {}

  literal(text: string): void {
    for (let i = 0; i < text.length; i++) this.hash.byte(text.charCodeAt(i));
  }

  string(value: string): void {
    const hash = this.hash;
    hash.byte(0x22);
    for (let i = 0; i < value.length; i++) {
      const unit = value.charCodeAt(i);
      if (unit >= 0x20 && unit < 0x80 && unit !== 0x22 && unit !== 0x5c) {
        hash.byte(unit);
      } else if (unit === 0x22 || unit === 0x5c) {
        hash.byte(0x5c);
        hash.byte(unit);
      } else if (unit < 0x20) {
        hash.byte(0x5c);
        const short = SHORT_ESCAPES[unit];
        if (short !== undefined) hash.byte(short);
        else this.unicodeEscape(unit);
      } else if (!isSurrogate(unit)) {
        hash.codePoint(unit);
      } else {
        const cp = surrogatePair(value, i);
        if (cp !== undefined) {
          hash.codePoint(cp);
          i++;
        } else {
          hash.byte(0x5c);
          this.unicodeEscape(unit);
        }
      }
    }
    hash.byte(0x22);
  }

  /** `uXXXX` in lowercase hex (after the backslash). */
  private unicodeEscape(unit: number): void {
    this.hash.byte(0x75);
    for (let shift = 12; shift >= 0; shift -= 4) this.hash.byte(HEX_DIGITS.charCodeAt((unit >> shift) & 15));
  }
}

/**
 * JSON with object keys sorted by code unit at every depth, so equal data always hashes the same whatever the key
 * order. For plain JSON data (no toJSON, no cycles); like JSON.stringify it leaves out object members whose value
 * is undefined, a function or a symbol, and writes null for such array items.
 */
export function canonicalJson(value: unknown): string {
  const output = new TextOutput();
  new CanonicalWriter(output).value(value, 0);
  return output.parts.join('');
}

/** sha256Hex(canonicalJson(value)), without building the text. */
export function canonicalSha256(value: unknown): string {
  const hash = new Sha256();
  new CanonicalWriter(new HashOutput(hash)).value(value, 0);
  return hash.hex();
}

/**
 * Walks JSON data in canonical order. It runs over every value of a package while the whole package is alive, so
 * it allocates next to nothing: each object's keys go into a key list reused at its depth. (Garbage made here
 * triggers young-generation collections, and each one copies whatever of the freshly built package is still young.)
 */
class CanonicalWriter {
  private readonly keyLists: string[][] = [];
  /** for-in also lists inherited enumerable keys; plain data has none unless Object.prototype was extended. */
  private readonly inheritedKeys = hasEnumerableKeys(Object.prototype);

  constructor(private readonly out: JsonOutput) {}

  value(value: unknown, depth: number): void {
    const out = this.out;
    switch (typeof value) {
      case 'string':
        out.string(value);
        return;
      case 'number':
        out.literal(Number.isFinite(value) ? String(value) : 'null');
        return;
      case 'boolean':
        out.literal(value ? 'true' : 'false');
        return;
      case 'object':
        break;
      default:
        throw new TypeError(`canonical JSON: a value of type ${typeof value} is not JSON data`);
    }
    if (value === null) {
      out.literal('null');
      return;
    }
    if (Array.isArray(value)) {
      out.literal('[');
      for (let i = 0; i < value.length; i++) {
        if (i > 0) out.literal(',');
        const item: unknown = value[i];
        if (leftOut(item)) out.literal('null');
        else this.value(item, depth + 1);
      }
      out.literal(']');
      return;
    }
    const record = value as Record<string, unknown>;
    const keys = (this.keyLists[depth] ??= []);
    const count = this.collectKeys(record, keys);
    out.literal('{');
    let first = true;
    for (let k = 0; k < count; k++) {
      const key = keys[k]!;
      const item = record[key];
      if (leftOut(item)) continue;
      if (!first) out.literal(',');
      first = false;
      out.string(key);
      out.literal(':');
      this.value(item, depth + 1);
    }
    out.literal('}');
  }

  /** The record's own keys, sorted, into the first `count` slots of `keys` (which keeps its length). */
  private collectKeys(record: Record<string, unknown>, keys: string[]): number {
    let count = 0;
    for (const key in record) {
      if (this.inheritedKeys && !Object.hasOwn(record, key)) continue;
      keys[count++] = key;
    }
    sortKeys(keys, count);
    return count;
  }
}

function hasEnumerableKeys(object: object): boolean {
  for (const _key in object) return true;
  return false;
}

/** What JSON.stringify leaves out of objects (and writes as null in arrays). */
function leftOut(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * Sorts the first `count` keys in place by code unit, as Array.prototype.sort does. JavaScript lists integer-like
 * keys ("9", "10") numerically first, which is not code-unit order, so every object is sorted. Most have a handful
 * of keys, already in order: insertion sort checks that in one pass and allocates nothing.
 */
function sortKeys(keys: string[], count: number): void {
  if (count > 16) {
    const sorted = keys.slice(0, count).sort();
    for (let i = 0; i < count; i++) keys[i] = sorted[i]!;
    return;
  }
  for (let i = 1; i < count; i++) {
    const key = keys[i]!;
    let j = i - 1;
    for (; j >= 0 && keys[j]! > key; j--) keys[j + 1] = keys[j]!;
    keys[j + 1] = key;
  }
}
