/**
 * Generators for property tests: random but valid definitions built from blocks (steps, materials, situation
 * diamonds that rejoin, numeric and multiple-choice branches, exits), answers for them, and valid values per
 * field type. Also the deterministic diamond chains used to show that validation grows linearly.
 */
import fc from 'fast-check';
import type {
  Condition,
  EndNode,
  Field,
  FieldType,
  FlowEdge,
  FlowNode1,
  MaterialNode,
  ServiceDefinition,
  SituationNode,
} from '../../../schemas/index.ts';
import { baseMeta } from './builders.ts';

const at = { x: 0, y: 0 };
const zh = (text: string) => ({ 'zh-CN': text, en: text });

type Block =
  | { kind: 'step'; fieldTypes: FieldType[]; required: boolean[] }
  | { kind: 'material'; variant: number; necessity: MaterialNode['necessity'] }
  | { kind: 'choice'; options: number; cover: 'all' | 'otherwise' | 'partial'; branchLengths: number[]; exitOn: number | null }
  | { kind: 'yesno'; exitOnNo: boolean; branchLength: number }
  | { kind: 'number'; split: number }
  | { kind: 'multi'; options: number };

const FIELD_TYPES: FieldType[] = [
  'text', 'textarea', 'number', 'integer', 'date', 'single-choice', 'multi-choice', 'yes-no', 'email', 'mobile-cn',
  'id-card-cn', 'uscc-cn', 'postal-code-cn', 'address-cn', 'file', 'group',
];

const blockArb: fc.Arbitrary<Block> = fc.oneof(
  fc.record({
    kind: fc.constant('step' as const),
    fieldTypes: fc.array(fc.constantFrom(...FIELD_TYPES), { minLength: 1, maxLength: 4 }),
    required: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant('material' as const),
    variant: fc.nat(5),
    necessity: fc.constantFrom('required', 'optional', 'deferrable') as fc.Arbitrary<MaterialNode['necessity']>,
  }),
  fc.record({
    kind: fc.constant('choice' as const),
    options: fc.integer({ min: 2, max: 3 }),
    cover: fc.constantFrom('all', 'otherwise', 'partial') as fc.Arbitrary<'all' | 'otherwise' | 'partial'>,
    branchLengths: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 3 }),
    exitOn: fc.option(fc.nat(2), { nil: null }),
  }),
  fc.record({ kind: fc.constant('yesno' as const), exitOnNo: fc.boolean(), branchLength: fc.integer({ min: 1, max: 2 }) }),
  fc.record({ kind: fc.constant('number' as const), split: fc.integer({ min: 1, max: 99 }) }),
  fc.record({ kind: fc.constant('multi' as const), options: fc.integer({ min: 2, max: 3 }) }),
);

/** Builds a definition from blocks; exported so failing seeds can be replayed as plain data. */
export function definitionFromBlocks(blocks: Block[]): ServiceDefinition {
  const nodes: FlowNode1[] = [{ id: 'start', kind: 'start', position: at }];
  const edges: FlowEdge[] = [];
  let counter = 0;
  const next = (prefix: string) => `${prefix}${++counter}`;
  const link = (source: string, target: string, condition?: Condition | 'otherwise') => {
    edges.push({
      id: next('e'), source, target,
      ...(condition === 'otherwise' ? { otherwise: true as const } : condition ? { condition } : {}),
    });
  };
  const addMaterial = (variant: number, necessity: MaterialNode['necessity']): string => {
    const id = next('m');
    const waysByVariant: MaterialNode['ways'][] = [
      ['upload'], ['eLicence', 'upload'], ['sharedData'], ['paper'], ['commitment', 'upload'], ['upload', 'paper'],
    ];
    const ways = waysByVariant[variant % waysByVariant.length]!;
    nodes.push({
      id, kind: 'material', key: id, position: at, name: zh(`材料${id}`), category: 'certificate', form: 'original',
      necessity, ways, source: 'applicant',
      ...(ways.includes('upload') ? { upload: { accept: ['application/pdf', 'image/jpeg'], maxSizeMB: 2 } } : {}),
      ...(ways.includes('eLicence') ? { eLicence: { catalogCode: 'CL-1' } } : {}),
      ...(ways.includes('commitment') ? { commitment: { text: zh('本人承诺所填信息真实。') } } : {}),
      ...(necessity === 'deferrable' ? { deferral: { workingDays: 5 } } : {}),
    });
    return id;
  };
  const addStep = (types: FieldType[], required: boolean[]): string => {
    const id = next('s');
    nodes.push({
      id, kind: 'step', key: id, position: at, title: zh(`步骤${id}`),
      fields: types.map((type, i) => makeField(`${id}f${i}`, type, required[i] ?? false)),
    });
    return id;
  };
  const addChain = (from: string, length: number, condition?: Condition | 'otherwise'): string => {
    let current = from;
    for (let i = 0; i < length; i++) {
      const id = i % 2 === 0 ? addMaterial(i + counter, 'required') : addStep(['text'], [true]);
      link(current, id, i === 0 ? condition : undefined);
      current = id;
    }
    return current;
  };

  let tail = 'start';
  const exits: string[] = [];
  const addExit = (from: string, condition: Condition | 'otherwise') => {
    const id = next('x');
    nodes.push({ id, kind: 'end', position: at, outcome: 'exit', reason: zh('不符合申请条件') } satisfies EndNode);
    link(from, id, condition);
    exits.push(id);
  };
  for (const block of blocks) {
    switch (block.kind) {
      case 'step': {
        const id = addStep(block.fieldTypes, block.required);
        link(tail, id);
        tail = id;
        break;
      }
      case 'material': {
        const id = addMaterial(block.variant, block.necessity);
        link(tail, id);
        tail = id;
        break;
      }
      case 'choice': {
        const q = next('q');
        const options = Array.from({ length: block.options }, (_, i) => `o${i}`);
        nodes.push(situationNode(q, 'single-choice', options));
        link(tail, q);
        const join = next('j');
        const covered = block.cover === 'partial' ? options.slice(0, -1) : block.cover === 'otherwise' ? options.slice(0, -1) : options;
        covered.forEach((option, i) => {
          const condition: Condition = { field: q, op: 'equals', value: option };
          if (block.exitOn === i && i > 0) addExit(q, condition);
          else {
            const end = addChain(q, block.branchLengths[i] ?? 0, condition);
            if (end === q) link(q, join, condition);
            else link(end, join);
          }
        });
        if (block.cover === 'otherwise') link(q, join, 'otherwise');
        if (block.cover === 'partial') {
          // The uncovered option leads nowhere, which lint reports; route it to an exit so the flow stays valid.
          addExit(q, { field: q, op: 'equals', value: options[options.length - 1]! });
        }
        nodes.push(joinStep(join));
        tail = join;
        break;
      }
      case 'yesno': {
        const q = next('q');
        nodes.push(situationNode(q, 'yes-no', []));
        link(tail, q);
        const join = next('j');
        const end = addChain(q, block.branchLength, { field: q, op: 'equals', value: true });
        link(end, join);
        if (block.exitOnNo) addExit(q, { field: q, op: 'equals', value: false });
        else link(q, join, { field: q, op: 'equals', value: false });
        nodes.push(joinStep(join));
        tail = join;
        break;
      }
      case 'number': {
        const q = next('q');
        nodes.push({ ...situationNode(q, 'integer', []), minimum: 0, maximum: 120 });
        link(tail, q);
        const join = next('j');
        const low = addChain(q, 1, { field: q, op: 'lt', value: block.split });
        link(low, join);
        link(q, join, { field: q, op: 'gte', value: block.split });
        nodes.push(joinStep(join));
        tail = join;
        break;
      }
      case 'multi': {
        const q = next('q');
        const options = Array.from({ length: block.options }, (_, i) => `r${i}`);
        nodes.push(situationNode(q, 'multi-choice', options));
        link(tail, q);
        const join = next('j');
        for (const option of options) {
          const end = addChain(q, 1, { field: q, op: 'includes', value: option });
          link(end, join);
        }
        nodes.push(joinStep(join));
        tail = join;
        break;
      }
    }
  }
  nodes.push({ id: 'done', kind: 'end', position: at, outcome: 'submit' });
  link(tail, 'done');
  return { formatVersion: 1, id: 'generated-item', version: '1.0.0', meta: baseMeta, flow: { nodes, edges } };
}

function situationNode(id: string, answerType: SituationNode['answerType'], options: string[]): SituationNode {
  return {
    id, kind: 'situation', key: id, position: at, question: zh(`情形${id}`), answerType,
    ...(options.length > 0 ? { options: options.map((value) => ({ value, label: zh(value) })) } : {}),
  };
}

function joinStep(id: string): FlowNode1 {
  return { id, kind: 'step', key: id, position: at, title: zh(`汇合${id}`), fields: [makeField(`${id}f`, 'text', false)] };
}

function makeField(id: string, type: FieldType, required: boolean): Field {
  const field: Field = { id, key: id, type, label: zh(`字段${id}`), required };
  if (type === 'single-choice' || type === 'multi-choice') field.options = [{ value: 'x', label: zh('X') }, { value: 'y', label: zh('Y') }];
  if (type === 'number' || type === 'integer') Object.assign(field, { minimum: 0, maximum: 1000 });
  if (type === 'text') field.maxLength = 20;
  if (type === 'file') field.upload = { accept: ['application/pdf'], maxSizeMB: 1, maxFiles: 2 };
  if (type === 'group') Object.assign(field, { fields: [makeField(`${id}g`, 'text', true)], maxItems: 3 });
  return field;
}

export const arbitraryDefinition: fc.Arbitrary<ServiceDefinition> = fc
  .array(blockArb, { minLength: 1, maxLength: 8 })
  .map(definitionFromBlocks);

/** A valid value for a field (the shape the compiled schema accepts). */
export function validValue(field: Field): unknown {
  switch (field.type) {
    case 'text': return '张三';
    case 'textarea': return '说明文字';
    case 'number': return 12.5;
    case 'integer': return 42;
    case 'date': return '2026-02-28';
    case 'single-choice': return field.options![0]!.value;
    case 'multi-choice': return [field.options![0]!.value];
    case 'yes-no': return true;
    case 'email': return 'zhang.san@example.cn';
    case 'mobile-cn': return '13800138000';
    case 'id-card-cn': return '11010519491231002X';
    case 'uscc-cn': return '91110000600037341L';
    case 'postal-code-cn': return '510000';
    case 'address-cn': return { province: '440000', city: '440100', district: '440106', detail: '天河路1号' };
    case 'file': return [{ id: 'f1', name: '证明.pdf', size: 1024, mediaType: 'application/pdf' }];
    case 'group': return [Object.fromEntries((field.fields ?? []).map((sub) => [sub.key, validValue(sub)]))];
  }
}

/** A valid value for a material, using the first variant it accepts. */
export function validMaterialValue(node: MaterialNode): unknown {
  const way = node.ways[0] ?? 'paper';
  switch (way) {
    case 'upload': return { type: 'upload', files: [{ id: 'u1', name: '扫描件.pdf', size: 2048, mediaType: 'application/pdf' }] };
    case 'eLicence': return { type: 'eLicence', licenceId: 'LIC-001' };
    case 'sharedData': return { type: 'sharedData' };
    case 'commitment': return { type: 'commitment', signedAt: '2026-11-29T10:00:00+08:00' };
    case 'paper': return { type: 'paper' };
  }
}

/** Random answers for every situation of a definition (reached or not; the walk decides which count). */
export function arbitraryAnswers(definition: ServiceDefinition): fc.Arbitrary<Record<string, unknown>> {
  const situations = definition.flow.nodes.filter((n): n is SituationNode => n.kind === 'situation');
  return fc.record(
    Object.fromEntries(
      situations.map((node) => {
        const options = (node.options ?? []).map((o) => o.value);
        const arb: fc.Arbitrary<unknown> =
          node.answerType === 'single-choice' ? fc.constantFrom(...options)
          : node.answerType === 'multi-choice' ? fc.subarray(options, { minLength: 1 })
          : node.answerType === 'yes-no' ? fc.boolean()
          : fc.integer({ min: 0, max: 120 });
        return [node.key, arb];
      }),
    ),
  );
}

/**
 * A chain of k situation diamonds whose branches rejoin: q1 → (a1 | b1) → j1 → q2 → … The branches are exhaustive
 * when `exhaustive` (every option has a branch), so each join is reached exactly when its situation is.
 */
export function diamondChain(k: number, exhaustive = true): ServiceDefinition {
  const blocks: Block[] = Array.from({ length: k }, () => ({
    kind: 'choice' as const, options: 2, cover: exhaustive ? ('all' as const) : ('otherwise' as const), branchLengths: [1, 1, 0], exitOn: null,
  }));
  return definitionFromBlocks(blocks);
}
