import { describe, expect, it } from 'vitest';
import type { ServiceDefinition } from '../../../schemas/service.types.ts';
import { fixture } from '../testing/fixture.ts';
import { flowCounts, flowOutline } from './flowOutline.ts';

describe('flowOutline', () => {
  it('lists every node after the nodes that lead to it, starting at start', () => {
    const order = flowOutline(fixture).map((entry) => entry.node.id);
    expect(order[0]).toBe('start');
    expect(order).toHaveLength(fixture.flow.nodes.length);
    for (const edge of fixture.flow.edges) expect(order.indexOf(edge.source)).toBeLessThan(order.indexOf(edge.target));
  });

  it('tells always, otherwise and conditional edges apart', () => {
    const isSenior = flowOutline(fixture).find((entry) => entry.node.id === 'isSenior');
    expect(isSenior?.outgoing.map((edge) => [edge.targetId, edge.rule.type])).toEqual([
      ['category', 'condition'],
      ['notEligible', 'otherwise'],
    ]);
  });

  it('keeps unreachable nodes, marked, at the end', () => {
    const definition: ServiceDefinition = {
      ...fixture,
      flow: { ...fixture.flow, nodes: [...fixture.flow.nodes, { id: 'orphan', kind: 'end', outcome: 'submit', position: { x: 0, y: 0 } }] },
    };
    const last = flowOutline(definition).at(-1);
    expect(last?.node.id).toBe('orphan');
    expect(last?.reachable).toBe(false);
  });

  it('counts situations, steps and materials', () => {
    expect(flowCounts(fixture)).toEqual({ situations: 2, steps: 1, materials: 3 });
  });
});
