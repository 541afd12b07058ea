import type { ApprovalNode, ServiceDefinition } from '../../schemas/service.types.ts';
import { timeLimitText } from './CataloguePage.tsx';
import { dictionary, localText, type Lang } from './i18n.ts';
import { answerLookup, conditionText, type AnswerLookup } from './outline/conditionText.ts';
import { flowOutline, nodeTitle, type OutlineEdge, type OutlineNode } from './outline/flowOutline.ts';

type Dictionary = ReturnType<typeof dictionary>;

export function Guide({ definition, lang }: { definition: ServiceDefinition; lang: Lang }) {
  const t = dictionary(lang);
  const { meta } = definition;
  return (
    <section aria-labelledby="guide-heading" className="panel">
      <h2 id="guide-heading">{t.guideHeading}</h2>
      {meta.summary ? <p className="summary">{localText(meta.summary, lang)}</p> : null}
      <dl className="facts facts--wide">
        <div><dt>{t.itemType}</dt><dd>{localText(meta.itemType.label, lang)}</dd></div>
        <div><dt>{t.agency}</dt><dd>{localText(meta.agency.name, lang)}</dd></div>
        <div><dt>{t.caseType}</dt><dd>{t.caseTypes[meta.caseType]}</dd></div>
        <div><dt>{t.legalTimeLimit}</dt><dd>{timeLimitText(meta.legalTimeLimit, lang)}</dd></div>
        <div><dt>{t.promisedTimeLimit}</dt><dd>{timeLimitText(meta.promisedTimeLimit, lang)}</dd></div>
        <div><dt>{t.channels}</dt><dd>{meta.channels.map((channel) => t.channelNames[channel]).join(lang === 'en' ? ', ' : '、')}</dd></div>
        <div><dt>{t.visits}</dt><dd>{t.visitCount(meta.visits.count)}</dd></div>
        {meta.fees ? <div><dt>{t.fees}</dt><dd>{meta.fees.free ? t.free : t.charged}</dd></div> : null}
      </dl>
      <h3>{t.legalBasis}</h3>
      <ul className="plain-list">
        {meta.legalBasis.map((basis, index) => (
          <li key={index}>{localText(basis.title, lang)}{basis.article ? ` ${basis.article}` : ''}</li>
        ))}
      </ul>
      {meta.conditions && meta.conditions.length > 0 ? (
        <>
          <h3>{t.conditions}</h3>
          <ul className="plain-list">
            {meta.conditions.map((condition, index) => <li key={index}>{localText(condition, lang)}</li>)}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function edgeRuleText(edge: OutlineEdge, answers: AnswerLookup, lang: Lang, t: Dictionary): string {
  switch (edge.rule.type) {
    case 'always':
      return t.always;
    case 'otherwise':
      return t.otherwise;
    case 'condition':
      return edge.rule.edge.condition ? conditionText(edge.rule.edge.condition, answers, lang) : t.always;
  }
}

function NodeLabel({ node, lang }: { node: OutlineNode['node']; lang: Lang }) {
  const t = dictionary(lang);
  const title = nodeTitle(node, lang);
  const extra = node.kind === 'end' ? t.endOutcomes[node.outcome] : '';
  return (
    <>
      <span className={`kind kind--${node.kind}`}>{t.nodeKinds[node.kind]}</span>{' '}
      <span className="node-title">{title || (node.kind === 'start' ? '' : node.id)}</span>
      {extra && extra !== title ? <span className="muted">{lang === 'en' ? ` (${extra})` : `（${extra}）`}</span> : null}
    </>
  );
}

export function FlowOutlineSection({ definition, lang }: { definition: ServiceDefinition; lang: Lang }) {
  const t = dictionary(lang);
  const outline = flowOutline(definition);
  const answers = answerLookup(definition);
  return (
    <section aria-labelledby="flow-heading" className="panel">
      <h2 id="flow-heading">{t.flowHeading}</h2>
      <p className="muted">{t.flowIntro(definition.flow.nodes.length, definition.flow.edges.length)}</p>
      <ol className="outline">
        {outline.map((entry) => (
          <li key={entry.node.id} className="outline__node" data-node-id={entry.node.id}>
            <p className="outline__head">
              <NodeLabel node={entry.node} lang={lang} />
              {!entry.reachable ? <span className="warning"> · {t.unreachable}</span> : null}
            </p>
            {entry.outgoing.length > 0 ? (
              <ul className="outline__edges" aria-label={t.outgoing}>
                {entry.outgoing.map((edge) => (
                  <li key={edge.id}>
                    <span aria-hidden="true">→ </span>
                    {edge.target ? <NodeLabel node={edge.target} lang={lang} /> : <code>{edge.targetId}</code>}
                    <span className="edge-rule"> · {edgeRuleText(edge, answers, lang, t)}</span>
                  </li>
                ))}
              </ul>
            ) : entry.node.kind !== 'end' ? (
              <p className="muted outline__edges">{t.noOutgoing}</p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Stages in the order cases pass through them: from the entry along `pass` edges, then the rest. */
function orderedStages(definition: ServiceDefinition): ApprovalNode[] {
  const lane = definition.approval;
  if (!lane) return [];
  const byId = new Map(lane.nodes.map((node) => [node.id, node]));
  const ordered: ApprovalNode[] = [];
  const seen = new Set<string>();
  let current = byId.get(lane.entry);
  while (current && !seen.has(current.id)) {
    ordered.push(current);
    seen.add(current.id);
    const from = current.id;
    const next = lane.edges.find((edge) => edge.source === from && edge.outcome === 'pass');
    current = next ? byId.get(next.target) : undefined;
  }
  return [...ordered, ...lane.nodes.filter((node) => !seen.has(node.id))];
}

function ApprovalSection({ definition, lang }: { definition: ServiceDefinition; lang: Lang }) {
  const t = dictionary(lang);
  const stages = orderedStages(definition);
  const total = stages.reduce((sum, stage) => sum + stage.budgetDays, 0);
  return (
    <section aria-labelledby="approval-heading" className="panel">
      <h2 id="approval-heading">{t.approvalHeading}</h2>
      {stages.length === 0 ? (
        <p>{t.approvalNone}</p>
      ) : (
        <table className="stages">
          <thead>
            <tr><th scope="col">{t.stage}</th><th scope="col">{t.stageName}</th><th scope="col" className="num">{t.budget}</th></tr>
          </thead>
          <tbody>
            {stages.map((stage) => (
              <tr key={stage.id}>
                <td>{t.stages[stage.stage]}</td>
                <td>{localText(stage.name, lang)}</td>
                <td className="num">{t.workingDays(stage.budgetDays)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr><th scope="row" colSpan={2}>{t.totalBudget}</th><td className="num">{t.workingDays(total)}</td></tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}

/** Props of {@link ItemPage}. */
export interface ItemPageProps {
  definition: ServiceDefinition | undefined;
  requestedId: string;
  lang: Lang;
}

/** An item's overview: its 办事指南, the applicant flow as an outline, and the approval stages. */
export function ItemPage({ definition, requestedId, lang }: ItemPageProps) {
  const t = dictionary(lang);
  const back = (
    <nav aria-label={t.breadcrumb} className="breadcrumb">
      <a href="#/"><span aria-hidden="true">← </span>{t.back}</a>
    </nav>
  );
  if (!definition) {
    return (
      <>
        {back}
        <h1 tabIndex={-1}>{t.notFound(requestedId)}</h1>
      </>
    );
  }
  const enName = definition.meta.name.en;
  return (
    <article aria-labelledby="item-heading">
      {back}
      <header className="item-header">
        <h1 id="item-heading" tabIndex={-1} lang="zh-CN">{definition.meta.name['zh-CN']}</h1>
        {enName ? <p className="item-header__subtitle" lang="en">{enName}</p> : null}
        <p className="muted"><code>{definition.id}</code> · v{definition.version}</p>
      </header>
      <div className="item-layout">
        <Guide definition={definition} lang={lang} />
        <div className="item-layout__main">
          <FlowOutlineSection definition={definition} lang={lang} />
          <ApprovalSection definition={definition} lang={lang} />
        </div>
      </div>
    </article>
  );
}
