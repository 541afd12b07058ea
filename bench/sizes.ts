/** Deterministic large definitions for benchmarks: repeated blocks of situations, branches, steps, materials. */
import type { ServiceDefinition } from '../schemas/index.ts';
import { definitionFromBlocks } from '../designer/compiler/testing/generate.ts';

type Blocks = Parameters<typeof definitionFromBlocks>[0];

/** About `nodes` nodes: each round adds a 3-way situation with branches that rejoin, a step and a material. */
export function largeDefinition(nodes: number): ServiceDefinition {
  const blocks: Blocks = [];
  let round = 0;
  while (definitionFromBlocks(blocks).flow.nodes.length < nodes) {
    blocks.push({ kind: 'choice', options: 3, cover: round % 2 ? 'all' : 'otherwise', branchLengths: [1, 2, 0], exitOn: null });
    blocks.push({ kind: 'step', fieldTypes: ['text', 'id-card-cn', 'integer', 'date'], required: [true, true, false, true] });
    blocks.push({ kind: 'material', variant: round, necessity: 'required' });
    round += 1;
  }
  return definitionFromBlocks(blocks);
}
