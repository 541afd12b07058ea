// The problems strip under the editor: how many errors and warnings the compiler reports, and the list on demand.
// Choosing a problem selects the node or edge it is about.
import { useContext } from 'react';
import type { Lang } from '../i18n.ts';
import { selectCompiled, type DesignerState } from '../store/designerStore.ts';
import { DesignerStoreContext, useDesigner } from '../store/useDesigner.ts';
import { editorStrings } from './strings.ts';

const selectDiagnostics = (state: DesignerState) => selectCompiled(state)?.diagnostics;

/** The error and warning counts of the open document, with the problems listed in a disclosure. */
export function ProblemsStrip({ lang }: { readonly lang: Lang }) {
  const s = editorStrings(lang);
  const store = useContext(DesignerStoreContext);
  const diagnostics = (useDesigner(selectDiagnostics) ?? []).filter((d) => d.severity === 'error' || d.severity === 'warning');
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return (
    <section className="problems" aria-label={s.problems}>
      <p className="problems__counts" role="status">
        <span className={errors > 0 ? 'problems__count problems__count--error' : 'problems__count'}>{s.errors(errors)}</span>
        <span className={warnings > 0 ? 'problems__count problems__count--warning' : 'problems__count'}>{s.warnings(warnings)}</span>
      </p>
      {diagnostics.length > 0 && (
        <details className="problems__details">
          <summary>{s.showProblems}</summary>
          <ul className="problems__list" aria-label={s.problemsList}>
            {diagnostics.map((diagnostic, index) => {
              const target = diagnostic.nodeId ?? diagnostic.edgeId;
              const text = `${diagnostic.code} ${diagnostic.message[lang]}`;
              return (
                <li key={index} className={`problems__item problems__item--${diagnostic.severity}`}>
                  {target && store ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() =>
                        store.getState().select(diagnostic.nodeId ? { nodes: [diagnostic.nodeId], edges: [] } : { nodes: [], edges: [target] })
                      }
                    >
                      {text}
                    </button>
                  ) : (
                    text
                  )}
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </section>
  );
}
