import type { SituationNode } from '../../../schemas/service.types.ts';
import { selectDocument } from '../store/designerStore.ts';
import { useDesigner } from '../store/useDesigner.ts';
import { CheckboxField, LocalTextField, NumberField, SelectField, TextField } from './controls.tsx';
import { keyProblem, topLevelKeys, withOptional } from './keys.ts';
import { useT } from './lang.ts';
import { OptionsEditor } from './options.tsx';
import { useEditNode } from './useEdit.ts';

type AnswerType = SituationNode['answerType'];

/** A 情形 question: its wording, answer type, options or number range. */
export function SituationForm({ node }: { node: SituationNode }) {
  const t = useT();
  const edit = useEditNode<SituationNode>(node.id);
  const definition = useDesigner(selectDocument);
  const taken = definition ? topLevelKeys(definition, node.id) : new Set<string>();
  const choice = node.answerType === 'single-choice' || node.answerType === 'multi-choice';
  const numeric = node.answerType === 'number' || node.answerType === 'integer';
  const changeType = (answerType: AnswerType) =>
    edit((current) => {
      const isChoice = answerType === 'single-choice' || answerType === 'multi-choice';
      const isNumber = answerType === 'number' || answerType === 'integer';
      let next: SituationNode = { ...current, answerType };
      if (!isChoice) next = withOptional(next, 'options', undefined);
      else if (!next.options?.length) next.options = [{ value: 'option1', label: { 'zh-CN': t('选项 1', 'Option 1') } }, { value: 'option2', label: { 'zh-CN': t('选项 2', 'Option 2') } }];
      if (!isNumber) next = withOptional(withOptional(withOptional(next, 'minimum', undefined), 'maximum', undefined), 'unit', undefined);
      return next;
    });
  return (
    <>
      <LocalTextField legend={t('问题', 'Question')} value={node.question} required onCommit={(question) => question && edit((n) => ({ ...n, question }))} />
      <LocalTextField legend={t('提示', 'Hint')} value={node.hint} hint={t('帮助申请人理解问题，可留空。', 'Helps applicants understand the question; optional.')} onCommit={(hint) => edit((n) => withOptional(n, 'hint', hint))} />
      <SelectField<AnswerType>
        label={t('回答类型', 'Answer type')}
        value={node.answerType}
        onChange={changeType}
        choices={[
          { value: 'single-choice', label: t('单选', 'Single choice') },
          { value: 'multi-choice', label: t('多选', 'Multiple choice') },
          { value: 'yes-no', label: t('是/否', 'Yes/no') },
          { value: 'number', label: t('数字', 'Number') },
          { value: 'integer', label: t('整数', 'Whole number') },
        ]}
      />
      {choice ? <OptionsEditor options={node.options ?? []} onChange={(options) => edit((n) => ({ ...n, options }))} /> : null}
      {numeric ? (
        <fieldset>
          <legend>{t('数值范围', 'Range')}</legend>
          <NumberField label={t('最小值', 'Minimum')} value={node.minimum} integer={node.answerType === 'integer'} validate={(v) => (v !== undefined && node.maximum !== undefined && v > node.maximum ? t('最小值不能大于最大值。', 'The minimum cannot exceed the maximum.') : undefined)} onCommit={(v) => edit((n) => withOptional(n, 'minimum', v))} />
          <NumberField label={t('最大值', 'Maximum')} value={node.maximum} integer={node.answerType === 'integer'} validate={(v) => (v !== undefined && node.minimum !== undefined && v < node.minimum ? t('最大值不能小于最小值。', 'The maximum cannot be below the minimum.') : undefined)} onCommit={(v) => edit((n) => withOptional(n, 'maximum', v))} />
          <LocalTextField legend={t('单位', 'Unit')} value={node.unit} onCommit={(unit) => edit((n) => withOptional(n, 'unit', unit))} />
        </fieldset>
      ) : null}
      <TextField
        label={t('键', 'Key')}
        value={node.key}
        required
        hint={t('回答在提交数据中的名称。', 'The name of the answer in the submission.')}
        validate={(key) => keyProblem(key, taken, t)}
        onCommit={(key) => edit((n) => ({ ...n, key }))}
      />
      <CheckboxField label={t('在一次性告知单上显示', 'Show on the one-time notice')} checked={node.showInNotice === true} onChange={(checked) => edit((n) => withOptional(n, 'showInNotice', checked ? true : undefined))} />
    </>
  );
}
