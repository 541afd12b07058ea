/**
 * The case (办件) after submission, computed from the host's status events: where it is, each approval stage with
 * its status and expected date, the deadline in working days, the history in plain words, and what the citizen
 * may do now (withdraw before acceptance, correct, rate).
 *
 * Law encoded (DOMAIN.md 1.5, 2.6): periods count in working days from the day after acceptance; an office that
 * does not ask for corrections within 5 working days of receiving an application has accepted it from the day of
 * receipt (行政许可法 art. 32); with corrections, acceptance dates from the corrected submission; the corrections
 * must be listed all at once (一次性告知): one list per round, no adding items to an open round.
 */
import type { LocalText, PackageStage, ServicePackage } from '../../../schemas/index.ts';
import { addWorkingDays, officialCalendar, workingDaysBetween, type WorkingCalendar } from '../calendar/calendar.ts';
import { addDays, chinaDateOf, dayNumber } from '../calendar/days.ts';
import { indexPackageFields } from '../fields.ts';
import { localText, type Locale } from '../messages.ts';
import { formatCivilDate } from '../calendar/format.ts';
import { caseText } from './text.ts';

export type CaseEventType =
  | 'submitted'
  | 'accepted'
  | 'correction-requested'
  | 'corrected'
  | 'not-accepted'
  | 'stage-passed'
  | 'refused'
  | 'approved'
  | 'delivered'
  | 'withdrawn'
  | 'rated'
  /** A deferred (容缺) material arrived: `items` name the materials. */
  | 'supplied';

/** One thing the office asks to correct, with the reason (required: "不符合" alone is not a reason). */
export interface CorrectionItem {
  readonly kind: 'field' | 'material';
  /** A field: its data path ('applicant/mobile', 'applicant.mobile') or its field id. */
  readonly path?: string;
  /** A material: its key. */
  readonly key?: string;
  readonly reason: string | LocalText;
}

export interface CaseEvent {
  readonly type: CaseEventType;
  /** ISO 8601 date-time (an offset is converted to China time; without one it is China time already). */
  readonly at: string;
  /** The stage key, for stage-passed (and where a correction or refusal happened). */
  readonly stage?: string;
  readonly items?: readonly CorrectionItem[];
  /** Free text from the office (shown as text). */
  readonly note?: string;
}

export type CasePhase = 'awaiting-acceptance' | 'correction' | 'in-progress' | 'approved' | 'completed' | 'not-accepted' | 'refused' | 'withdrawn';
export type StageStatus = 'done' | 'current' | 'pending' | 'skipped' | 'stopped';

export interface CaseStage {
  readonly key: string;
  readonly kind: PackageStage['stage'];
  readonly name: string;
  readonly role: string;
  readonly status: StageStatus;
  readonly statusText: string;
  readonly budgetDays: number;
  /** Expected completion (from acceptance and the stage budgets), while not done. */
  readonly due?: string;
  readonly doneOn?: string;
  /** Plain words: "已完成 2026年9月21日" / "预计 … 前完成". */
  readonly detail: string;
}

export interface CaseDeadline {
  readonly due: string;
  /** Working days from today to the due date (0: due today; negative: overdue). */
  readonly remaining: number;
  readonly text: string;
  /** Years without a holiday table that the computation crossed (Monday to Friday assumed). */
  readonly fallbackYears: readonly number[];
}

export interface CaseHistoryEntry {
  readonly type: CaseEventType;
  readonly at: string;
  readonly date: string;
  readonly text: string;
  readonly note?: string;
}

export interface CaseProblem {
  readonly code: 'correction-added-to-open-round' | 'correction-after-deemed-acceptance' | 'withdrawn-after-acceptance' | 'event-out-of-order' | 'unknown-stage';
  readonly at: string;
}

export interface ResolvedCorrectionItem {
  readonly kind: 'field' | 'material';
  /** Field id or material key. */
  readonly id: string;
  /** JSON pointer in the submission ('/applicant/mobile', '/materials/employmentProof'). */
  readonly pointer: string;
  readonly label: string;
  readonly reason: string;
}

export interface CaseView {
  readonly phase: CasePhase;
  readonly phaseText: string;
  readonly submittedOn?: string;
  /** How the case was accepted: not yet, by the office, or deemed by law (no correction request in 5 working days). */
  readonly acceptance: 'pending' | 'accepted' | 'deemed';
  readonly acceptedOn?: string;
  /** 一次性告知 rule while acceptance is pending: the last day the office may ask for corrections. */
  readonly correctionWindow?: { readonly until: string; readonly text: string };
  readonly stages: readonly CaseStage[];
  readonly currentStage?: string;
  /** The promised limit (承诺时限) as a deadline, once accepted and until completed. */
  readonly deadline?: CaseDeadline;
  /** Before acceptance: "受理后 10 个工作日内办结". */
  readonly limitText: string;
  /** The open correction round (phase 'correction'). */
  readonly correction?: { readonly round: number; readonly requestedOn: string; readonly items: readonly ResolvedCorrectionItem[]; readonly text: string };
  readonly correctionRounds: number;
  readonly history: readonly CaseHistoryEntry[];
  readonly notes: readonly string[];
  readonly problems: readonly CaseProblem[];
  readonly canWithdraw: boolean;
  readonly canRate: boolean;
  readonly rated: boolean;
  readonly fallbackYears: readonly number[];
}

export interface CaseOptions {
  readonly locale?: Locale;
  readonly calendar?: WorkingCalendar;
  /** Today; default the clock. A Date, or a civil date 'YYYY-MM-DD'. */
  readonly now?: Date | string;
}

/** The stages in process order: following pass transitions from the entry, then any left over. */
export function orderedStages(pkg: ServicePackage): PackageStage[] {
  const approvals = pkg.approvals;
  if (!approvals) return [];
  const byId = new Map(approvals.stages.map((s) => [s.id, s]));
  const out: PackageStage[] = [];
  const seen = new Set<string>();
  for (let id: string | undefined = approvals.entry; id && byId.has(id) && !seen.has(id); ) {
    seen.add(id);
    out.push(byId.get(id)!);
    id = approvals.transitions.find((t) => t.source === id && t.outcome === 'pass')?.target;
  }
  for (const stage of approvals.stages) if (!seen.has(stage.id)) out.push(stage);
  return out;
}

const text = (value: string | LocalText, locale: Locale): string => (typeof value === 'string' ? value : localText(value, locale));

/** Resolves the office's items against the package; unknown items come back in `unknown`. */
export function resolveCorrectionItems(pkg: ServicePackage, items: readonly CorrectionItem[], locale: Locale = 'zh-CN'): { items: ResolvedCorrectionItem[]; unknown: CorrectionItem[] } {
  const fields = indexPackageFields(pkg);
  const resolved: ResolvedCorrectionItem[] = [];
  const unknown: CorrectionItem[] = [];
  for (const item of items) {
    if (item.kind === 'material') {
      const material = pkg.materials.find((m) => m.key === item.key);
      if (!material) unknown.push(item);
      else resolved.push({ kind: 'material', id: material.key, pointer: `/materials/${material.key}`, label: localText(material.name, locale), reason: text(item.reason, locale) });
      continue;
    }
    const wanted = item.path ?? '';
    const path = wanted.replace(/^\//, '').split(/[./]/).join('/');
    const info = fields.get(wanted) ?? [...fields.values()].find((f) => f.path.join('/') === path);
    if (!info) unknown.push(item);
    else resolved.push({ kind: 'field', id: info.id, pointer: `/${info.path.join('/')}`, label: localText(info.field.label, locale), reason: text(item.reason, locale) });
  }
  return { items: resolved, unknown };
}

function limitDue(pkg: ServicePackage, acceptedOn: string, calendar: WorkingCalendar): { due: string; fallbackYears: readonly number[] } {
  const limit = pkg.guide.promisedTimeLimit ?? pkg.guide.legalTimeLimit;
  if (limit?.unit === 'natural-day') return { due: addDays(acceptedOn, limit.value), fallbackYears: [] };
  if (limit?.unit === 'month') {
    const [y, m, d] = acceptedOn.split('-').map(Number) as [number, number, number];
    const months = y * 12 + (m - 1) + limit.value;
    const year = Math.floor(months / 12);
    const month = (months % 12) + 1;
    const last = dayNumber(`${String(month === 12 ? year + 1 : year).padStart(4, '0')}-${String(month === 12 ? 1 : month + 1).padStart(2, '0')}-01`) - 1;
    const first = dayNumber(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`);
    return { due: addDays(acceptedOn, Math.min(first + d - 1, last) - dayNumber(acceptedOn)), fallbackYears: [] };
  }
  const days = limit?.unit === 'working-day' ? limit.value : (pkg.approvals?.totalBudgetDays ?? 0);
  const result = addWorkingDays(acceptedOn, days, calendar);
  return { due: result.date, fallbackYears: result.fallbackYears };
}

/** Days the office has to ask for corrections (行政许可法 art. 32). */
export const CORRECTION_NOTICE_DAYS = 5;

/** The case as the citizen should see it. Events are taken in time order (a stable sort by `at`). */
export function computeCase(pkg: ServicePackage, events: readonly CaseEvent[], options: CaseOptions = {}): CaseView {
  const locale = options.locale ?? 'zh-CN';
  const calendar = options.calendar ?? officialCalendar();
  const t = caseText(locale);
  const today = chinaDateOf(options.now ?? new Date());
  const fmt = (date: string) => formatCivilDate(date, locale);
  const stages = orderedStages(pkg);
  const stageKeys = new Set(stages.map((s) => s.key));
  const sorted = events
    .map((event, index) => ({ event, index, ms: Date.parse(/(?:Z|[+-]\d{2}:?\d{2})$/i.test(event.at) ? event.at : `${event.at.length === 10 ? `${event.at}T00:00:00` : event.at}+08:00`) }))
    .sort((a, b) => a.ms - b.ms || a.index - b.index)
    .map((e) => e.event);

  const problems: CaseProblem[] = [];
  const fallback = new Set<number>();
  const note = (years: readonly number[]) => years.forEach((y) => fallback.add(y));
  let phase: CasePhase = 'awaiting-acceptance';
  let submittedOn: string | undefined;
  let lastSubmission: string | undefined;
  let acceptance: CaseView['acceptance'] = 'pending';
  let acceptedOn: string | undefined;
  let round = 0;
  let open: { round: number; requestedOn: string; items: CorrectionItem[] } | undefined;
  let stoppedAt: string | undefined;
  let rated = false;
  const done = new Map<string, string>();
  const history: CaseHistoryEntry[] = [];
  const firstOpenStage = () => stages.find((s) => !done.has(s.key))?.key;
  const closed = () => phase === 'completed' || phase === 'not-accepted' || phase === 'refused' || phase === 'withdrawn';

  /** Acceptance deemed by law when the 5-day window closed before `date` with no correction request. */
  const deemedBefore = (date: string): boolean => {
    if (acceptance !== 'pending' || !lastSubmission || open) return false;
    const until = addWorkingDays(lastSubmission, CORRECTION_NOTICE_DAYS, calendar);
    return dayNumber(date) > dayNumber(until.date);
  };
  const deem = () => {
    acceptance = 'deemed';
    acceptedOn = lastSubmission;
    const accept = stages.find((s) => s.stage === 'accept');
    if (accept && !done.has(accept.key)) done.set(accept.key, lastSubmission!);
    if (phase === 'awaiting-acceptance') phase = 'in-progress';
  };

  for (const event of sorted) {
    const date = chinaDateOf(event.at);
    if (event.type !== 'submitted' && event.type !== 'rated' && deemedBefore(date)) deem();
    let entryText = t.event[event.type] ?? event.type;
    switch (event.type) {
      case 'submitted':
        if (submittedOn) problems.push({ code: 'event-out-of-order', at: event.at });
        submittedOn ??= date;
        lastSubmission = date;
        break;
      case 'accepted':
        // Already accepted by law (no correction request in time): the date stays the day of receipt.
        if ((acceptance as CaseView['acceptance']) === 'deemed') break;
        acceptance = 'accepted';
        acceptedOn = date;
        for (const s of stages) if (s.stage === 'accept' && !done.has(s.key)) done.set(s.key, date);
        if (phase === 'awaiting-acceptance' || phase === 'correction') phase = 'in-progress';
        break;
      case 'correction-requested':
        if (open) {
          // One list per round: items added later are shown but flagged, never silently accepted.
          problems.push({ code: 'correction-added-to-open-round', at: event.at });
          open = { ...open, items: [...open.items, ...(event.items ?? [])] };
          break;
        }
        if ((acceptance as CaseView['acceptance']) === 'deemed') problems.push({ code: 'correction-after-deemed-acceptance', at: event.at });
        round += 1;
        open = { round, requestedOn: date, items: [...(event.items ?? [])] };
        phase = 'correction';
        entryText = locale === 'en' ? `${entryText} (${(event.items ?? []).length})` : `${entryText}（${(event.items ?? []).length}项）`;
        break;
      case 'corrected':
        if (!open) problems.push({ code: 'event-out-of-order', at: event.at });
        open = undefined;
        lastSubmission = date;
        phase = 'awaiting-acceptance';
        if (acceptance !== 'pending') phase = 'in-progress';
        // With corrections before acceptance, acceptance dates from the corrected submission.
        break;
      case 'not-accepted':
        phase = 'not-accepted';
        stoppedAt = event.stage ?? stages.find((s) => s.stage === 'accept')?.key;
        break;
      case 'stage-passed':
        if (!event.stage || !stageKeys.has(event.stage)) {
          problems.push({ code: 'unknown-stage', at: event.at });
          break;
        }
        done.set(event.stage, date);
        if (stages.find((s) => s.key === event.stage)?.stage === 'accept' && acceptance === 'pending') {
          acceptance = 'accepted';
          acceptedOn = date;
        }
        if (!closed() && phase !== 'correction') phase = acceptance === 'pending' ? phase : 'in-progress';
        entryText = `${entryText}${locale === 'en' ? ': ' : '：'}${localText(stages.find((s) => s.key === event.stage)!.name, locale)}`;
        break;
      case 'refused':
        phase = 'refused';
        stoppedAt = event.stage ?? stages.find((s) => s.stage === 'decide')?.key ?? firstOpenStage();
        break;
      case 'approved': {
        const decide = stages.findIndex((s) => s.stage === 'decide');
        for (const s of stages.slice(0, decide === -1 ? stages.length : decide + 1)) if (!done.has(s.key)) done.set(s.key, date);
        phase = 'approved';
        break;
      }
      case 'delivered':
        for (const s of stages) if (!done.has(s.key)) done.set(s.key, date);
        phase = 'completed';
        break;
      case 'withdrawn':
        if (acceptance !== 'pending') {
          problems.push({ code: 'withdrawn-after-acceptance', at: event.at });
          continue;
        }
        phase = 'withdrawn';
        open = undefined;
        break;
      case 'rated':
        rated = true;
        break;
      case 'supplied':
        break;
    }
    history.push({ type: event.type, at: event.at, date, text: entryText, ...(event.note ? { note: event.note } : {}) });
  }
  // Today past the 5-day window with no request: accepted by law from the day of receipt.
  if (!closed() && deemedBefore(today)) deem();

  // Expected dates: accept from the last submission, the others cumulatively from acceptance.
  const expected = new Map<string, string>();
  const cursor = acceptedOn;
  let cumulative = 0;
  for (const stage of stages) {
    if (stage.stage === 'accept') {
      // While the applicant corrects, the office's clock waits: no expected date.
      if (lastSubmission && acceptance === 'pending' && phase !== 'correction') {
        const r = addWorkingDays(lastSubmission, Math.min(stage.budgetDays, CORRECTION_NOTICE_DAYS), calendar);
        expected.set(stage.key, r.date);
        note(r.fallbackYears);
      }
      continue;
    }
    cumulative += stage.budgetDays;
    if (cursor) {
      const r = addWorkingDays(cursor, cumulative, calendar);
      expected.set(stage.key, r.date);
      note(r.fallbackYears);
    }
  }

  const current = closed() ? undefined : phase === 'correction' ? (sorted.filter((e) => e.type === 'correction-requested').pop()?.stage ?? firstOpenStage()) : firstOpenStage();
  const caseStages: CaseStage[] = stages.map((stage) => {
    let status: StageStatus;
    if (done.has(stage.key)) status = 'done';
    else if (stoppedAt === stage.key) status = 'stopped';
    else if (closed()) status = 'skipped';
    else if (current === stage.key) status = 'current';
    else status = 'pending';
    const doneOn = done.get(stage.key);
    const due = status === 'current' || status === 'pending' ? expected.get(stage.key) : undefined;
    const detail = doneOn ? t.doneOn(fmt(doneOn)) : due ? t.stageDue(fmt(due)) : '';
    return {
      key: stage.key,
      kind: stage.stage,
      name: localText(stage.name, locale),
      role: stage.role ? localText(stage.role, locale) : '',
      status,
      statusText: status === 'current' && phase === 'correction' ? t.waitingForYou : t.stageStatus[status],
      budgetDays: stage.budgetDays,
      ...(due ? { due } : {}),
      ...(doneOn ? { doneOn } : {}),
      detail,
    };
  });

  let deadline: CaseDeadline | undefined;
  if (acceptedOn && !closed()) {
    const limit = limitDue(pkg, acceptedOn, calendar);
    note(limit.fallbackYears);
    const remaining = workingDaysBetween(today, limit.due, calendar);
    note(remaining.fallbackYears);
    const dueText = fmt(limit.due);
    const words = remaining.days > 0 ? t.remaining(remaining.days, dueText) : remaining.days === 0 ? t.dueToday(dueText) : t.overdue(-remaining.days, dueText);
    deadline = { due: limit.due, remaining: remaining.days, text: words, fallbackYears: [...limit.fallbackYears] };
  }

  const limit = pkg.guide.promisedTimeLimit ?? pkg.guide.legalTimeLimit;
  const limitText = limit ? t.afterAcceptance(limit.value, t.unit[limit.unit]) : t.afterAcceptance(pkg.approvals?.totalBudgetDays ?? 0, t.unit['working-day']);

  let correctionWindow: CaseView['correctionWindow'];
  if (acceptance === 'pending' && lastSubmission && !closed() && !open) {
    const until = addWorkingDays(lastSubmission, CORRECTION_NOTICE_DAYS, calendar);
    note(until.fallbackYears);
    correctionWindow = { until: until.date, text: t.deemedRule(formatCivilDate(until.date, locale, true)) };
  }

  const notes: string[] = [];
  if ((acceptance as CaseView['acceptance']) === 'deemed' && acceptedOn) notes.push(t.deemedAccepted(fmt(acceptedOn)));
  const special = stages.flatMap((s) => s.specialProcedures ?? []).map((p) => localText(p.name, locale));
  if (special.length > 0) notes.push(t.excluded(special.join(locale === 'en' ? ', ' : '、')));
  const fallbackYears = [...fallback].sort((a, b) => a - b);
  if (fallbackYears.length > 0) notes.push(t.fallback(fallbackYears));

  let correction: CaseView['correction'];
  if (open && phase === 'correction') {
    const { items } = resolveCorrectionItems(pkg, open.items, locale);
    correction = { round: open.round, requestedOn: open.requestedOn, items, text: t.correctionAsk(items.length, open.round) };
  }

  return {
    phase,
    phaseText: t.phase[phase],
    ...(submittedOn ? { submittedOn } : {}),
    acceptance,
    ...(acceptedOn ? { acceptedOn } : {}),
    ...(correctionWindow ? { correctionWindow } : {}),
    stages: caseStages,
    ...(current ? { currentStage: current } : {}),
    ...(deadline ? { deadline } : {}),
    limitText,
    ...(correction ? { correction } : {}),
    correctionRounds: round,
    history,
    notes,
    problems,
    canWithdraw: acceptance === 'pending' && submittedOn !== undefined && !closed(),
    canRate: submittedOn !== undefined && !rated,
    rated,
    fallbackYears,
  };
}

/** Refusals of a case action, with a stable code and the citizen's words. */
export type CaseActionResult = { ok: true; event: CaseEvent } | { ok: false; code: string; message: string };

/**
 * 撤回: only before acceptance (受理). Returns the event for the host to record in the case history.
 */
export function withdraw(pkg: ServicePackage, events: readonly CaseEvent[], at: string, options: CaseOptions = {}): CaseActionResult {
  const view = computeCase(pkg, events, { ...options, now: options.now ?? at });
  const en = options.locale === 'en';
  if (!view.canWithdraw) {
    return view.acceptance !== 'pending'
      ? { ok: false, code: 'after-acceptance', message: en ? 'The application has been accepted: it can no longer be withdrawn online. Contact the office.' : '申请已受理，不能再在网上撤回，请联系办理机关。' }
      : { ok: false, code: 'closed', message: en ? 'The case is closed.' : '该办件已结束。' };
  }
  return { ok: true, event: { type: 'withdrawn', at } };
}

/**
 * 一次性告知: the office's complete list of corrections for this round, in one call. There is no way to add to a
 * round: while a round is open (not yet corrected), another request is refused. Every item needs a reason and
 * must name a field or material of the package, once.
 */
export function requestCorrections(
  pkg: ServicePackage,
  events: readonly CaseEvent[],
  list: { readonly items: readonly CorrectionItem[]; readonly at: string; readonly stage?: string },
  options: CaseOptions = {},
): CaseActionResult {
  const en = options.locale === 'en';
  const refuse = (code: string, zh: string, english: string): CaseActionResult => ({ ok: false, code, message: en ? english : zh });
  const view = computeCase(pkg, events, { ...options, now: options.now ?? list.at });
  if (view.phase === 'correction') return refuse('round-open', '本轮补正已一次性告知，不能追加补正内容；请等申请人提交补正后再审查。', 'This round’s corrections were already listed all at once: nothing can be added until the applicant resubmits.');
  if (view.submittedOn === undefined || ['completed', 'not-accepted', 'refused', 'withdrawn'].includes(view.phase)) return refuse('closed', '该办件不在可补正的状态。', 'The case cannot be corrected now.');
  const stageKey = list.stage ?? view.currentStage;
  const stage = orderedStages(pkg).find((s) => s.key === stageKey);
  if (stage && !stage.outcomes.includes('correction')) return refuse('stage-without-correction', '当前环节不能退回补正。', 'This step cannot return the application for correction.');
  if (list.items.length === 0) return refuse('empty', '请列出需要补正的全部内容。', 'List everything that needs correcting.');
  if (list.items.some((i) => text(i.reason, 'zh-CN').trim() === '')) return refuse('no-reason', '每一项都要写明补正原因，不能只写“不符合”。', 'Every item needs a reason.');
  const { items, unknown } = resolveCorrectionItems(pkg, list.items);
  if (unknown.length > 0) return refuse('unknown-item', `没有这些填写项或材料：${unknown.map((u) => u.path ?? u.key).join('、')}`, `No such field or material: ${unknown.map((u) => u.path ?? u.key).join(', ')}`);
  if (new Set(items.map((i) => i.pointer)).size !== items.length) return refuse('duplicate', '同一项只能列一次。', 'Each item may be listed once.');
  return { ok: true, event: { type: 'correction-requested', at: list.at, ...(stageKey ? { stage: stageKey } : {}), items: list.items } };
}
