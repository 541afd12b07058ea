/**
 * SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, in plain TypeScript: the compiler runs in the browser designer
 * and in Node alike, and must not depend on node:crypto or the async WebCrypto API.
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

/** UTF-8 bytes of a string, into a buffer with room for SHA-256 padding (the platform encoder when there is one). */
function utf8Padded(text: string): { bytes: Uint8Array; length: number } {
  const Encoder = (globalThis as { TextEncoder?: new () => { encode(input: string): Uint8Array } }).TextEncoder;
  let encoded: Uint8Array;
  if (Encoder) {
    encoded = new Encoder().encode(text);
  } else {
    encoded = new Uint8Array(text.length * 3);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low < 0xe000) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
          i++;
        }
      }
      if (cp < 0x80) encoded[n++] = cp;
      else if (cp < 0x800) { encoded[n++] = 0xc0 | (cp >> 6); encoded[n++] = 0x80 | (cp & 63); }
      else if (cp < 0x10000) { encoded[n++] = 0xe0 | (cp >> 12); encoded[n++] = 0x80 | ((cp >> 6) & 63); encoded[n++] = 0x80 | (cp & 63); }
      else { encoded[n++] = 0xf0 | (cp >> 18); encoded[n++] = 0x80 | ((cp >> 12) & 63); encoded[n++] = 0x80 | ((cp >> 6) & 63); encoded[n++] = 0x80 | (cp & 63); }
    }
    encoded = encoded.subarray(0, n);
  }
  // Message, the 0x80 marker, zero padding, and the 64-bit length: a whole number of 64-byte blocks.
  const total = Math.ceil((encoded.length + 9) / 64) * 64;
  const bytes = new Uint8Array(total);
  bytes.set(encoded);
  return { bytes, length: encoded.length };
}

export function sha256Hex(text: string): string {
  const { bytes, length } = utf8Padded(text);
  bytes[length] = 0x80;
  const view = new DataView(bytes.buffer);
  const bitLength = length * 8;
  view.setUint32(bytes.length - 8, Math.floor(bitLength / 0x100000000));
  view.setUint32(bytes.length - 4, bitLength >>> 0);
  const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const w = new Uint32Array(64);
  for (let offset = 0; offset < bytes.length; offset += 64) {
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
  let hex = '';
  for (const word of h) hex += word.toString(16).padStart(8, '0');
  return hex;
}

/** JSON with object keys sorted, so equal data always hashes the same whatever the key order. */
export function canonicalJson(value: unknown): string {
  // Fast path: the native serializer with each object's keys re-inserted in sorted order. JavaScript enumerates
  // integer-like keys ("9", "10") numerically before all others, which is not code-unit order, so an object with
  // such a key sends the whole value down the exact (slower) writer.
  let integerKeys = false;
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const record = item as Record<string, unknown>;
    const keys = Object.keys(record);
    let inOrder = true;
    for (let i = 0; i < keys.length; i++) {
      if (INTEGER_KEY.test(keys[i]!)) integerKeys = true;
      if (i > 0 && keys[i - 1]! > keys[i]!) inOrder = false;
    }
    // Already in order (the compiler emits most maps that way): serialised as it is, no copy.
    if (inOrder) return record;
    keys.sort();
    // Copies start as null-prototype (dictionary-mode) objects: thousands of copies keyed by unique names (field
    // keys, node ids) would otherwise each add a hidden-class transition, which makes the copying superlinear.
    const sorted: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const key of keys) sorted[key] = record[key];
    return sorted;
  });
  if (!integerKeys) return text;
  const parts: string[] = [];
  writeCanonical(value, parts);
  return parts.join('');
}

const INTEGER_KEY = /^(0|[1-9][0-9]*)$/;

function writeCanonical(value: unknown, parts: string[]): void {
  if (value === null || typeof value !== 'object') {
    parts.push(JSON.stringify(value));
    return;
  }
  if (Array.isArray(value)) {
    parts.push('[');
    value.forEach((item, i) => {
      if (i > 0) parts.push(',');
      writeCanonical(item, parts);
    });
    parts.push(']');
    return;
  }
  const record = value as Record<string, unknown>;
  parts.push('{');
  let first = true;
  for (const key of Object.keys(record).sort()) {
    if (record[key] === undefined) continue;
    if (!first) parts.push(',');
    first = false;
    parts.push(JSON.stringify(key), ':');
    writeCanonical(record[key], parts);
  }
  parts.push('}');
}
