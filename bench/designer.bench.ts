/**
 * The designer store on a large item (issue 6): 100 node moves (each one command, one undo step) and one
 * recompile (a cache hit since positions never reach the package); and the recompile after a single content edit
 * (issue 7 needs it under 50 ms for live diagnostics).
 * Run: npx vitest bench --run --project node bench/designer.bench.ts
 */
import { bench, describe } from 'vitest';
import { loadCompiler } from '../designer/app/store/compiler.ts';
import { createDesignerStore, selectCompiled } from '../designer/app/store/designerStore.ts';
import { largeDefinition } from './sizes.ts';

// The designer loads its compiler after the first paint; the bench measures recompiles, so it waits for it.
await loadCompiler();

const definition = largeDefinition(500);
const ids = definition.flow.nodes.map((node) => node.id);

describe(`designer store, ${definition.flow.nodes.length} nodes`, () => {
  bench('100 node moves through the store, then one recompile', () => {
    const store = createDesignerStore(definition);
    for (let i = 0; i < 100; i += 1) {
      const id = ids[(i * 7) % ids.length] as string;
      store.getState().execute({ type: 'moveNodes', moves: [{ id, x: i * 10, y: i * 5 }] });
    }
    const compiled = selectCompiled(store.getState());
    if (!compiled) throw new Error('nothing compiled');
  });

  bench('100 node moves through the store (no recompile)', () => {
    const store = createDesignerStore(definition);
    for (let i = 0; i < 100; i += 1) {
      const id = ids[(i * 7) % ids.length] as string;
      store.getState().execute({ type: 'moveNodes', moves: [{ id, x: i * 10, y: i * 5 }] });
    }
  });

  // One store, many iterations: every iteration renames a step (an edit the package sees; a move would not
  // recompile at all, since positions never reach the package) and recompiles, the situation of live
  // diagnostics while an administrator works.
  const live = createDesignerStore(definition);
  const steps = definition.flow.nodes.filter((node) => node.kind === 'step');
  let n = 0;
  bench('recompile after one edit', () => {
    n += 1;
    const step = steps[n % steps.length]!;
    live.getState().execute({ type: 'updateNode', node: { ...step, title: { 'zh-CN': `步骤 ${n}` } } });
    if (!selectCompiled(live.getState())?.package) throw new Error('nothing compiled');
  });
});
