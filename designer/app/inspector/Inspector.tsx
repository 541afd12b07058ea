/**
 * The inspector: edits what is selected (one node, one edge, one approval stage) or, with nothing selected, the
 * item's 办事指南 metadata. Every edit is one `store.execute(command)`, so the inspector shares the canvas's
 * undo history.
 *
 * Typing: text and number boxes keep a draft and commit it once, on blur, Enter, or when the form unmounts
 * (the selection moved on). We chose that over a ~500 ms debounce because a debounce splits one sentence
 * into several undo steps whenever the administrator pauses to think, and it commits half-typed invalid values
 * (an empty required name, a key mid-rename) into the document, where every recompile would report them.
 * Commit-on-leave gives exactly one undo step per edit of a box and lets a box refuse an invalid value
 * (shown inline) without touching the document. Escape restores the stored value.
 */
import { Suspense, use, useEffect, useMemo, type ReactNode } from 'react';
import type { ApprovalNode, FlowEdge, FlowNode1, ServiceDefinition } from '../../../schemas/service.types.ts';
import type { Lang } from '../i18n.ts';
import { nodeTitle } from '../outline/flowOutline.ts';
import { selectDocument } from '../store/designerStore.ts';
import { useDesigner } from '../store/useDesigner.ts';
import { onDemand } from '../../../runtime/react/onDemand.ts';
import { Diagnostics } from './Diagnostics.tsx';
import { InspectorLangContext, useT } from './lang.ts';
import { MetaForm } from './MetaForm.tsx';
import { nodeKindName, stageKindName } from './names.ts';
import type * as SelectionForms from './SelectionForms.tsx';
import type { FormTarget } from './SelectionForms.tsx';
import './inspector.css';

/** Props of {@link Inspector}. */
export interface InspectorProps {
  lang: 'zh-CN' | 'en';
}

type Target =
  | { kind: 'none' }
  | { kind: 'many'; count: number }
  | { kind: 'node'; node: FlowNode1 }
  | { kind: 'stage'; stage: ApprovalNode }
  | { kind: 'edge'; edge: FlowEdge }
  | { kind: 'missing' };

type FormsModule = typeof SelectionForms;
const selectionForms = onDemand(() => import('./SelectionForms.tsx'));

/**
 * Loads the forms for a selected node, stage or edge (SelectionForms.tsx, a chunk of its own). The inspector starts
 * this once the editor has painted, so a click on a node normally finds them loaded; tests await it up front.
 * A failed download is tried again by the next selection.
 */
export const loadSelectionForms = (): Promise<FormsModule> => selectionForms.load();

function LoadedSelectionForm(props: { target: FormTarget; definition: ServiceDefinition }) {
  const { SelectionForm: Form } = selectionForms.current ?? use(loadSelectionForms());
  return <Form {...props} />;
}

/** The selection's form; says 加载中… only while the forms are still downloading. */
function SelectionForm(props: { target: FormTarget; definition: ServiceDefinition }) {
  const t = useT();
  return (
    <Suspense fallback={<p className="inspector__loading" role="status" aria-busy="true">{t('加载中…', 'Loading…')}</p>}>
      <LoadedSelectionForm {...props} />
    </Suspense>
  );
}

/** Runs `task` when the browser is idle after the current work (the editor's first paint), or soon after. */
function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(task, 200);
  return () => window.clearTimeout(timer);
}

/** The inspector panel for the designer's right-hand side. */
export function Inspector({ lang }: InspectorProps) {
  return (
    <InspectorLangContext.Provider value={lang}>
      <InspectorPanel lang={lang} />
    </InspectorLangContext.Provider>
  );
}

function InspectorPanel({ lang }: { lang: Lang }) {
  const t = useT();
  useEffect(() => (selectionForms.current ? undefined : whenIdle(() => void loadSelectionForms().catch(() => {}))), []);
  const definition = useDesigner(selectDocument);
  const selection = useDesigner((state) => state.selection);
  const target = useMemo<Target>(() => {
    if (!definition) return { kind: 'none' };
    const count = selection.nodes.length + selection.edges.length;
    if (count === 0) return { kind: 'none' };
    if (count > 1) return { kind: 'many', count };
    const [nodeId] = selection.nodes;
    const [edgeId] = selection.edges;
    if (nodeId !== undefined) {
      const node = definition.flow.nodes.find((n) => n.id === nodeId);
      if (node) return { kind: 'node', node };
      const stage = definition.approval?.nodes.find((s) => s.id === nodeId);
      return stage ? { kind: 'stage', stage } : { kind: 'missing' };
    }
    const edge = definition.flow.edges.find((e) => e.id === edgeId);
    return edge ? { kind: 'edge', edge } : { kind: 'missing' };
  }, [definition, selection]);

  if (!definition) return <section className="inspector" aria-label={t('属性', 'Properties')}><p>{t('没有打开的事项。', 'No item is open.')}</p></section>;

  let heading: string;
  let body: ReactNode;
  switch (target.kind) {
    case 'none':
    case 'missing':
      heading = t('办事指南', 'Service guide');
      body = (
        <>
          <Diagnostics target={{ item: true }} />
          <MetaForm meta={definition.meta} />
        </>
      );
      break;
    case 'many':
      heading = t(`已选择 ${target.count} 项`, `${target.count} items selected`);
      body = <p>{t('选择单个节点或连线以编辑其属性。', 'Select one node or edge to edit it.')}</p>;
      break;
    case 'node': {
      const { node } = target;
      const title = nodeTitle(node, lang);
      heading = `${nodeKindName(node.kind, t)}${title ? t(`：${title}`, `: ${title}`) : ''}`;
      body = (
        <>
          <Diagnostics target={{ nodeId: node.id }} />
          {node.kind === 'start' ? (
            <p>{t('开始节点没有属性：申请从这里开始。', 'The start node has no properties: the application begins here.')}</p>
          ) : (
            <SelectionForm target={target} definition={definition} />
          )}
        </>
      );
      break;
    }
    case 'stage':
      heading = `${t('审批环节', 'Approval stage')}${t('：', ': ')}${stageKindName(target.stage.stage, t)}`;
      body = (
        <>
          <Diagnostics target={{ nodeId: target.stage.id }} />
          <SelectionForm target={target} definition={definition} />
        </>
      );
      break;
    case 'edge':
      heading = t('连线', 'Edge');
      body = (
        <>
          <Diagnostics target={{ edgeId: target.edge.id }} />
          <SelectionForm target={target} definition={definition} />
        </>
      );
      break;
  }
  // The key remounts the form when the selection changes, which commits a pending draft to the right target.
  const key = target.kind === 'node' ? target.node.id : target.kind === 'stage' ? target.stage.id : target.kind === 'edge' ? target.edge.id : target.kind;
  return (
    <section className="inspector" aria-labelledby="inspector-heading">
      <h2 id="inspector-heading">{heading}</h2>
      <form className="inspector__form" key={key} onSubmit={(event) => event.preventDefault()} noValidate>
        {body}
      </form>
    </section>
  );
}
