// The problems panel under the editor: every diagnostic of the compiler (code, severity, message in the UI
// language, the node it is about), counts in a live region. Each problem about a node or an edge is a button:
// choosing it (click, Enter, Space) selects the node or edge and reveals it on the canvas. The compiler loads just
// after the editor's first paint: until then the panel is busy and says 正在检查… (never "no problems").
import { useContext, useMemo } from 'react';
import type { ApprovalNode, FlowNode1, ServiceDefinition } from '../../../schemas/service.types.ts';
import type { Diagnostic } from '../../compiler/index.ts';
import { nodeTitle } from '../canvas/toFlow.ts';
import type { Lang } from '../i18n.ts';
import { selectCompiled, selectDocument, type DesignerState, type DesignerStore } from '../store/designerStore.ts';
import { useLoadCompiler } from '../store/useCompiler.ts';
import { DesignerStoreContext, useDesigner } from '../store/useDesigner.ts';
import { editorStrings } from './strings.ts';

const selectDiagnostics = (state: DesignerState) => selectCompiled(state)?.diagnostics;

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
const SEVERITY_ICON = { error: '✕', warning: '!', info: 'i' } as const;

/** Errors first, then warnings, then notes; the compiler's order within each. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((diagnostic, index) => ({ diagnostic, index }))
    .sort((a, b) => SEVERITY_ORDER[a.diagnostic.severity] - SEVERITY_ORDER[b.diagnostic.severity] || a.index - b.index)
    .map(({ diagnostic }) => diagnostic);
}

/** The nodes a diagnostic is about (an edge's two ends), for selecting and revealing it. */
export function problemTarget(diagnostic: Diagnostic, definition: ServiceDefinition): { nodes: string[]; edges: string[]; reveal: string[] } | undefined {
  if (diagnostic.nodeId) return { nodes: [diagnostic.nodeId], edges: [], reveal: [diagnostic.nodeId] };
  if (diagnostic.edgeId) {
    const edge = [...definition.flow.edges, ...(definition.approval?.edges ?? [])].find((e) => e.id === diagnostic.edgeId);
    return { nodes: [], edges: [diagnostic.edgeId], reveal: edge ? [edge.source, edge.target] : [] };
  }
  return undefined;
}

function choose(store: DesignerStore, target: { nodes: string[]; edges: string[]; reveal: string[] }) {
  const state = store.getState();
  state.select({ nodes: target.nodes, edges: target.edges });
  if (target.reveal.length > 0) state.requestReveal(target.reveal);
}

/** The problems of the open document, each one choosable. */
export function ProblemsStrip({ lang }: { readonly lang: Lang }) {
  const s = editorStrings(lang);
  const store = useContext(DesignerStoreContext);
  useLoadCompiler();
  const definition = useDesigner(selectDocument);
  const raw = useDesigner(selectDiagnostics);
  const checking = definition !== undefined && raw === undefined;
  const diagnostics = useMemo(() => sortDiagnostics(raw ?? []), [raw]);
  const nodes = useMemo(
    () =>
      new Map<string, FlowNode1 | ApprovalNode>([
        ...(definition?.flow.nodes ?? []).map((n) => [n.id, n] as const),
        ...(definition?.approval?.nodes ?? []).map((n) => [n.id, n] as const),
      ]),
    [definition],
  );
  const edgeNames = (edgeId: string): string => {
    const edge = [...(definition?.flow.edges ?? []), ...(definition?.approval?.edges ?? [])].find((e) => e.id === edgeId);
    const name = (id: string) => {
      const node = nodes.get(id);
      return node ? nodeTitle(node, lang) : id;
    };
    return edge ? `${name(edge.source)} → ${name(edge.target)}` : edgeId;
  };
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const infos = diagnostics.length - errors - warnings;

  return (
    <section className="problems" aria-labelledby="problems-heading" aria-busy={checking}>
      <div className="problems__header">
        <h2 className="problems__title" id="problems-heading">{s.problems}</h2>
        <p className="problems__counts" role="status">
          {checking ? (
            <span className="problems__count">{s.checking}</span>
          ) : (
            <>
              <span className={errors > 0 ? 'problems__count problems__count--error' : 'problems__count'}>{s.errors(errors)}</span>
              <span className={warnings > 0 ? 'problems__count problems__count--warning' : 'problems__count'}>{s.warnings(warnings)}</span>
              {infos > 0 && <span className="problems__count">{s.infos(infos)}</span>}
            </>
          )}
        </p>
      </div>
      {checking ? null : diagnostics.length === 0 ? (
        <p className="problems__none">{s.noProblems}</p>
      ) : (
        <ul className="problems__list" aria-label={s.problemsList}>
          {diagnostics.map((diagnostic, index) => {
            const target = definition ? problemTarget(diagnostic, definition) : undefined;
            const node = diagnostic.nodeId ? nodes.get(diagnostic.nodeId) : undefined;
            const where = node
              ? s.problemNode(nodeTitle(node, lang))
              : diagnostic.edgeId
                ? s.problemEdge(edgeNames(diagnostic.edgeId))
                : undefined;
            const body = (
              <>
                <span className={`problem__severity problem__severity--${diagnostic.severity}`}>
                  <span className="problem__icon" aria-hidden="true">{SEVERITY_ICON[diagnostic.severity]}</span>
                  {s.severity[diagnostic.severity]}
                </span>
                <code className="problem__code">{diagnostic.code}</code>
                <span className="problem__message">{diagnostic.message[lang]}</span>
                {where && <span className="problem__where">{where}</span>}
              </>
            );
            return (
              <li key={index} className={`problems__item problems__item--${diagnostic.severity}`}>
                {target && store ? (
                  <button type="button" className="problem" title={s.problemRevealHint} onClick={() => choose(store, target)}>
                    {body}
                  </button>
                ) : (
                  <div className="problem problem--static">{body}</div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
