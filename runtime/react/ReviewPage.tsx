import type { Field, PackageNode } from '../../schemas/index.ts';
import { localText, type FormPage, type ServiceFormState } from '../engine/index.ts';
import { useFormContext } from './context.ts';
import type { UiStrings } from './strings.ts';

/** An answer in words, as the citizen gave it. */
function answerText(field: Field, value: unknown, locale: 'zh-CN' | 'en', t: UiStrings): string {
  if (value === undefined) return t.notAnswered;
  const option = (v: unknown) => {
    const found = (field.options ?? []).find((o) => o.value === v);
    return found ? localText(found.label, locale) : String(v);
  };
  switch (field.type) {
    case 'yes-no':
      return value === true ? t.yes : value === false ? t.no : String(value);
    case 'single-choice':
      return option(value);
    case 'multi-choice':
      return Array.isArray(value) ? value.map(option).join(locale === 'en' ? ', ' : '、') : String(value);
    case 'address-cn': {
      const a = value as Record<string, string>;
      return [a.province, a.city, a.district, a.detail].filter(Boolean).join(' ');
    }
    case 'file':
      return Array.isArray(value) ? value.map((f) => (f as { name?: string }).name ?? '').join('、') : '';
    case 'group':
      return Array.isArray(value)
        ? value.map((item) => (field.fields ?? []).map((f) => answerText(f, (item as Record<string, unknown>)[f.key], locale, t)).join(' ')).join('；')
        : '';
    default:
      return String(value);
  }
}

interface Row {
  key: string;
  label: string;
  value: string;
  page: string;
}

/** Check your answers: one row per answer, each with a 修改 link to its page (which returns here after 继续). */
export function ReviewPage({ state }: { state: ServiceFormState }) {
  const { form, pkg, fields, locale, t } = useFormContext();
  const nodes = new Map((pkg.flow.nodes as PackageNode[]).map((n) => [n.id, n]));
  const manifest = new Map(pkg.materials.map((m) => [m.nodeId, m]));
  const rows: Row[] = [];
  const data = state.effectiveData as Record<string, unknown>;
  const value = (fieldId: string): unknown => {
    const path = fields.get(fieldId)?.path ?? [];
    let current: unknown = data;
    for (const key of path) current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[key] : undefined;
    return current;
  };
  const addPage = (page: FormPage) => {
    for (const nodeId of page.nodeIds) {
      const node = nodes.get(nodeId);
      if (!node) continue;
      if (node.kind === 'situation') {
        rows.push({ key: node.id, label: localText(node.field.label, locale), value: answerText(node.field, value(node.id), locale, t), page: page.id });
      } else if (node.kind === 'step') {
        for (const field of node.fields) {
          rows.push({ key: field.id, label: localText(field.label, locale), value: answerText(field, value(field.id), locale, t), page: page.id });
        }
      } else if (node.kind === 'material') {
        const material = manifest.get(node.id);
        const status = state.materials.find((m) => m.nodeId === node.id);
        if (!material || !status || status.exempt) continue;
        const provision = status.provision;
        const files = provision === 'upload' ? ((status.value as { files?: { name: string }[] }).files ?? []).map((f) => f.name).join('、') : '';
        const way = provision === undefined ? t.notAnswered : provision === 'eLicence' ? t.way.eLicence : provision === 'sharedData' ? t.way.sharedData : t.way[provision];
        rows.push({ key: `m-${material.key}`, label: localText(material.name, locale), value: files ? `${way}：${files}` : way, page: page.id });
      }
    }
  };
  for (const page of state.pages) if (page.kind !== 'review' && page.kind !== 'checklist') addPage(page);
  const exempt = state.materials.filter((m) => m.exempt);
  return (
    <>
      <h1 className="bs-heading" tabIndex={-1} data-bs-page-heading="">
        {t.reviewTitle}
      </h1>
      <dl className="bs-summary">
        {rows.map((row) => (
          <div className="bs-summary__row" key={row.key}>
            <dt className="bs-summary__key">{row.label}</dt>
            <dd className="bs-summary__value">{row.value}</dd>
            <dd className="bs-summary__actions">
              <button type="button" className="bs-link" onClick={() => form.goTo(row.page)}>
                {t.change}
                <span className="bs-visually-hidden">{` ${row.label}`}</span>
              </button>
            </dd>
          </div>
        ))}
        {exempt.map((m) => (
          <div className="bs-summary__row" key={`m-${m.key}`}>
            <dt className="bs-summary__key">{m.name}</dt>
            <dd className="bs-summary__value">{t.way.sharedData}</dd>
            <dd className="bs-summary__actions" />
          </div>
        ))}
      </dl>
    </>
  );
}
