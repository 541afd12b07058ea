/**
 * Compiler diagnostics: a stable code, a severity, where (node, edge, field, JSON pointer into the definition)
 * and a message in zh-CN and en. Errors stop the compile; warnings and infos do not.
 * Codes never change meaning; retired codes are not reused.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface LocalMessage {
  readonly 'zh-CN': string;
  readonly en: string;
}

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: LocalMessage;
  readonly nodeId?: string;
  readonly edgeId?: string;
  readonly fieldId?: string;
  /** JSON pointer into the definition, e.g. /flow/nodes/3/fields/0/pattern. */
  readonly path?: string;
}

type Params = Record<string, string | number>;
interface Rule {
  readonly severity: Severity;
  readonly zh: string;
  readonly en: string;
}

/** The catalogue. `{name}` placeholders are filled from the params of each report. */
export const DIAGNOSTIC_RULES = {
  SVC002: { severity: 'error', zh: '申请流程必须有且只有一个开始节点（现有 {count} 个）。', en: 'The applicant flow must have exactly one start node (found {count}).' },
  SVC003: { severity: 'error', zh: '标识 “{id}” 重复：节点、连线和字段的标识必须唯一。', en: 'Duplicate id "{id}": node, edge and field ids must be unique.' },
  SVC004: { severity: 'error', zh: '键 “{key}” 重复（{where}）：提交数据中的每个键必须唯一。', en: 'Duplicate key "{key}" ({where}): every key in the submission must be unique.' },
  SVC005: { severity: 'error', zh: '连线 “{edge}” 指向不存在的节点 “{node}”。', en: 'Edge "{edge}" refers to a node that does not exist: "{node}".' },
  SVC006: { severity: 'error', zh: '{what}', en: '{whatEn}' },
  SVC010: { severity: 'error', zh: '节点 “{name}” 从开始节点无法到达。', en: 'Node "{name}" cannot be reached from the start node.' },
  SVC011: { severity: 'error', zh: '节点 “{name}” 之后没有去向：每条路径都必须到达结束节点。', en: 'Node "{name}" leads nowhere: every path must reach an end node.' },
  SVC012: { severity: 'error', zh: '申请流程存在循环：{cycle}。', en: 'The applicant flow has a cycle: {cycle}.' },
  SVC013: { severity: 'error', zh: '没有可到达的“提交”结束节点，申请人无法提交。', en: 'No reachable "submit" end node: applicants could never submit.' },
  SVC015: { severity: 'error', zh: '节点 “{name}” 有 {count} 条“其他情况”连线，最多只能有一条。', en: 'Node "{name}" has {count} "otherwise" edges; at most one is allowed.' },
  SVC016: { severity: 'warning', zh: '节点 “{name}” 有无条件连线，“其他情况”连线永远不会被走到。', en: 'Node "{name}" has an unconditional edge, so its "otherwise" edge is never followed.' },
  SVC020: { severity: 'error', zh: '条件引用了不存在的字段 “{field}”。', en: 'A condition refers to a field that does not exist: "{field}".' },
  SVC021: { severity: 'error', zh: '条件引用的 “{field}” 并非在每条到达此处的路径上都已回答。', en: 'The condition uses "{field}", which is not answered on every path before this edge.' },
  SVC022: { severity: 'error', zh: '运算符 “{op}” 不适用于{type}类型的字段 “{field}”。', en: 'Operator "{op}" does not fit field "{field}" of type {type}.' },
  SVC023: { severity: 'error', zh: '条件值 {value} 不适用于字段 “{field}”：{why}', en: 'Condition value {value} does not fit field "{field}": {whyEn}' },
  SVC024: { severity: 'warning', zh: '节点 “{name}” 的分支没有覆盖这些答案：{missing}。选了这些答案的申请人将无路可走；请补充分支或加一条“其他情况”连线。', en: 'The branches of "{name}" do not cover these answers: {missing}. Applicants who give them have nowhere to go; add a branch or an "otherwise" edge.' },
  SVC025: { severity: 'warning', zh: '节点 “{name}” 的分支 “{a}” 和 “{b}” 有重叠的答案，两条路径会同时被走到。', en: 'Branches "{a}" and "{b}" of "{name}" overlap: both paths are taken for the same answer.' },
  SVC026: { severity: 'info', zh: '节点 “{name}” 的分支条件较复杂，无法自动验证是否重叠或遗漏。', en: 'The branch conditions of "{name}" are too complex to verify for overlaps or gaps.' },
  SVC030: { severity: 'error', zh: '承诺办结时限（{promised}）超过法定办结时限（{legal}）。', en: 'The promised time limit ({promised}) exceeds the legal limit ({legal}).' },
  SVC031: { severity: 'error', zh: '到现场次数为 {count}，必须说明原因。', en: 'Visits required is {count}: a reason must be given.' },
  SVC032: { severity: 'warning', zh: '未填写收费信息：不收费也要明确写“不收费”。', en: 'No fee statement: say explicitly that the item is free if it is.' },
  SVC033: { severity: 'warning', zh: '“{text}” 含兜底表述 “{phrase}”：请写明具体的条件或材料。', en: '"{text}" contains catch-all wording "{phrase}": name the concrete condition or material.' },
  SVC034: { severity: 'warning', zh: '审批环节时限合计 {sum} 个工作日，超过承诺办结时限 {promised}。', en: 'Approval stages add up to {sum} working days, more than the promised limit of {promised}.' },
  SVC035: { severity: 'info', zh: '法定时限与承诺时限的单位不同（{legal} / {promised}），无法比较。', en: 'The legal and promised limits use different units ({legal} / {promised}) and cannot be compared.' },
  SVC040: { severity: 'error', zh: '材料 “{name}” 没有任何提交方式，申请人无法满足。', en: 'Material "{name}" has no way to be satisfied.' },
  SVC041: { severity: 'error', zh: '材料 “{name}” 允许“{way}”方式，但缺少{what}。', en: 'Material "{name}" allows "{way}" but lacks {whatEn}.' },
  SVC042: { severity: 'error', zh: '材料 “{name}” 的容缺补交时限（{days} 个工作日）超过了承诺办结时限（{limit}）：容缺材料须在办结前补齐。', en: 'Material "{name}" may be supplied up to {days} working days after acceptance, beyond the promised time limit ({limitEn}): deferred materials must arrive before the case is decided.' },
  SVC050: { severity: 'error', zh: '字段 “{field}” 的正则表达式无效：{error}', en: 'The regular expression of field "{field}" is invalid: {error}' },
  SVC051: { severity: 'error', zh: '字段 “{field}” 的正则表达式可能出现灾难性回溯（{why}），会拖垮校验。', en: 'The regular expression of field "{field}" may backtrack catastrophically ({whyEn}).' },
  SVC052: { severity: 'error', zh: '字段 “{field}” 的约束相互矛盾：{what}。', en: 'The constraints of field "{field}" contradict each other: {whatEn}.' },
  SVC053: { severity: 'error', zh: '字段 “{field}” 的约束 “{constraint}” 不适用于{type}类型。', en: 'Constraint "{constraint}" does not apply to field "{field}" of type {type}.' },
  SVC060: { severity: 'error', zh: '审批环节：{what}', en: 'Approval lane: {whatEn}' },
  SVC061: { severity: 'warning', zh: '审批环节 “{name}” 从入口环节无法到达。', en: 'Approval stage "{name}" cannot be reached from the entry stage.' },
  SVC062: { severity: 'error', zh: '审批连线 “{edge}” 的结果 “{outcome}” 不在环节 “{name}” 的办理结果中。', en: 'Approval edge "{edge}" uses outcome "{outcome}", which stage "{name}" does not have.' },
} as const satisfies Record<string, Rule>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_RULES;

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Builds a diagnostic from the catalogue. Params ending in `En` are used by the English message only. */
export function diagnostic(
  code: DiagnosticCode,
  params: Params,
  where: { nodeId?: string; edgeId?: string; fieldId?: string; path?: string } = {},
): Diagnostic {
  const rule: Rule = DIAGNOSTIC_RULES[code];
  const zhParams: Params = { ...params };
  const enParams: Params = { ...params };
  for (const [name, value] of Object.entries(params)) {
    if (name.endsWith('En')) zhParams[name] = value;
    else if (`${name}En` in params) enParams[name] = params[`${name}En`]!;
  }
  return {
    code,
    severity: rule.severity,
    message: { 'zh-CN': fill(rule.zh, zhParams), en: fill(rule.en, enParams) },
    ...where,
  };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
