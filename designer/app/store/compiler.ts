/**
 * The compiler (compile() and its lint rules) is a chunk of its own: the editor and the catalogue paint first and
 * load it right after (useCompiler.ts starts the download from an effect). Until it is there, `selectCompiled` is
 * undefined and the problems panel and the catalogue's lint badges say 正在检查… instead of reporting no problems.
 * Plain module state, no React, so the store and its tests can use it.
 */
import type * as Compiler from './compilerModule.ts';

import { onDemand } from '../../../runtime/react/onDemand.ts';

type CompilerModule = typeof Compiler;

const listeners = new Set<() => void>();
const compiler = onDemand(
  () => import('./compilerModule.ts'),
  () => {
    // A listener that throws must not turn the loaded compiler into a failed load for everyone else.
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        console.error(error);
      }
    }
  },
);

/** Loads the compiler once; after a failed download, the next call tries again. */
export const loadCompiler = (): Promise<CompilerModule> => compiler.load();

/** The compiler if it has loaded, otherwise undefined. */
export const loadedCompiler = (): CompilerModule | undefined => compiler.current;

/** Calls `listener` when the compiler has loaded. Returns the unsubscribe function. */
export function onCompilerLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
