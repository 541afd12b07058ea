// The fields of a step (and of a repeating group): add a field of any type, reorder, delete, and edit the
// constraints that apply to its type. The applicable constraints follow lint/fields.ts (SVC053).
import { useId, useState } from 'react';
import type { Field, FieldType } from '../../../schemas/service.types.ts';
import { CheckboxField, LocalTextField, NumberField, SelectField, TextField } from './controls.tsx';
import { keyProblem, nextName, withOptional } from './keys.ts';
import { useT, type Translate } from './lang.ts';
import { DEFAULT_UPLOAD } from './MaterialForm.tsx';
import { OptionsEditor } from './options.tsx';
import { UploadEditor } from './UploadEditor.tsx';

export const FIELD_TYPES: readonly FieldType[] = [
  'text', 'textarea', 'number', 'integer', 'date', 'single-choice', 'multi-choice', 'yes-no', 'email', 'mobile-cn',
  'id-card-cn', 'uscc-cn', 'postal-code-cn', 'address-cn', 'file', 'group',
];

export function fieldTypeName(type: FieldType, t: Translate): string {
  const names: Record<FieldType, [string, string]> = {
    text: ['单行文本', 'Text'], textarea: ['多行文本', 'Long text'], number: ['数字', 'Number'], integer: ['整数', 'Whole number'],
    date: ['日期', 'Date'], 'single-choice': ['单选', 'Single choice'], 'multi-choice': ['多选', 'Multiple choice'],
    'yes-no': ['是/否', 'Yes/no'], email: ['电子邮箱', 'Email'], 'mobile-cn': ['手机号码', 'Mobile number'],
    'id-card-cn': ['居民身份证号码', 'ID card number'], 'uscc-cn': ['统一社会信用代码', 'Unified social credit code'],
    'postal-code-cn': ['邮政编码', 'Postal code'], 'address-cn': ['地址', 'Address'], file: ['文件', 'File'], group: ['重复组', 'Repeating group'],
  };
  const [zh, en] = names[type];
  return t(zh, en);
}

const TEXT: readonly FieldType[] = ['text', 'textarea'];
const NUMBER: readonly FieldType[] = ['number', 'integer'];
const LIST: readonly FieldType[] = ['multi-choice', 'group', 'file'];
const CHOICE: readonly FieldType[] = ['single-choice', 'multi-choice'];

/** A new field of `type` with what its type requires (options, sub-fields, upload rule). */
export function newField(type: FieldType, id: string, key: string, t: Translate, newId: () => string): Field {
  const field: Field = { id, key, type, label: { 'zh-CN': t(`新${fieldTypeName(type, t)}字段`, `New ${fieldTypeName(type, t).toLowerCase()} field`) } };
  return withTypeDefaults(field, t, newId);
}

function withTypeDefaults(field: Field, t: Translate, newId: () => string): Field {
  const next = { ...field };
  if (CHOICE.includes(field.type) && !next.options?.length) {
    next.options = [{ value: 'option1', label: { 'zh-CN': t('选项 1', 'Option 1') } }, { value: 'option2', label: { 'zh-CN': t('选项 2', 'Option 2') } }];
  }
  if (field.type === 'group' && !next.fields?.length) {
    next.fields = [{ id: newId(), key: 'field1', type: 'text', label: { 'zh-CN': t('新单行文本字段', 'New text field') } }];
  }
  if (field.type === 'file' && !next.upload) next.upload = DEFAULT_UPLOAD;
  return next;
}

/** Changing the type drops constraints that no longer apply and adds what the new type needs. */
export function changeFieldType(field: Field, type: FieldType, t: Translate, newId: () => string): Field {
  let next: Field = { ...field, type };
  const drop = (key: keyof Field, applies: readonly FieldType[]) => {
    if (!applies.includes(type)) next = withOptional(next, key, undefined);
  };
  drop('minLength', TEXT); drop('maxLength', TEXT); drop('pattern', TEXT); drop('patternMessage', TEXT);
  drop('minimum', NUMBER); drop('maximum', NUMBER); drop('options', CHOICE); drop('minItems', LIST); drop('maxItems', LIST);
  drop('upload', ['file']); drop('fields', ['group']);
  return withTypeDefaults(next, t, newId);
}

export interface FieldsEditorProps {
  legend: string;
  fields: readonly Field[];
  onChange: (fields: Field[]) => void;
  /** Makes ids unique across the whole document. */
  newId: () => string;
  /** Inside a group: no nested groups (lint SVC053). */
  nested?: boolean;
}

export function FieldsEditor({ legend, fields, onChange, newId, nested }: FieldsEditorProps) {
  const t = useT();
  const [addType, setAddType] = useState<FieldType>('text');
  const [open, setOpen] = useState<string | null>(null);
  const addId = useId();
  const types = nested ? FIELD_TYPES.filter((type) => type !== 'group') : FIELD_TYPES;
  const move = (from: number, to: number) => {
    const next = [...fields];
    const [field] = next.splice(from, 1);
    next.splice(to, 0, field as Field);
    onChange(next);
  };
  const add = () => {
    const key = nextName('field', new Set(fields.map((f) => f.key)));
    const field = newField(addType, newId(), key, t, newId);
    onChange([...fields, field]);
    setOpen(field.id);
  };
  return (
    <fieldset className="inspector__fields">
      <legend>{legend}</legend>
      <ol>
        {fields.map((field, index) => {
          const name = `${field.label['zh-CN'] || field.key}（${fieldTypeName(field.type, t)}）`;
          const expanded = open === field.id;
          return (
            <li key={field.id} className="inspector__field">
              <div className="inspector__field-head">
                <button type="button" aria-expanded={expanded} onClick={() => setOpen(expanded ? null : field.id)}>
                  {t(`${index + 1}. ${name}`, `${index + 1}. ${field.label.en || field.label['zh-CN']} (${fieldTypeName(field.type, t)})`)}
                </button>
                <button type="button" disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={t(`上移字段 ${name}`, `Move field ${name} up`)}>{t('上移', 'Up')}</button>
                <button type="button" disabled={index === fields.length - 1} onClick={() => move(index, index + 1)} aria-label={t(`下移字段 ${name}`, `Move field ${name} down`)}>{t('下移', 'Down')}</button>
                <button type="button" disabled={fields.length <= 1} onClick={() => onChange(fields.filter((f) => f.id !== field.id))} aria-label={t(`删除字段 ${name}`, `Delete field ${name}`)}>{t('删除', 'Delete')}</button>
              </div>
              {expanded ? (
                <FieldForm
                  field={field}
                  siblings={fields}
                  newId={newId}
                  nested={nested}
                  onChange={(next) => onChange(fields.map((f) => (f.id === field.id ? next : f)))}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
      {fields.length <= 1 ? <p className="inspector__hint">{t('一个步骤至少要有一个字段。', 'A step needs at least one field.')}</p> : null}
      <div className="inspector__add">
        <label htmlFor={addId}>{t('新字段类型', 'New field type')}</label>
        <select id={addId} value={addType} onChange={(event) => setAddType(event.target.value as FieldType)}>
          {types.map((type) => <option key={type} value={type}>{fieldTypeName(type, t)}</option>)}
        </select>
        <button type="button" onClick={add}>{t('添加字段', 'Add field')}</button>
      </div>
    </fieldset>
  );
}

function FieldForm({ field, siblings, onChange, newId, nested }: { field: Field; siblings: readonly Field[]; onChange: (field: Field) => void; newId: () => string; nested?: boolean | undefined }) {
  const t = useT();
  const set = <K extends keyof Field>(key: K, value: Field[K] | undefined) => onChange(withOptional(field, key, value));
  const taken = new Set(siblings.filter((f) => f.id !== field.id).map((f) => f.key));
  const isText = TEXT.includes(field.type);
  const isNumber = NUMBER.includes(field.type);
  const isList = LIST.includes(field.type);
  const order = (low: number | undefined, high: number | undefined) => (low !== undefined && high !== undefined && low > high ? t('下限不能大于上限。', 'The lower bound cannot exceed the upper bound.') : undefined);
  return (
    <div className="inspector__field-form">
      <LocalTextField legend={t('字段名称', 'Label')} value={field.label} required onCommit={(label) => label && onChange({ ...field, label })} />
      <LocalTextField legend={t('填写提示', 'Hint')} value={field.hint} onCommit={(hint) => set('hint', hint)} />
      <SelectField<FieldType>
        label={t('字段类型', 'Field type')}
        value={field.type}
        choices={(nested ? FIELD_TYPES.filter((type) => type !== 'group') : FIELD_TYPES).map((type) => ({ value: type, label: fieldTypeName(type, t) }))}
        onChange={(type) => onChange(changeFieldType(field, type, t, newId))}
      />
      <TextField
        label={t('键', 'Key')}
        value={field.key}
        required
        hint={t('字段在提交数据中的名称，例如 applicantName。', 'The name in the submission, e.g. applicantName.')}
        validate={(key) => keyProblem(key, taken, t)}
        onCommit={(key) => onChange({ ...field, key })}
      />
      <CheckboxField label={t('必填', 'Required')} checked={field.required === true} onChange={(required) => set('required', required ? true : undefined)} />
      {isText ? (
        <fieldset>
          <legend>{t('文本约束', 'Text constraints')}</legend>
          <NumberField label={t('最少字符数', 'Fewest characters')} integer min={0} max={100000} value={field.minLength} validate={(v) => order(v, field.maxLength)} onCommit={(v) => set('minLength', v)} />
          <NumberField label={t('最多字符数', 'Most characters')} integer min={1} max={100000} value={field.maxLength} validate={(v) => order(field.minLength, v)} onCommit={(v) => set('maxLength', v)} />
          <TextField
            label={t('正则表达式', 'Pattern')}
            value={field.pattern}
            maxLength={500}
            hint={t('值必须匹配的正则表达式（Unicode 模式），可留空。', 'A regular expression the value must match (Unicode mode); optional.')}
            validate={(text) => {
              if (text === '') return undefined;
              try {
                new RegExp(text, 'u');
                return undefined;
              } catch {
                return t('不是有效的正则表达式。', 'Not a valid regular expression.');
              }
            }}
            onCommit={(pattern) => onChange(withOptional(pattern ? field : withOptional(field, 'patternMessage', undefined), 'pattern', pattern || undefined))}
          />
          {field.pattern ? <LocalTextField legend={t('不匹配时的提示', 'Message when it does not match')} value={field.patternMessage} onCommit={(v) => set('patternMessage', v)} /> : null}
        </fieldset>
      ) : null}
      {isNumber ? (
        <fieldset>
          <legend>{t('数值范围', 'Range')}</legend>
          <NumberField label={t('最小值', 'Minimum')} integer={field.type === 'integer'} value={field.minimum} validate={(v) => order(v, field.maximum)} onCommit={(v) => set('minimum', v)} />
          <NumberField label={t('最大值', 'Maximum')} integer={field.type === 'integer'} value={field.maximum} validate={(v) => order(field.minimum, v)} onCommit={(v) => set('maximum', v)} />
        </fieldset>
      ) : null}
      {CHOICE.includes(field.type) ? <OptionsEditor options={field.options ?? []} onChange={(options) => onChange({ ...field, options })} /> : null}
      {isList ? (
        <fieldset>
          <legend>{field.type === 'file' ? t('文件数量', 'Number of files') : field.type === 'group' ? t('条目数量', 'Number of entries') : t('选择数量', 'Number of choices')}</legend>
          <NumberField label={t('至少', 'At least')} integer min={0} max={1000} value={field.minItems} validate={(v) => order(v, field.maxItems)} onCommit={(v) => set('minItems', v)} />
          <NumberField label={t('至多', 'At most')} integer min={1} max={1000} value={field.maxItems} validate={(v) => order(field.minItems, v)} onCommit={(v) => set('maxItems', v)} />
        </fieldset>
      ) : null}
      {field.type === 'file' && field.upload ? <UploadEditor rule={field.upload} onChange={(upload) => onChange({ ...field, upload })} /> : null}
      {field.type === 'group' ? (
        <FieldsEditor legend={t(`“${field.label['zh-CN']}” 的子字段`, `Fields of "${field.label.en ?? field.label['zh-CN']}"`)} fields={field.fields ?? []} newId={newId} nested onChange={(fields) => onChange({ ...field, fields })} />
      ) : null}
      <fieldset>
        <legend>{t('预填', 'Prefill')}</legend>
        <TextField
          label={t('预填来源', 'Prefill source')}
          value={field.prefill?.source}
          hint={t('宿主系统提供的数据路径，例如 identity.name；留空表示不预填。', 'A data path the host provides, e.g. identity.name; empty for none.')}
          validate={(text) => (text === '' || /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*){0,4}$/.test(text) ? undefined : t('格式如 identity.name：小写字母开头，以点分隔，最多五段。', 'Like identity.name: lower-case start, dot-separated, at most five parts.'))}
          onCommit={(source) => set('prefill', source ? { ...field.prefill, source } : undefined)}
        />
        {field.prefill ? <LocalTextField legend={t('来源名称（申请人可见）', 'Source name (shown to applicants)')} value={field.prefill.label} onCommit={(label) => field.prefill && set('prefill', withOptional(field.prefill, 'label', label))} /> : null}
      </fieldset>
    </div>
  );
}
