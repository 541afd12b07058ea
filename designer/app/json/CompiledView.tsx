// The 服务包 tab (loaded lazily): the compiled service package of the open item, read-only, as formatted JSON. It is
// derived from the document (selectCompiled), so it updates with every edit; when the compiler reports errors
// there is no package, and the view says so and lists them.
import './json.css';
import { useMemo } from 'react';
import type { ApprovalNode, FlowNode1 } from '../../../schemas/service.types.ts';
import { nodeTitle } from '../canvas/toFlow.ts';
import { editorStrings } from '../editor/strings.ts';
import type { Lang } from '../i18n.ts';
import { selectCompiled, selectDocument, type DesignerState } from '../store/designerStore.ts';
import { useDesigner } from '../store/useDesigner.ts';

const selectResult = (state: DesignerState) => selectCompiled(state);

export default function CompiledView({ lang }: { readonly lang: Lang }) {
  const s = editorStrings(lang);
  const result = useDesigner(selectResult);
  const definition = useDesigner(selectDocument);
  const text = useMemo(() => (result?.package ? JSON.stringify(result.package, null, 2) : undefined), [result?.package]);

  if (!result) return null;
  if (text === undefined) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const nodes = new Map<string, FlowNode1 | ApprovalNode>([
      ...(definition?.flow.nodes ?? []).map((n) => [n.id, n] as const),
      ...(definition?.approval?.nodes ?? []).map((n) => [n.id, n] as const),
    ]);
    return (
      <div className="compiled-view compiled-view--none">
        <p className="compiled-view__none">{s.compiledNone(errors.length)}</p>
        <ul className="compiled-view__errors">
          {errors.map((error, index) => {
            const node = error.nodeId ? nodes.get(error.nodeId) : undefined;
            return (
              <li key={index}>
                <code>{error.code}</code> {error.message[lang]}
                {node && <span className="compiled-view__node">（{s.problemNode(nodeTitle(node, lang))}）</span>}
              </li>
            );
          })}
        </ul>
      </div>
    );
  }
  return (
    <div className="compiled-view">
      <p className="compiled-view__hint">
        {s.compiledHint} {s.compiledSize((new TextEncoder().encode(text).length / 1024).toFixed(1))}
      </p>
      {/* Focusable so keyboard users can scroll it; read-only text, never HTML. */}
      <pre className="compiled-view__json" tabIndex={0} aria-label={s.compiledLabel}>
        {text}
      </pre>
    </div>
  );
}
