// What the designer calls of the compiler at run time, as one module for compiler.ts to load on demand: compile()
// with its lint rules is a chunk of its own, so no page's first paint waits for it.
export { compile } from '../../compiler/compile.ts';
export { hasErrors } from '../../compiler/diagnostics.ts';
