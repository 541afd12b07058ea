// Keys and ids for new things, and the inline checks of keys an administrator types. The rules mirror the
// schema's `Key` and `NodeId` (schemas/service.schema.json), so what the inspector accepts the schema accepts.
import type { ServiceDefinition } from '../../../schemas/service.types.ts';
import type { Translate } from './lang.ts';
/** Every id in use in the document (one namespace for nodes, fields, edges and stages). */
export { usedIds as allIds } from '../../model/ids.ts';

const KEY_PATTERN = /^[a-z][A-Za-z0-9_]{0,63}$/;
/** Names JavaScript objects inherit, plus `materials`, which the submission reserves for the material answers. */
export const FORBIDDEN_KEYS: readonly string[] = [
  'constructor', 'prototype', 'toString', 'toLocaleString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf',
  'propertyIsEnumerable', 'materials',
];

/** Why `key` cannot be used, or undefined. `taken` are the sibling keys (the key's own current value excluded). */
export function keyProblem(key: string, taken: ReadonlySet<string>, t: Translate): string | undefined {
  if (key === '') return t('请填写键。', 'Enter a key.');
  if (!KEY_PATTERN.test(key)) {
    return t(
      '键须以小写英文字母开头，只含英文字母、数字和下划线，最长 64 个字符（例如 applicantName）。',
      'A key starts with a lower-case letter and has only letters, digits and underscores, at most 64 (e.g. applicantName).',
    );
  }
  if (FORBIDDEN_KEYS.includes(key)) return t(`“${key}” 是保留名称，请换一个。`, `"${key}" is reserved; choose another.`);
  if (taken.has(key)) return t(`键 “${key}” 已被使用，同一层级的键必须唯一。`, `Key "${key}" is already used; keys must be unique at one level.`);
  return undefined;
}

/** `prefix1`, `prefix2`, … : the first not in `taken`. */
export function nextName(prefix: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n += 1) if (!taken.has(`${prefix}${n}`)) return `${prefix}${n}`;
}


/** The top-level submission keys (situations, steps, materials), which must not collide. */
export function topLevelKeys(definition: ServiceDefinition, exceptNodeId?: string): Set<string> {
  const keys = new Set<string>();
  for (const node of definition.flow.nodes) {
    if (node.id !== exceptNodeId && 'key' in node) keys.add(node.key);
  }
  return keys;
}

/** https:// or a site-relative path, as the schema's `Url`. */
export function urlProblem(url: string, t: Translate): string | undefined {
  if (url === '') return undefined;
  return /^(https:\/\/|\/)[^\s<>"]*$/.test(url)
    ? undefined
    : t('链接须以 https:// 或 / 开头，且不含空格。', 'A link starts with https:// or / and has no spaces.');
}

/** Returns a copy of `object` with `key` set, or removed when `value` is undefined (documents never hold undefined). */
export function withOptional<T extends object, K extends keyof T>(object: T, key: K, value: T[K] | undefined): T {
  const copy = { ...object };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}
