/**
 * The designer store on a large item (issue 6): 100 node moves (each one command, one undo step) and one
 * recompile; and the recompile after a single edit (issue 7 needs it under 50 ms for live diagnostics).
 * Run: npx vitest bench --run --project node bench/designer.bench.ts
 */
import { bench, describe } from 'vitest';
import { createDesignerStore, selectCompiled } from '../designer/app/store/designerStore.ts';
import { largeDefinition } from './sizes.ts';

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

  // One store, many iterations: every iteration edits once (a move, as an edit the compile must see) and
  // recompiles, the situation of live diagnostics while an administrator works.
  const live = createDesignerStore(definition);
  let n = 0;
  bench('recompile after one edit', () => {
    n += 1;
    live.getState().execute({ type: 'moveNodes', moves: [{ id: ids[n % ids.length] as string, x: n, y: n }] });
    if (!selectCompiled(live.getState())) throw new Error('nothing compiled');
  });
});
