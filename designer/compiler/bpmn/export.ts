/**
 * BPMN 2.0 export of the approval lane (docs/bpmn.md has the mapping): pure and deterministic, no DOM, no
 * dependency. The applicant's submission is the start event, each stage a user task, a stage with several outcomes
 * an exclusive gateway whose flows test the process variable `outcome`; outcomes without an edge end the process
 * (办结, 不予受理, 不予许可) or, for 补正, go to an applicant task that returns to the stage. BPMNDI lays it out
 * left to right.
 */
import type { ApprovalNode, ApprovalOutcome, LocalText, ServiceDefinition, TimeLimit } from '../../../schemas/index.ts';
import { attrs, escapeText } from './xml.ts';

export type BpmnNodeKind = 'startEvent' | 'endEvent' | 'userTask' | 'exclusiveGateway' | 'parallelGateway';

export interface BpmnNode {
  readonly id: string;
  readonly kind: BpmnNodeKind;
  readonly name?: string;
  readonly documentation?: string;
  /** For gateways: the direction, which bpmnlint and engines read. */
  readonly direction?: 'Converging' | 'Diverging';
}

export interface BpmnFlow {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly name?: string;
  /** A JUEL expression over the process variable `outcome`, on flows leaving an outcome gateway. */
  readonly condition?: string;
}

/** The process as nodes and sequence flows, before it is written as XML (the tests compare against it). */
export interface BpmnProcess {
  readonly id: string;
  readonly name: string;
  readonly documentation: string;
  readonly nodes: readonly BpmnNode[];
  readonly flows: readonly BpmnFlow[];
}

/** Thrown by `exportBpmn` for a definition without an approval lane (nothing to export). */
export class BpmnExportError extends Error {
  readonly code = 'no-approval-lane';
  constructor(readonly messages: { 'zh-CN': string; en: string }) {
    super(messages.en);
    this.name = 'BpmnExportError';
  }
}

/** The process variable the gateways test; a stage's user task sets it when it completes. */
export const OUTCOME_VARIABLE = 'outcome';

export const OUTCOME_LABEL: Record<ApprovalOutcome, { 'zh-CN': string; en: string }> = {
  pass: { 'zh-CN': '通过', en: 'pass' },
  'not-accepted': { 'zh-CN': '不予受理', en: 'not accepted' },
  correction: { 'zh-CN': '补正', en: 'correction' },
  refuse: { 'zh-CN': '不予许可', en: 'refused' },
};

const END_NAME: Record<Exclude<ApprovalOutcome, 'correction'>, string> = { pass: '办结', 'not-accepted': '不予受理', refuse: '不予许可' };

const UNIT_ZH: Record<TimeLimit['unit'], string> = { 'working-day': '个工作日', 'natural-day': '天', month: '个月' };

/* Ids: definition ids (NodeId: letters, digits, `_`, `-`) behind a prefix; derived parts after a `.`, which a
   NodeId cannot contain, so a derived id never collides with another stage's id. All are NCNames. */
const taskId = (stage: string) => `Task_${stage}`;
const joinId = (stage: string) => `Gateway_${stage}.join`;
const splitId = (stage: string) => `Gateway_${stage}.outcome`;
const forkId = (stage: string, outcome: ApprovalOutcome) => `Gateway_${stage}.${outcome}`;
const procedureId = (stage: string, i: number) => `Task_${stage}.procedure${i + 1}`;
const correctionId = (stage: string) => `Task_${stage}.correction`;
const endId = (stage: string, outcome: ApprovalOutcome) => `End_${stage}.${outcome}`;
const START_ID = 'Start_submission';

const text = (value: LocalText | undefined): string | undefined => value?.['zh-CN'];

function both(value: LocalText | undefined): string | undefined {
  if (!value) return undefined;
  return value.en && value.en !== value['zh-CN'] ? `${value['zh-CN']}（${value.en}）` : value['zh-CN'];
}

const limit = (value: TimeLimit) => `${value.value} ${UNIT_ZH[value.unit]}`;

/** Outcomes a stage can produce: its declared ones, `pass` first, then any an edge uses (lint flags those, SVC062). */
function outcomesOf(stage: ApprovalNode, edgeOutcomes: readonly ApprovalOutcome[]): ApprovalOutcome[] {
  const all = [...stage.outcomes, ...edgeOutcomes].filter((o, i, list) => list.indexOf(o) === i);
  return [...all.filter((o) => o === 'pass'), ...all.filter((o) => o !== 'pass')];
}

function stageDocumentation(stage: ApprovalNode, outcomes: readonly ApprovalOutcome[]): string {
  const lines = [
    `审批环节 / Stage: ${both(stage.name)}（${stage.stage}）`,
    stage.role ? `办理人员 / Role: ${both(stage.role)}` : undefined,
    `办理时限 / Budget: ${stage.budgetDays} 个工作日 (working days, 法定节假日除外)`,
    stage.criteria ? `审查标准 / Criteria: ${both(stage.criteria)}` : undefined,
    `办理结果 / Outcomes: ${outcomes.map((o) => `${OUTCOME_LABEL[o]['zh-CN']} = '${o}'`).join('; ')}`,
    outcomes.length > 1 ? `完成任务时设置流程变量 ${OUTCOME_VARIABLE} / On completion set the process variable ${OUTCOME_VARIABLE}.` : undefined,
  ];
  return lines.filter((line) => line !== undefined).join('\n');
}

/** The approval lane as BPMN nodes and flows. Throws `BpmnExportError` when the definition has no lane. */
export function buildBpmnProcess(definition: ServiceDefinition): BpmnProcess {
  const lane = definition.approval;
  if (!lane) {
    throw new BpmnExportError({
      'zh-CN': `服务事项 “${definition.id}” 没有审批环节（approval），无法导出 BPMN。请先在设计器中添加审批环节。`,
      en: `Service item "${definition.id}" has no approval lane (approval): there is no process to export as BPMN. Add approval stages first.`,
    });
  }
  const stages = new Map(lane.nodes.map((stage) => [stage.id, stage]));
  // Edges between real stages only (lint reports the others, SVC060); grouped by source and outcome, in file order.
  const groups = new Map<string, Map<ApprovalOutcome, string[]>>();
  for (const edge of lane.edges) {
    if (!stages.has(edge.source) || !stages.has(edge.target)) continue;
    const bySource = groups.get(edge.source) ?? new Map<ApprovalOutcome, string[]>();
    groups.set(edge.source, bySource);
    const ids = bySource.get(edge.outcome) ?? [];
    bySource.set(edge.outcome, ids);
    ids.push(edge.id);
  }
  const edgesById = new Map(lane.edges.map((edge) => [edge.id, edge]));
  const outcomes = new Map(lane.nodes.map((stage) => [stage.id, outcomesOf(stage, [...(groups.get(stage.id)?.keys() ?? [])])]));

  // How many flows arrive at each stage: a stage with more than one gets a converging gateway in front.
  const arriving = new Map<string, number>(lane.nodes.map((stage) => [stage.id, 0]));
  const arrive = (stage: string) => arriving.set(stage, arriving.get(stage)! + 1);
  if (stages.has(lane.entry)) arrive(lane.entry);
  for (const stage of lane.nodes) {
    for (const outcome of outcomes.get(stage.id)!) {
      const edgeIds = groups.get(stage.id)?.get(outcome);
      if (edgeIds) edgeIds.forEach((id) => arrive(edgesById.get(id)!.target));
      else if (outcome === 'correction') arrive(stage.id);
    }
  }
  const entryOf = (stage: ApprovalNode): string =>
    arriving.get(stage.id)! > 1 ? joinId(stage.id) : stage.specialProcedures?.length ? procedureId(stage.id, 0) : taskId(stage.id);

  const nodes: BpmnNode[] = [];
  const flows: BpmnFlow[] = [];
  nodes.push({ id: START_ID, kind: 'startEvent', name: '申请提交', documentation: '申请人在线提交申请（Banshi 服务包校验通过的提交数据）。 / The applicant submits the application.' });
  if (stages.has(lane.entry)) flows.push({ id: 'Flow_submission', source: START_ID, target: entryOf(stages.get(lane.entry)!) });

  for (const stage of lane.nodes) {
    const id = stage.id;
    const stageOutcomes = outcomes.get(id)!;
    let previous: string | undefined;
    const chain = (node: BpmnNode, flowId: string) => {
      nodes.push(node);
      if (previous) flows.push({ id: flowId, source: previous, target: node.id });
      previous = node.id;
    };
    if (arriving.get(id)! > 1) chain({ id: joinId(id), kind: 'exclusiveGateway', direction: 'Converging' }, '');
    (stage.specialProcedures ?? []).forEach((procedure, i) => {
      const doc = [
        `特别程序 / Special procedure: ${both(procedure.name)}（属于环节 “${text(stage.name)}”）`,
        `所需时限 / Takes: ${procedure.days} 日 (days)`,
        '不计入办结时限（《行政许可法》第四十五条），须书面告知申请人所需时间。 / Not counted against the time limit (Administrative Licensing Law art. 45); the applicant is told in writing how long it takes.',
        procedure.basis ? `依据 / Basis: ${both(procedure.basis)}` : undefined,
      ].filter((line) => line !== undefined).join('\n');
      chain({ id: procedureId(id, i), kind: 'userTask', name: `${text(procedure.name)}（特别程序）`, documentation: doc }, i === 0 ? `Flow_${id}.in` : `Flow_${id}.procedure${i}`);
    });
    chain({ id: taskId(id), kind: 'userTask', name: text(stage.name), documentation: stageDocumentation(stage, stageOutcomes) }, stage.specialProcedures?.length ? `Flow_${id}.procedures` : `Flow_${id}.in`);
    const branching = stageOutcomes.length > 1;
    if (branching) chain({ id: splitId(id), kind: 'exclusiveGateway', name: `${text(stage.name)}结果？`, direction: 'Diverging' }, `Flow_${id}.decide`);
    const from = previous!;

    for (const outcome of stageOutcomes) {
      const label = OUTCOME_LABEL[outcome]['zh-CN'];
      const condition = branching ? `\${${OUTCOME_VARIABLE} == '${outcome}'}` : undefined;
      const outcomeFlow = (flowId: string, target: string): BpmnFlow => (condition ? { id: flowId, source: from, target, name: label, condition } : { id: flowId, source: from, target });
      const edgeIds = groups.get(id)?.get(outcome);
      if (edgeIds && edgeIds.length === 1) {
        const edge = edgesById.get(edgeIds[0]!)!;
        flows.push(outcomeFlow(`Flow_${edge.id}`, entryOf(stages.get(edge.target)!)));
      } else if (edgeIds) {
        // Several edges with one outcome: the case goes to all of them at once.
        nodes.push({ id: forkId(id, outcome), kind: 'parallelGateway', direction: 'Diverging' });
        flows.push(outcomeFlow(`Flow_${id}.${outcome}`, forkId(id, outcome)));
        for (const edgeId of edgeIds) {
          flows.push({ id: `Flow_${edgeId}`, source: forkId(id, outcome), target: entryOf(stages.get(edgesById.get(edgeId)!.target)!) });
        }
      } else if (outcome === 'correction') {
        nodes.push({
          id: correctionId(id),
          kind: 'userTask',
          name: '申请人补正材料',
          documentation: [
            `补正 / Correction requested at “${text(stage.name)}”.`,
            '窗口一次性告知需要补正的全部材料和字段及理由（《行政许可法》第三十二条）；申请人补正后重新提交，案件回到本环节。补正期间不计入办结时限，受理时间自补正齐全之日起计算。',
            'The office lists every material and field to fix, with a reason, all at once (art. 32); the applicant resubmits and the case returns to this stage. The clock restarts when the corrections are complete.',
          ].join('\n'),
        });
        flows.push(outcomeFlow(`Flow_${id}.correction`, correctionId(id)));
        flows.push({ id: `Flow_${id}.resubmit`, source: correctionId(id), target: entryOf(stage) });
      } else {
        nodes.push({ id: endId(id, outcome), kind: 'endEvent', name: END_NAME[outcome], documentation: `${END_NAME[outcome]}（${OUTCOME_LABEL[outcome].en}）：环节 “${text(stage.name)}”。` });
        flows.push(outcomeFlow(`Flow_${id}.${outcome}`, endId(id, outcome)));
      }
    }
  }

  const { meta } = definition;
  const documentation = [
    `${both(meta.name)}：审批流程，由 Banshi 从服务定义 ${definition.id}@${definition.version} 导出。`,
    `法定办结时限 / Legal limit: ${limit(meta.legalTimeLimit)}；承诺办结时限 / Promised limit: ${limit(meta.promisedTimeLimit)}。`,
    `每个审批环节完成时设置流程变量 ${OUTCOME_VARIABLE}（pass / not-accepted / correction / refuse），网关据此分支。`,
    `Each stage's task sets the process variable ${OUTCOME_VARIABLE} on completion; gateways branch on it.`,
  ].join('\n');
  return { id: `Process_${definition.id}`, name: text(meta.name)!, documentation, nodes, flows };
}

/* ---------- layout ---------- */

interface Box { x: number; y: number; width: number; height: number }

const SIZE: Record<BpmnNodeKind, { width: number; height: number }> = {
  startEvent: { width: 36, height: 36 },
  endEvent: { width: 36, height: 36 },
  userTask: { width: 100, height: 80 },
  exclusiveGateway: { width: 50, height: 50 },
  parallelGateway: { width: 50, height: 50 },
};
const COLUMN = 160;
const ROW = 130;
const MARGIN = 40;

/** Columns from the longest forward path (back edges, found by a depth-first search from the start, are ignored). */
export function layoutBpmn(process: BpmnProcess): { shapes: Map<string, Box>; edges: Map<string, { x: number; y: number }[]> } {
  const outgoing = new Map<string, BpmnFlow[]>(process.nodes.map((node) => [node.id, []]));
  for (const flow of process.flows) outgoing.get(flow.source)?.push(flow);
  const state = new Map<string, 'open' | 'done'>();
  const back = new Set<string>();
  const order: string[] = []; // reverse post-order: a topological order of the forward graph
  const preorder: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    preorder.push(id);
    for (const flow of outgoing.get(id) ?? []) {
      const seen = state.get(flow.target);
      if (seen === 'open') back.add(flow.id);
      else if (seen === undefined) visit(flow.target);
    }
    state.set(id, 'done');
    order.unshift(id);
  };
  for (const node of process.nodes) if (!state.has(node.id)) visit(node.id);

  const column = new Map<string, number>(process.nodes.map((node) => [node.id, 0]));
  for (const id of order) {
    for (const flow of outgoing.get(id) ?? []) {
      if (!back.has(flow.id)) column.set(flow.target, Math.max(column.get(flow.target)!, column.get(id)! + 1));
    }
  }
  const forwardIn = new Map<string, string[]>();
  for (const flow of process.flows) if (!back.has(flow.id)) forwardIn.set(flow.target, [...(forwardIn.get(flow.target) ?? []), flow.source]);
  const row = new Map<string, number>();
  const taken = new Set<string>();
  for (const id of preorder) {
    const preferred = (forwardIn.get(id) ?? []).map((source) => row.get(source)).find((r) => r !== undefined) ?? 0;
    let r = preferred;
    while (taken.has(`${column.get(id)}:${r}`)) r++;
    taken.add(`${column.get(id)}:${r}`);
    row.set(id, r);
  }

  const kinds = new Map(process.nodes.map((node) => [node.id, node.kind]));
  const shapes = new Map<string, Box>();
  for (const node of process.nodes) {
    const size = SIZE[node.kind];
    const x = MARGIN + column.get(node.id)! * COLUMN + (COLUMN - size.width) / 2;
    const y = MARGIN + row.get(node.id)! * ROW + (ROW - size.height) / 2;
    shapes.set(node.id, { x, y, ...size });
  }
  const lowest = Math.max(...[...row.values()]);
  const edges = new Map<string, { x: number; y: number }[]>();
  let backLane = 0;
  for (const flow of process.flows) {
    const s = shapes.get(flow.source)!;
    const t = shapes.get(flow.target)!;
    const sy = s.y + s.height / 2;
    const ty = t.y + t.height / 2;
    const sx = s.x + s.width / 2;
    const tx = t.x + t.width / 2;
    if (back.has(flow.id) || column.get(flow.target)! <= column.get(flow.source)!) {
      // Back to an earlier column (补正 returns): below every row, one lane per flow.
      const low = MARGIN + (lowest + 1) * ROW + 10 * backLane++;
      edges.set(flow.id, [{ x: sx, y: s.y + s.height }, { x: sx, y: low }, { x: tx, y: low }, { x: tx, y: t.y + t.height }]);
    } else if (sy === ty) {
      edges.set(flow.id, [{ x: s.x + s.width, y: sy }, { x: t.x, y: ty }]);
    } else if (kinds.get(flow.source)!.endsWith('Gateway')) {
      // Leave a gateway from its bottom (or top) corner, then straight into the target.
      edges.set(flow.id, [{ x: sx, y: ty > sy ? s.y + s.height : s.y }, { x: sx, y: ty }, { x: t.x, y: ty }]);
    } else {
      const mid = s.x + s.width + (t.x - s.x - s.width) / 2;
      edges.set(flow.id, [{ x: s.x + s.width, y: sy }, { x: mid, y: sy }, { x: mid, y: ty }, { x: t.x, y: ty }]);
    }
  }
  return { shapes, edges };
}

/* ---------- XML ---------- */

const NS = {
  'xmlns:bpmn': 'http://www.omg.org/spec/BPMN/20100524/MODEL',
  'xmlns:bpmndi': 'http://www.omg.org/spec/BPMN/20100524/DI',
  'xmlns:dc': 'http://www.omg.org/spec/DD/20100524/DC',
  'xmlns:di': 'http://www.omg.org/spec/DD/20100524/DI',
  'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
};

/** BPMN 2.0 XML for the definition's approval lane, with BPMNDI. Throws `BpmnExportError` when there is no lane. */
export function exportBpmn(definition: ServiceDefinition): string {
  const process = buildBpmnProcess(definition);
  const { shapes, edges } = layoutBpmn(process);
  const incoming = new Map<string, string[]>();
  const outgoing = new Map<string, string[]>();
  for (const flow of process.flows) {
    outgoing.set(flow.source, [...(outgoing.get(flow.source) ?? []), flow.id]);
    incoming.set(flow.target, [...(incoming.get(flow.target) ?? []), flow.id]);
  }
  const doc = (value: string | undefined, indent: string) => (value ? [`${indent}<bpmn:documentation>${escapeText(value)}</bpmn:documentation>`] : []);
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  lines.push(`<bpmn:definitions${attrs({ ...NS, id: `Definitions_${definition.id}`, targetNamespace: `https://banshi.dev/bpmn/${definition.id}`, exporter: 'Banshi', exporterVersion: definition.version })}>`);
  lines.push(`  <bpmn:process${attrs({ id: process.id, name: process.name, isExecutable: 'true' })}>`);
  lines.push(...doc(process.documentation, '    '));
  for (const node of process.nodes) {
    const children = [
      ...doc(node.documentation, '      '),
      ...(incoming.get(node.id) ?? []).map((id) => `      <bpmn:incoming>${escapeText(id)}</bpmn:incoming>`),
      ...(outgoing.get(node.id) ?? []).map((id) => `      <bpmn:outgoing>${escapeText(id)}</bpmn:outgoing>`),
    ];
    lines.push(`    <bpmn:${node.kind}${attrs({ id: node.id, name: node.name, gatewayDirection: node.direction })}>`, ...children, `    </bpmn:${node.kind}>`);
  }
  for (const flow of process.flows) {
    const open = `    <bpmn:sequenceFlow${attrs({ id: flow.id, name: flow.name, sourceRef: flow.source, targetRef: flow.target })}`;
    if (!flow.condition) lines.push(`${open} />`);
    else {
      lines.push(`${open}>`, `      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${escapeText(flow.condition)}</bpmn:conditionExpression>`, '    </bpmn:sequenceFlow>');
    }
  }
  lines.push('  </bpmn:process>');
  lines.push(`  <bpmndi:BPMNDiagram${attrs({ id: `Diagram_${definition.id}` })}>`);
  lines.push(`    <bpmndi:BPMNPlane${attrs({ id: `Plane_${definition.id}`, bpmnElement: process.id })}>`);
  for (const node of process.nodes) {
    const box = shapes.get(node.id)!;
    lines.push(
      `      <bpmndi:BPMNShape${attrs({ id: `${node.id}.di`, bpmnElement: node.id, isMarkerVisible: node.kind === 'exclusiveGateway' ? 'true' : undefined })}>`,
      `        <dc:Bounds${attrs({ x: box.x, y: box.y, width: box.width, height: box.height })} />`,
      '      </bpmndi:BPMNShape>',
    );
  }
  for (const flow of process.flows) {
    lines.push(`      <bpmndi:BPMNEdge${attrs({ id: `${flow.id}.di`, bpmnElement: flow.id })}>`);
    for (const point of edges.get(flow.id)!) lines.push(`        <di:waypoint${attrs({ x: point.x, y: point.y })} />`);
    lines.push('      </bpmndi:BPMNEdge>');
  }
  lines.push('    </bpmndi:BPMNPlane>', '  </bpmndi:BPMNDiagram>', '</bpmn:definitions>');
  return `${lines.join('\n')}\n`;
}
