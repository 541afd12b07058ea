// Compares service packages "ignoring ids and positions" (issue 6): a package compiled from an item rebuilt in the
// designer has other node, field, edge and stage ids than the golden package, and another item id. This module
// renames every id to a canonical name derived from what the package says about the thing itself, so two packages
// are equal after normalisation exactly when they differ only in ids:
//   flow node      → node:<key>, or <kind>#<topological index> for nodes without a key (ends)
//   field          → field:<data path>  (a situation's field shares its node's id and keeps the node's name)
//   approval stage → stage:<key>;  transition → transition:<source>><target>:<outcome>
//   item id        → item (also inside schema.$id)
// The hash (over the ids) is dropped. Ids are renamed only where the package format puts ids (id, nodeId, entry,
// source, target, reached, field, reachSchema, $ref to #/$defs/reach-<id>, keys of flow.fields and of
// schema.$defs), never in free text or other values: an end node may be called "submit", like an outcome.
// Positions never reach a package. Plain JavaScript so the browser tests (plain Node) can import it.

const ID_PROPERTIES = new Set(['id', 'nodeId', 'entry', 'source', 'target', 'reached', 'field']);
const REACH_REF = /^#\/\$defs\/reach-(.+)$/;
const REACH_DEF = /^reach-(.+)$/;

/** The canonical name of every id in `pkg` (a compiled service package), as a Map from id to name. */
export function canonicalIds(pkg) {
  const names = new Map();
  const name = (id, canonical) => {
    if (typeof id === 'string' && !names.has(id)) names.set(id, canonical);
  };
  (pkg.flow?.nodes ?? []).forEach((node, index) => name(node.id, node.key ? `node:${node.key}` : `${node.kind}#${index}`));
  for (const [id, entry] of Object.entries(pkg.flow?.fields ?? {})) name(id, `field:${(entry.path ?? []).join('.')}`);
  const visitFields = (fields, prefix) => {
    for (const field of fields ?? []) {
      const path = [...prefix, field.key];
      name(field.id, `field:${path.join('.')}`);
      visitFields(field.fields, path);
    }
  };
  for (const node of pkg.flow?.nodes ?? []) if (node.kind === 'step') visitFields(node.fields, [node.key]);
  for (const stage of pkg.approvals?.stages ?? []) name(stage.id, `stage:${stage.key}`);
  for (const edge of pkg.approvals?.transitions ?? []) {
    name(edge.id, `transition:${names.get(edge.source) ?? edge.source}>${names.get(edge.target) ?? edge.target}:${edge.outcome}`);
  }
  return names;
}

/** A copy of `pkg` with canonical ids, no hash, and object keys sorted (so key order never matters). */
export function normalizePackage(pkg) {
  const names = canonicalIds(pkg);
  const rename = (id) => names.get(id) ?? id;
  const itemId = pkg.id;
  const walk = (value, parentKey) => {
    if (Array.isArray(value)) return value.map((item) => walk(item, `${parentKey}[]`));
    if (value === null || typeof value !== 'object') {
      if (typeof value !== 'string') return value;
      if (ID_PROPERTIES.has(parentKey)) return rename(value);
      if (parentKey === '$ref' || parentKey === 'reachSchema') {
        const match = REACH_REF.exec(value);
        return match ? `#/$defs/reach-${rename(match[1])}` : value;
      }
      return value;
    }
    const out = {};
    const keyed = Object.keys(value).map((key) => {
      let renamed = key;
      if (parentKey === 'fields' && !Array.isArray(value)) renamed = rename(key);
      if (parentKey === '$defs') {
        const match = REACH_DEF.exec(key);
        if (match) renamed = `reach-${rename(match[1])}`;
      }
      return [renamed, key];
    });
    keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [renamed, key] of keyed) out[renamed] = walk(value[key], key);
    return out;
  };
  const normalized = walk(pkg, '');
  delete normalized.hash;
  normalized.id = 'item';
  if (typeof normalized.schema?.$id === 'string' && typeof itemId === 'string') {
    normalized.schema.$id = normalized.schema.$id.replace(`:${itemId}:`, ':item:');
  }
  return normalized;
}

/**
 * The differences between two normalised packages as JSON-pointer-like paths (at most `limit`), empty when equal.
 * Used for a readable failure message.
 */
export function packageDifferences(a, b, limit = 20) {
  const out = [];
  const visit = (x, y, path) => {
    if (out.length >= limit) return;
    if (x === y) return;
    if (typeof x !== typeof y || x === null || y === null || typeof x !== 'object' || Array.isArray(x) !== Array.isArray(y)) {
      out.push(`${path || '/'}: ${JSON.stringify(x)?.slice(0, 120)} ≠ ${JSON.stringify(y)?.slice(0, 120)}`);
      return;
    }
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    for (const key of keys) visit(x[key], y[key], `${path}/${key}`);
  };
  visit(a, b, '');
  return out;
}
