// New nodes for the palette: fresh ids, unique keys and defaults that already satisfy
// schemas/service.schema.json, so a node is valid the moment it lands on the canvas.
import type { ApprovalNode, FlowNode1, ServiceDefinition } from '../../../schemas/service.types.ts';
import type { PaletteKind } from '../editor/strings.ts';
import { usedIds } from '../../model/ids.ts';
export { usedIds };

/** A random id such as `n_k3f9x2ab` (matches the schema's NodeId: a letter first). */
export function newId(prefix = 'n'): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  let suffix = '';
  for (const byte of bytes) suffix += (byte % 36).toString(36);
  return `${prefix}_${suffix}`;
}


/** An id not in `taken`; the new id is added to `taken` so a batch can draw several. */
export function uniqueId(taken: Set<string>, prefix = 'n'): string {
  let id = newId(prefix);
  while (taken.has(id)) id = newId(prefix);
  taken.add(id);
  return id;
}

/** Submission keys in use: situation, step and material keys, and stage keys (kept apart from each other too). */
export function usedKeys(definition: ServiceDefinition): Set<string> {
  const keys = new Set<string>();
  for (const node of definition.flow.nodes) if ('key' in node) keys.add(node.key);
  for (const stage of definition.approval?.nodes ?? []) keys.add(stage.key);
  return keys;
}

/** `base1`, `base2`, …: the first lowerCamelCase key not in `taken` (added to it). */
export function uniqueKey(base: string, taken: Set<string>): string {
  for (let n = 1; ; n += 1) {
    const key = `${base}${n}`;
    if (!taken.has(key)) {
      taken.add(key);
      return key;
    }
  }
}

const KEY_BASES: Record<Exclude<PaletteKind, 'start' | 'end'>, string> = {
  situation: 'situation',
  step: 'step',
  material: 'material',
  approval: 'stage',
};

/** A new node of `kind` at `position`, with ids and keys unique in `definition`. */
export function createNode(
  kind: PaletteKind,
  position: { x: number; y: number },
  definition: ServiceDefinition,
): FlowNode1 | ApprovalNode {
  const ids = usedIds(definition);
  const keys = usedKeys(definition);
  const id = uniqueId(ids);
  const at = { x: Math.round(position.x), y: Math.round(position.y) };
  switch (kind) {
    case 'start':
      return { id, kind: 'start', position: at };
    case 'situation':
      return {
        id,
        kind: 'situation',
        key: uniqueKey(KEY_BASES.situation, keys),
        position: at,
        question: { 'zh-CN': '新的情形问题？', en: 'New question?' },
        answerType: 'single-choice',
        options: [
          { value: 'optionA', label: { 'zh-CN': '选项一', en: 'Option A' } },
          { value: 'optionB', label: { 'zh-CN': '选项二', en: 'Option B' } },
        ],
      };
    case 'step':
      return {
        id,
        kind: 'step',
        key: uniqueKey(KEY_BASES.step, keys),
        position: at,
        title: { 'zh-CN': '新步骤', en: 'New step' },
        fields: [{ id: uniqueId(ids), key: 'field1', type: 'text', label: { 'zh-CN': '新字段', en: 'New field' }, required: true }],
      };
    case 'material':
      return {
        id,
        kind: 'material',
        key: uniqueKey(KEY_BASES.material, keys),
        position: at,
        name: { 'zh-CN': '新材料', en: 'New material' },
        category: 'other',
        form: 'original-or-copy',
        necessity: 'required',
        ways: ['upload', 'paper'],
        upload: { accept: ['application/pdf', 'image/jpeg', 'image/png'], maxSizeMB: 10 },
        source: 'applicant',
      };
    case 'end':
      return { id, kind: 'end', position: at, outcome: 'submit', title: { 'zh-CN': '提交申请', en: 'Submit the application' } };
    case 'approval':
      return {
        id,
        kind: 'approval',
        key: uniqueKey(KEY_BASES.approval, keys),
        position: at,
        stage: 'review',
        name: { 'zh-CN': '审查', en: 'Review' },
        budgetDays: 5,
        outcomes: ['pass', 'refuse'],
      };
  }
}
