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
  return { type: 'object', required: [head], properties: { [head]: inner ?? TRUE_SCHEMA } };
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
