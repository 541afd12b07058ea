import type { MaterialNode, UploadRule } from '../../../schemas/service.types.ts';
import { selectDocument } from '../store/designerStore.ts';
import { useDesigner } from '../store/useDesigner.ts';
import { CheckboxField, LocalTextField, NumberField, SelectField, TextField } from './controls.tsx';
import { keyProblem, topLevelKeys, urlProblem, withOptional } from './keys.ts';
import { useT } from './lang.ts';
import { UploadEditor } from './UploadEditor.tsx';
import { useEditNode } from './useEdit.ts';

type Way = MaterialNode['ways'][number];
const WAY_ORDER: readonly Way[] = ['sharedData', 'eLicence', 'upload', 'commitment', 'paper'];
export const DEFAULT_UPLOAD: UploadRule = { accept: ['application/pdf', 'image/jpeg', 'image/png'], maxSizeMB: 10 };

/** An application material (申请材料) with the attributes of DOMAIN.md 1.4. */
export function MaterialForm({ node }: { node: MaterialNode }) {
  const t = useT();
  const edit = useEditNode<MaterialNode>(node.id);
  const definition = useDesigner(selectDocument);
  const taken = definition ? topLevelKeys(definition, node.id) : new Set<string>();
  const has = (way: Way) => node.ways.includes(way);
  const toggleWay = (way: Way, on: boolean) =>
    edit((n) => {
      // Ways are kept most convenient first, the order the applicant sees them in.
      const ways = WAY_ORDER.filter((w) => (w === way ? on : n.ways.includes(w)));
      let next: MaterialNode = { ...n, ways };
      if (way === 'upload') next = withOptional(next, 'upload', on ? n.upload ?? DEFAULT_UPLOAD : undefined);
      if (way === 'eLicence') next = withOptional(next, 'eLicence', on ? n.eLicence ?? { catalogCode: '' } : undefined);
      if (way === 'commitment') next = withOptional(next, 'commitment', on ? n.commitment ?? { text: { 'zh-CN': t('本人承诺所提供信息真实有效。', 'I promise the information is true.') } } : undefined);
      return next;
    });
  const wayNames: Record<Way, string> = {
    sharedData: t('免提交（部门共享数据）', 'Not needed (shared data)'),
    eLicence: t('电子证照', 'Electronic licence'),
    upload: t('上传电子文件', 'Upload'),
    commitment: t('告知承诺', 'Commitment'),
    paper: t('纸质材料', 'Paper'),
  };
  return (
    <>
      <LocalTextField legend={t('材料名称', 'Name')} value={node.name} required onCommit={(name) => name && edit((n) => ({ ...n, name }))} />
      <LocalTextField legend={t('说明', 'Description')} value={node.description} multiline onCommit={(description) => edit((n) => withOptional(n, 'description', description))} />
      <SelectField
        label={t('材料类型', 'Category')}
        value={node.category}
        onChange={(category) => edit((n) => ({ ...n, category }))}
        choices={[
          { value: 'certificate', label: t('证件证书证明', 'Certificate or proof') },
          { value: 'form', label: t('申请表格文书', 'Application form') },
          { value: 'other', label: t('其他', 'Other') },
        ]}
      />
      <SelectField
        label={t('材料形式', 'Form')}
        value={node.form}
        onChange={(form) => edit((n) => ({ ...n, form }))}
        choices={[
          { value: 'original', label: t('原件', 'Original') },
          { value: 'copy', label: t('复印件', 'Copy') },
          { value: 'original-and-copy', label: t('原件和复印件', 'Original and copy') },
          { value: 'original-or-copy', label: t('原件或复印件', 'Original or copy') },
          { value: 'electronic', label: t('电子材料', 'Electronic') },
        ]}
      />
      <fieldset>
        <legend>{t('纸质份数', 'Paper copies')}</legend>
        <NumberField label={t('原件份数', 'Originals')} integer min={0} value={node.copies?.original} onCommit={(original) => edit((n) => withOptional(n, 'copies', cleanCopies({ ...n.copies, original })))} />
        <NumberField label={t('复印件份数', 'Copies')} integer min={0} value={node.copies?.copy} onCommit={(copy) => edit((n) => withOptional(n, 'copies', cleanCopies({ ...n.copies, copy })))} />
        <TextField label={t('纸张规格', 'Paper format')} value={node.paperFormat} hint={t('例如 A4。', 'e.g. A4.')} onCommit={(v) => edit((n) => withOptional(n, 'paperFormat', v || undefined))} />
      </fieldset>
      <SelectField
        label={t('必要性', 'Necessity')}
        value={node.necessity}
        onChange={(necessity) => edit((n) => withOptional({ ...n, necessity }, 'deferral', necessity === 'deferrable' ? n.deferral ?? { workingDays: 5 } : undefined))}
        choices={[
          { value: 'required', label: t('必要', 'Required') },
          { value: 'optional', label: t('非必要', 'Optional') },
          { value: 'deferrable', label: t('容缺后补', 'May be supplied later') },
        ]}
      />
      {node.necessity === 'deferrable' ? (
        <NumberField label={t('容缺补齐时限（工作日）', 'Deadline to supply (working days)')} required integer min={1} value={node.deferral?.workingDays} onCommit={(days) => days !== undefined && edit((n) => ({ ...n, deferral: { workingDays: days } }))} />
      ) : null}
      <fieldset className="inspector__ways">
        <legend>{t('提交方式', 'Ways to provide it')}</legend>
        {node.ways.length === 0 ? <p className="inspector__error" role="alert">{t('至少选择一种提交方式，否则申请人无法满足此材料。', 'Choose at least one way, or applicants cannot provide it.')}</p> : null}
        {WAY_ORDER.map((way) => (
          <div key={way} className="inspector__way">
            <CheckboxField label={wayNames[way]} checked={has(way)} onChange={(on) => toggleWay(way, on)} />
            {way === 'eLicence' && has('eLicence') ? (
              <>
                <TextField label={t('电子证照目录编码', 'Licence catalogue code')} required value={node.eLicence?.catalogCode} onCommit={(catalogCode) => edit((n) => ({ ...n, eLicence: { ...n.eLicence, catalogCode } }))} />
                <LocalTextField
                  legend={t('电子证照名称', 'Licence name')}
                  value={node.eLicence?.name}
                  hint={t('证照目录中的名称，例如“居民身份证”，可留空。', 'Its name in the licence catalogue; optional.')}
                  onCommit={(name) => edit((n) => ({ ...n, eLicence: withOptional({ catalogCode: '', ...n.eLicence }, 'name', name) }))}
                />
              </>
            ) : null}
            {way === 'upload' && has('upload') && node.upload ? <UploadEditor rule={node.upload} onChange={(upload) => edit((n) => ({ ...n, upload }))} /> : null}
            {way === 'commitment' && has('commitment') ? (
              <LocalTextField legend={t('承诺书文字', 'Commitment text')} multiline required value={node.commitment?.text} onCommit={(text) => text && edit((n) => ({ ...n, commitment: { text } }))} />
            ) : null}
          </div>
        ))}
      </fieldset>
      <SelectField
        label={t('来源渠道', 'Source')}
        value={node.source}
        onChange={(source) => edit((n) => ({ ...n, source }))}
        choices={[
          { value: 'applicant', label: t('申请人自备', 'The applicant') },
          { value: 'government', label: t('政府部门核发', 'Issued by a government body') },
          { value: 'third-party', label: t('中介机构等出具', 'Issued by a third party') },
          { value: 'office', label: t('办理机关提供', 'Provided by the office') },
        ]}
      />
      <LocalTextField legend={t('来源说明', 'Source note')} value={node.sourceNote} hint={t('例如出具单位。', 'e.g. the issuing body.')} onCommit={(v) => edit((n) => withOptional(n, 'sourceNote', v))} />
      <LocalTextField legend={t('设定依据', 'Legal basis')} value={node.legalBasis} multiline onCommit={(v) => edit((n) => withOptional(n, 'legalBasis', v))} />
      <LocalTextField legend={t('受理标准', 'Acceptance criteria')} value={node.acceptanceCriteria} multiline hint={t('窗口审核什么，例如“在有效期内”。', 'What the window checks, e.g. "still valid".')} onCommit={(v) => edit((n) => withOptional(n, 'acceptanceCriteria', v))} />
      <LocalTextField legend={t('填报须知', 'Filling instructions')} value={node.fillInstructions} multiline onCommit={(v) => edit((n) => withOptional(n, 'fillInstructions', v))} />
      <LocalTextField legend={t('签名签章要求', 'Signature requirement')} value={node.signatureRequirement} onCommit={(v) => edit((n) => withOptional(n, 'signatureRequirement', v))} />
      <TextField label={t('空白表格链接', 'Blank form link')} type="url" value={node.blankFormUrl} validate={(v) => urlProblem(v, t)} onCommit={(v) => edit((n) => withOptional(n, 'blankFormUrl', v || undefined))} />
      <TextField label={t('示例样表链接', 'Sample link')} type="url" value={node.sampleUrl} validate={(v) => urlProblem(v, t)} onCommit={(v) => edit((n) => withOptional(n, 'sampleUrl', v || undefined))} />
      <TextField label={t('键', 'Key')} value={node.key} required validate={(key) => keyProblem(key, taken, t)} onCommit={(key) => edit((n) => ({ ...n, key }))} />
    </>
  );
}

function cleanCopies(copies: { original?: number | undefined; copy?: number | undefined }): MaterialNode['copies'] {
  const out: { original?: number; copy?: number } = {};
  if (copies.original !== undefined) out.original = copies.original;
  if (copies.copy !== undefined) out.copy = copies.copy;
  return Object.keys(out).length > 0 ? out : undefined;
}
