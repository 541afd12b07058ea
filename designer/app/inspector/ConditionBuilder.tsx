// A visual editor of a condition tree: all/any groups, not, and comparisons whose field, operator and value
// pickers offer only what fits (conditionModel.ts). Each change is one updateEdge; typed values commit on blur.
import { useId } from 'react';
import type { Comparison, Condition, ConditionValue } from '../../../schemas/service.types.ts';
import type { FieldEntry } from '../../model/fields.ts';
import { NumberField, TextField } from './controls.tsx';
import { OPERATOR_NAMES, newComparison, operatorsFor, valueFor, type Operator } from './conditionModel.ts';
import { useT, type Translate } from './lang.ts';

export interface ConditionBuilderProps {
  condition: Condition;
  onChange: (condition: Condition) => void;
  fields: readonly FieldEntry[];
  /** The text of the node that asks a field: its question or step title. */
  nodeTitle: (nodeId: string) => string;
}

type Group = { kind: 'all' | 'any'; items: Condition[] };

function asGroup(condition: Condition): Group {
  if ('all' in condition) return { kind: 'all', items: condition.all };
  if ('any' in condition) return { kind: 'any', items: condition.any };
  return { kind: 'all', items: [condition] };
}

/** A one-item "all" group is stored as its item, so simple conditions stay simple in the JSON. */
function fromGroup(group: Group): Condition {
  if (group.kind === 'all' && group.items.length === 1) return group.items[0] as Condition;
  return group.kind === 'all' ? { all: group.items } : { any: group.items };
}

export function ConditionBuilder({ condition, onChange, fields, nodeTitle }: ConditionBuilderProps) {
  return <GroupEditor group={asGroup(condition)} onChange={(group) => onChange(fromGroup(group))} fields={fields} nodeTitle={nodeTitle} depth={0} />;
}

interface Common {
  fields: readonly FieldEntry[];
  nodeTitle: (nodeId: string) => string;
  depth: number;
}

function GroupEditor({ group, onChange, fields, nodeTitle, depth }: Common & { group: Group; onChange: (group: Group) => void }) {
  const t = useT();
  const id = useId();
  const first = fields[0];
  const replace = (index: number, next: Condition | undefined) => {
    const items = next === undefined ? group.items.filter((_, i) => i !== index) : group.items.map((item, i) => (i === index ? next : item));
    if (items.length > 0) onChange({ ...group, items });
  };
  return (
    <fieldset className="condition-group">
      <legend>{depth === 0 ? t('条件', 'Condition') : t(`条件组（第 ${depth + 1} 层）`, `Group (level ${depth + 1})`)}</legend>
      <label htmlFor={id}>{t('组合方式', 'Combine')}</label>
      <select id={id} value={group.kind} onChange={(event) => onChange({ ...group, kind: event.target.value as Group['kind'] })}>
        <option value="all">{t('全部满足（且）', 'All of these (and)')}</option>
        <option value="any">{t('任一满足（或）', 'Any of these (or)')}</option>
      </select>
      <ol>
        {group.items.map((item, index) => (
          <li key={index}>
            <ItemEditor item={item} onChange={(next) => replace(index, next)} canRemove={group.items.length > 1} fields={fields} nodeTitle={nodeTitle} depth={depth} index={index} />
          </li>
        ))}
      </ol>
      <div className="condition-group__add">
        <button type="button" disabled={!first} onClick={() => first && onChange({ ...group, items: [...group.items, newComparison(first)] })}>{t('添加比较', 'Add comparison')}</button>
        {depth < 3 ? (
          <button type="button" disabled={!first} onClick={() => first && onChange({ ...group, items: [...group.items, { any: [newComparison(first)] }] })}>{t('添加条件组', 'Add group')}</button>
        ) : null}
      </div>
    </fieldset>
  );
}

function ItemEditor({ item, onChange, canRemove, index, ...common }: Common & { item: Condition; onChange: (next: Condition | undefined) => void; canRemove: boolean; index: number }) {
  const t = useT();
  const remove = (
    <button type="button" disabled={!canRemove} onClick={() => onChange(undefined)} aria-label={t(`删除第 ${index + 1} 项`, `Remove item ${index + 1}`)}>{t('删除', 'Remove')}</button>
  );
  if ('not' in item) {
    return (
      <div className="condition-not">
        <p>{t('并非（以下不成立）', 'Not (the following does not hold)')}</p>
        <ItemEditor {...common} item={item.not} index={0} canRemove={false} onChange={(inner) => inner && onChange({ not: inner })} />
        <button type="button" onClick={() => onChange(item.not)}>{t('取消“并非”', 'Remove “not”')}</button>
        {remove}
      </div>
    );
  }
  const negate = <button type="button" onClick={() => onChange({ not: item })} aria-label={t(`对第 ${index + 1} 项取反`, `Negate item ${index + 1}`)}>{t('取反', 'Negate')}</button>;
  if ('all' in item || 'any' in item) {
    return (
      <div>
        <GroupEditor {...common} depth={common.depth + 1} group={asGroup(item)} onChange={(group) => onChange(group.kind === 'all' ? { all: group.items } : { any: group.items })} />
        {negate}
        {remove}
      </div>
    );
  }
  return (
    <div className="condition-comparison">
      <ComparisonEditor {...common} comparison={item} onChange={onChange} />
      {negate}
      {remove}
    </div>
  );
}

function fieldLabel(entry: FieldEntry, t: Translate): string {
  return t(entry.field.label['zh-CN'], entry.field.label.en ?? entry.field.label['zh-CN']);
}

function ComparisonEditor({ comparison, onChange, fields, nodeTitle }: Common & { comparison: Comparison; onChange: (next: Comparison) => void }) {
  const t = useT();
  const fieldId = useId();
  const opId = useId();
  const entry = fields.find((f) => f.field.id === comparison.field);
  const byNode = new Map<string, FieldEntry[]>();
  for (const f of fields) byNode.set(f.nodeId, [...(byNode.get(f.nodeId) ?? []), f]);
  const operators = entry ? operatorsFor(entry.field.type) : [];
  const setField = (id: string) => {
    const next = fields.find((f) => f.field.id === id);
    if (next) onChange(newComparison(next));
  };
  const setOp = (op: Operator) => {
    if (!entry) return;
    const value = valueFor(entry, op, comparison.value);
    onChange(value === undefined ? { field: comparison.field, op } : { field: comparison.field, op, value });
  };
  const setValue = (value: ConditionValue) => onChange({ ...comparison, value });
  return (
    <>
      <div className="inspector__control">
        <label htmlFor={fieldId}>{t('字段', 'Field')}</label>
        <select id={fieldId} value={entry ? comparison.field : ''} onChange={(event) => setField(event.target.value)}>
          {!entry ? <option value="" disabled>{t(`（不可用：${comparison.field}）`, `(unavailable: ${comparison.field})`)}</option> : null}
          {[...byNode.entries()].map(([nodeId, entries]) => (
            <optgroup key={nodeId} label={nodeTitle(nodeId)}>
              {entries.map((f) => <option key={f.field.id} value={f.field.id}>{fieldLabel(f, t)}</option>)}
            </optgroup>
          ))}
        </select>
        {!entry ? <span className="inspector__error" role="alert">{t('此字段不是在到达此连线的每条路径上都已回答，请换一个字段。', 'This field is not answered on every path to this edge; choose another.')}</span> : null}
      </div>
      {entry ? (
        <div className="inspector__control">
          <label htmlFor={opId}>{t('运算符', 'Operator')}</label>
          <select id={opId} value={operators.includes(comparison.op) ? comparison.op : ''} onChange={(event) => setOp(event.target.value as Operator)}>
            {!operators.includes(comparison.op) ? <option value="" disabled>{t('（请选择）', '(choose)')}</option> : null}
            {operators.map((op) => <option key={op} value={op}>{t(OPERATOR_NAMES[op][0], OPERATOR_NAMES[op][1])}</option>)}
          </select>
        </div>
      ) : null}
      {entry && operators.includes(comparison.op) ? <ValueEditor entry={entry} comparison={comparison} onChange={setValue} /> : null}
    </>
  );
}

function ValueEditor({ entry, comparison, onChange }: { entry: FieldEntry; comparison: Comparison; onChange: (value: ConditionValue) => void }) {
  const t = useT();
  const id = useId();
  const { op, value } = comparison;
  if (op === 'isEmpty' || op === 'isNotEmpty') return null;
  const { type, options } = entry.field;
  const many = op === 'in' || op === 'notIn';
  if (type === 'yes-no') {
    return (
      <div className="inspector__control">
        <label htmlFor={id}>{t('值', 'Value')}</label>
        <select id={id} value={value === false ? 'no' : 'yes'} onChange={(event) => onChange(event.target.value === 'yes')}>
          <option value="yes">{t('是', 'Yes')}</option>
          <option value="no">{t('否', 'No')}</option>
        </select>
      </div>
    );
  }
  if (options && (type === 'single-choice' || type === 'multi-choice')) {
    if (many) {
      const chosen = Array.isArray(value) ? value : [];
      return (
        <fieldset className="inspector__choices">
          <legend>{t('值（可多选）', 'Values')}</legend>
          {options.map((option) => (
            <label key={option.value} className="inspector__choice">
              <input
                type="checkbox"
                checked={chosen.includes(option.value)}
                onChange={(event) => onChange(event.target.checked ? options.map((o) => o.value).filter((v) => v === option.value || chosen.includes(v)) : chosen.filter((v) => v !== option.value))}
              />
              {t(option.label['zh-CN'], option.label.en ?? option.label['zh-CN'])}
            </label>
          ))}
          {chosen.length === 0 ? <span className="inspector__error" role="alert">{t('至少选择一个值。', 'Choose at least one value.')}</span> : null}
        </fieldset>
      );
    }
    return (
      <div className="inspector__control">
        <label htmlFor={id}>{t('值', 'Value')}</label>
        <select id={id} value={typeof value === 'string' ? value : ''} onChange={(event) => onChange(event.target.value)}>
          {options.map((option) => <option key={option.value} value={option.value}>{t(option.label['zh-CN'], option.label.en ?? option.label['zh-CN'])}</option>)}
        </select>
      </div>
    );
  }
  const numeric = type === 'number' || type === 'integer';
  if (numeric && !many) {
    return <NumberField label={t('值', 'Value')} required integer={type === 'integer'} value={typeof value === 'number' ? value : undefined} onCommit={(v) => v !== undefined && onChange(v)} />;
  }
  if (many) {
    const list = Array.isArray(value) ? value.map(String).join('、') : '';
    return (
      <TextField
        label={t('值（用顿号或逗号分隔）', 'Values (comma-separated)')}
        value={list}
        required
        validate={(text) => (numeric && splitList(text).some((part) => !Number.isFinite(Number(part))) ? t('每个值都必须是数字。', 'Every value must be a number.') : undefined)}
        onCommit={(text) => onChange(splitList(text).map((part) => (numeric ? Number(part) : part)))}
      />
    );
  }
  return <TextField label={t('值', 'Value')} type={type === 'date' ? 'date' : 'text'} value={typeof value === 'string' ? value : ''} onCommit={onChange} />;
}

function splitList(text: string): string[] {
  return text.split(/[,，、]/u).map((part) => part.trim()).filter(Boolean);
}
