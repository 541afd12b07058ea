// The citizen's side, in Chromium, by keyboard only (issue 5, Acceptance): every example in examples/ is completed
// along its first submitting persona with Tab, Shift+Tab, Space, Enter, the arrow keys and typing (the file chooser
// is the one exception), under the host page's strict CSP `default-src 'self'; script-src 'self'`. axe (WCAG 2.0
// A/AA, 2.1 AA, no rule disabled) runs on every page seen: questions, the 一次性告知 checklist, steps, materials
// (before and after choosing), the error state, check-your-answers, the confirmation and the guide page.
// Exceptions, if any, are listed in docs/accessibility.md with their reasons.
//
// Helpers: e2e/citizen/flow.js (personas, synthetic answers, the reach interpreter), driver.js (the keyboard
// citizen), walk.js (page by page with hooks).
import { expectNoAxeViolations } from './axe.js';
import { check, probeDateOrder, rateByKeyboard } from './citizen/driver.js';
import { exampleIds, ID_NUMBER, loadExample, MOBILE, reachedMaterialKeys, submittingPersona } from './citizen/flow.js';
import { demoUrl, expectSameSet, openForm, submittedPayload, walk } from './citizen/walk.js';

const strictCsp = "default-src 'self'; script-src 'self'";
/** The example whose pages are photographed for review (test-results/citizen-*.png). */
const photographed = 'gd-residence-permit';

/**
 * Completes one example by keyboard with axe on every page, the error state on the first page, the first step and
 * the first materials page, the checklist compared with the persona's materials, and the payload checked; then the guide page.
 */
async function completeExampleByKeyboard(id, { page, baseURL, screenshot }) {
  const { pkg, personas } = loadExample(id);
  const persona = submittingPersona(pkg, personas);
  const expectedMaterials = reachedMaterialKeys(pkg, persona);
  expectSameSet(expectedMaterials, persona.materials, `${id}: the materials of the path this test types (persona “${persona.name['zh-CN']}”) against personas.json`);
  const dateOrder = await probeDateOrder(page);

  await openForm(page, demoUrl(baseURL, id, { drafts: '0' }));
  const shots = new Set();
  const shoot = async (name) => {
    if (id !== photographed || shots.has(name)) return;
    shots.add(name);
    await screenshot(`citizen-${name}`);
  };
  const errorShown = new Set();
  const seenKinds = new Set();
  const { visited, citizen } = await walk(page, {
    pkg,
    persona,
    dateOrder,
    // The error state on the first page (a question), the first step and the first materials page.
    errorState: (info, pages) => {
      if (pages.length > 1 && !['step', 'materials'].includes(info.kind)) return false;
      const kind = pages.length === 1 ? 'first' : info.kind;
      if (errorShown.has(kind)) return false;
      errorShown.add(kind);
      return true;
    },
    onPage: async (info, moment) => {
      seenKinds.add(info.kind);
      await expectNoAxeViolations(page, `${id}: ${info.kind} page “${info.heading}” (${moment})`);
      if (info.kind === 'checklist' && moment === 'arrived') {
        const listed = await page.$$eval('.bs-notice__item h3', (items) => items.map((h) => h.textContent.trim()));
        const names = pkg.materials.filter((m) => expectedMaterials.includes(m.key)).map((m) => m.name['zh-CN']);
        expectSameSet(listed, names, `${id}: the 一次性告知 list`);
      }
      if (moment === 'error') await shoot(info.kind === 'step' ? 'error' : `error-${info.kind}`);
      else if (moment === 'arrived' && info.kind !== 'step') await shoot(info.kind);
      else if (moment === 'arrived') await shoot('step');
      else if (moment === 'answered') await shoot('materials-answered');
    },
  });
  for (const kind of ['question', 'checklist', 'step', 'review', 'confirmation']) check(seenKinds.has(kind), `${id}: the walk never showed a ${kind} page`);
  check(errorShown.has('first') && errorShown.has('step'), `${id}: the error state was not shown on the first page and a step`);

  const payload = await submittedPayload(page);
  check(payload.packageId === pkg.id, `${id}: payload packageId is ${payload.packageId}`);
  check(payload.version === pkg.version && payload.hash === pkg.hash, `${id}: payload version/hash do not match the package`);
  expectSameSet(
    payload.materials.map((m) => m.key),
    persona.materials,
    `${id}: payload materials`,
  );
  for (const [key, answer] of Object.entries(persona.answers)) {
    if (key in payload.data) check(JSON.stringify(payload.data[key]) === JSON.stringify(answer), `${id}: payload ${key} is ${JSON.stringify(payload.data[key])}, the persona said ${JSON.stringify(answer)}`);
  }
  const uploaded = payload.materials.filter((m) => m.provision === 'upload');
  check(uploaded.length === citizen.uploads.length, `${id}: ${citizen.uploads.length} file(s) chosen, ${uploaded.length} upload(s) in the payload`);
  for (const m of uploaded) check(Array.isArray(m.files) && m.files.every((f) => typeof f.id === 'string' && !('content' in f)), `${id}: upload ${m.key} is not a file reference`);
  check(JSON.stringify(payload).includes(ID_NUMBER) && JSON.stringify(payload).includes(MOBILE), `${id}: the typed identity is not in the payload`);

  // The guide page (办事指南) of the same item.
  await page.goto(demoUrl(baseURL, id, { view: 'guide' }));
  await page.getByText(pkg.guide.name['zh-CN']).first().waitFor();
  await expectNoAxeViolations(page, `${id}: guide page`);
  if (id === photographed) await screenshot('citizen-guide');
  return visited;
}

export async function passportIssueCompletesByKeyboard(context) {
  await completeExampleByKeyboard('gd-passport-issue', context);
}
export async function residencePermitCompletesByKeyboard(context) {
  await completeExampleByKeyboard('gd-residence-permit', context);
}
export async function elderlyCardCompletesByKeyboard(context) {
  await completeExampleByKeyboard('gd-elderly-card', context);
}
export async function pensionEnrolmentCompletesByKeyboard(context) {
  await completeExampleByKeyboard('gd-pension-enrolment', context);
}
export async function soleTraderRegistrationCompletesByKeyboard(context) {
  await completeExampleByKeyboard('gd-sole-trader-registration', context);
}
const covered = ['gd-passport-issue', 'gd-residence-permit', 'gd-elderly-card', 'gd-pension-enrolment', 'gd-sole-trader-registration'];

/** Examples added later are walked here until they get a test of their own (so none is left out). */
export async function everyOtherExampleCompletesByKeyboard(context) {
  const others = exampleIds().filter((id) => !covered.includes(id));
  for (const id of others) await completeExampleByKeyboard(id, context);
  for (const id of covered) check(exampleIds().includes(id), `the test names an example that no longer exists: ${id}`);
}

/**
 * Drafts: midway through gd-residence-permit (its applicant page answered, 继续 not pressed), the page reloads;
 * the citizen is back on the same page with every answer, and completes from there.
 */
export async function residencePermitDraftSurvivesAReload({ page, baseURL }) {
  const id = 'gd-residence-permit';
  const { pkg, personas } = loadExample(id);
  const persona = submittingPersona(pkg, personas);
  const dateOrder = await probeDateOrder(page);
  const url = demoUrl(baseURL, id);
  // Start clean: drafts of earlier tests live in the same browser profile.
  await openForm(page, url);
  await page.evaluate(() => localStorage.clear());
  await openForm(page, url);

  const applicant = pkg.flow.nodes.find((node) => node.kind === 'step' && node.key === 'applicant');
  check(applicant, `${id} has no applicant step`);
  const first = await walk(page, { pkg, persona, dateOrder, pauseAfterFill: (info) => info.heading === applicant.title['zh-CN'] });
  check(first.last.heading === applicant.title['zh-CN'], `the walk did not stop on “${applicant.title['zh-CN']}”`);
  const before = await controlValues(page);
  const typedHere = [...first.citizen.typed.entries()].filter(([control]) => control in before);
  check(typedHere.length >= 8, `only ${typedHere.length} answers typed on the applicant page`);

  await page.reload();
  await page.locator('.bs-root h1').first().waitFor();
  await page.waitForFunction((title) => document.querySelector('.bs-root h1')?.textContent?.trim() === title, applicant.title['zh-CN'], { timeout: 5000 }).catch(async () => {
    throw new Error(`after the reload the form shows “${await page.locator('.bs-root h1').first().textContent()}”, not “${applicant.title['zh-CN']}”`);
  });
  const after = await controlValues(page);
  for (const [control, value] of Object.entries(before)) {
    check(JSON.stringify(after[control]) === JSON.stringify(value), `after the reload ${control} is ${JSON.stringify(after[control])}, before it was ${JSON.stringify(value)}`);
  }
  for (const [control, value] of typedHere) {
    const shown = after[control];
    check(shown === value || shown === true, `after the reload ${control} shows ${JSON.stringify(shown)}, the citizen typed ${JSON.stringify(value)}`);
  }
  // The earlier pages' answers come back too: check-your-answers lists them, and the walk submits.
  const rest = await walk(page, { pkg, persona, dateOrder });
  const payload = await submittedPayload(page);
  check(payload.packageId === pkg.id, `payload packageId is ${payload.packageId}`);
  expectSameSet(
    payload.materials.map((m) => m.key),
    persona.materials,
    'payload materials after the reload',
  );
  check(JSON.stringify(payload.data.applicationReasons) === JSON.stringify(persona.answers.applicationReasons), 'the answer given before the reload is not in the payload');
  check(rest.visited.length >= 2, 'the walk after the reload saw no review page');
  // The draft is gone once submitted.
  const left = await page.evaluate(() => Object.keys(localStorage).filter((key) => localStorage.getItem(key)?.includes('gd-residence-permit')));
  check(left.length === 0, `a draft is still stored after the submission: ${left.join(', ')}`);
}

/** The 居住证 example and a persona who must provide a proof of employment (the deferrable material). */
function residencePermitWithEmploymentProof() {
  const id = 'gd-residence-permit';
  const { pkg, personas } = loadExample(id);
  const persona = personas.find((p) => p.materials.includes('employmentProof') && p.answers.residedHalfYear === true);
  check(persona, 'no 居住证 persona with a proof of employment');
  return { id, pkg, persona };
}

/**
 * 容缺后补 and 好差评 on the 居住证 (issue 8): the proof of employment is deferred on 2026-09-29, so its due date
 * comes from the official calendar (5 working days over National Day: 2026-10-12, where Monday to Friday would say
 * 2026-10-06); the confirmation page lists what is still owed, then the citizen rates the service by keyboard,
 * with a low level, a reason and a comment, and the host receives it with the application's reference.
 */
export async function residencePermitDeferredMaterialAndRating({ page, baseURL, screenshot }) {
  const { id, pkg, persona } = residencePermitWithEmploymentProof();
  const dateOrder = await probeDateOrder(page);
  // The host's clock (ServiceForm's `now`): the demo page takes it from the URL.
  await openForm(page, demoUrl(baseURL, id, { drafts: '0', now: '2026-09-29T10:00:00+08:00' }));
  const employmentProof = pkg.materials.find((m) => m.key === 'employmentProof');
  let hint = '';
  await walk(page, {
    pkg,
    persona,
    dateOrder,
    overrides: { employmentProof: 'deferred' },
    onPage: async (info, moment) => {
      if (info.kind !== 'materials' || moment !== 'answered') return;
      // The tables load as their own chunk when the page opens; under load the citizen may answer first, and the
      // hint then gives no date until they arrive (the submission settles the date either way, below).
      await page.locator('.bs-radios__conditional .bs-hint', { hasText: '已按国家法定节假日' }).first().waitFor({ timeout: 15000 }).catch(() => {});
      hint = (await page.locator('.bs-radios__conditional .bs-hint').allTextContents()).join(' ');
      await expectNoAxeViolations(page, `deferred material on “${info.heading}”`);
    },
  });
  check(hint.includes('2026年10月12日（星期一）') && hint.includes('已按国家法定节假日'), `the 容缺 hint does not give the calendar's due date 2026-10-12: “${hint}”`);
  check(hint.includes('5 个工作日'), `the 容缺 hint does not say 5 个工作日: “${hint}”`);
  const payload = await submittedPayload(page);
  const deferred = payload.materials.find((m) => m.key === 'employmentProof');
  check(deferred?.provision === 'deferred' && deferred.dueDate === '2026-10-12', `payload employmentProof: ${JSON.stringify(deferred)}`);

  const owed = await page.locator('.bs-owed').textContent();
  check(owed.includes(employmentProof.name['zh-CN']) && owed.includes('2026年10月12日'), `the confirmation's owed list: “${owed}”`);
  await page.getByRole('heading', { name: '请对本次办事服务进行评价' }).waitFor();
  await expectNoAxeViolations(page, 'confirmation with the owed list and the rating');
  await screenshot('citizen-confirmation-rating');

  await rateByKeyboard(page, { level: 2, reasons: ['waiting'], comment: '希望缩短等待时间' });
  await page.getByRole('status').filter({ hasText: '感谢您的评价' }).waitFor();
  await expectNoAxeViolations(page, 'rating sent');
  const rating = JSON.parse(await page.locator('#rating').textContent());
  const expected = { level: 2, label: '不满意', reasons: ['waiting'], comment: '希望缩短等待时间', moment: 'submission', reference: 'DEMO-GD-RESIDENCE-PERMIT-0001', packageId: id, version: pkg.version };
  check(JSON.stringify(rating) === JSON.stringify(expected), `the host received ${JSON.stringify(rating)}, expected ${JSON.stringify(expected)}`);
}

/**
 * 容缺 on a slow network: the working-day calendar is a chunk of its own, and here it does not arrive until the
 * citizen has pressed 确认并提交. The hint meanwhile gives the number of working days and no date (a Monday-to-
 * Friday date would say 2026-10-06); the submission waits for the calendar and carries its date, 2026-10-12.
 */
export async function deferredDueDateWaitsForALateCalendar({ page, baseURL }) {
  const { id, pkg, persona } = residencePermitWithEmploymentProof();
  let release = () => {};
  const arrived = new Promise((resolve) => (release = resolve));
  const held = [];
  await page.route(/\/assets\/calendar-[^/]*\.js$/, async (route) => {
    held.push(route.request().url());
    await arrived;
    await route.continue();
  });
  try {
    const dateOrder = await probeDateOrder(page);
    await openForm(page, demoUrl(baseURL, id, { drafts: '0', now: '2026-09-29T10:00:00+08:00' }));
    let hint = '';
    await walk(page, {
      pkg,
      persona,
      dateOrder,
      overrides: { employmentProof: 'deferred' },
      onPage: async (info, moment) => {
        if (info.kind === 'materials' && moment === 'answered') hint = (await page.locator('.bs-radios__conditional .bs-hint').allTextContents()).join(' ');
      },
      pauseAfterFill: (info) => info.kind === 'review',
    });
    check(held.length > 0, 'the calendar chunk was never requested');
    check(hint === '请在受理之日起 5 个工作日内补交。', `while the calendar loads the hint should give no date: “${hint}”`);
    // 确认并提交 (focus is on it), then the calendar arrives a moment later
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '正在提交…' }).waitFor();
    check((await page.locator('#payload').count()) === 0, 'the payload was sent before the calendar arrived');
    release();
    const payload = await submittedPayload(page);
    const deferred = payload.materials.find((m) => m.key === 'employmentProof');
    check(deferred?.provision === 'deferred' && deferred.dueDate === '2026-10-12', `payload employmentProof: ${JSON.stringify(deferred)}`);
  } finally {
    release();
    await page.unroute(/\/assets\/calendar-[^/]*\.js$/);
  }
}

/**
 * The ancestors of the focused element that would cut its focus ring (outline plus box-shadow spread): those that
 * clip (overflow other than visible, paint containment, content-visibility) with less room around it than the
 * ring needs (for paint containment, overflow-clip-margin counts).
 */
async function focusRingClippedBy(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return [];
    const style = getComputedStyle(el);
    const spreads = style.boxShadow === 'none' ? [] : style.boxShadow.split(/,(?![^(]*\))/).map((shadow) => parseFloat((shadow.match(/-?[\d.]+px/g) ?? [])[3] ?? '0'));
    const ring = Math.max(style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset || '0'), ...spreads, 0);
    const r = el.getBoundingClientRect();
    const cut = [];
    for (let a = el.parentElement; a && a !== document.documentElement && a !== document.body; a = a.parentElement) {
      const c = getComputedStyle(a);
      const paintContained = /paint|strict|content/.test(c.contain) || c.contentVisibility === 'auto' || c.contentVisibility === 'hidden';
      if (!paintContained && c.overflowX === 'visible' && c.overflowY === 'visible') continue;
      const margin = paintContained ? parseFloat(c.overflowClipMargin) || 0 : 0;
      const b = a.getBoundingClientRect();
      const room = Math.min(r.left - (b.left - margin), b.right + margin - r.right, r.top - (b.top - margin), b.bottom + margin - r.bottom);
      if (room + 0.5 < ring) cut.push(`${a.tagName.toLowerCase()}.${[...a.classList].join('.')} (room ${room.toFixed(1)}px, ring ${ring}px)`);
    }
    return cut;
  });
}

/** Every control of the form with its value (checked state for radios and checkboxes), by id. */
async function controlValues(page) {
  return page.$$eval('.bs-root input, .bs-root textarea, .bs-root select', (els) =>
    Object.fromEntries(els.filter((el) => el.id && el.type !== 'file').map((el) => [el.id, el.type === 'radio' || el.type === 'checkbox' ? el.checked : el.value])),
  );
}

/**
 * Strict CSP, explicitly: the host page is served with exactly the portal's policy, and a full completion and
 * submit (sole trader, with a 告知承诺 and prefilled identity) fires no `securitypolicyviolation` event.
 */
export async function strictCspCompletionFiresNoViolation({ page, baseURL }) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__cspViolations.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  const id = 'gd-sole-trader-registration';
  const { pkg, personas } = loadExample(id);
  const persona = personas.find((p) => p.materials.includes('leaseContract') && !p.answers.byAgent);
  check(persona, 'no sole-trader persona with a lease and no agent');
  const dateOrder = await probeDateOrder(page);
  const response = await page.goto(demoUrl(baseURL, id, { drafts: '0', prefill: '1' }));
  check(response.headers()['content-security-policy'] === strictCsp, `the host page is served with “${response.headers()['content-security-policy']}”`);
  await page.locator('.bs-root h1').first().waitFor();
  await walk(page, { pkg, persona, dateOrder, overrides: { leaseContract: 'commitment' } });
  const payload = await submittedPayload(page);
  const lease = payload.materials.find((m) => m.key === 'leaseContract');
  check(lease?.provision === 'commitment' && typeof lease.signedAt === 'string', `the lease contract was not replaced by a signed commitment: ${JSON.stringify(lease)}`);
  expectSameSet(
    payload.materials.map((m) => m.key),
    persona.materials,
    'payload materials',
  );
  const violations = await page.evaluate(() => window.__cspViolations);
  check(Array.isArray(violations), 'the violation listener was not installed');
  check(violations.length === 0, `CSP violations: ${violations.join('; ')}`);
}

/**
 * 长辈版 sanity (issue 9 measures it fully): with elder=1, text is at least 18px, every button, input, select and
 * link (radios and checkboxes with their label) is at least 60×60 CSS px, and keyboard focus has a visible
 * outline, on every page of a completion, the error state included.
 */
export async function elderModeHasLargeTextTargetsAndVisibleFocus({ page, baseURL, screenshot }) {
  const id = 'gd-elderly-card';
  const { pkg, personas } = loadExample(id);
  const persona = submittingPersona(pkg, personas);
  const dateOrder = await probeDateOrder(page);
  await openForm(page, demoUrl(baseURL, id, { drafts: '0', elder: '1', prefill: '1' }));
  const outlines = new Map();
  let photographedElder = false;
  await walk(page, {
    pkg,
    persona,
    dateOrder,
    errorState: (_info, pages) => pages.length === 1,
    onFocus: async (el) => {
      const kind = `${el.tag}:${el.type}`;
      const cut = await focusRingClippedBy(page);
      check(cut.length === 0, `the focus ring of ${kind} #${el.id} is clipped by ${cut.join(', ')}`);
      if (outlines.has(kind)) return;
      outlines.set(
        kind,
        await page.evaluate(() => {
          const style = getComputedStyle(document.activeElement);
          return { outline: `${style.outlineStyle} ${style.outlineWidth}`, width: parseFloat(style.outlineWidth), style: style.outlineStyle, shadow: style.boxShadow };
        }),
      );
    },
    onPage: async (info, moment) => {
      const where = `${info.kind} page “${info.heading}” (${moment})`;
      const m = await elderMetrics(page);
      check(m.rootFontSize >= 18, `${where}: the form's font-size is ${m.rootFontSize}px`);
      check(m.smallText.length === 0, `${where}: text under 18px: ${m.smallText.join('; ')}`);
      check(m.measured > 0 || info.kind === 'confirmation', `${where}: no control measured`);
      check(m.smallTargets.length === 0, `${where}: targets under 60×60: ${m.smallTargets.join('; ')}`);
      await expectNoAxeViolations(page, `${id} (长辈版): ${where}`);
      if (!photographedElder && info.kind === 'materials' && moment === 'answered') {
        photographedElder = true;
        await screenshot('citizen-elder-materials');
      }
    },
  });
  check(outlines.size >= 4, `focus reached only ${[...outlines.keys()].join(', ')}`);
  for (const [kind, o] of outlines) {
    check(o.style !== 'none' && o.width >= 3, `focus on ${kind} has no visible outline (${o.outline}, box-shadow ${o.shadow})`);
  }
  await screenshot('citizen-elder-confirmation');
}

async function elderMetrics(page) {
  return page.evaluate(() => {
    const root = document.querySelector('.bs-root');
    const smallText = [];
    for (const el of root.querySelectorAll('*')) {
      const ownText = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim() !== '');
      if (!ownText || el.getClientRects().length === 0 || el.closest('.bs-visually-hidden')) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 18) smallText.push(`<${el.tagName.toLowerCase()} class="${el.className}"> ${size}px “${el.textContent.trim().slice(0, 20)}”`);
    }
    const smallTargets = [];
    let measured = 0;
    for (const el of root.querySelectorAll('button, input, select, textarea, a[href]')) {
      if (el.getClientRects().length === 0) continue;
      let { left, top, right, bottom } = el.getBoundingClientRect();
      if (el.type === 'radio' || el.type === 'checkbox') {
        // The hit area of a choice is the input with its label (clicking the label chooses).
        const label = el.id ? root.querySelector(`label[for="${el.id}"]`) : null;
        if (label) {
          const box = label.getBoundingClientRect();
          left = Math.min(left, box.left);
          top = Math.min(top, box.top);
          right = Math.max(right, box.right);
          bottom = Math.max(bottom, box.bottom);
        }
      }
      measured += 1;
      const width = right - left;
      const height = bottom - top;
      if (width < 59.5 || height < 59.5) smallTargets.push(`<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}${el.type ? ` type="${el.type}"` : ''}> ${width.toFixed(0)}×${height.toFixed(0)}`);
    }
    return { rootFontSize: parseFloat(getComputedStyle(root).fontSize), smallText, smallTargets, measured };
  });
}

