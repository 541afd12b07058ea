/** Small builders for definitions in tests: readable graphs without the metadata noise. */
import type {
  Condition,
  EndNode,
  Field,
  FlowEdge,
  FlowNode1,
  ItemMeta,
  MaterialNode,
  ServiceDefinition,
  SituationNode,
  StepNode,
} from '../../../schemas/index.ts';

const at = { x: 0, y: 0 };
const zh = (text: string) => ({ 'zh-CN': text, en: text });

export const baseMeta: ItemMeta = {
  name: zh('测试事项'),
  itemType: { code: '20', label: zh('公共服务'), scheme: 'national' },
  agency: { name: zh('测试局'), nature: 'statutory' },
  legalBasis: [{ title: zh('《测试条例》'), article: '第一条' }],
  servedParties: ['natural-person'],
  caseType: 'promised',
  channels: ['online'],
  visits: { count: 0 },
  legalTimeLimit: { value: 20, unit: 'working-day' },
  promisedTimeLimit: { value: 10, unit: 'working-day' },
  fees: { free: true },
};

export const start = (id = 'start'): FlowNode1 => ({ id, kind: 'start', position: at });

export const situation = (
  id: string,
  answerType: SituationNode['answerType'],
  extra: Partial<SituationNode> = {},
): SituationNode => ({
  id, kind: 'situation', key: id, position: at, question: zh(`问题 ${id}`), answerType,
  ...(answerType === 'single-choice' || answerType === 'multi-choice'
    ? { options: [{ value: 'a', label: zh('A') }, { value: 'b', label: zh('B') }] }
    : {}),
  ...extra,
});

export const field = (id: string, type: Field['type'], extra: Partial<Field> = {}): Field => ({
  id, key: id, type, label: zh(`字段 ${id}`), ...extra,
});

export const step = (id: string, fields: Field[]): StepNode => ({
  id, kind: 'step', key: id, position: at, title: zh(`步骤 ${id}`), fields,
});

export const material = (id: string, extra: Partial<MaterialNode> = {}): MaterialNode => ({
  id, kind: 'material', key: id, position: at, name: zh(`材料 ${id}`), category: 'certificate', form: 'original',
  necessity: 'required', ways: ['upload', 'paper'], source: 'applicant',
  upload: { accept: ['application/pdf', 'image/jpeg'], maxSizeMB: 5 },
  ...extra,
});

export const end = (id: string, outcome: EndNode['outcome'] = 'submit'): EndNode => ({
  id, kind: 'end', position: at, outcome, ...(outcome === 'exit' ? { reason: zh('不符合条件') } : {}),
});

let edgeCounter = 0;
export const edge = (source: string, target: string, condition?: Condition | 'otherwise'): FlowEdge => ({
  id: `e${++edgeCounter}_${source}_${target}`,
  source,
  target,
  ...(condition === 'otherwise' ? { otherwise: true as const } : condition ? { condition } : {}),
});

export function definition(nodes: FlowNode1[], edges: FlowEdge[], meta: Partial<ItemMeta> = {}): ServiceDefinition {
  return { formatVersion: 1, id: 'test-item', version: '1.0.0', meta: { ...baseMeta, ...meta }, flow: { nodes, edges } };
}

export const eq = (fieldId: string, value: string | number | boolean): Condition => ({ field: fieldId, op: 'equals', value });
