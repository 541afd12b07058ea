/**
 * What changed between two versions of an item: fields (situation answers and step fields, by stable id),
 * materials (by node id), conditions (applicant-flow edges, by id) and the 办事指南 elements worth telling
 * (time limits, fees, visits, case type, channels, 受理条件). Pure: the compiler puts the list in the package
 * (`previous.changes`), the designer shows it when publishing, and the runtime uses it to tell returning citizens
 * which answers to check again.
 */
import type {
  ChoiceOption,
  Comparison,
  Condition,
  ConditionValue,
  FlowEdge,
  FlowNode1,
  ItemMeta,
  LocalText,
  MaterialNode,
  PackageChange,
  ServiceDefinition,
  TimeLimit,
} from '../../schemas/index.ts';
import type { Fees } from '../../schemas/service.types.ts';
import { indexFields, type FieldEntry } from './fields.ts';

export type ChangeEntry = PackageChange;

export interface ChangeList {
  readonly added: readonly ChangeEntry[];
  readonly removed: readonly ChangeEntry[];
  readonly changed: readonly ChangeEntry[];
}

export type VersionBump = 'major' | 'minor' | 'patch';

/** Deep equality for JSON values (key order ignored). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => sameJson(item, other[index]));
  }
  const ak = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const bk = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ak.length === bk.length && ak.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const FIELD_CONSTRAINTS = ['minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'minItems', 'maxItems', 'upload', 'fields'] as const;

function fieldDetails(before: FieldEntry, after: FieldEntry): string[] {
  const a = before.field;
  const b = after.field;
  const details: string[] = [];
  if (!sameJson(before.path, after.path)) details.push('key');
  if (!sameJson(a.label, b.label)) details.push('label');
  if (a.type !== b.type) details.push('type');
  if ((a.required === true) !== (b.required === true)) details.push('required');
  if (!sameJson(a.options ?? [], b.options ?? [])) details.push('options');
  if (FIELD_CONSTRAINTS.some((name) => !sameJson(a[name], b[name]))) details.push('constraints');
  if (!sameJson(a.hint, b.hint) || !sameJson(a.patternMessage, b.patternMessage) || !sameJson(a.prefill, b.prefill)) details.push('hint');
  return details;
}

const MATERIAL_DETAILS = ['key', 'name', 'necessity', 'ways', 'upload', 'form', 'copies', 'eLicence', 'deferral', 'commitment'] as const;
const MATERIAL_TEXTS = [
  'description', 'category', 'paperFormat', 'legalBasis', 'source', 'sourceNote', 'blankFormUrl', 'sampleUrl',
  'acceptanceCriteria', 'fillInstructions', 'signatureRequirement',
] as const;

function materialDetails(a: MaterialNode, b: MaterialNode): string[] {
  const details: string[] = MATERIAL_DETAILS.filter((name) => !sameJson(a[name], b[name]));
  if (MATERIAL_TEXTS.some((name) => !sameJson(a[name], b[name]))) details.push('text');
  return details;
}

function fieldEntry(change: ChangeEntry['change'], entry: FieldEntry, details?: string[]): ChangeEntry {
  return {
    kind: 'field', change, id: entry.field.id, key: entry.field.key, path: [...entry.path], label: entry.field.label,
    ...(details ? { details } : {}),
  };
}

function materialEntry(change: ChangeEntry['change'], node: MaterialNode, details?: string[]): ChangeEntry {
  return { kind: 'material', change, id: node.id, key: node.key, path: ['materials', node.key], label: node.name, ...(details ? { details } : {}) };
}

// --- readable conditions (a small pure describer; the designer app has a richer one for the outline) -------------

type Lang = 'zh-CN' | 'en';
interface AnswerInfo { label: LocalText; options?: readonly ChoiceOption[] | undefined }

const words = {
  'zh-CN': {
    equals: '为', notEquals: '不为', in: '为以下之一：', notIn: '不为以下任一：', lt: '小于', lte: '不大于', gt: '大于',
    gte: '不小于', includes: '包含', isEmpty: '未填写', isNotEmpty: '已填写', and: ' 且 ', or: ' 或 ', yes: '是', no: '否',
    list: '、', always: '总是', otherwise: '其他情况', quote: (s: string) => `「${s}」`, not: (s: string) => `并非（${s}）`,
    group: (s: string) => `（${s}）`, comparison: (subject: string, op: string, value: string) => `${subject}${op}${value}`,
  },
  en: {
    equals: 'is', notEquals: 'is not', in: 'is one of', notIn: 'is none of', lt: '<', lte: '≤', gt: '>', gte: '≥',
    includes: 'includes', isEmpty: 'is empty', isNotEmpty: 'is filled in', and: ' and ', or: ' or ', yes: 'yes', no: 'no',
    list: ', ', always: 'always', otherwise: 'otherwise', quote: (s: string) => `“${s}”`, not: (s: string) => `not (${s})`,
    group: (s: string) => `(${s})`, comparison: (subject: string, op: string, value: string) => [subject, op, value].filter(Boolean).join(' '),
  },
} as const;

const text = (value: LocalText | undefined, lang: Lang): string => (value ? (lang === 'en' ? value.en ?? value['zh-CN'] : value['zh-CN']) : '');

function describe(condition: Condition, answers: ReadonlyMap<string, AnswerInfo>, lang: Lang): string {
  const w = words[lang];
  const wrap = (inner: Condition) => ('all' in inner || 'any' in inner ? w.group(describe(inner, answers, lang)) : describe(inner, answers, lang));
  if ('all' in condition) return condition.all.map(wrap).join(w.and);
  if ('any' in condition) return condition.any.map(wrap).join(w.or);
  if ('not' in condition) return w.not(describe(condition.not, answers, lang));
  const comparison: Comparison = condition;
  const info = answers.get(comparison.field);
  const subject = w.quote(info ? text(info.label, lang).replace(/[？?。.：:]+$/u, '') : comparison.field);
  const one = (v: string | number | boolean): string => {
    if (typeof v === 'boolean') return w.quote(v ? w.yes : w.no);
    const option = info?.options?.find((candidate) => candidate.value === String(v));
    return w.quote(option ? text(option.label, lang) : String(v));
  };
  const value: ConditionValue | undefined = comparison.value;
  const valueText = value === undefined ? '' : Array.isArray(value) ? value.map(one).join(w.list) : one(value);
  return w.comparison(subject, w[comparison.op], valueText);
}

function edgeRule(edge: FlowEdge, answers: ReadonlyMap<string, AnswerInfo>): LocalText {
  const one = (lang: Lang) => (edge.condition ? describe(edge.condition, answers, lang) : edge.otherwise ? words[lang].otherwise : words[lang].always);
  return { 'zh-CN': one('zh-CN'), en: one('en') };
}

function answersOf(definition: ServiceDefinition): Map<string, AnswerInfo> {
  const answers = new Map<string, AnswerInfo>();
  for (const [id, entry] of indexFields(definition.flow.nodes)) answers.set(id, { label: entry.field.label, options: entry.field.options });
  return answers;
}

function nodeName(node: FlowNode1 | undefined, id: string): LocalText {
  switch (node?.kind) {
    case 'situation':
      return node.question;
    case 'step':
      return node.title;
    case 'material':
      return node.name;
    case 'end':
      return node.title ?? { 'zh-CN': node.outcome === 'submit' ? '提交' : '结束', en: node.outcome === 'submit' ? 'Submit' : 'Exit' };
    case 'start':
      return { 'zh-CN': '开始', en: 'Start' };
    default:
      return { 'zh-CN': id };
  }
}

function edgeLabel(edge: FlowEdge, nodes: ReadonlyMap<string, FlowNode1>): LocalText {
  const source = nodeName(nodes.get(edge.source), edge.source);
  const target = nodeName(nodes.get(edge.target), edge.target);
  return { 'zh-CN': `${source['zh-CN']} → ${target['zh-CN']}`, en: `${text(source, 'en')} → ${text(target, 'en')}` };
}

// --- 办事指南 elements ----------------------------------------------------------------------------------------------

const UNITS: Record<TimeLimit['unit'], LocalText> = {
  'working-day': { 'zh-CN': '个工作日', en: 'working days' },
  'natural-day': { 'zh-CN': '个自然日', en: 'calendar days' },
  month: { 'zh-CN': '个月', en: 'months' },
};

function timeLimitText(limit: TimeLimit): LocalText {
  return { 'zh-CN': `${limit.value} ${UNITS[limit.unit]['zh-CN']}`, en: `${limit.value} ${UNITS[limit.unit].en}` };
}

function feesText(fees: Fees | undefined): LocalText {
  if (!fees) return { 'zh-CN': '未填写', en: 'not stated' };
  if (fees.free) return { 'zh-CN': '不收费', en: 'free' };
  const items = fees.items ?? [];
  return {
    'zh-CN': `收费：${items.map((item) => `${item['name']['zh-CN']} ${item.standard['zh-CN']}`).join('；')}`,
    en: `Charged: ${items.map((item) => `${text(item.name, 'en')} ${text(item.standard, 'en')}`).join('; ')}`,
  };
}

const GUIDE_ELEMENTS: readonly { id: keyof ItemMeta; label: LocalText; text?: (meta: ItemMeta) => LocalText }[] = [
  { id: 'legalTimeLimit', label: { 'zh-CN': '法定办结时限', en: 'Legal time limit' }, text: (meta) => timeLimitText(meta.legalTimeLimit) },
  { id: 'promisedTimeLimit', label: { 'zh-CN': '承诺办结时限', en: 'Promised time limit' }, text: (meta) => timeLimitText(meta.promisedTimeLimit) },
  { id: 'fees', label: { 'zh-CN': '收费', en: 'Fees' }, text: (meta) => feesText(meta.fees) },
  { id: 'visits', label: { 'zh-CN': '到现场次数', en: 'Visits in person' }, text: (meta) => ({ 'zh-CN': `${meta.visits.count} 次`, en: String(meta.visits.count) }) },
  { id: 'caseType', label: { 'zh-CN': '办件类型', en: 'Case type' }, text: (meta) => (meta.caseType === 'instant' ? { 'zh-CN': '即办件', en: 'instant' } : { 'zh-CN': '承诺件', en: 'promised' }) },
  { id: 'channels', label: { 'zh-CN': '办理渠道', en: 'Channels' } },
  { id: 'conditions', label: { 'zh-CN': '受理条件', en: 'Conditions of acceptance' } },
];

/** The changes from `before` to `after`, each list in the newer definition's order (removals in the older one's). */
export function diffDefinitions(before: ServiceDefinition, after: ServiceDefinition): ChangeList {
  const added: ChangeEntry[] = [];
  const removed: ChangeEntry[] = [];
  const changed: ChangeEntry[] = [];

  // Fields: situation answers and step fields by stable id.
  const oldFields = indexFields(before.flow.nodes);
  const newFields = indexFields(after.flow.nodes);
  for (const [id, entry] of newFields) {
    const old = oldFields.get(id);
    if (!old) added.push(fieldEntry('added', entry));
    else {
      const details = fieldDetails(old, entry);
      if (details.length > 0) changed.push(fieldEntry('changed', entry, details));
    }
  }
  for (const [id, entry] of oldFields) if (!newFields.has(id)) removed.push(fieldEntry('removed', entry));

  // Materials by node id.
  const materials = (d: ServiceDefinition) => new Map(d.flow.nodes.filter((n): n is MaterialNode => n.kind === 'material').map((n) => [n.id, n]));
  const oldMaterials = materials(before);
  const newMaterials = materials(after);
  for (const [id, node] of newMaterials) {
    const old = oldMaterials.get(id);
    if (!old) added.push(materialEntry('added', node));
    else {
      const details = materialDetails(old, node);
      if (details.length > 0) changed.push(materialEntry('changed', node, details));
    }
  }
  for (const [id, node] of oldMaterials) if (!newMaterials.has(id)) removed.push(materialEntry('removed', node));

  // Conditions: applicant-flow edges by id, read out with the answers of the version they belong to.
  const oldNodes = new Map(before.flow.nodes.map((n) => [n.id, n]));
  const newNodes = new Map(after.flow.nodes.map((n) => [n.id, n]));
  const oldAnswers = answersOf(before);
  const newAnswers = answersOf(after);
  const oldEdges = new Map(before.flow.edges.map((e) => [e.id, e]));
  const newEdges = new Map(after.flow.edges.map((e) => [e.id, e]));
  for (const [id, edge] of newEdges) {
    const old = oldEdges.get(id);
    if (!old) {
      added.push({ kind: 'condition', change: 'added', id, label: edgeLabel(edge, newNodes), after: edgeRule(edge, newAnswers) });
      continue;
    }
    const details: string[] = [];
    if (old.source !== edge.source) details.push('source');
    if (old.target !== edge.target) details.push('target');
    if (!sameJson(old.condition, edge.condition) || (old.otherwise === true) !== (edge.otherwise === true)) details.push('condition');
    if (details.length === 0) continue;
    changed.push({
      kind: 'condition', change: 'changed', id, label: edgeLabel(edge, newNodes), details,
      before: edgeRule(old, oldAnswers), after: edgeRule(edge, newAnswers),
    });
  }
  for (const [id, edge] of oldEdges) {
    if (!newEdges.has(id)) removed.push({ kind: 'condition', change: 'removed', id, label: edgeLabel(edge, oldNodes), before: edgeRule(edge, oldAnswers) });
  }

  // 办事指南 elements a citizen or an office would want to hear about.
  for (const element of GUIDE_ELEMENTS) {
    const a = before.meta[element.id];
    const b = after.meta[element.id];
    if (sameJson(a, b)) continue;
    const change = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
    const entry: ChangeEntry = {
      kind: 'guide', change, id: element.id, label: element.label,
      ...(element.text ? { before: element.text(before.meta), after: element.text(after.meta) } : {}),
    };
    (change === 'added' ? added : change === 'removed' ? removed : changed).push(entry);
  }
  return { added, removed, changed };
}

/** The list as one array: removals, then changes, then additions. */
export function changeEntries(list: ChangeList): ChangeEntry[] {
  return [...list.removed, ...list.changed, ...list.added];
}

export function isEmptyChangeList(list: ChangeList): boolean {
  return list.added.length === 0 && list.removed.length === 0 && list.changed.length === 0;
}

/**
 * The semantic-version bump a change list calls for: major when submissions of the old version may no longer be
 * valid (a field or material removed, a field's type or data key changed), minor when something was added,
 * patch otherwise.
 */
export function suggestBump(list: ChangeList): VersionBump {
  const breaking =
    list.removed.some((entry) => entry.kind === 'field' || entry.kind === 'material') ||
    list.changed.some((entry) => (entry.kind === 'field' && (entry.details ?? []).some((d) => d === 'type' || d === 'key')) || (entry.kind === 'material' && (entry.details ?? []).includes('key')));
  if (breaking) return 'major';
  return list.added.length > 0 ? 'minor' : 'patch';
}

/** `1.2.3` bumped: major → 2.0.0, minor → 1.3.0, patch → 1.2.4. */
export function bumpVersion(version: string, bump: VersionBump): string {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map((part) => Number.parseInt(part, 10) || 0);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** Orders semantic versions (numeric per part): negative when a < b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
