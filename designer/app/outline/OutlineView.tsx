/**
 * The applicant flow and the approval lane as a navigable list: the canvas's twin for keyboard and
 * screen-reader users. Every node is a heading with a button; its branches follow as buttons that read
 * their condition. Selecting a button selects the node or edge in the store, so the inspector shows it.
 *
 * Why a list of headings and buttons rather than an ARIA tree (role=tree): a treeitem may not contain other
 * interactive controls (axe nested-interactive), yet each node needs actions (add after, connect, delete);
 * headings let screen-reader users jump node to node (H key) in browse mode; buttons need no APG tree
 * emulation to be announced correctly. Up/Down/Home/End still move between the items with one Tab stop
 * (roving tabindex), selection follows focus, and Tab goes on to the actions of the selected item.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ApprovalOutcome, FlowNode1, ServiceDefinition } from '../../../schemas/service.types.ts';
import type { EditCommand } from '../../model/commands.ts';
import { connectCommand, deleteCommand } from '../canvas/changes.ts';
import { createNode, uniqueId, usedIds } from '../canvas/newNode.ts';
import { localText, type Lang } from '../i18n.ts';
import { nodeKindName, stageKindName } from '../inspector/names.ts';
import { InspectorLangContext, useT, type Translate } from '../inspector/lang.ts';
import { useDesignerStore } from '../inspector/useEdit.ts';
import { selectDocument } from '../store/designerStore.ts';
import { useDesigner } from '../store/useDesigner.ts';
import '../inspector/inspector.css';
import { answerLookup, conditionText } from './conditionText.ts';
import { flowOutline, nodeTitle, type OutlineEdge } from './flowOutline.ts';

/** Props of {@link OutlineView}. */
export interface OutlineViewProps {
  lang: Lang;
}

export function OutlineView({ lang }: OutlineViewProps) {
  return (
    <InspectorLangContext.Provider value={lang}>
      <Outline lang={lang} />
    </InspectorLangContext.Provider>
  );
}

type AddKind = 'situation' | 'step' | 'material' | 'end';

/** Nodes that can reach `id` (itself included): connecting to one of them would close a cycle. */
function ancestors(definition: ServiceDefinition, id: string): Set<string> {
  const seen = new Set<string>([id]);
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    for (const edge of definition.flow.edges) {
      if (edge.target === current && !seen.has(edge.source)) {
        seen.add(edge.source);
        stack.push(edge.source);
      }
    }
  }
  return seen;
}

function Outline({ lang }: { lang: Lang }) {
  const t = useT();
  const store = useDesignerStore();
  const definition = useDesigner(selectDocument);
  const selection = useDesigner((state) => state.selection);
  const listRef = useRef<HTMLDivElement>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [status, setStatus] = useState<{ text: string; after?: ServiceDefinition } | null>(null);
  const helpId = useId();

  useEffect(() => {
    if (!focusId) return;
    const items = listRef.current?.querySelectorAll<HTMLElement>('[data-outline-id]') ?? [];
    [...items].find((element) => element.dataset.outlineId === focusId)?.focus();
    setFocusId(null);
  }, [focusId, definition]);

  if (!definition) return <p>{t('没有打开的事项。', 'No item is open.')}</p>;

  const selectedId = selection.nodes.length + selection.edges.length === 1 ? selection.nodes[0] ?? selection.edges[0] : undefined;
  const outline = flowOutline(definition);
  const answers = answerLookup(definition);
  const stages = definition.approval?.nodes ?? [];
  const itemIds = [...outline.flatMap((entry) => [entry.node.id, ...entry.outgoing.map((e) => e.id)]), ...stages.map((s) => s.id)];
  const activeId = selectedId && itemIds.includes(selectedId) ? selectedId : itemIds[0];
  const isEdge = (id: string) => definition.flow.edges.some((e) => e.id === id);

  const select = (id: string) => store.getState().select(isEdge(id) ? { nodes: [], edges: [id] } : { nodes: [id], edges: [] });
  const run = (command: EditCommand | undefined, text: string, then?: string) => {
    if (!command) return;
    store.getState().execute(command);
    const after = selectDocument(store.getState());
    if (then) {
      select(then);
      setFocusId(then);
    }
    setStatus({ text, after });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const current = target.dataset.outlineId;
    if (!current) return;
    const index = itemIds.indexOf(current);
    let next: string | undefined;
    if (event.key === 'ArrowDown') next = itemIds[Math.min(index + 1, itemIds.length - 1)];
    else if (event.key === 'ArrowUp') next = itemIds[Math.max(index - 1, 0)];
    else if (event.key === 'Home') next = itemIds[0];
    else if (event.key === 'End') next = itemIds[itemIds.length - 1];
    if (next === undefined) return;
    event.preventDefault();
    select(next);
    setFocusId(next);
  };

  const item = (id: string, label: ReactNode, extraClass = '') => (
    <button
      type="button"
      className={`outline-view__item ${extraClass}`}
      data-outline-id={id}
      tabIndex={id === activeId ? 0 : -1}
      aria-current={id === selectedId ? 'true' : undefined}
      onClick={() => select(id)}
    >
      {label}
    </button>
  );

  const nodeLabel = (node: FlowNode1) => {
    const title = nodeTitle(node, lang);
    return `${nodeKindName(node.kind, t)}${title ? t(`：${title}`, `: ${title}`) : ''}`;
  };
  const ruleText = (edge: OutlineEdge) =>
    edge.rule.type === 'condition' && edge.rule.edge.condition
      ? conditionText(edge.rule.edge.condition, answers, lang)
      : edge.rule.type === 'otherwise'
        ? t('其他情况', 'otherwise')
        : t('总是', 'always');

  return (
    <section className="outline-view" aria-labelledby="outline-view-heading">
      <h2 id="outline-view-heading">{t('大纲', 'Outline')}</h2>
      <p id={helpId} className="muted">
        {t('用上下方向键在节点和连线之间移动，选中的项目在右侧属性面板中编辑；按 Tab 进入该项目的操作。', 'Use the Up and Down arrow keys to move between nodes and edges; the selected one is edited in the properties panel; press Tab for its actions.')}
      </p>
      <p role="status" className="outline-view__status">{status?.text ?? ''}</p>
      {status?.after && status.after === definition ? (
        // Offered only while the outline's edit is still the latest, so it never undoes someone else's step.
        <button type="button" onClick={() => { store.getState().undo(); setStatus({ text: t('已撤销。', 'Undone.') }); }}>{t('撤销', 'Undo')}</button>
      ) : null}
      <div ref={listRef} onKeyDown={onKeyDown} aria-describedby={helpId}>
        <h3>{t('申请流程', 'Applicant flow')}</h3>
        {!definition.flow.nodes.some((n) => n.kind === 'start') ? (
          <button type="button" onClick={() => { const node = createNode('start', { x: 0, y: 0 }, definition); run({ type: 'addNode', node: node as FlowNode1 }, t('已添加开始节点。', 'Start node added.'), node.id); }}>{t('添加开始节点', 'Add start node')}</button>
        ) : null}
        <ol className="outline-view__nodes">
          {outline.map((entry, index) => {
            const node = entry.node as FlowNode1;
            const previous = outline[index - 1]?.node.id;
            return (
              <li key={node.id} className="outline-view__node" data-node-id={node.id}>
                <h4>{item(node.id, nodeLabel(node))}</h4>
                {!entry.reachable ? <p className="warning">{t('从开始节点无法到达', 'Not reachable from start')}</p> : null}
                {entry.outgoing.length > 0 ? (
                  <ul className="outline-view__edges" aria-label={t(`“${nodeTitle(node, lang) || nodeKindName(node.kind, t)}”的去向`, `Where "${nodeTitle(node, lang) || nodeKindName(node.kind, t)}" leads`)}>
                    {entry.outgoing.map((edge) => (
                      <li key={edge.id}>
                        {item(edge.id, <><span aria-hidden="true">→ </span>{t('到 ', 'to ')}{edge.target ? nodeLabel(edge.target as FlowNode1) : edge.targetId}{t('，', ', ')}{ruleText(edge)}</>)}
                        {selectedId === edge.id ? (
                          <div className="outline-view__actions" role="group" aria-label={t('连线操作', 'Edge actions')}>
                            <button type="button" onClick={() => { run(deleteCommand(definition, { nodes: [], edges: [edge.id] }), t('已删除连线。', 'Edge deleted.')); store.getState().select({ nodes: [node.id], edges: [] }); setFocusId(node.id); }}>{t('删除连线', 'Delete edge')}</button>
                          </div>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : node.kind !== 'end' ? <p className="muted">{t('还没有去向。', 'Leads nowhere yet.')}</p> : null}
                {selectedId === node.id ? <NodeActions node={node} definition={definition} run={run} t={t} lang={lang} focusAfterDelete={previous} /> : null}
              </li>
            );
          })}
        </ol>
        <h3>{t('审批环节', 'Approval stages')}</h3>
        {stages.length === 0 ? <p className="muted">{t('还没有审批环节。', 'No approval stages yet.')}</p> : null}
        <ol className="outline-view__nodes">
          {stages.map((stage) => {
            const outgoing = definition.approval?.edges.filter((e) => e.source === stage.id) ?? [];
            return (
              <li key={stage.id} className="outline-view__node">
                <h4>{item(stage.id, `${stageKindName(stage.stage, t)}${t('：', ': ')}${localText(stage.name, lang)}${t(`（${stage.budgetDays} 个工作日）`, ` (${stage.budgetDays} working days)`)}`)}</h4>
                {outgoing.length > 0 ? (
                  <ul className="outline-view__edges" aria-label={t('去向', 'Leads to')}>
                    {outgoing.map((edge) => {
                      const target = stages.find((s) => s.id === edge.target);
                      const text = `${outcomeName(edge.outcome, t)} → ${target ? localText(target.name, lang) : edge.target}`;
                      return (
                        <li key={edge.id}>
                          {text}{' '}
                          <button type="button" onClick={() => run({ type: 'removeStageEdges', ids: [edge.id] }, t('已删除审批连线。', 'Stage edge deleted.'))} aria-label={t(`删除审批连线：${text}`, `Delete stage edge: ${text}`)}>{t('删除', 'Delete')}</button>
                        </li>
                      );
                    })}
                  </ul>
                ) : null}
                {selectedId === stage.id ? <StageActions stageId={stage.id} definition={definition} run={run} t={t} lang={lang} /> : null}
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          onClick={() => {
            const last = stages.at(-1);
            const stage = createNode('approval', { x: (last?.position.x ?? 600) , y: (last?.position.y ?? 0) + 150 }, definition);
            run({ type: 'addStage', stage: stage as Extract<typeof stage, { kind: 'approval' }> }, t('已添加审批环节。', 'Stage added.'), stage.id);
          }}
        >
          {t('添加审批环节', 'Add approval stage')}
        </button>
      </div>
    </section>
  );
}

function outcomeName(outcome: ApprovalOutcome, t: Translate): string {
  const names = { pass: ['通过', 'pass'], 'not-accepted': ['不予受理', 'not accepted'], correction: ['补正', 'correction'], refuse: ['不予许可', 'refuse'] } as const;
  return t(names[outcome][0], names[outcome][1]);
}

type Run = (command: EditCommand | undefined, status: string, select?: string) => void;

function NodeActions({ node, definition, run, t, lang, focusAfterDelete }: { node: FlowNode1; definition: ServiceDefinition; run: Run; t: Translate; lang: Lang; focusAfterDelete: string | undefined }) {
  const kindId = useId();
  const targetId = useId();
  const [kind, setKind] = useState<AddKind>('situation');
  const blocked = ancestors(definition, node.id);
  const linked = new Set(definition.flow.edges.filter((e) => e.source === node.id).map((e) => e.target));
  const targets = definition.flow.nodes.filter((n) => n.kind !== 'start' && !blocked.has(n.id) && !linked.has(n.id));
  const [target, setTarget] = useState<string>('');
  const chosen = targets.some((n) => n.id === target) ? target : targets[0]?.id ?? '';
  const name = nodeTitle(node, lang) || nodeKindName(node.kind, t);
  const addAfter = () => {
    const created = createNode(kind, { x: node.position.x, y: node.position.y + 150 }, definition) as FlowNode1;
    const withNode = { ...definition, flow: { ...definition.flow, nodes: [...definition.flow.nodes, created] } };
    const edge = { id: uniqueId(usedIds(withNode), 'e'), source: node.id, target: created.id };
    run({ type: 'batch', commands: [{ type: 'addNode', node: created }, { type: 'addEdge', edge }] }, t(`已在“${name}”之后添加${nodeKindName(kind, t)}。`, `${nodeKindName(kind, t)} added after "${name}".`), created.id);
  };
  return (
    <div className="outline-view__actions" role="group" aria-label={t(`“${name}”的操作`, `Actions for "${name}"`)}>
      {node.kind !== 'end' ? (
        <div className="outline-view__action">
          <label htmlFor={kindId}>{t('后续节点类型', 'Kind of next node')}</label>
          <select id={kindId} value={kind} onChange={(event) => setKind(event.target.value as AddKind)}>
            {(['situation', 'step', 'material', 'end'] as const).map((k) => <option key={k} value={k}>{nodeKindName(k, t)}</option>)}
          </select>
          <button type="button" onClick={addAfter}>{t('在此之后添加', 'Add after this')}</button>
        </div>
      ) : null}
      {node.kind !== 'end' && targets.length > 0 ? (
        <div className="outline-view__action">
          <label htmlFor={targetId}>{t('连接到', 'Connect to')}</label>
          <select id={targetId} value={chosen} onChange={(event) => setTarget(event.target.value)}>
            {targets.map((n) => <option key={n.id} value={n.id}>{`${nodeKindName(n.kind, t)}${t('：', ': ')}${nodeTitle(n, lang) || n.id}`}</option>)}
          </select>
          <button
            type="button"
            onClick={() => {
              const command = connectCommand(definition, { source: node.id, target: chosen, sourceHandle: null, targetHandle: null });
              const edgeId = command?.type === 'addEdge' ? command.edge.id : undefined;
              run(command, t('已添加连线。', 'Edge added.'), edgeId);
            }}
          >
            {t('连接', 'Connect')}
          </button>
        </div>
      ) : null}
      <button type="button" onClick={() => run(deleteCommand(definition, { nodes: [node.id], edges: [] }), t(`已删除“${name}”及其连线。`, `"${name}" and its edges deleted.`), focusAfterDelete)}>
        {t('删除节点', 'Delete node')}
      </button>
    </div>
  );
}

function StageActions({ stageId, definition, run, t, lang }: { stageId: string; definition: ServiceDefinition; run: Run; t: Translate; lang: Lang }) {
  const targetId = useId();
  const outcomeId = useId();
  const stages = definition.approval?.nodes ?? [];
  const stage = stages.find((s) => s.id === stageId);
  const others = stages.filter((s) => s.id !== stageId);
  const [target, setTarget] = useState('');
  const [outcome, setOutcome] = useState<ApprovalOutcome>('pass');
  if (!stage) return null;
  const chosen = others.some((s) => s.id === target) ? target : others[0]?.id ?? '';
  const validOutcome = stage.outcomes.includes(outcome) ? outcome : (stage.outcomes[0] as ApprovalOutcome);
  const name = localText(stage.name, lang);
  return (
    <div className="outline-view__actions" role="group" aria-label={t(`“${name}”的操作`, `Actions for "${name}"`)}>
      {others.length > 0 ? (
        <div className="outline-view__action">
          <label htmlFor={outcomeId}>{t('办理结果', 'Outcome')}</label>
          <select id={outcomeId} value={validOutcome} onChange={(event) => setOutcome(event.target.value as ApprovalOutcome)}>
            {stage.outcomes.map((o) => <option key={o} value={o}>{outcomeName(o, t)}</option>)}
          </select>
          <label htmlFor={targetId}>{t('转到环节', 'Go to stage')}</label>
          <select id={targetId} value={chosen} onChange={(event) => setTarget(event.target.value)}>
            {others.map((s) => <option key={s.id} value={s.id}>{localText(s.name, lang)}</option>)}
          </select>
          <button
            type="button"
            onClick={() => run({ type: 'addStageEdge', edge: { id: uniqueId(usedIds(definition), 'e'), source: stageId, target: chosen, outcome: validOutcome } }, t('已添加审批连线。', 'Stage edge added.'))}
          >
            {t('连接', 'Connect')}
          </button>
        </div>
      ) : null}
      <button type="button" onClick={() => run(deleteCommand(definition, { nodes: [stageId], edges: [] }), t(`已删除环节“${name}”。`, `Stage "${name}" deleted.`))}>{t('删除环节', 'Delete stage')}</button>
    </div>
  );
}
