import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import type { ApprovalOutcome, ServiceDefinition } from '../../../schemas/index.ts';
import { lint } from '../compile.ts';
import { BpmnExportError, buildBpmnProcess, exportBpmn } from './index.ts';

const require = createRequire(import.meta.url);
// bpmnlint 11 is CommonJS: its Linter with the node resolver, as its CLI creates it.
const { Linter } = require('bpmnlint') as { Linter: new (options: { config: unknown; resolver: unknown }) => { lint(root: unknown): Promise<Record<string, LintReport[]>> } };
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver') as new (options: { require: NodeRequire }) => unknown;

interface LintReport { id?: string; message: string; category: 'error' | 'warn' | 'info' | 'rule-error' }

interface Element {
  $type: string;
  id: string;
  name?: string;
  isExecutable?: boolean;
  documentation?: { text: string }[];
  flowElements?: Element[];
  sourceRef?: Element;
  targetRef?: Element;
  conditionExpression?: { $type: string; body: string };
  default?: Element;
  outgoing?: Element[];
  incoming?: Element[];
  bpmnElement?: Element;
  rootElements?: Element[];
  diagrams?: { plane: { planeElement: Element[] } }[];
}

const examplesDir = new URL('../../../examples/', import.meta.url);
const examples = readdirSync(examplesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => readdirSync(new URL(`${entry.name}/`, examplesDir)).filter((f) => f.endsWith('.service.json')).map((f) => new URL(`${entry.name}/${f}`, examplesDir)))
  .map((url) => JSON.parse(readFileSync(url, 'utf8')) as ServiceDefinition)
  .filter((definition) => definition.approval);

async function parse(xml: string) {
  const { rootElement, warnings } = (await new BpmnModdle().fromXML(xml)) as unknown as { rootElement: Element; warnings: unknown[] };
  const process = rootElement.rootElements!.find((e) => e.$type === 'bpmn:Process')!;
  return { definitions: rootElement, process, warnings };
}

async function bpmnlint(root: Element): Promise<LintReport[]> {
  const linter = new Linter({ config: { extends: 'bpmnlint:recommended' }, resolver: new NodeResolver({ require }) });
  const results = await linter.lint(root);
  return Object.entries(results).flatMap(([rule, reports]) => reports.map((r) => ({ ...r, message: `${rule}: ${r.id ?? ''} ${r.message}` })));
}

/** The passport example with one stage rewritten: special procedures, an explicit refuse edge, a fan-out. */
function richDefinition(): ServiceDefinition {
  const base = structuredClone(examples.find((d) => d.id === 'gd-passport-issue')!);
  const lane = base.approval!;
  const review = lane.nodes.find((n) => n.id === 'a_review')!;
  review.outcomes = ['pass', 'correction'];
  review.specialProcedures = [
    { name: { 'zh-CN': '专家评审' }, days: 15, basis: { 'zh-CN': '《行政许可法》第四十五条' } },
    { name: { 'zh-CN': '检验' }, days: 5 },
  ];
  const notify = { ...structuredClone(lane.nodes.find((n) => n.id === 'a_deliver')!), id: 'a_notify', key: 'notify', name: { 'zh-CN': '送达不予许可决定书' }, outcomes: ['pass'] as ApprovalOutcome[] };
  const archive = { ...structuredClone(notify), id: 'a_archive', key: 'archive', name: { 'zh-CN': '归档' } };
  lane.nodes.push(notify, archive);
  lane.edges.push({ id: 'e_refuse_notify', source: 'a_decide', target: 'a_notify', outcome: 'refuse' });
  lane.edges.push({ id: 'e_certify_archive', source: 'a_certify', target: 'a_archive', outcome: 'pass' });
  return base;
}

describe('exportBpmn', () => {
  it('has examples with approval stages to export', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  for (const definition of [...examples, richDefinition()]) {
    const label = definition.approval!.nodes.some((n) => n.specialProcedures?.length) ? `${definition.id} (rich variant)` : definition.id;

    it(`exports ${label} as BPMN that bpmn-moddle reads back without warnings, with the tasks, gateways and flows the lane implies`, async () => {
      expect(lint(definition).filter((d) => d.severity === 'error')).toEqual([]);
      const xml = exportBpmn(definition);
      const { process, warnings } = await parse(xml);
      expect(warnings).toEqual([]);
      expect(process.isExecutable).toBe(true);

      const lane = definition.approval!;
      const elements = process.flowElements!;
      const byId = new Map(elements.map((e) => [e.id, e]));
      const ofType = (type: string) => elements.filter((e) => e.$type === type);
      // One start event: the submission.
      expect(ofType('bpmn:StartEvent').map((e) => e.name)).toEqual(['申请提交']);
      // Every stage a user task with its name, role and budget in the documentation.
      for (const stage of lane.nodes) {
        const task = byId.get(`Task_${stage.id}`)!;
        expect(task.$type).toBe('bpmn:UserTask');
        expect(task.name).toBe(stage.name['zh-CN']);
        const doc = task.documentation![0]!.text;
        expect(doc).toContain(`${stage.budgetDays} 个工作日`);
        if (stage.role) expect(doc).toContain(stage.role['zh-CN']);
        (stage.specialProcedures ?? []).forEach((procedure, i) => {
          const special = byId.get(`Task_${stage.id}.procedure${i + 1}`)!;
          expect(special.$type).toBe('bpmn:UserTask');
          expect(special.documentation![0]!.text).toContain('不计入办结时限');
          expect(special.documentation![0]!.text).toContain(`${procedure.days} 日`);
        });
      }
      const correctable = lane.nodes.filter((s) => s.outcomes.includes('correction') && !lane.edges.some((e) => e.source === s.id && e.outcome === 'correction'));
      const procedures = lane.nodes.reduce((n, s) => n + (s.specialProcedures?.length ?? 0), 0);
      expect(ofType('bpmn:UserTask')).toHaveLength(lane.nodes.length + procedures + correctable.length);
      // A diverging exclusive gateway exactly after the stages with more than one outcome.
      const branching = lane.nodes.filter((s) => s.outcomes.length > 1);
      const diverging = ofType('bpmn:ExclusiveGateway').filter((g) => g.outgoing!.length > 1);
      expect(diverging.map((g) => g.id).sort()).toEqual(branching.map((s) => `Gateway_${s.id}.outcome`).sort());
      for (const stage of branching) {
        const gateway = byId.get(`Gateway_${stage.id}.outcome`)!;
        expect(gateway.incoming!.map((f) => f.sourceRef!.id)).toEqual([`Task_${stage.id}`]);
        expect(gateway.outgoing!.map((f) => f.conditionExpression!.body).sort()).toEqual(stage.outcomes.map((o) => `\${outcome == '${o}'}`).sort());
      }
      // Every definition edge is a sequence flow that leads from the stage to the target stage's task.
      for (const edge of lane.edges) {
        const flow = byId.get(`Flow_${edge.id}`)!;
        expect(flow.$type).toBe('bpmn:SequenceFlow');
        let target = flow.targetRef!;
        while (target.id !== `Task_${edge.target}`) target = target.outgoing![0]!.targetRef!; // join, procedures
        let source = flow.sourceRef!;
        while (source.id !== `Task_${edge.source}`) source = source.incoming![0]!.sourceRef!; // outcome gateway, fork
      }
      // Outcomes without an edge end the process: 办结, 不予受理, 不予许可.
      const ends = lane.nodes.flatMap((s) => s.outcomes.filter((o) => o !== 'correction' && !lane.edges.some((e) => e.source === s.id && e.outcome === o)).map((o) => `End_${s.id}.${o}`));
      expect(ofType('bpmn:EndEvent').map((e) => e.id).sort()).toEqual(ends.sort());
      expect(ofType('bpmn:EndEvent').every((e) => ['办结', '不予受理', '不予许可'].includes(e.name!))).toBe(true);
      // The model the writer used is exactly what came back.
      const model = buildBpmnProcess(definition);
      expect(elements.filter((e) => e.$type !== 'bpmn:SequenceFlow').map((e) => e.id)).toEqual(model.nodes.map((n) => n.id));
      expect(ofType('bpmn:SequenceFlow').map((e) => [e.id, e.sourceRef!.id, e.targetRef!.id])).toEqual(model.flows.map((f) => [f.id, f.source, f.target]));
    });

    it(`exports ${label} with a condition or default on every gateway outflow and a BPMNDI shape or edge for every element`, async () => {
      const { definitions, process } = await parse(exportBpmn(definition));
      for (const gateway of process.flowElements!.filter((e) => e.$type === 'bpmn:ExclusiveGateway' && e.outgoing!.length > 1)) {
        for (const flow of gateway.outgoing!) expect(flow.conditionExpression?.$type === 'bpmn:FormalExpression' || gateway.default === flow).toBe(true);
      }
      const plane = definitions.diagrams![0]!.plane.planeElement;
      const drawn = new Map(plane.map((di) => [di.bpmnElement!.id, di.$type]));
      for (const element of process.flowElements!) {
        expect(drawn.get(element.id)).toBe(element.$type === 'bpmn:SequenceFlow' ? 'bpmndi:BPMNEdge' : 'bpmndi:BPMNShape');
      }
      expect(plane).toHaveLength(process.flowElements!.length);
    });

    it(`exports ${label} so that bpmnlint's recommended rules report no errors`, async () => {
      const { definitions } = await parse(exportBpmn(definition));
      const reports = await bpmnlint(definitions);
      expect(reports.filter((r) => r.category === 'error' || r.category === 'rule-error').map((r) => r.message)).toEqual([]);
      expect(reports.map((r) => r.message)).toEqual([]); // no warnings either
    });
  }

  it('writes the same XML for the same definition (deterministic)', () => {
    const definition = richDefinition();
    expect(exportBpmn(definition)).toBe(exportBpmn(structuredClone(definition)));
  });

  it('keeps hostile administrator text as text: markup, ampersands, quotes, line breaks and control characters', async () => {
    const definition = structuredClone(examples[0]!);
    const hostile = `<script>alert("x")</script> & 'q' ]]> <!-- --> &amp;`;
    const stage = definition.approval!.nodes[0]!;
    stage.name = { 'zh-CN': hostile };
    stage.role = { 'zh-CN': `角色\n第二行 "${hostile}"` };
    stage.criteria = { 'zh-CN': 'bell\u0007 and \uD800 lone surrogate' };
    definition.meta.name = { 'zh-CN': `事项 ${hostile}` };
    const xml = exportBpmn(definition);
    expect(xml).not.toContain('<script>');
    const { process, warnings } = await parse(xml);
    expect(warnings).toEqual([]);
    const task = process.flowElements!.find((e) => e.id === `Task_${stage.id}`)!;
    expect(task.name).toBe(hostile);
    expect(task.documentation![0]!.text).toContain(`角色\n第二行 "${hostile}"`);
    expect(task.documentation![0]!.text).toContain('bell\uFFFD and \uFFFD lone surrogate');
    expect(process.name).toBe(`事项 ${hostile}`);
    expect(process.flowElements!.find((e) => e.id === `Gateway_${stage.id}.outcome`)!.name).toBe(`${hostile}结果？`);
  });

  it('refuses a definition without an approval lane with a message in both languages', () => {
    const definition = structuredClone(examples[0]!);
    delete definition.approval;
    expect(() => exportBpmn(definition)).toThrow(BpmnExportError);
    try {
      exportBpmn(definition);
    } catch (error) {
      expect((error as BpmnExportError).messages['zh-CN']).toContain('没有审批环节');
    }
  });

  it('turns a 补正 outcome into an applicant task that returns to the stage through a joining gateway', async () => {
    const definition = examples.find((d) => d.id === 'gd-passport-issue')!;
    const { process } = await parse(exportBpmn(definition));
    const byId = new Map(process.flowElements!.map((e) => [e.id, e]));
    const correction = byId.get('Task_a_accept.correction')!;
    expect(correction.incoming![0]!.conditionExpression!.body).toBe("${outcome == 'correction'}");
    expect(correction.outgoing![0]!.targetRef!.id).toBe('Gateway_a_accept.join');
    expect(byId.get('Gateway_a_accept.join')!.outgoing!.map((f) => f.targetRef!.id)).toEqual(['Task_a_accept']);
  });
});
