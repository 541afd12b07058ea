import type { NodeChange } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../model/commands.ts';
import { fixture } from '../testing/fixture.ts';
import { connectCommand, deleteCommand, isValidConnection, reconnectCommand, translateEdgeChanges, translateNodeChanges } from './changes.ts';
import { copyFragment, pasteCommand } from './clipboard.ts';
import { createNode, usedIds } from './newNode.ts';
import { EMPTY_VIEW } from './toFlow.ts';

const drag = (id: string, x: number, y: number, dragging: boolean): NodeChange => ({ type: 'position', id, position: { x, y }, dragging });

describe('translating React Flow node changes', () => {
  it('keeps positions during a drag as transient view state and issues no command', () => {
    const effects = translateNodeChanges([drag('isSenior', 10, 130, true)], EMPTY_VIEW, []);

    expect(effects.command).toBeUndefined();
    expect(effects.view.transient.get('isSenior')).toEqual({ x: 10, y: 130 });
  });

  it('turns a whole drag into exactly one moveNodes command, issued when the drag stops', () => {
    // given a drag of two nodes over three frames
    let view = EMPTY_VIEW;
    const commands = [];
    for (const frame of [1, 2, 3]) {
      const effects = translateNodeChanges([drag('a', frame * 10, 0, true), drag('b', frame * 10, 100, true)], view, []);
      view = effects.view;
      if (effects.command) commands.push(effects.command);
    }
    // when the drag stops
    const stop = translateNodeChanges([drag('a', 35, 0, false), drag('b', 35, 100, false)], view, []);

    // then the frames issued nothing and the stop issued one command with both final positions
    expect(commands).toEqual([]);
    expect(stop.command).toEqual({ type: 'moveNodes', moves: [{ id: 'a', x: 35, y: 0 }, { id: 'b', x: 35, y: 100 }] });
    expect(stop.view.transient.size).toBe(0);
  });

  it('falls back to the last transient position when the stop change carries none', () => {
    const during = translateNodeChanges([drag('a', 12, 34, true)], EMPTY_VIEW, []);
    const stop = translateNodeChanges([{ type: 'position', id: 'a', dragging: false }], during.view, []);

    expect(stop.command).toEqual({ type: 'moveNodes', moves: [{ id: 'a', x: 12, y: 34 }] });
  });

  it('reports selection changes as a new selection, never as a command', () => {
    const effects = translateNodeChanges(
      [{ type: 'select', id: 'a', selected: true }, { type: 'select', id: 'b', selected: false }],
      EMPTY_VIEW,
      ['b'],
    );

    expect(effects.command).toBeUndefined();
    expect(effects.selectedNodes).toEqual(['a']);
  });

  it('keeps measured sizes, and returns the same view when nothing changed', () => {
    const measured = translateNodeChanges([{ type: 'dimensions', id: 'a', dimensions: { width: 200, height: 80 } }], EMPTY_VIEW, []);
    expect(measured.view.measured.get('a')).toEqual({ width: 200, height: 80 });

    const again = translateNodeChanges([{ type: 'dimensions', id: 'a', dimensions: { width: 200, height: 80 } }], measured.view, []);
    expect(again.view).toBe(measured.view);
  });

  it('ignores removals: deleting is one batch command of its own', () => {
    const effects = translateNodeChanges([{ type: 'remove', id: 'a' }], EMPTY_VIEW, []);

    expect(effects).toEqual({ view: EMPTY_VIEW });
  });

  it('reports edge selection changes only when the selection really changed', () => {
    expect(translateEdgeChanges([{ type: 'select', id: 'e1', selected: true }], [])).toEqual(['e1']);
    expect(translateEdgeChanges([{ type: 'select', id: 'e1', selected: true }], ['e1'])).toBeUndefined();
    expect(translateEdgeChanges([{ type: 'remove', id: 'e1' }], ['e1'])).toBeUndefined();
  });
});

describe('connecting, reconnecting and deleting', () => {
  it('connects applicant nodes with addEdge and stages with addStageEdge (outcome pass)', () => {
    const flow = connectCommand(fixture, { source: 'applicant', target: 'submit', sourceHandle: null, targetHandle: null });
    const lane = connectCommand(fixture, { source: 'accept', target: 'deliver', sourceHandle: null, targetHandle: null });

    expect(flow).toMatchObject({ type: 'addEdge', edge: { source: 'applicant', target: 'submit' } });
    expect(lane).toMatchObject({ type: 'addStageEdge', edge: { source: 'accept', target: 'deliver', outcome: 'pass' } });
    expect(usedIds(fixture).has((flow as { edge: { id: string } }).edge.id)).toBe(false);
  });

  it('refuses self loops, edges between the flow and the lane, edges out of an end or into the start', () => {
    expect(isValidConnection(fixture, { source: 'applicant', target: 'applicant' })).toBe(false);
    expect(isValidConnection(fixture, { source: 'submit', target: 'accept' })).toBe(false);
    expect(isValidConnection(fixture, { source: 'submit', target: 'applicant' })).toBe(false);
    expect(isValidConnection(fixture, { source: 'applicant', target: 'start' })).toBe(false);
  });

  it('reconnects an edge keeping its id and condition', () => {
    const command = reconnectCommand(fixture, 'e6', { source: 'applicant', target: 'permit', sourceHandle: null, targetHandle: null });
    const after = applyCommand(fixture, command!);
    const before = fixture.flow.edges.find((e) => e.id === 'e6')!;

    expect(after.flow.edges.find((e) => e.id === 'e6')).toEqual({ ...before, target: 'permit' });
  });

  it('deletes selected nodes, stages and edges as one batch', () => {
    const command = deleteCommand(fixture, { nodes: ['hukou', 'certify'], edges: ['e5'] });
    const after = applyCommand(fixture, command!);

    expect(command?.type).toBe('batch');
    expect(after.flow.nodes.map((n) => n.id)).not.toContain('hukou');
    expect(after.flow.edges.map((e) => e.id)).not.toContain('e5');
    expect(after.flow.edges.some((e) => e.source === 'hukou' || e.target === 'hukou')).toBe(false);
    expect(after.approval?.nodes.map((n) => n.id)).not.toContain('certify');
  });
});

describe('copy and paste', () => {
  it('pastes new ids and keys at an offset, keeping the edges between the copied nodes', () => {
    // given the question 「户籍」, the step after it and the material whose edge asks about that question
    const fragment = copyFragment(fixture, { nodes: ['category', 'applicant', 'hukou'], edges: [] })!;

    // when pasted 40 px right and down
    const pasted = pasteCommand(fixture, fragment, { x: 40, y: 40 });
    const after = applyCommand(fixture, pasted.command);

    // then three new nodes sit at the offset, with fresh ids
    expect(pasted.command.type).toBe('batch');
    const added = after.flow.nodes.filter((n) => pasted.nodeIds.includes(n.id));
    expect(added.map((n) => n.position)).toEqual([{ x: 40, y: 280 }, { x: 40, y: 400 }, { x: 40, y: 520 }]);
    expect(added.some((n) => fixture.flow.nodes.some((old) => old.id === n.id))).toBe(false);
    // and the two edges between them are kept; the condition now reads the copied question
    const ids = new Set(pasted.nodeIds);
    const internal = after.flow.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
    expect(internal).toHaveLength(2);
    const copiedQuestion = added.find((n) => n.kind === 'situation')!;
    expect(internal.find((e) => e.condition)?.condition).toMatchObject({ field: copiedQuestion.id });
    // and keys stay unique
    const keys = after.flow.nodes.flatMap((n) => ('key' in n ? [n.key] : []));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('new nodes', () => {
  it('draw fresh ids and unique lowerCamelCase keys', () => {
    const first = createNode('material', { x: 0, y: 0 }, fixture);
    const withFirst = applyCommand(fixture, { type: 'addNode', node: first as never });
    const second = createNode('material', { x: 0, y: 0 }, withFirst);

    expect(first.id).toMatch(/^n_[a-z0-9]{6}$/);
    expect('key' in first && first.key).toBe('material1');
    expect('key' in second && second.key).toBe('material2');
  });
});
