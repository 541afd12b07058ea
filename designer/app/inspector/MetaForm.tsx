// The item's 办事指南 metadata (DOMAIN.md 1.3), shown when nothing is selected.
import type { Channel, Contact, FaqEntry, FeeItem, ItemMeta, LegalBasis, LocalText, Location, Result, ServedParty, TimeLimit } from '../../../schemas/service.types.ts';
import { CheckboxField, CheckboxGroup, ListEditor, LocalTextField, NumberField, RadioGroup, SelectField, TextField } from './controls.tsx';
import { withOptional } from './keys.ts';
import { useT } from './lang.ts';
import { selectDocument } from '../store/designerStore.ts';
import { useDesigner } from '../store/useDesigner.ts';
import { useEditMeta, useExecute } from './useEdit.ts';

const SEMVER = /^(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})$/;

export function MetaForm({ meta }: { meta: ItemMeta }) {
  const t = useT();
  const edit = useEditMeta();
  const set = <K extends keyof ItemMeta>(key: K, value: ItemMeta[K] | undefined) => edit((m) => withOptional(m, key, value));
  const list = <K extends keyof ItemMeta>(key: K) => (items: NonNullable<ItemMeta[K]> & unknown[]) => set(key, (items.length > 0 ? items : undefined) as ItemMeta[K] | undefined);
  const fees = meta.fees;
  const run = useExecute();
  const version = useDesigner((state) => selectDocument(state)?.version);
  return (
    <>
      <fieldset>
        <legend>{t('基本信息', 'Basics')}</legend>
        <LocalTextField legend={t('事项名称', 'Item name')} value={meta.name} required hint={t('使用法定名称。', 'Use the legal wording.')} onCommit={(name) => name && set('name', name)} />
        {/* The version sits beside meta in the definition: one replaceDefinition is one undo step, like any edit. */}
        <TextField
          label={t('版本号', 'Version')}
          value={version}
          required
          hint={t('发布的服务包带此版本号，格式如 1.0.0。', 'The published package carries it, e.g. 1.0.0.')}
          validate={(v) => (SEMVER.test(v) ? undefined : t('格式为 主版本.次版本.修订号，例如 1.0.0。', 'Use major.minor.patch, e.g. 1.0.0.'))}
          onCommit={(next) => run((definition) => (definition.version === next ? undefined : { type: 'replaceDefinition', definition: { ...definition, version: next } }))}
        />
        <LocalTextField legend={t('事项概述', 'Summary')} value={meta.summary} multiline onCommit={(v) => set('summary', v)} />
        <fieldset>
          <legend>{t('事项类型', 'Item type')}</legend>
          <TextField label={t('类型编码', 'Type code')} value={meta.itemType.code} required validate={(v) => (/^[0-9A-Za-z]{1,8}$/.test(v) ? undefined : t('编码为 1–8 位字母或数字。', '1–8 letters or digits.'))} onCommit={(code) => edit((m) => ({ ...m, itemType: { ...m.itemType, code } }))} />
          <LocalTextField legend={t('类型名称', 'Type name')} value={meta.itemType.label} required onCommit={(label) => label && edit((m) => ({ ...m, itemType: { ...m.itemType, label } }))} />
          <SelectField label={t('编码体系', 'Scheme')} value={meta.itemType.scheme} onChange={(scheme) => edit((m) => ({ ...m, itemType: { ...m.itemType, scheme } }))} choices={[{ value: 'national', label: t('国家', 'National') }, { value: 'local', label: t('地方', 'Local') }]} />
        </fieldset>
        <fieldset>
          <legend>{t('实施主体', 'Implementing body')}</legend>
          <LocalTextField legend={t('机关名称', 'Agency name')} value={meta.agency.name} required onCommit={(name) => name && edit((m) => ({ ...m, agency: { ...m.agency, name } }))} />
          <TextField label={t('统一社会信用代码', 'Unified social credit code')} value={meta.agency.code} onCommit={(code) => edit((m) => ({ ...m, agency: withOptional(m.agency, 'code', code || undefined) }))} />
          <SelectField
            label={t('权力来源', 'Source of power')}
            value={meta.agency.powerSource}
            placeholder={t('（未填写）', '(not set)')}
            onChange={(powerSource) => edit((m) => ({ ...m, agency: { ...m.agency, powerSource } }))}
            choices={[
              { value: 'own', label: t('法定本级行使', 'Own statutory power') },
              { value: 'delegated-from-above', label: t('上级下放', 'Delegated from above') },
              { value: 'authorised-from-above', label: t('上级授权', 'Authorised from above') },
              { value: 'authorised-same-level', label: t('同级授权', 'Authorised at the same level') },
              { value: 'entrusted-from-above', label: t('上级委托', 'Entrusted from above') },
              { value: 'entrusted-same-level', label: t('同级委托', 'Entrusted at the same level') },
            ]}
          />
          <SelectField label={t('实施主体性质', 'Nature')} value={meta.agency.nature} onChange={(nature) => edit((m) => ({ ...m, agency: { ...m.agency, nature } }))} choices={[{ value: 'statutory', label: t('法定机关', 'Statutory body') }, { value: 'authorised', label: t('授权组织', 'Authorised organisation') }, { value: 'entrusted', label: t('受委托组织', 'Entrusted organisation') }]} />
        </fieldset>
      </fieldset>
      <ListEditor<LegalBasis>
        legend={t('设定依据', 'Legal basis')}
        items={meta.legalBasis}
        minItems={1}
        maxItems={50}
        onChange={(legalBasis) => set('legalBasis', legalBasis)}
        itemName={(_, i) => t(`依据 ${i + 1}`, `basis ${i + 1}`)}
        addLabel={t('添加依据', 'Add basis')}
        create={() => ({ title: { 'zh-CN': t('《法规名称》', 'Law title') } })}
        renderItem={(basis, update) => (
          <>
            <LocalTextField legend={t('法律法规名称', 'Title')} value={basis.title} required onCommit={(title) => title && update({ ...basis, title })} />
            <TextField label={t('条款', 'Article')} value={basis.article} onCommit={(article) => update(withOptional(basis, 'article', article || undefined))} />
            <TextField label={t('修订日期', 'Revision')} value={basis.revision} hint={t('例如 2019-04-23。', 'e.g. 2019-04-23.')} validate={(v) => (v === '' || /^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/.test(v) ? undefined : t('格式为 YYYY、YYYY-MM 或 YYYY-MM-DD。', 'Use YYYY, YYYY-MM or YYYY-MM-DD.'))} onCommit={(revision) => update(withOptional(basis, 'revision', revision || undefined))} />
          </>
        )}
      />
      <CheckboxGroup<ServedParty>
        legend={t('服务对象', 'Served parties')}
        values={meta.servedParties}
        min={1}
        onChange={(servedParties) => set('servedParties', servedParties)}
        choices={[
          { value: 'natural-person', label: t('自然人', 'Natural person') },
          { value: 'enterprise', label: t('企业法人', 'Enterprise') },
          { value: 'public-institution', label: t('事业法人', 'Public institution') },
          { value: 'social-organisation', label: t('社会组织法人', 'Social organisation') },
          { value: 'unincorporated-enterprise', label: t('非法人企业', 'Unincorporated enterprise') },
          { value: 'government', label: t('行政机关', 'Government body') },
          { value: 'other-organisation', label: t('其他组织', 'Other organisation') },
        ]}
      />
      <RadioGroup legend={t('办件类型', 'Case type')} value={meta.caseType} onChange={(caseType) => set('caseType', caseType)} choices={[{ value: 'instant', label: t('即办件', 'Done on the spot') }, { value: 'promised', label: t('承诺件', 'Done within the promised time') }]} />
      <CheckboxGroup<Channel>
        legend={t('办理渠道', 'Channels')}
        values={meta.channels}
        min={1}
        onChange={(channels) => set('channels', channels)}
        choices={[
          { value: 'window', label: t('窗口办理', 'At the window') },
          { value: 'online', label: t('网上办理', 'Online') },
          { value: 'mobile', label: t('移动端办理', 'Mobile') },
          { value: 'mail', label: t('邮寄办理', 'By mail') },
          { value: 'kiosk', label: t('自助终端', 'Kiosk') },
        ]}
      />
      <SelectField<NonNullable<ItemMeta['handleArea']>>
        label={t('通办范围', 'Where it can be handled')}
        value={meta.handleArea}
        placeholder={t('（未填写）', '(not set)')}
        onChange={(handleArea) => set('handleArea', handleArea)}
        choices={[
          { value: 'national', label: t('全国通办', 'Nationwide') },
          { value: 'cross-province', label: t('跨省通办', 'Across provinces') },
          { value: 'province', label: t('全省通办', 'Province-wide') },
          { value: 'city', label: t('全市通办', 'City-wide') },
          { value: 'district', label: t('全区通办', 'District-wide') },
          { value: 'local', label: t('属地办理', 'Locally only') },
        ]}
      />
      <fieldset>
        <legend>{t('到办事现场次数', 'Visits required')}</legend>
        <NumberField label={t('次数', 'Count')} required integer min={0} value={meta.visits.count} onCommit={(count) => count !== undefined && edit((m) => ({ ...m, visits: { ...m.visits, count } }))} />
        <LocalTextField legend={t('到现场原因', 'Reason')} value={meta.visits.reason} required={meta.visits.count > 0} hint={t('次数大于 0 时必须说明原因。', 'Needed when the count is above 0.')} onCommit={(reason) => edit((m) => ({ ...m, visits: withOptional(m.visits, 'reason', reason) }))} />
        {meta.visits.count > 0 && !meta.visits.reason ? <p className="inspector__error" role="alert">{t('请说明需要到现场的原因。', 'Say why a visit is needed.')}</p> : null}
      </fieldset>
      <TimeLimitField legend={t('法定办结时限', 'Legal time limit')} value={meta.legalTimeLimit} onChange={(legalTimeLimit) => set('legalTimeLimit', legalTimeLimit)} />
      <TimeLimitField legend={t('承诺办结时限', 'Promised time limit')} value={meta.promisedTimeLimit} onChange={(promisedTimeLimit) => set('promisedTimeLimit', promisedTimeLimit)} />
      <fieldset>
        <legend>{t('收费', 'Fees')}</legend>
        <RadioGroup
          legend={t('是否收费', 'Charged?')}
          value={fees === undefined ? undefined : fees.free ? 'free' : 'charged'}
          hint={fees === undefined ? t('请明确写明是否收费：不收费也要选“不收费”。', 'State it explicitly, even when free.') : undefined}
          onChange={(choice) => edit((m) => ({ ...m, fees: choice === 'free' ? withOptional({ ...m.fees, free: true }, 'items', undefined) : { ...m.fees, free: false, items: m.fees?.items ?? [] } }))}
          choices={[{ value: 'free', label: t('不收费', 'Free') }, { value: 'charged', label: t('收费', 'Charged') }]}
        />
        {fees && !fees.free ? (
          <ListEditor<FeeItem>
            legend={t('收费项目', 'Fee items')}
            items={fees.items ?? []}
            maxItems={50}
            onChange={(items) => edit((m) => ({ ...m, fees: { ...m.fees, free: false, items } }))}
            itemName={(_, i) => t(`收费项目 ${i + 1}`, `fee item ${i + 1}`)}
            addLabel={t('添加收费项目', 'Add fee item')}
            create={() => ({ name: { 'zh-CN': t('工本费', 'Production fee') }, standard: { 'zh-CN': t('每证 10 元', '10 yuan each') }, basis: { 'zh-CN': t('收费依据', 'Basis') } })}
            renderItem={(item, update) => (
              <>
                <LocalTextField legend={t('收费项目名称', 'Name')} value={item.name} required onCommit={(name) => name && update({ ...item, name })} />
                <LocalTextField legend={t('收费标准', 'Standard')} value={item.standard} required onCommit={(standard) => standard && update({ ...item, standard })} />
                <NumberField label={t('金额（元）', 'Amount (yuan)')} min={0} value={item.amountYuan} onCommit={(amountYuan) => update(withOptional(item, 'amountYuan', amountYuan))} />
                <LocalTextField legend={t('收费依据', 'Basis')} value={item.basis} required onCommit={(basis) => basis && update({ ...item, basis })} />
                <CheckboxField label={t('允许减免', 'May be reduced')} checked={item.reducible === true} onChange={(on) => update(withOptional(item, 'reducible', on ? true : undefined))} />
              </>
            )}
          />
        ) : null}
        {fees ? <LocalTextField legend={t('收费说明', 'Fee note')} value={fees.note} onCommit={(note) => edit((m) => ({ ...m, fees: withOptional({ free: true, ...m.fees }, 'note', note) }))} /> : null}
      </fieldset>
      <ListEditor<LocalText>
        legend={t('受理条件', 'Conditions')}
        hint={t('每条写明具体、可核验的条件，不要写“其他条件”。', 'Each concrete and checkable; no catch-all wording.')}
        items={meta.conditions ?? []}
        maxItems={50}
        onChange={list('conditions')}
        itemName={(_, i) => t(`条件 ${i + 1}`, `condition ${i + 1}`)}
        addLabel={t('添加条件', 'Add condition')}
        create={() => ({ 'zh-CN': t('新条件', 'New condition') })}
        renderItem={(text, update) => <LocalTextField legend={t('条件内容', 'Text')} value={text} required multiline onCommit={(v) => v && update(v)} />}
      />
      <ListEditor<Result>
        legend={t('审批结果', 'Results')}
        items={meta.results ?? []}
        maxItems={20}
        onChange={list('results')}
        itemName={(_, i) => t(`结果 ${i + 1}`, `result ${i + 1}`)}
        addLabel={t('添加审批结果', 'Add result')}
        create={() => ({ name: { 'zh-CN': t('证照名称', 'Certificate name') }, kind: 'certificate' })}
        renderItem={(result, update) => (
          <>
            <LocalTextField legend={t('结果名称', 'Name')} value={result.name} required onCommit={(name) => name && update({ ...result, name })} />
            <SelectField label={t('结果类型', 'Kind')} value={result.kind} onChange={(kind) => update({ ...result, kind })} choices={[{ value: 'certificate', label: t('证照', 'Certificate') }, { value: 'approval', label: t('批文', 'Approval') }, { value: 'other', label: t('其他', 'Other') }]} />
            {/* Written as true or false once touched: the guide states either way whether the result is an e-licence. */}
            <CheckboxField label={t('电子证照', 'Electronic licence')} checked={result.eLicence === true} onChange={(on) => update({ ...result, eLicence: on })} />
            <LocalTextField legend={t('有效期说明', 'Validity')} value={result.validity} onCommit={(validity) => update(withOptional(result, 'validity', validity))} />
          </>
        )}
      />
      <ListEditor<Contact>
        legend={t('咨询与监督投诉', 'Contacts')}
        items={meta.contacts ?? []}
        maxItems={20}
        onChange={list('contacts')}
        itemName={(_, i) => t(`联系方式 ${i + 1}`, `contact ${i + 1}`)}
        addLabel={t('添加联系方式', 'Add contact')}
        create={() => ({ kind: 'hotline', label: { 'zh-CN': t('政务服务便民热线', 'Service hotline') }, value: '12345' })}
        renderItem={(contact, update) => (
          <>
            <SelectField label={t('方式', 'Kind')} value={contact.kind} onChange={(kind) => update({ ...contact, kind })} choices={[{ value: 'phone', label: t('咨询电话', 'Phone') }, { value: 'hotline', label: t('热线', 'Hotline') }, { value: 'window', label: t('窗口', 'Window') }, { value: 'email', label: t('电子邮箱', 'Email') }, { value: 'website', label: t('网站', 'Website') }, { value: 'complaint', label: t('监督投诉', 'Complaints') }]} />
            <LocalTextField legend={t('名称', 'Label')} value={contact.label} required onCommit={(label) => label && update({ ...contact, label })} />
            <TextField label={t('号码或地址', 'Number or address')} value={contact.value} required onCommit={(value) => update({ ...contact, value })} />
          </>
        )}
      />
      <ListEditor<Location>
        legend={t('办理地点', 'Locations')}
        items={meta.locations ?? []}
        maxItems={50}
        onChange={list('locations')}
        itemName={(_, i) => t(`地点 ${i + 1}`, `location ${i + 1}`)}
        addLabel={t('添加办理地点', 'Add location')}
        create={() => ({ name: { 'zh-CN': t('政务服务中心', 'Service centre') }, address: { 'zh-CN': t('地址', 'Address') } })}
        renderItem={(location, update) => (
          <>
            <LocalTextField legend={t('窗口名称', 'Name')} value={location.name} required onCommit={(name) => name && update({ ...location, name })} />
            <LocalTextField legend={t('地址', 'Address')} value={location.address} required onCommit={(address) => address && update({ ...location, address })} />
            <LocalTextField legend={t('办理时间', 'Hours')} value={location.hours} onCommit={(hours) => update(withOptional(location, 'hours', hours))} />
          </>
        )}
      />
      <ListEditor<FaqEntry>
        legend={t('常见问题', 'FAQ')}
        items={meta.faq ?? []}
        maxItems={100}
        onChange={list('faq')}
        itemName={(_, i) => t(`问题 ${i + 1}`, `question ${i + 1}`)}
        addLabel={t('添加常见问题', 'Add question')}
        create={() => ({ question: { 'zh-CN': t('新问题', 'New question') }, answer: { 'zh-CN': t('答案', 'Answer') } })}
        renderItem={(entry, update) => (
          <>
            <LocalTextField legend={t('问题', 'Question')} value={entry.question} required onCommit={(question) => question && update({ ...entry, question })} />
            <LocalTextField legend={t('答案', 'Answer')} value={entry.answer} required multiline onCommit={(answer) => answer && update({ ...entry, answer })} />
          </>
        )}
      />
    </>
  );
}

function TimeLimitField({ legend, value, onChange }: { legend: string; value: TimeLimit; onChange: (value: TimeLimit) => void }) {
  const t = useT();
  return (
    <fieldset>
      <legend>{legend}</legend>
      <NumberField label={t('时限', 'Limit')} required integer min={0} value={value.value} onCommit={(v) => v !== undefined && onChange({ ...value, value: v })} />
      <SelectField label={t('单位', 'Unit')} value={value.unit} onChange={(unit) => onChange({ ...value, unit })} choices={[{ value: 'working-day', label: t('工作日', 'Working days') }, { value: 'natural-day', label: t('自然日', 'Calendar days') }, { value: 'month', label: t('月', 'Months') }]} />
      <LocalTextField legend={t('说明', 'Note')} value={value.note} onCommit={(note) => onChange(withOptional(value, 'note', note))} />
    </fieldset>
  );
}
