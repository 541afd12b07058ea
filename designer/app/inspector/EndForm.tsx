import type { EndNode } from '../../../schemas/service.types.ts';
import { LocalTextField, RadioGroup } from './controls.tsx';
import { withOptional } from './keys.ts';
import { useT } from './lang.ts';
import { useEditNode } from './useEdit.ts';

/** An end: submit, or exit with the reason the applicant is shown. */
export function EndForm({ node }: { node: EndNode }) {
  const t = useT();
  const edit = useEditNode<EndNode>(node.id);
  const exit = node.outcome === 'exit';
  return (
    <>
      <RadioGroup
        legend={t('结果', 'Outcome')}
        value={node.outcome}
        onChange={(outcome) => edit((n) => ({ ...n, outcome, ...(outcome === 'exit' && !n.reason ? { reason: { 'zh-CN': t('暂不符合申请条件。', 'Not eligible to apply.') } } : {}) }))}
        choices={[
          { value: 'submit', label: t('提交申请', 'Submit the application') },
          { value: 'exit', label: t('无法申请（退出）', 'Cannot apply (exit)') },
        ]}
      />
      <LocalTextField legend={t('标题', 'Title')} value={node.title} onCommit={(title) => edit((n) => withOptional(n, 'title', title))} />
      <LocalTextField
        legend={t('原因', 'Reason')}
        value={node.reason}
        multiline
        required={exit}
        hint={exit ? t('告诉申请人为什么不能申请、可以怎么做。', 'Tell applicants why they cannot apply and what they can do.') : undefined}
        onCommit={(reason) => (reason || !exit) && edit((n) => withOptional(n, 'reason', reason))}
      />
      {exit && !node.reason ? <p className="inspector__error" role="alert">{t('“无法申请”结束必须说明原因。', 'An exit needs a reason.')}</p> : null}
    </>
  );
}
