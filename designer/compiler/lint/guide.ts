/**
 * 办事指南 rules from the guide-writing standards (DOMAIN.md 1.3, 1.5, 8.11): promised ≤ legal time, a reason for
 * every required visit, an explicit fee statement, no catch-all (兜底) wording, stage budgets within the promise.
 */
import type { LocalText, ServiceDefinition, TimeLimit } from '../../../schemas/index.ts';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';

/** Catch-all phrases that guide standards forbid: they leave the applicant guessing. */
export const CATCH_ALL_PHRASES = ['其他材料', '其它材料', '有关规定', '相关规定', '其他条件', '其它条件', '等材料', '其他相关', '其他证明'] as const;

const UNIT_ZH: Record<TimeLimit['unit'], string> = { 'working-day': '个工作日', 'natural-day': '天', month: '个月' };

const UNIT_EN: Record<TimeLimit['unit'], string> = { 'working-day': 'working days', 'natural-day': 'days', month: 'months' };

function describe(limit: TimeLimit): string {
  return `${limit.value} ${UNIT_ZH[limit.unit]}`;
}

/** A limit in both languages, as diagnostic params: `{ zh: '10 个工作日', en: '10 working days' }`. */
export function limitWords(limit: TimeLimit): { zh: string; en: string } {
  return { zh: describe(limit), en: `${limit.value} ${UNIT_EN[limit.unit]}` };
}

/** Both languages' wording of the two limits, as diagnostic params (`xEn` feeds the English message). */
function limits(legal: TimeLimit, promised: TimeLimit) {
  return {
    legal: describe(legal), legalEn: `${legal.value} ${UNIT_EN[legal.unit]}`,
    promised: describe(promised), promisedEn: `${promised.value} ${UNIT_EN[promised.unit]}`,
  };
}

export function findCatchAll(text: LocalText | undefined): string | undefined {
  if (!text) return undefined;
  return CATCH_ALL_PHRASES.find((phrase) => text['zh-CN'].includes(phrase));
}

export function lintGuide(definition: ServiceDefinition): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { meta } = definition;
  const { legalTimeLimit: legal, promisedTimeLimit: promised } = meta;
  if (legal.unit === promised.unit) {
    if (promised.value > legal.value) {
      out.push(diagnostic('SVC030', limits(legal, promised), { path: '/meta/promisedTimeLimit' }));
    }
  } else if (legal.unit === 'natural-day' && promised.unit === 'working-day' && promised.value > legal.value) {
    // N working days always span at least N calendar days, so more working days than natural days is over.
    out.push(diagnostic('SVC030', limits(legal, promised), { path: '/meta/promisedTimeLimit' }));
  } else if (!(legal.unit === 'working-day' && promised.unit === 'natural-day' && promised.value <= legal.value)) {
    // N natural days never exceed N working days, so that is the only mixed case provably within the limit
    // without a holiday calendar; the rest is reported as unverifiable.
    out.push(diagnostic('SVC035', limits(legal, promised), { path: '/meta/promisedTimeLimit' }));
  }
  if (meta.visits.count > 0 && !meta.visits.reason) {
    out.push(diagnostic('SVC031', { count: meta.visits.count }, { path: '/meta/visits' }));
  }
  if (!meta.fees) out.push(diagnostic('SVC032', {}, { path: '/meta' }));
  (meta.conditions ?? []).forEach((condition, i) => {
    const phrase = findCatchAll(condition);
    if (phrase) out.push(diagnostic('SVC033', { text: condition['zh-CN'], phrase }, { path: `/meta/conditions/${i}` }));
  });
  if (definition.approval && promised.unit === 'working-day') {
    const sum = definition.approval.nodes.reduce((total, stage) => total + stage.budgetDays, 0);
    if (sum > promised.value) out.push(diagnostic('SVC034', { sum, promised: describe(promised), promisedEn: `${promised.value} ${UNIT_EN[promised.unit]}` }, { path: '/approval/nodes' }));
  }
  return out;
}
