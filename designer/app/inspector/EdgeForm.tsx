import { useMemo } from 'react';
import type { Condition, FlowEdge, ServiceDefinition } from '../../../schemas/service.types.ts';
import { answerLookup, conditionText } from '../outline/conditionText.ts';
import { nodeTitle } from '../outline/flowOutline.ts';
import { ConditionBuilder } from './ConditionBuilder.tsx';
import { availableFields, newComparison } from './conditionModel.ts';
import { LocalTextField, RadioGroup } from './controls.tsx';
import { withOptional } from './keys.ts';
import { useLang, useT } from './lang.ts';
import { useEditEdge } from './useEdit.ts';

type Mode = 'always' | 'condition' | 'otherwise';

/** An edge of the applicant flow: when it is followed, and its label. */
export function EdgeForm({ edge, definition }: { edge: FlowEdge; definition: ServiceDefinition }) {
  const t = useT();
  const lang = useLang();
  const edit = useEditEdge(edge.id);
  const fields = useMemo(() => availableFields(definition, edge.source), [definition, edge.source]);
  const answers = useMemo(() => answerLookup(definition), [definition]);
  const byId = new Map(definition.flow.nodes.map((n) => [n.id, n]));
  const title = (id: string) => {
    const node = byId.get(id);
    return node ? nodeTitle(node, lang) || id : id;
  };
  const mode: Mode = edge.condition ? 'condition' : edge.otherwise ? 'otherwise' : 'always';
  const setMode = (next: Mode) =>
    edit((e) => {
      const { condition: _c, otherwise: _o, ...rest } = e;
      if (next === 'otherwise') return { ...rest, otherwise: true };
      if (next === 'condition') {
        const first = fields[0];
        return first ? { ...rest, condition: e.condition ?? newComparison(first) } : e;
      }
      return rest;
    });
  const setCondition = (condition: Condition) => edit((e) => ({ ...e, condition }));
  return (
    <>
      <p className="inspector__edge-ends">
        {t('从', 'From')} <strong>{title(edge.source)}</strong> {t('到', 'to')} <strong>{title(edge.target)}</strong>
      </p>
      <RadioGroup<Mode>
        legend={t('何时走这条连线', 'When this edge is followed')}
        value={mode}
        onChange={setMode}
        hint={fields.length === 0 ? t('此处之前还没有每条路径都会回答的问题，因此不能设置条件。', 'No question is answered on every path before here, so no condition can be set.') : undefined}
        choices={[
          { value: 'always', label: t('总是', 'Always') },
          { value: 'condition', label: t('满足条件', 'When a condition holds'), disabled: fields.length === 0 && mode !== 'condition' },
          { value: 'otherwise', label: t('其他情况', 'Otherwise') },
        ]}
      />
      {edge.condition ? (
        <>
          <ConditionBuilder condition={edge.condition} onChange={setCondition} fields={fields} nodeTitle={title} />
          <p className="inspector__preview">
            {t('预览：', 'Reads: ')}
            <output aria-live="polite">{conditionText(edge.condition, answers, lang)}</output>
          </p>
        </>
      ) : null}
      <LocalTextField legend={t('连线名称', 'Edge label')} value={edge.label} hint={t('用于画布和检查结果，例如“本市户籍”。', 'Shown on the canvas and in check results.')} onCommit={(label) => edit((e) => withOptional(e, 'label', label))} />
    </>
  );
}
