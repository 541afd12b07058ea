// Component tests render the designer as it is a moment after its first paint: with the chunks it loads right
// then (the compiler, store/compiler.ts; the inspector's forms for a selection, inspector/SelectionForms.tsx) in
// place, so a test can select a node and read its form or the problems at once. The loading states themselves are
// tested on their own (ProblemsStrip.loading.test.tsx).
import { loadSelectionForms } from '../inspector/Inspector.tsx';
import { loadCompiler } from '../store/compiler.ts';

export async function loadAfterFirstPaint(): Promise<void> {
  await Promise.all([loadCompiler(), loadSelectionForms()]);
}
