/**
 * The words the case views use, in zh-CN and en: plain sentences a citizen understands ("还剩 3 个工作日"), never
 * status codes. Dates are civil dates written out with the weekday.
 */
import type { Locale } from '../messages.ts';

export interface CaseText {
  readonly phase: Record<
    'awaiting-acceptance' | 'correction' | 'in-progress' | 'approved' | 'completed' | 'not-accepted' | 'refused' | 'withdrawn',
    string
  >;
  readonly stageStatus: Record<'done' | 'current' | 'pending' | 'skipped' | 'stopped', string>;
  /** The current stage's status while the office waits for the applicant's corrections. */
  readonly waitingForYou: string;
  readonly event: Record<string, string>;
  readonly remaining: (days: number, due: string) => string;
  readonly dueToday: (due: string) => string;
  readonly overdue: (days: number, due: string) => string;
  readonly afterAcceptance: (value: number, unit: string) => string;
  readonly unit: Record<'working-day' | 'natural-day' | 'month', string>;
  readonly deemedRule: (deadline: string) => string;
  readonly deemedAccepted: (from: string) => string;
  readonly fallback: (years: readonly number[]) => string;
  readonly stageDue: (due: string) => string;
  readonly doneOn: (date: string) => string;
  readonly correctionAsk: (count: number, round: number) => string;
  readonly owedBy: (due: string, days: number) => string;
  readonly owedProvisional: string;
  readonly supplied: string;
  readonly excluded: (names: string) => string;
}

const zh: CaseText = {
  phase: {
    'awaiting-acceptance': '已提交，等待受理',
    correction: '需要您补正材料',
    'in-progress': '已受理，正在办理',
    approved: '已批准，正在制证和送达',
    completed: '已办结',
    'not-accepted': '不予受理',
    refused: '不予批准',
    withdrawn: '已撤回',
  },
  stageStatus: { done: '已完成', current: '当前环节', pending: '未开始', skipped: '不再进行', stopped: '在此环节终止' },
  waitingForYou: '当前环节：等待您补正',
  event: {
    submitted: '提交申请',
    accepted: '申请已受理',
    'correction-requested': '一次性告知需补正的内容',
    corrected: '提交补正材料',
    'not-accepted': '不予受理',
    'stage-passed': '环节办理完成',
    refused: '不予批准',
    approved: '批准',
    delivered: '证件已送达，办结',
    withdrawn: '撤回申请',
    rated: '评价',
    supplied: '补交容缺材料',
  },
  remaining: (days, due) => `还剩 ${days} 个工作日，预计 ${due}前办结`,
  dueToday: (due) => `今天（${due}）是承诺办结的最后一天`,
  overdue: (days, due) => `已超过承诺办结时限 ${days} 个工作日（应于 ${due}前办结），可拨打 12345 反映`,
  afterAcceptance: (value, unit) => `受理后 ${value} 个${unit}内办结`,
  unit: { 'working-day': '工作日', 'natural-day': '自然日', month: '月' },
  deemedRule: (deadline) => `如材料需要补正，办理机关应在 ${deadline}前一次性告知；逾期未告知的，自收到申请之日起即为受理。`,
  deemedAccepted: (from) => `办理机关未在5个工作日内一次性告知补正，依法自收到申请之日（${from}）起视为受理。`,
  fallback: (years) => `${years.join('、')}年的法定节假日安排尚未公布，日期按周一至周五计算，可能顺延。`,
  stageDue: (due) => `预计 ${due}前完成`,
  doneOn: (date) => `${date}完成`,
  correctionAsk: (count, round) => `办理机关一次性告知了 ${count} 项需要补正的内容（第 ${round} 次补正）。只需修改这些内容，其他已填写的信息会保留。`,
  owedBy: (due, days) => `请在 ${due}前补交（受理后 ${days} 个工作日内）`,
  owedProvisional: '受理后日期可能按受理日重新计算。',
  supplied: '已补交',
  excluded: (names) => `特别程序（${names}）所需时间不计算在办结时限内。`,
};

const en: CaseText = {
  phase: {
    'awaiting-acceptance': 'Submitted, waiting to be accepted',
    correction: 'You need to correct your application',
    'in-progress': 'Accepted and being processed',
    approved: 'Approved: the document is being produced and delivered',
    completed: 'Completed',
    'not-accepted': 'Not accepted',
    refused: 'Refused',
    withdrawn: 'Withdrawn',
  },
  stageStatus: { done: 'Done', current: 'Current step', pending: 'Not started', skipped: 'Will not take place', stopped: 'Stopped at this step' },
  waitingForYou: 'Current step: waiting for your corrections',
  event: {
    submitted: 'Application submitted',
    accepted: 'Application accepted',
    'correction-requested': 'Corrections requested, all at once',
    corrected: 'Corrections submitted',
    'not-accepted': 'Not accepted',
    'stage-passed': 'Step completed',
    refused: 'Refused',
    approved: 'Approved',
    delivered: 'Delivered: case completed',
    withdrawn: 'Application withdrawn',
    rated: 'Rated',
    supplied: 'Deferred material supplied',
  },
  remaining: (days, due) => `${days} working day${days === 1 ? '' : 's'} left: expected by ${due}`,
  dueToday: (due) => `Today (${due}) is the last day of the promised time limit`,
  overdue: (days, due) => `${days} working day${days === 1 ? '' : 's'} past the promised time limit (due by ${due}); you can call 12345`,
  afterAcceptance: (value, unit) => `Completed within ${value} ${unit} of acceptance`,
  unit: { 'working-day': 'working days', 'natural-day': 'calendar days', month: 'months' },
  deemedRule: (deadline) => `If anything needs correcting, the office must tell you everything at once by ${deadline}; otherwise your application counts as accepted from the day it was received.`,
  deemedAccepted: (from) => `The office did not ask for corrections within 5 working days, so by law your application counts as accepted from the day it was received (${from}).`,
  fallback: (years) => `The public holidays of ${years.join(', ')} are not published yet: dates assume Monday to Friday and may move.`,
  stageDue: (due) => `Expected by ${due}`,
  doneOn: (date) => `Done on ${date}`,
  correctionAsk: (count, round) => `The office listed ${count} thing${count === 1 ? '' : 's'} to correct, all at once (correction round ${round}). Change only these; everything else you entered is kept.`,
  owedBy: (due, days) => `Supply it by ${due} (within ${days} working days of acceptance)`,
  owedProvisional: 'Once accepted, the date may be recalculated from the acceptance date.',
  supplied: 'Supplied',
  excluded: (names) => `Special procedures (${names}) do not count against the time limit.`,
};

export function caseText(locale: Locale): CaseText {
  return locale === 'en' ? en : zh;
}
