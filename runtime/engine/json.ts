/**
 * JSON helpers with JSON Schema's notion of types and equality, so the engine and ajv agree on what a value is.
 */

/** A JSON object in the JSON Schema sense: not null, not an array. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own-property test: submission data comes from JSON.parse, so `__proto__` or `constructor` may be real keys. */
export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/**
 * Deep equality as JSON Schema `const`/`enum`/`uniqueItems` define it (what ajv's fast-deep-equal does for JSON):
 * same type, same array items in order, same object keys with equal values.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    // NaN never occurs in JSON; treat it as unequal like ===.
    return false;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = Object.keys(ao);
  if (keys.length !== Object.keys(bo).length) return false;
  for (const key of keys) {
    if (!hasOwn(bo, key) || !jsonEqual(ao[key], bo[key])) return false;
  }
  return true;
}

/** Length in Unicode code points, as JSON Schema `minLength`/`maxLength` count (ajv's ucs2length). */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low surrogate is one code point.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    count += 1;
  }
  return count;
}

/** The value at `path`, or `undefined` when any step is missing or not an object (the schema's "absent"). */
export function valueAt(data: unknown, path: readonly string[]): { present: boolean; value: unknown } {
  let current: unknown = data;
  for (const key of path) {
    if (!isJsonObject(current) || !hasOwn(current, key)) return { present: false, value: undefined };
    current = current[key];
  }
  return { present: true, value: current };
}

/** JSON pointer (RFC 6901) from path segments. */
export function pointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
