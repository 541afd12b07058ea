/**
 * One single-step form of N fields of mixed types, as the two things the benchmark renders:
 * - `benchStepSchema(n)`: the JSON Schema of the step's data, field for field what designer/compiler/fieldSchema.ts
 *   emits for these fields (plus a `title` annotation per property, which RJSF shows as the label). RJSF renders
 *   it directly; the same object is the step's schema inside our package.
 * - `benchPackage(n)`: a service package (schemas/package.schema.json) with one step node holding the same fields,
 *   built by hand in the package shape (no compiler in the browser). `bench/runtime/run.js` checks before every
 *   run that the compiler emits exactly this step schema for `benchFields(n)`.
 * Deterministic: the same N always gives the same form.
 */
import type { Field, FieldType, ServicePackage } from '../../schemas/index.ts';
import { identifierPatterns } from '../../schemas/formats/patterns.ts';

export const BENCH_SIZES = [50, 300, 1000] as const;
export const STEP_KEY = 'form';

/** The cycle of field types; every third field is required. */
const TYPES: readonly FieldType[] = ['text', 'integer', 'date', 'single-choice', 'yes-no', 'mobile-cn', 'id-card-cn', 'text', 'postal-code-cn', 'email'];

const TYPE_NAMES: Record<string, string> = {
  text: '文本', integer: '整数', date: '日期', 'single-choice': '单选', 'yes-no': '是否',
  'mobile-cn': '手机号码', 'id-card-cn': '身份证号码', 'postal-code-cn': '邮政编码', email: '电子邮箱',
};

const pad = (i: number) => String(i + 1).padStart(4, '0');

/** The key of field i (0-based): `f0001`… */
export const fieldKey = (i: number) => `f${pad(i)}`;

/** The label of field i, e.g. `第1项 文本`; both pages use it, so a test can find a field by its label. */
export const fieldLabel = (i: number) => `第${i + 1}项 ${TYPE_NAMES[TYPES[i % TYPES.length]!]}`;

const options = [
  { value: 'a', label: { 'zh-CN': '选项甲', en: 'Option A' } },
  { value: 'b', label: { 'zh-CN': '选项乙', en: 'Option B' } },
  { value: 'c', label: { 'zh-CN': '选项丙', en: 'Option C' } },
];

/** The fields of the step, in the definition/package `Field` shape. */
export function benchFields(n: number): Field[] {
  return Array.from({ length: n }, (_, i): Field => {
    const type = TYPES[i % TYPES.length]!;
    const label = fieldLabel(i);
    const field: Field = { id: `f_${fieldKey(i)}`, key: fieldKey(i), type, label: { 'zh-CN': label, en: label }, required: i % 3 === 0 };
    if (type === 'single-choice') field.options = options;
    if (type === 'integer') Object.assign(field, { minimum: 0, maximum: 150 });
    if (type === 'text') field.maxLength = 50;
    return field;
  });
}

type Schema = Record<string, unknown>;

/** fieldSchema() of designer/compiler for the field types used here. */
function valueSchema(field: Field): Schema {
  switch (field.type) {
    case 'text': {
      const schema: Schema = { type: 'string' };
      if (field.required) schema.minLength = 1;
      schema.maxLength = field.maxLength ?? 200;
      return schema;
    }
    case 'integer':
      return { type: 'integer', minimum: field.minimum, maximum: field.maximum };
    case 'date':
      return { type: 'string', pattern: identifierPatterns.date, format: 'date' };
    case 'single-choice':
      return { type: 'string', enum: (field.options ?? []).map((o) => o.value) };
    case 'yes-no':
      return { type: 'boolean' };
    case 'mobile-cn':
      return { type: 'string', pattern: identifierPatterns.mobileCn };
    case 'id-card-cn':
      return { type: 'string', pattern: identifierPatterns.residentId, format: 'cn-resident-id' };
    case 'postal-code-cn':
      return { type: 'string', pattern: identifierPatterns.postalCodeCn };
    case 'email':
      return { type: 'string', maxLength: 254, pattern: identifierPatterns.email, format: 'email' };
    default:
      throw new Error(`bench generator: no schema for field type ${field.type}`);
  }
}

/** The step's JSON Schema; `titles: false` leaves out the `title` annotations (to compare with the compiler). */
export function benchStepSchema(n: number, { titles = true } = {}): Schema {
  const fields = benchFields(n);
  const properties: Record<string, Schema> = {};
  for (const field of fields) {
    properties[field.key] = titles ? { title: field.label['zh-CN'], ...valueSchema(field) } : valueSchema(field);
  }
  const required = fields.filter((field) => field.required).map((field) => field.key);
  return { type: 'object', ...(required.length > 0 ? { required } : {}), properties, additionalProperties: false };
}

/** RJSF's uiSchema: choice labels and yes/no as radios (what our runtime shows), no HTML5 validation. */
export function benchUiSchema(n: number): Schema {
  const ui: Schema = {};
  for (const field of benchFields(n)) {
    if (field.type === 'single-choice') ui[field.key] = { 'ui:enumNames': options.map((o) => o.label['zh-CN']), 'ui:widget': 'radio' };
    if (field.type === 'yes-no') ui[field.key] = { 'ui:widget': 'radio' };
  }
  return ui;
}

const zh = (text: string) => ({ 'zh-CN': text, en: text });

/** A service package whose only step holds benchFields(n). */
export function benchPackage(n: number): ServicePackage {
  const fields = benchFields(n);
  const stepSchema = benchStepSchema(n);
  return {
    packageFormat: 1,
    id: `bench-${n}`,
    version: '1.0.0',
    // Not the real canonical hash: nothing in the bench verifies it, and drafts are off (storage: null).
    hash: `sha256:${'0'.repeat(64)}`,
    compiler: { name: 'banshi', version: '0.1.0' },
    schema: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `urn:banshi:bench-${n}:1.0.0`,
      type: 'object',
      required: [STEP_KEY],
      properties: { [STEP_KEY]: stepSchema },
      additionalProperties: false,
    },
    flow: {
      nodes: [
        { id: 'n_form', kind: 'step', key: STEP_KEY, reach: { all: [] }, title: zh(`基准表单（${n} 项）`), fields },
        { id: 'n_end', kind: 'end', reach: { reached: 'n_form' }, outcome: 'submit', title: zh('提交') },
      ],
      fields: Object.fromEntries(fields.map((field) => [field.id, { nodeId: 'n_form', path: [STEP_KEY, field.key] }])),
    },
    materials: [],
    guide: {
      name: zh(`基准事项（${n} 项）`),
      itemType: { code: '20', label: zh('公共服务'), scheme: 'national' },
      agency: { name: zh('基准测试局'), nature: 'statutory' },
      legalBasis: [{ title: zh('《测试条例》'), article: '第一条' }],
      servedParties: ['natural-person'],
      caseType: 'instant',
      channels: ['online'],
      visits: { count: 0 },
      legalTimeLimit: { value: 1, unit: 'working-day' },
      promisedTimeLimit: { value: 0, unit: 'working-day' },
      fees: { free: true },
    },
  } as ServicePackage;
}

/** N from `?n=`, one of BENCH_SIZES (default 50). */
export function sizeFromQuery(search: string): number {
  const n = Number(new URLSearchParams(search).get('n'));
  return (BENCH_SIZES as readonly number[]).includes(n) ? n : 50;
}
