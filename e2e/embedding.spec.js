// Embedding (issue 9): the custom element from the script-tag build on a plain HTML portal served with
// `default-src 'self'; script-src 'self'; style-src 'self'`, and <ServiceForm> on a React portal under the runtime's
// policy. Each host page is completed by the keyboard citizen (e2e/citizen/, which looks into the element's open
// shadow root) and must deliver the documented events; 长辈版 is measured on every page of an example (text
// >= 18px, targets >= 60×60, contrast >= 4.5:1 from computed colours, line height >= 1.5) with axe in both modes;
// at 320px no page scrolls sideways. The guard fails any test on a CSP violation, page error or HTTP >= 400.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations } from './axe.js';
import { check, probeDateOrder, rateByKeyboard } from './citizen/driver.js';
import { loadExample, reachedMaterialKeys, submittingPersona } from './citizen/flow.js';
import { expectSameSet, openForm, submittedPayload, walk } from './citizen/walk.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const exampleId = 'gd-elderly-card';
const plainHost = 'examples/hosts/plain/index.html';
const reactHost = 'examples/hosts/react/index.html';

/** The plain host page loads /dist-element/banshi-element.js (served from the repository): build it once per run. */
let elementBuilt = false;
function buildElement() {
  if (elementBuilt) return;
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '-c', 'runtime/element/vite.config.ts', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  check(result.status === 0, 'the script-tag build (runtime/element/vite.config.ts) failed');
  elementBuilt = true;
}

const hostUrl = (baseURL, host, params = {}) => new URL(`${host}?${new URLSearchParams({ item: exampleId, drafts: '0', ...params })}`, baseURL).href;

/** The events the plain host page listed, parsed: [{ type, detail }]. */
async function hostEvents(page) {
  const lines = await page.$$eval('#events li', (items) => items.map((li) => ({ type: li.dataset.type, text: li.textContent })));
  return lines.map(({ type, text }) => ({ type, detail: JSON.parse(text.slice(type.length + 1)) }));
}

/** The payload checks shared by both host pages. */
function checkPayload(payload, pkg, persona, where) {
  check(payload.packageId === pkg.id && payload.version === pkg.version && payload.hash === pkg.hash, `${where}: payload packageId/version/hash do not match the package`);
  expectSameSet(
    payload.materials.map((m) => m.key),
    reachedMaterialKeys(pkg, persona),
    `${where}: payload materials`,
  );
  check(typeof payload.submittedAt === 'string' && payload.data && typeof payload.data === 'object', `${where}: payload has no data or submittedAt`);
}

async function completeOn(page, url, { onPage } = {}) {
  const { pkg, personas } = loadExample(exampleId);
  const persona = submittingPersona(pkg, personas);
  const dateOrder = await probeDateOrder(page);
  await openForm(page, url);
  const { visited } = await walk(page, { pkg, persona, dateOrder, onPage });
  return { pkg, persona, visited };
}

/** Strict-CSP plain portal: script tag + element; completes, submits, and the events carry the documented payloads. */
export async function plainHostElementCompletesUnderStrictCsp({ page, baseURL, screenshot }) {
  buildElement();
  const response = await page.goto(hostUrl(baseURL, plainHost));
  const csp = response.headers()['content-security-policy'];
  check(csp === "default-src 'self'; script-src 'self'; style-src 'self'", `the plain host page is served with ${csp}`);
  await page.locator('banshi-service-form .bs-root h1').first().waitFor();
  // The runtime's stylesheet is a constructable stylesheet in the shadow root, and it applies.
  const styling = await page.evaluate(() => {
    const shadow = document.querySelector('banshi-service-form').shadowRoot;
    const button = shadow.querySelector('.bs-button');
    return { sheets: shadow.adoptedStyleSheets.length, styleElements: shadow.querySelectorAll('style').length, background: getComputedStyle(button).backgroundColor, inline: shadow.querySelectorAll('[style]').length };
  });
  check(styling.sheets >= 1 && styling.styleElements === 0, `expected adopted stylesheets and no <style>: ${JSON.stringify(styling)}`);
  check(styling.background === 'rgb(29, 95, 191)', `the runtime's CSS does not apply inside the shadow root (button background ${styling.background})`);
  check(styling.inline === 0, `${styling.inline} element(s) carry inline styles`);
  await screenshot('embedding-plain-normal');

  const { pkg, persona, visited } = await completeOn(page, hostUrl(baseURL, plainHost), {
    onPage: async (info, moment) => expectNoAxeViolations(page, `plain host: ${info.kind} page “${info.heading}” (${moment})`),
  });
  const payload = await submittedPayload(page);
  checkPayload(payload, pkg, persona, 'plain host');

  const events = await hostEvents(page);
  const steps = events.filter((e) => e.type === 'banshi-step');
  const changes = events.filter((e) => e.type === 'banshi-change');
  const submits = events.filter((e) => e.type === 'banshi-submit');
  check(steps.length >= visited.length - 1, `${steps.length} banshi-step events for ${visited.length} pages`);
  for (const step of steps) check(typeof step.detail.pageId === 'string' && typeof step.detail.kind === 'string' && Number.isInteger(step.detail.index) && Number.isInteger(step.detail.total), `banshi-step detail ${JSON.stringify(step.detail)}`);
  check(steps[0].detail.index === 0, 'the first banshi-step is not the first page');
  check(changes.length > 0, 'no banshi-change event');
  for (const change of changes) check(typeof change.detail.fieldId === 'string' && 'value' in change.detail, `banshi-change detail ${JSON.stringify(change.detail)}`);
  for (const [key, answer] of Object.entries(persona.answers)) {
    const last = changes.filter((c) => c.detail.fieldId === key).at(-1);
    if (last) check(JSON.stringify(last.detail.value) === JSON.stringify(answer), `banshi-change for ${key}: ${JSON.stringify(last.detail.value)}, persona ${JSON.stringify(answer)}`);
  }
  check(submits.length === 1, `${submits.length} banshi-submit events`);
  check(JSON.stringify(submits[0].detail) === JSON.stringify(payload), 'banshi-submit detail is not the payload');
  check(events.every((e) => e.type !== 'banshi-error'), 'a banshi-error event was dispatched');
  // The host's submitHandler reference is shown on the confirmation.
  const confirmation = await page.locator('banshi-service-form .bs-panel').textContent();
  check(confirmation.includes('PORTAL-GD-ELDERLY-CARD-0001'), `the confirmation does not show the host's reference: ${confirmation}`);

  // 好差评 on the confirmation page, by keyboard inside the shadow root: the host gets one banshi-rating event.
  await page.locator('banshi-service-form').getByRole('heading', { name: '请对本次办事服务进行评价' }).waitFor();
  await expectNoAxeViolations(page, 'plain host: confirmation with the rating');
  await rateByKeyboard(page, { level: 4, comment: '办理很方便' });
  await page.locator('banshi-service-form [role=status]').filter({ hasText: '感谢您的评价' }).waitFor();
  const ratings = (await hostEvents(page)).filter((e) => e.type === 'banshi-rating');
  check(ratings.length === 1, `${ratings.length} banshi-rating events`);
  const expected = { level: 4, label: '满意', reasons: [], comment: '办理很方便', moment: 'submission', reference: 'PORTAL-GD-ELDERLY-CARD-0001', packageId: pkg.id, version: pkg.version };
  check(JSON.stringify(ratings[0].detail) === JSON.stringify(expected), `banshi-rating detail ${JSON.stringify(ratings[0].detail)}, expected ${JSON.stringify(expected)}`);
  // The rating is the host's choice (the `rating` attribute): without it the confirmation offers none.
  await page.evaluate(() => document.querySelector('banshi-service-form').removeAttribute('rating'));
  await page.locator('banshi-service-form').getByRole('heading', { name: '请对本次办事服务进行评价' }).waitFor({ state: 'detached' });
  check((await page.locator('banshi-service-form .bs-panel').textContent()).includes('PORTAL-GD-ELDERLY-CARD-0001'), 'the confirmation went away with the rating');
  // A rateHandler set by the host offers it too.
  await page.evaluate(() => {
    document.querySelector('banshi-service-form').rateHandler = () => undefined;
  });
  await page.locator('banshi-service-form').getByRole('heading', { name: '请对本次办事服务进行评价' }).waitFor();
}

/** A package that cannot be loaded: a clear message in the element and a banshi-error event. */
export async function plainHostShowsAClearErrorWhenThePackageIsMissing({ page, baseURL, guard }) {
  buildElement();
  await page.goto(hostUrl(baseURL, plainHost, { item: 'no-such-item' }));
  const alert = page.locator('banshi-service-form [role=alert]');
  await alert.waitFor();
  const text = await alert.textContent();
  check(text.includes('无法加载该事项'), `the error says “${text}”`);
  const events = await hostEvents(page);
  check(events.some((e) => e.type === 'banshi-error' && e.detail.message.includes('404')), `no banshi-error with the HTTP status: ${JSON.stringify(events)}`);
  // The 404 itself is what this test provokes: take it off the guard's list, and fail on anything else.
  await page.waitForTimeout(100);
  const problems = guard.take().filter((p) => !p.includes('/examples/no-such-item/no-such-item.package.json'));
  check(problems.length === 0, `unexpected problems: ${problems.join('; ')}`);
}

/** React portal: <ServiceForm> from runtime/react under `default-src 'self'; script-src 'self'`, themed with the portal's brand colour. */
export async function reactHostCompletesAndSubmits({ page, baseURL }) {
  const response = await page.goto(hostUrl(baseURL, reactHost));
  check(response.headers()['content-security-policy'] === "default-src 'self'; script-src 'self'", 'the React host is not served under the runtime CSP');
  // Let this page finish loading its package before completeOn navigates again, or that navigation aborts the
  // fetch and the guard (rightly) reports a failed request.
  await page.locator('.bs-root h1').first().waitFor();
  const { pkg, persona } = await completeOn(page, hostUrl(baseURL, reactHost), {
    onPage: async (info, moment) => expectNoAxeViolations(page, `React host: ${info.kind} page “${info.heading}” (${moment})`),
  });
  checkPayload(await submittedPayload(page), pkg, persona, 'React host');
  const brand = await page.evaluate(() => getComputedStyle(document.querySelector('.bs-root')).getPropertyValue('--bs-brand').trim());
  check(brand === '#0b3d91', `the portal's theme did not apply (--bs-brand ${brand})`);
}

/**
 * 长辈版 numbers on every page of one example, measured in the shadow root: text >= 18px, targets >= 60×60
 * (choices with their label), contrast >= 4.5:1 from computed colours against the nearest opaque background,
 * line height >= 1.5; axe on every page.
 */
async function elderMetrics(page) {
  return page.evaluate(() => {
    const scope = document.querySelector('banshi-service-form')?.shadowRoot ?? document;
    const root = scope.querySelector('.bs-root');
    const rgb = (c) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]) => {
      const f = (v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el) => {
      for (let node = el; node; node = node.parentElement ?? node.getRootNode().host) {
        const c = rgb(getComputedStyle(node).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] === 1)) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const problems = { text: [], contrast: [], lineHeight: [], targets: [] };
    let texts = 0;
    for (const el of root.querySelectorAll('*')) {
      const ownText = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim() !== '');
      if (!ownText || el.getClientRects().length === 0 || el.closest('.bs-visually-hidden')) continue;
      texts += 1;
      const style = getComputedStyle(el);
      const name = `<${el.tagName.toLowerCase()} class="${el.className}"> “${el.textContent.trim().slice(0, 16)}”`;
      const size = parseFloat(style.fontSize);
      if (size < 18) problems.text.push(`${name} ${size}px`);
      const lineHeight = style.lineHeight === 'normal' ? 1.2 : parseFloat(style.lineHeight) / size;
      if (lineHeight < 1.5 - 1e-6) problems.lineHeight.push(`${name} ${lineHeight.toFixed(2)}`);
      if (el.closest(':disabled')) continue;
      const [a, b] = [lum(rgb(style.color).slice(0, 3)), lum(background(el))].sort((x, y) => y - x);
      const ratio = (a + 0.05) / (b + 0.05);
      if (ratio < 4.5) problems.contrast.push(`${name} ${ratio.toFixed(2)}:1 (${style.color})`);
    }
    let targets = 0;
    for (const el of root.querySelectorAll('button, input, select, textarea, a[href]')) {
      if (el.getClientRects().length === 0) continue;
      let { left, top, right, bottom } = el.getBoundingClientRect();
      if (el.type === 'radio' || el.type === 'checkbox') {
        const label = el.id ? root.querySelector(`label[for="${el.id}"]`) : null;
        if (label) {
          const box = label.getBoundingClientRect();
          [left, top, right, bottom] = [Math.min(left, box.left), Math.min(top, box.top), Math.max(right, box.right), Math.max(bottom, box.bottom)];
        }
      }
      targets += 1;
      if (right - left < 59.5 || bottom - top < 59.5) problems.targets.push(`<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}> ${(right - left).toFixed(0)}×${(bottom - top).toFixed(0)}`);
    }
    return { fontSize: parseFloat(getComputedStyle(root).fontSize), texts, targets, problems };
  });
}

export async function elderModeMeetsTheNumbersOnEveryPage({ page, baseURL, screenshot }) {
  buildElement();
  let pages = 0;
  await completeOn(page, hostUrl(baseURL, plainHost, { elder: '1' }), {
    onPage: async (info, moment) => {
      const where = `长辈版 ${info.kind} page “${info.heading}” (${moment})`;
      if (pages === 0) await screenshot('embedding-plain-elder');
      pages += 1;
      const m = await elderMetrics(page);
      check(m.fontSize >= 18, `${where}: body text ${m.fontSize}px`);
      check(m.texts > 0, `${where}: no text measured`);
      for (const [kind, list] of Object.entries(m.problems)) check(list.length === 0, `${where}: ${kind}: ${list.slice(0, 6).join('; ')}`);
      await expectNoAxeViolations(page, `plain host ${where}`);
    },
  });
  check(pages >= 5, `only ${pages} pages measured`);
}

/** The citizen's own switch: 长辈版 on, text size up to 特大 (>= 30px), remembered across a reload. */
export async function elderToggleIsTheCitizensAndRemembered({ page, baseURL, screenshot }) {
  buildElement();
  const form = (selector) => page.locator(`banshi-service-form ${selector}`);
  await page.goto(hostUrl(baseURL, plainHost));
  await form('.bs-root h1').first().waitFor();
  const toggle = form('.bs-toolbar button[aria-pressed]');
  check((await toggle.getAttribute('aria-pressed')) === 'false', 'elder mode is on before the citizen chose it');
  await toggle.click();
  await form('.bs-root[data-elder="1"]').waitFor();
  const sizes = [];
  for (let i = 0; i < 3; i += 1) {
    sizes.push(await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('banshi-service-form').shadowRoot.querySelector('.bs-root')).fontSize)));
    if (i < 2) await form('.bs-toolbar button:not([aria-pressed])').click();
  }
  check(sizes[0] >= 18 && sizes[1] > sizes[0] && sizes[2] >= 30, `text sizes 标准/大/特大: ${sizes.join(', ')}px`);
  await expectNoAxeViolations(page, 'plain host, 长辈版 特大');
  await screenshot('embedding-plain-elder-xl');
  await page.reload();
  await form('.bs-root[data-elder="3"]').waitFor();
  // Off again, and the choice forgotten, so later tests start from the default.
  await toggle.click();
  await form('.bs-root:not([data-elder])').waitFor();
  await page.evaluate(() => localStorage.removeItem('banshi:elder'));
}

/** 320px wide (the smallest phones, WeChat's webview): no page of the form scrolls sideways, normal or 长辈版. */
export async function noHorizontalOverflowAt320px({ page, baseURL }) {
  buildElement();
  await page.setViewportSize({ width: 320, height: 640 });
  for (const elder of ['0', '1']) {
    await completeOn(page, hostUrl(baseURL, plainHost, { elder }), {
      onPage: async (info) => {
        const overflow = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const shadow = document.querySelector('banshi-service-form').shadowRoot;
          const out = [...shadow.querySelectorAll('.bs-root *')]
            .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > width + 0.5 && !el.closest('.bs-visually-hidden'))
            .slice(0, 5)
            .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}"> right ${el.getBoundingClientRect().right.toFixed(0)}`);
          return { scroll: document.documentElement.scrollWidth > width, out };
        });
        check(!overflow.scroll && overflow.out.length === 0, `320px, elder=${elder}, ${info.kind} page “${info.heading}”: overflows sideways: ${overflow.out.join('; ')}`);
      },
    });
  }
}
