// React binding of compiler.ts: re-renders when the compiler has loaded, and starts loading it after the first
// commit (an effect), so the page paints before the lint rules are downloaded.
import { useEffect, useSyncExternalStore } from 'react';
import { loadCompiler, loadedCompiler, onCompilerLoaded } from './compiler.ts';

/** True once the compiler is loaded; until then, whatever reads `selectCompiled` shows that it is still checking. */
export function useCompilerLoaded(): boolean {
  const compiler = useSyncExternalStore(onCompilerLoaded, loadedCompiler);
  useEffect(() => {
    if (!compiler) loadCompiler().catch((error: unknown) => console.warn('the compiler did not load', error));
  }, [compiler]);
  return compiler !== undefined;
}
