/**
 * The compiler (compile() and its lint rules) is a chunk of its own: the editor and the catalogue paint first and
 * load it right after (useCompiler.ts starts the download from an effect). Until it is there, `selectCompiled` is
 * undefined and the problems panel and the catalogue's lint badges say 正在检查… instead of reporting no problems.
 * Plain module state, no React, so the store and its tests can use it.
 */
import type * as Compiler from './compilerModule.ts';

type CompilerModule = typeof Compiler;

let loaded: CompilerModule | undefined;
let loading: Promise<CompilerModule> | undefined;
const listeners = new Set<() => void>();

/** Loads the compiler once; after a failed download, the next call tries again. */
export function loadCompiler(): Promise<CompilerModule> {
  loading ??= import('./compilerModule.ts').then(
    (module) => {
      loaded = module;
      for (const listener of [...listeners]) listener();
      return module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The compiler if it has loaded, otherwise undefined. */
export function loadedCompiler(): CompilerModule | undefined {
  return loaded;
}

/** Calls `listener` when the compiler has loaded. Returns the unsubscribe function. */
export function onCompilerLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
