/** The JSON Schema values the compiler emits. Plain JSON; nothing here is ever evaluated as code. */
export type SchemaObject = { [keyword: string]: unknown };

export const TRUE_SCHEMA: SchemaObject = {};
export const FALSE_SCHEMA: SchemaObject = { not: {} };

/** Wraps a value schema so it applies to the value at `path` of a submission (false when the value is absent). */
export function atPath(path: readonly string[], valueSchema: SchemaObject | undefined): SchemaObject {
  const [head, ...rest] = path;
  if (head === undefined) return valueSchema ?? TRUE_SCHEMA;
  const inner = rest.length > 0 ? atPath(rest, valueSchema) : valueSchema;
  // ajv's strictRequired wants every required name declared in `properties` beside it; {} declares it freely.
  const properties = keyedMap<SchemaObject>();
  properties[head] = inner ?? TRUE_SCHEMA;
  return { type: 'object', required: [head], properties };
}

/**
 * The constructor behind `keyedMap`: its objects have Object.prototype, like `{}`, but a starting hidden class of
 * their own. V8 hangs a hidden class off an object's starting class for each distinct first key; every `{}` starts
 * from the same class, and a large item adds thousands of first keys (the first field of each step, the first node
 * of each reach class). Past about 1,500 V8 stops recording them, and from then on ordinary objects all over the
 * compile rebuild their hidden classes on every property they add (measured at 4,000 nodes: the manifest took
 * 9.6 ms instead of 0.9). Dictionary-mode objects (Object.create(null)) avoid that too but made hashing a third slower.
 */
function KeyedMapObject(): void {}
KeyedMapObject.prototype = Object.prototype;

/** An empty object for keys that come from the item (node, field and material keys); see KeyedMapObject. */
export function keyedMap<T>(): Record<string, T> {
  return new (KeyedMapObject as unknown as new () => Record<string, T>)();
}

/**
 * `{ [key]: value(key) }` for each key, in order, as a `keyedMap`. (Object.fromEntries would also keep a large
 * object in fast mode up to about a thousand properties, copying its storage as it grows.)
 */
export function keyedObject<T>(keys: Iterable<string>, value: (key: string) => T): Record<string, T> {
  const object = keyedMap<T>();
  for (const key of keys) object[key] = value(key);
  return object;
}

export function allOf(parts: SchemaObject[]): SchemaObject {
  const kept = parts.filter((part) => Object.keys(part).length > 0);
  if (kept.length === 0) return TRUE_SCHEMA;
  if (kept.length === 1) return kept[0]!;
  return { allOf: kept };
}

export function anyOf(parts: SchemaObject[]): SchemaObject {
  if (parts.some((part) => Object.keys(part).length === 0)) return TRUE_SCHEMA;
  if (parts.length === 0) return FALSE_SCHEMA;
  if (parts.length === 1) return parts[0]!;
  return { anyOf: parts };
}
