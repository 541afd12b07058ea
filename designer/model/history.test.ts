import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FlowNode1, ServiceDefinition } from '../../schemas/index.ts';
import { applyCommand, type EditCommand } from './commands.ts';
import { canRedo, canUndo, createHistory, execute, redo, undo, type History } from './history.ts';
import { definition, edge, end, material, situation, start, step, field } from '../compiler/testing/builders.ts';

function item(): ServiceDefinition {
  return definition(
    [start(), situation('q', 'yes-no'), step('s', [field('name', 'text', { required: true })]), material('m'), end('done')],
    [edge('start', 'q'), edge('q', 's', { field: 'q', op: 'equals', value: true }), edge('q', 'm', 'otherwise'), edge('s', 'done'), edge('m', 'done')],
  );
}

describe('edit commands', () => {
  it('removing a node also removes every edge attached to it', () => {
    const next = applyCommand(item(), { type: 'removeNodes', ids: ['q'] });
    expect(next.flow.nodes.map((n) => n.id)).not.toContain('q');
    expect(next.flow.edges.some((e) => e.source === 'q' || e.target === 'q')).toBe(false);
  });

  it('a move to the same place, or a command on a missing id, leaves the very same document', () => {
    const doc = item();
    expect(applyCommand(doc, { type: 'moveNodes', moves: [{ id: 'q', x: 0, y: 0 }] })).toBe(doc);
    expect(applyCommand(doc, { type: 'removeEdges', ids: ['nope'] })).toBe(doc);
    expect(applyCommand(doc, { type: 'updateNode', node: { id: 'ghost', kind: 'start', position: { x: 1, y: 1 } } })).toBe(doc);
  });

  it('shares every untouched node with the previous document', () => {
    const doc = item();
    const next = applyCommand(doc, { type: 'moveNodes', moves: [{ id: 'q', x: 50, y: 60 }] });
    expect(next.flow.nodes.find((n) => n.id === 'q')!.position).toEqual({ x: 50, y: 60 });
    expect(next.flow.nodes.find((n) => n.id === 's')).toBe(doc.flow.nodes.find((n) => n.id === 's'));
    expect(next.flow.edges).toBe(doc.flow.edges);
  });

  it('removing the entry stage moves the entry to the first remaining stage', () => {
    const stage = (id: string) => ({ id, kind: 'approval' as const, key: id, position: { x: 0, y: 0 }, stage: 'review' as const, name: { 'zh-CN': id }, budgetDays: 1, outcomes: ['pass' as const] });
    let doc = applyCommand(item(), { type: 'addStage', stage: stage('accept') });
    doc = applyCommand(doc, { type: 'addStage', stage: stage('review') });
    doc = applyCommand(doc, { type: 'removeStages', ids: ['accept'] });
    expect(doc.approval!.entry).toBe('review');
    expect(applyCommand(doc, { type: 'removeStages', ids: ['review'] }).approval).toBeUndefined();
  });
});

describe('undo history', () => {
  it('a batch is one undo step', () => {
    let history = createHistory(item());
    const before = history.present;
    history = execute(history, { type: 'batch', commands: [{ type: 'removeEdges', ids: [history.present.flow.edges[0]!.id] }, { type: 'removeNodes', ids: ['m'] }] });
    expect(history.past).toHaveLength(1);
    expect(undo(history).present).toBe(before);
  });

  it('a command that changes nothing adds no step and keeps redo', () => {
    let history = execute(createHistory(item()), { type: 'moveNodes', moves: [{ id: 'q', x: 9, y: 9 }] });
    history = undo(history);
    expect(canRedo(history)).toBe(true);
    const same = execute(history, { type: 'moveNodes', moves: [{ id: 'q', x: 0, y: 0 }] });
    expect(same).toBe(history);
  });

  it('random edit/undo/redo sequences: undo restores exactly the earlier document and redo the later one', () => {
    const nodeIds = ['q', 's', 'm', 'done', 'x1', 'x2'];
    const newNode = (id: string, x: number): FlowNode1 => ({ ...material(id), position: { x, y: x } });
    const commandArb: fc.Arbitrary<EditCommand> = fc.oneof(
      fc.record({ type: fc.constant('moveNodes' as const), moves: fc.array(fc.record({ id: fc.constantFrom(...nodeIds), x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) }), { maxLength: 3 }) }),
      fc.record({ type: fc.constant('removeNodes' as const), ids: fc.subarray(nodeIds, { maxLength: 2 }) }),
      fc.tuple(fc.constantFrom('x1', 'x2'), fc.integer({ min: 0, max: 300 })).map(([id, x]): EditCommand => ({ type: 'addNode', node: newNode(id, x) })),
      fc.tuple(fc.constantFrom(...nodeIds), fc.constantFrom(...nodeIds), fc.nat(20)).map(([s, t, n]): EditCommand => ({ type: 'addEdge', edge: { id: `r${n}`, source: s, target: t } })),
      fc.constantFrom(...nodeIds).map((id): EditCommand => ({ type: 'updateNode', node: { ...material(id), name: { 'zh-CN': `改名 ${id}` } } })),
    );
    const opArb = fc.oneof(
      commandArb.map((command) => ({ op: 'do' as const, command })),
      fc.constant({ op: 'undo' as const }),
      fc.constant({ op: 'redo' as const }),
    );
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        // The reference model: every distinct document in order, and where we are.
        let history: History = createHistory(item());
        const timeline: ServiceDefinition[] = [history.present];
        let at = 0;
        for (const step of ops) {
          if (step.op === 'do') {
            const next = execute(history, step.command);
            if (next !== history) {
              timeline.splice(at + 1, timeline.length, next.present);
              at += 1;
            }
            history = next;
          } else if (step.op === 'undo') {
            expect(canUndo(history)).toBe(at > 0);
            history = undo(history);
            at = Math.max(0, at - 1);
          } else {
            expect(canRedo(history)).toBe(at < timeline.length - 1);
            history = redo(history);
            at = Math.min(timeline.length - 1, at + 1);
          }
          expect(history.present).toBe(timeline[at]);
        }
      }),
      { seed: 20261129, numRuns: 300 },
    );
  });
});
