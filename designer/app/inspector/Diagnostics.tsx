import type { Diagnostic } from '../../compiler/index.ts';
import { selectCompiled } from '../store/designerStore.ts';
import { useLoadCompiler } from '../store/useCompiler.ts';
import { useDesigner } from '../store/useDesigner.ts';
import { useLang, useT } from './lang.ts';

/** Which diagnostics belong to a form: a node's (its edges' conditions included), an edge's, or the item's own. */
export type DiagnosticTarget = { nodeId: string } | { edgeId: string } | { item: true };

export function diagnosticsFor(diagnostics: readonly Diagnostic[], target: DiagnosticTarget): Diagnostic[] {
  if ('nodeId' in target) return diagnostics.filter((d) => d.nodeId === target.nodeId);
  if ('edgeId' in target) return diagnostics.filter((d) => d.edgeId === target.edgeId);
  return diagnostics.filter((d) => d.nodeId === undefined && d.edgeId === undefined);
}

const EMPTY: readonly Diagnostic[] = [];

/** The compile diagnostics of what the form edits, at the top of the form. */
export function Diagnostics({ target }: { target: DiagnosticTarget }) {
  const t = useT();
  const lang = useLang();
  useLoadCompiler();
  const all = useDesigner((state) => selectCompiled(state)?.diagnostics ?? EMPTY);
  const mine = diagnosticsFor(all, target);
  if (mine.length === 0) return null;
  const severity = { error: t('错误', 'Error'), warning: t('警告', 'Warning'), info: t('提示', 'Note') };
  return (
    <section className="inspector__diagnostics" aria-label={t('检查结果', 'Check results')}>
      <ul>
        {mine.map((d, index) => (
          <li key={`${d.code}-${index}`} className={`diagnostic diagnostic--${d.severity}`}>
            <strong>{severity[d.severity]}</strong> <code>{d.code}</code> {d.message[lang]}
          </li>
        ))}
      </ul>
    </section>
  );
}
