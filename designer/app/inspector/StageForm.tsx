import type { ApprovalNode, ApprovalOutcome, SpecialProcedure } from '../../../schemas/service.types.ts';
import { selectDocument } from '../store/designerStore.ts';
import { useDesigner } from '../store/useDesigner.ts';
import { CheckboxGroup, ListEditor, LocalTextField, NumberField, SelectField, TextField } from './controls.tsx';
import { keyProblem, withOptional } from './keys.ts';
import { useT } from './lang.ts';
import { stageKindName } from './names.ts';
import { useEditStage } from './useEdit.ts';

/** An approval stage (审批环节) with its time budget, outcomes and 特别程序. */
export function StageForm({ stage }: { stage: ApprovalNode }) {
  const t = useT();
  const edit = useEditStage(stage.id);
  const definition = useDesigner(selectDocument);
  const taken = new Set((definition?.approval?.nodes ?? []).filter((s) => s.id !== stage.id).map((s) => s.key));
  return (
    <>
      <SelectField<ApprovalNode['stage']>
        label={t('环节', 'Stage')}
        value={stage.stage}
        onChange={(kind) => edit((s) => ({ ...s, stage: kind }))}
        choices={(['accept', 'review', 'decide', 'certify', 'deliver', 'custom'] as const).map((value) => ({ value, label: stageKindName(value, t) }))}
      />
      <LocalTextField legend={t('环节名称', 'Name')} value={stage.name} required onCommit={(name) => name && edit((s) => ({ ...s, name }))} />
      <LocalTextField legend={t('办理人员（岗位）', 'Role')} value={stage.role} onCommit={(role) => edit((s) => withOptional(s, 'role', role))} />
      <NumberField label={t('办理时限（工作日）', 'Time budget (working days)')} required min={0} value={stage.budgetDays} onCommit={(days) => days !== undefined && edit((s) => ({ ...s, budgetDays: days }))} />
      <CheckboxGroup<ApprovalOutcome>
        legend={t('办理结果', 'Outcomes')}
        values={stage.outcomes}
        min={1}
        onChange={(outcomes) => edit((s) => ({ ...s, outcomes }))}
        choices={[
          // Kept in the order a case meets them, which is the order the list is stored in (pass, correction, …).
          { value: 'pass', label: t('通过', 'Pass') },
          { value: 'correction', label: t('补正（退回申请人）', 'Correction (back to the applicant)') },
          { value: 'not-accepted', label: t('不予受理', 'Not accepted') },
          { value: 'refuse', label: t('不予许可', 'Refuse') },
        ]}
      />
      <LocalTextField legend={t('审查标准', 'Criteria')} value={stage.criteria} multiline onCommit={(criteria) => edit((s) => withOptional(s, 'criteria', criteria))} />
      <ListEditor<SpecialProcedure>
        legend={t('特别程序', 'Special procedures')}
        hint={t('听证、检验、专家评审等，所需时间不计入办结时限（行政许可法第四十五条）。', 'Hearings, tests, expert reviews: their time does not count against the limit (Administrative Licensing Law art. 45).')}
        items={stage.specialProcedures ?? []}
        maxItems={20}
        onChange={(list) => edit((s) => withOptional(s, 'specialProcedures', list.length > 0 ? list : undefined))}
        itemName={(_, i) => t(`特别程序 ${i + 1}`, `special procedure ${i + 1}`)}
        addLabel={t('添加特别程序', 'Add special procedure')}
        create={() => ({ name: { 'zh-CN': t('专家评审', 'Expert review') }, days: 5 })}
        renderItem={(procedure, update) => (
          <>
            <LocalTextField legend={t('程序名称', 'Name')} value={procedure.name} required onCommit={(name) => name && update({ ...procedure, name })} />
            <NumberField label={t('所需时间（工作日）', 'Days needed (working days)')} required min={0} value={procedure.days} onCommit={(days) => days !== undefined && update({ ...procedure, days })} />
            <LocalTextField legend={t('法定依据', 'Legal basis')} value={procedure.basis} onCommit={(basis) => update(withOptional(procedure, 'basis', basis))} />
          </>
        )}
      />
      <TextField label={t('键', 'Key')} value={stage.key} required validate={(key) => keyProblem(key, taken, t)} onCommit={(key) => edit((s) => ({ ...s, key }))} />
    </>
  );
}
