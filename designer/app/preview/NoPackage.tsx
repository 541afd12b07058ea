// Shown by the preview and the simulator when the item has errors: there is no package, and the problems panel
// (always on the page, below the editor) says why.
import { selectCompiled, type DesignerState } from '../store/designerStore.ts';
import { useDesigner } from '../store/useDesigner.ts';
import type { Lang } from '../i18n.ts';
import { previewStrings } from './strings.ts';

const selectErrorCount = (state: DesignerState) => selectCompiled(state)?.diagnostics.filter((d) => d.severity === 'error').length ?? 0;

/** Moves focus to the problems panel: its first problem, else its heading. */
export function showProblems(): void {
  const first = document.querySelector<HTMLElement>('.problems .problem');
  const heading = document.getElementById('problems-heading');
  const target = first ?? heading;
  if (!target) return;
  if (!first && heading) heading.tabIndex = -1;
  target.scrollIntoView({ block: 'nearest' });
  target.focus();
}

export function NoPackage({ lang }: { readonly lang: Lang }) {
  const s = previewStrings(lang);
  const errors = useDesigner(selectErrorCount);
  return (
    <div className="preview-none" role="status">
      <p>{s.noPackage(errors)}</p>
      <button type="button" onClick={showProblems}>{s.showProblems}</button>
    </div>
  );
}
