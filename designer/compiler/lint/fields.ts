/** Field rules: patterns compile and cannot backtrack catastrophically; constraints fit the type and agree. */
import type { Field, FieldType, ServiceDefinition } from '../../../schemas/index.ts';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { regexRisk } from './regexSafety.ts';

const TEXT_TYPES: readonly FieldType[] = ['text', 'textarea'];
const NUMBER_TYPES: readonly FieldType[] = ['number', 'integer'];
const LIST_TYPES: readonly FieldType[] = ['multi-choice', 'group', 'file'];

const APPLIES: Record<string, readonly FieldType[]> = {
  minLength: TEXT_TYPES,
  maxLength: TEXT_TYPES,
  pattern: TEXT_TYPES,
  minimum: NUMBER_TYPES,
  maximum: NUMBER_TYPES,
  options: ['single-choice', 'multi-choice'],
  minItems: LIST_TYPES,
  maxItems: LIST_TYPES,
  upload: ['file'],
  fields: ['group'],
};
/** Listed once: lintField runs for every field of the item. */
const APPLIES_ENTRIES = Object.entries(APPLIES);

export function lintFields(definition: ServiceDefinition): Diagnostic[] {
  const out: Diagnostic[] = [];
  definition.flow.nodes.forEach((node, i) => {
    if (node.kind !== 'step') return;
    node.fields.forEach((field, j) => {
      const path = `/flow/nodes/${i}/fields/${j}`;
      lintField(field, node.id, path, out);
      (field.fields ?? []).forEach((sub, k) => {
        if (sub.type === 'group') {
          out.push(diagnostic('SVC053', { field: sub.label['zh-CN'], constraint: 'group', type: '重复组内的重复组', typeEn: 'group inside a group' }, { nodeId: node.id, fieldId: sub.id, path: `${path}/fields/${k}` }));
        }
        lintField(sub, node.id, `${path}/fields/${k}`, out);
      });
    });
  });
  return out;
}

function lintField(field: Field, nodeId: string, path: string, out: Diagnostic[]): void {
  const name = field.label['zh-CN'];
  const where = { nodeId, fieldId: field.id, path };
  for (const [constraint, types] of APPLIES_ENTRIES) {
    if ((field as Record<string, unknown>)[constraint] !== undefined && !types.includes(field.type)) {
      out.push(diagnostic('SVC053', { field: name, constraint, type: field.type }, { ...where, path: `${path}/${constraint}` }));
    }
  }
  const pairs: [number | undefined, number | undefined, string][] = [
    [field.minLength, field.maxLength, 'minLength > maxLength'],
    [field.minimum, field.maximum, 'minimum > maximum'],
    [field.minItems, field.maxItems, 'minItems > maxItems'],
  ];
  for (const [low, high, what] of pairs) {
    if (low !== undefined && high !== undefined && low > high) out.push(diagnostic('SVC052', { field: name, what, whatEn: what }, where));
  }
  if (field.pattern !== undefined) {
    try {
      new RegExp(field.pattern, 'u');
    } catch (error) {
      out.push(diagnostic('SVC050', { field: name, error: (error as Error).message }, { ...where, path: `${path}/pattern` }));
      return;
    }
    const risk = regexRisk(field.pattern);
    if (risk) out.push(diagnostic('SVC051', { field: name, why: risk.zh, whyEn: risk.en }, { ...where, path: `${path}/pattern` }));
  }
}
