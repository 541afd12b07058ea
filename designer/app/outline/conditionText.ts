// Short readable labels for edge conditions in the flow outline, e.g. 「申请人类别」为「本市户籍」.
// Pure: takes the definition's questions and fields as a lookup, never the DOM.
import type { ChoiceOption, Comparison, Condition, ConditionValue, LocalText, ServiceDefinition } from '../../../schemas/service.types.ts';
import { localText, type Lang } from '../i18n.ts';

/** What a condition can say about the answer it reads: its question or label, and its choice labels. */
export interface AnswerInfo {
  label: LocalText;
  options?: readonly ChoiceOption[];
  yesNo?: boolean;
}

/** Answers by the id conditions use: a situation node's id, or a step field's id. */
export type AnswerLookup = ReadonlyMap<string, AnswerInfo>;

/** Collects the answers of a definition (situations and step fields, nested group fields included). */
export function answerLookup(definition: ServiceDefinition): AnswerLookup {
  const answers = new Map<string, AnswerInfo>();
  type FieldLike = { id: string; label: LocalText; type: string; options?: ChoiceOption[]; fields?: FieldLike[] };
  const addFields = (fields: readonly FieldLike[]) => {
    for (const field of fields) {
      answers.set(field.id, { label: field.label, options: field.options, yesNo: field.type === 'yes-no' });
      if (field.fields) addFields(field.fields);
    }
  };
  for (const node of definition.flow.nodes) {
    if (node.kind === 'situation') {
      answers.set(node.id, { label: node.question, options: node.options, yesNo: node.answerType === 'yes-no' });
    } else if (node.kind === 'step') {
      addFields(node.fields as FieldLike[]);
    }
  }
  return answers;
}

const words = {
  'zh-CN': {
    equals: '为', notEquals: '不为', in: '为以下之一：', notIn: '不为以下任一：', lt: '小于', lte: '不大于', gt: '大于',
    gte: '不小于', includes: '包含', isEmpty: '未填写', isNotEmpty: '已填写', and: ' 且 ', or: ' 或 ', not: '并非',
    yes: '是', no: '否', list: '、', quote: (s: string) => `「${s}」`,
  },
  en: {
    equals: 'is', notEquals: 'is not', in: 'is one of', notIn: 'is none of', lt: '<', lte: '≤', gt: '>', gte: '≥',
    includes: 'includes', isEmpty: 'is empty', isNotEmpty: 'is filled in', and: ' and ', or: ' or ', not: 'not',
    yes: 'yes', no: 'no', list: ', ', quote: (s: string) => `“${s}”`,
  },
} as const;

const maxLabelLength = 24;

function shorten(text: string): string {
  const trimmed = text.replace(/[？?。.：:]+$/u, '');
  return trimmed.length > maxLabelLength ? `${trimmed.slice(0, maxLabelLength - 1)}…` : trimmed;
}

function valueText(value: ConditionValue | undefined, info: AnswerInfo | undefined, lang: Lang): string {
  const w = words[lang];
  const one = (v: string | number | boolean): string => {
    if (typeof v === 'boolean') return w.quote(v ? w.yes : w.no);
    const option = info?.options?.find((candidate) => candidate.value === String(v));
    return w.quote(option ? localText(option.label, lang) : String(v));
  };
  if (value === undefined) return '';
  return Array.isArray(value) ? value.map(one).join(w.list) : one(value);
}

function comparisonText(comparison: Comparison, answers: AnswerLookup, lang: Lang): string {
  const w = words[lang];
  const info = answers.get(comparison.field);
  const subject = w.quote(info ? shorten(localText(info.label, lang)) : comparison.field);
  const op = w[comparison.op];
  if (comparison.op === 'isEmpty' || comparison.op === 'isNotEmpty') return lang === 'en' ? `${subject} ${op}` : `${subject}${op}`;
  const value = valueText(comparison.value, info, lang);
  return lang === 'en' ? `${subject} ${op} ${value}` : `${subject}${op}${value}`;
}

/**
 * A one-line reading of a condition in the UI language. Nested groups are bracketed so that
 * 「A」且（「B」或「C」） reads unambiguously.
 */
export function conditionText(condition: Condition, answers: AnswerLookup, lang: Lang): string {
  const w = words[lang];
  const wrap = (inner: Condition): string => {
    const text = conditionText(inner, answers, lang);
    return 'all' in inner || 'any' in inner ? (lang === 'en' ? `(${text})` : `（${text}）`) : text;
  };
  if ('all' in condition) return condition.all.map(wrap).join(w.and);
  if ('any' in condition) return condition.any.map(wrap).join(w.or);
  if ('not' in condition) {
    const inner = conditionText(condition.not, answers, lang);
    return lang === 'en' ? `not (${inner})` : `${w.not}（${inner}）`;
  }
  return comparisonText(condition, answers, lang);
}
