/**
 * Condition rules: referenced fields exist and are answered on every path before the edge, operators and values
 * fit the field type, and a branching node's branches neither overlap nor leave answers uncovered.
 */
import type { Comparison, FieldType, FlowEdge } from '../../../schemas/index.ts';
import { dominates } from '../../model/graph.ts';
import type { FlowAnalysis } from '../analysis.ts';
import { analyzeBranches } from '../branchCoverage.ts';
import { comparisonsOf } from '../conditions.ts';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { nodeName } from './names.ts';

type Op = Comparison['op'];
const NUMERIC: readonly Op[] = ['equals', 'notEquals', 'in', 'notIn', 'lt', 'lte', 'gt', 'gte', 'isEmpty', 'isNotEmpty'];
const CHOICE: readonly Op[] = ['equals', 'notEquals', 'in', 'notIn', 'isEmpty', 'isNotEmpty'];
const PRESENCE: readonly Op[] = ['isEmpty', 'isNotEmpty'];

/** Which operators make sense for each field type (exact comparisons of free text are allowed but rarely wise). */
export const OPERATORS_BY_TYPE: Readonly<Record<FieldType, readonly Op[]>> = {
  text: CHOICE,
  textarea: PRESENCE,
  number: NUMERIC,
  integer: NUMERIC,
  date: CHOICE,
  'single-choice': CHOICE,
  'multi-choice': ['includes', 'isEmpty', 'isNotEmpty'],
  'yes-no': ['equals', 'notEquals', 'isEmpty', 'isNotEmpty'],
  email: PRESENCE,
  'mobile-cn': PRESENCE,
  'id-card-cn': PRESENCE,
  'uscc-cn': PRESENCE,
  'postal-code-cn': CHOICE,
  'address-cn': PRESENCE,
  file: PRESENCE,
  group: PRESENCE,
};

const TYPE_NAMES: Readonly<Record<FieldType, string>> = {
  text: '文本', textarea: '多行文本', number: '数字', integer: '整数', date: '日期', 'single-choice': '单选',
  'multi-choice': '多选', 'yes-no': '是/否', email: '电子邮箱', 'mobile-cn': '手机号码', 'id-card-cn': '居民身份证号码',
  'uscc-cn': '统一社会信用代码', 'postal-code-cn': '邮政编码', 'address-cn': '地址', file: '文件', group: '重复组',
};

export function lintConditions(analysis: FlowAnalysis, edgeIndex: ReadonlyMap<FlowEdge, number>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { graph, fields, idom } = analysis;
  for (const node of graph.nodes) {
    const outgoing = graph.outgoing.get(node.id) ?? [];
    for (const edge of outgoing) {
      if (!edge.condition) continue;
      const path = `/flow/edges/${edgeIndex.get(edge)}/condition`;
      for (const comparison of comparisonsOf(edge.condition)) {
        const entry = fields.get(comparison.field);
        const where = { edgeId: edge.id, nodeId: node.id, fieldId: comparison.field, path };
        if (!entry) {
          out.push(diagnostic('SVC020', { field: comparison.field }, where));
          continue;
        }
        const label = entry.field.label['zh-CN'];
        if (analysis.order && analysis.reachable.has(node.id) && !dominates(idom, entry.nodeId, node.id)) {
          out.push(diagnostic('SVC021', { field: label }, where));
        }
        const allowed = OPERATORS_BY_TYPE[entry.field.type];
        if (!allowed.includes(comparison.op)) {
          out.push(diagnostic('SVC022', { op: comparison.op, field: label, type: TYPE_NAMES[entry.field.type], typeEn: entry.field.type }, where));
          continue;
        }
        const problem = valueProblem(comparison, entry.field.type, (entry.field.options ?? []).map((o) => o.value));
        if (problem) out.push(diagnostic('SVC023', { value: JSON.stringify(comparison.value), field: label, why: problem.zh, whyEn: problem.en }, where));
      }
    }
    const conditional = outgoing.filter((edge) => edge.condition);
    if (conditional.length === 0) continue;
    // With an otherwise or unconditional sibling no answer is left without a path: only overlaps matter.
    const hasFallback = outgoing.length > conditional.length;
    if (hasFallback && conditional.length < 2) continue;
    const coverage = analyzeBranches(conditional, fields);
    if (coverage.kind === 'unverifiable' && !hasFallback) {
      out.push(diagnostic('SVC026', { name: nodeName(node) }, { nodeId: node.id }));
    } else if (coverage.kind === 'single-field') {
      if (!hasFallback && (coverage.missing.length > 0 || !coverage.entry.alwaysAnswered)) {
        const missing = coverage.missing.length > 0 ? coverage.missing.join('、') : '（未填写）';
        out.push(diagnostic('SVC024', { name: nodeName(node), missing, missingEn: coverage.missing.join(', ') || '(no answer)' }, { nodeId: node.id }));
      }
      for (const [a, b] of coverage.overlaps) out.push(overlap(node.id, nodeName(node), a, b));
    }
  }
  return out;
}

function overlap(nodeId: string, name: string, a: FlowEdge, b: FlowEdge): Diagnostic {
  const label = (edge: FlowEdge) => edge.label?.['zh-CN'] ?? edge.id;
  return diagnostic('SVC025', { name, a: label(a), b: label(b) }, { nodeId, edgeId: b.id });
}

function valueProblem(comparison: Comparison, type: FieldType, options: string[]): { zh: string; en: string } | undefined {
  const { op, value } = comparison;
  if (op === 'isEmpty' || op === 'isNotEmpty') return undefined;
  const list = Array.isArray(value) ? value : [value];
  if ((op === 'in' || op === 'notIn') !== Array.isArray(value)) {
    return op === 'in' || op === 'notIn'
      ? { zh: '“属于/不属于”需要一组值。', en: 'in/notIn need a list of values.' }
      : { zh: '此运算符只接受单个值。', en: 'this operator takes a single value.' };
  }
  if (type === 'number' || type === 'integer') {
    return list.every((v) => typeof v === 'number') ? undefined : { zh: '需要数字。', en: 'a number is needed.' };
  }
  if (type === 'yes-no') return typeof value === 'boolean' ? undefined : { zh: '需要 true 或 false。', en: 'true or false is needed.' };
  if (type === 'single-choice' || type === 'multi-choice') {
    const unknown = list.filter((v) => typeof v !== 'string' || !options.includes(v));
    return unknown.length === 0 ? undefined : { zh: `不是该字段的选项：${unknown.join('、')}。`, en: `not an option of the field: ${unknown.join(', ')}.` };
  }
  return list.every((v) => typeof v === 'string') ? undefined : { zh: '需要文本值。', en: 'a text value is needed.' };
}
