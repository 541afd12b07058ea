// React bindings of compiler.ts. The compiler loads after the first commit (an effect), so the page paints before
// the lint rules are downloaded. Components that read `selectCompiled` re-render when it arrives through the
// designer store, which tells its subscribers once (createDesignerStore); they only start the download here.
import { useEffect, useSyncExternalStore } from 'react';
import { loadCompiler, loadedCompiler, onCompilerLoaded } from './compiler.ts';

function startLoading(): void {
  if (!loadedCompiler()) loadCompiler().catch((error: unknown) => console.warn('the compiler did not load', error));
}

/** Starts loading the compiler after the first commit (once; a failed download is tried again by the next mount). */
export function useLoadCompiler(): void {
  useEffect(startLoading, []);
}

/**
 * For a page without a designer store (the catalogue's lint badges): true once the compiler is loaded, re-rendering
 * then; until then whatever reads it shows that it is still checking.
 */
export function useCompilerLoaded(): boolean {
  const compiler = useSyncExternalStore(onCompilerLoaded, loadedCompiler);
  useEffect(() => {
    if (!compiler) startLoading();
  }, [compiler]);
  return compiler !== undefined;
}
