// A keyboard-only citizen: it moves with Tab and Shift+Tab, chooses with Space and the arrow keys, types, and
// presses Enter on 继续. It reads the page (what has focus, which options a group has) but never clicks, fills or
// focuses through the DOM; the one exception is the operating system's file chooser, answered through
// Playwright's filechooser event after Space opened it.
import { answerFor, fieldIndex, syntheticFile, wayFor } from './flow.js';

export const demo = 'runtime/demo/index.html';

export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** What has focus, as plain data. */
export async function focused(page) {
  return page.evaluate(() => {
    // The form may live in <banshi-service-form>'s open shadow root (issue 9): look there first.
    const el = (document.querySelector('banshi-service-form')?.shadowRoot ?? document).activeElement;
    if (!el || el === document.body) return { tag: 'BODY', id: '', inRoot: false };
    return {
      tag: el.tagName,
      id: el.id,
      type: el.getAttribute('type') ?? '',
      name: el.getAttribute('name') ?? '',
      value: 'value' in el ? el.value : '',
      checked: 'checked' in el ? el.checked : false,
      text: (el.textContent ?? '').trim().slice(0, 60),
      label: el.labels?.[0]?.textContent?.trim() ?? '',
      href: el.getAttribute('href') ?? '',
      className: typeof el.className === 'string' ? el.className : '',
      inRoot: el.closest('.bs-root') !== null,
      inSummary: el.closest('.bs-error-summary') !== null,
      isSummary: el.classList.contains('bs-error-summary'),
      isSubmit: el.tagName === 'BUTTON' && el.getAttribute('type') === 'submit',
      isBack: el.classList.contains('bs-back-link'),
      inToolbar: el.closest('.bs-toolbar') !== null,
    };
  });
}

function describe(el) {
  return `<${el.tag.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}${el.type ? ` type="${el.type}"` : ''}>${el.text ? ` “${el.text}”` : ''}`;
}

/** The page the form shows now. */
export async function pageInfo(page) {
  return page.evaluate(() => {
    const root = (document.querySelector('banshi-service-form')?.shadowRoot ?? document).querySelector('.bs-root');
    if (!root) return { kind: 'none', heading: '', caption: '' };
    const heading = (root.querySelector('h1')?.textContent ?? '').trim();
    const caption = (root.querySelector('.bs-caption')?.textContent ?? '').trim();
    const kind = root.querySelector('.bs-panel')
      ? 'confirmation'
      : !root.querySelector('form')
        ? 'ineligible'
        : root.querySelector('.bs-notice')
          ? 'checklist'
          : root.querySelector('.bs-material')
            ? 'materials'
            : root.querySelector('dl.bs-summary')
              ? 'review'
              : root.querySelector('legend h1, h1 label')
                ? 'question'
                : 'step';
    return {
      kind,
      heading,
      caption,
      hasBack: root.querySelector('.bs-back-link') !== null,
      hasSummary: root.querySelector('.bs-error-summary') !== null,
    };
  });
}

/**
 * The order in which this Chromium's date control wants the digits (it follows the browser's own locale, not the
 * page's): probed on a scratch page by typing, before the test opens the form.
 */
export async function probeDateOrder(page) {
  for (const order of ['mdy', 'dmy', 'ymd']) {
    await page.setContent('<input type="date" aria-label="d">');
    await page.keyboard.press('Tab');
    await typeDate(page, '2024-03-15', order);
    if ((await page.evaluate(() => document.querySelector('input').value)) === '2024-03-15') return order;
  }
  throw new Error('could not type a date into this Chromium’s date control');
}

export async function typeDate(page, iso, order) {
  const [y, m, d] = iso.split('-');
  if (order === 'mdy') await page.keyboard.type(`${m}${d}${y}`);
  else if (order === 'dmy') await page.keyboard.type(`${d}${m}${y}`);
  else {
    await page.keyboard.type(y);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type(`${m}${d}`);
  }
}

/** Where a control's id points: a field (and which part of it) or a material (and which way). */
function targetOf(id) {
  for (const [prefix, kind] of [
    ['bs-f-', 'field'],
    ['bs-m-', 'material'],
  ]) {
    if (id.startsWith(prefix)) {
      const [name, ...rest] = id.slice(prefix.length).split('-');
      return { kind, name, suffix: rest.join('-') };
    }
  }
  return null;
}

/**
 * Creates the citizen: `persona` answers the situation questions, synthetic values the rest; `overrides` picks a
 * material's way; `onFocus(el)` sees every control focus reaches. Records every file it uploaded and every answer
 * it typed (`typed`: control id → value).
 */
export function createCitizen(page, { pkg, persona, overrides = {}, dateOrder, onFocus }) {
  const fields = fieldIndex(pkg);
  const materials = new Map(pkg.materials.map((m) => [m.key, m]));
  const typed = new Map();
  const uploads = [];

  const desiredText = (field, suffix) => {
    const answer = answerFor(field, persona);
    if (field.type === 'address-cn') return String(answer[suffix === '' ? 'province' : suffix] ?? '');
    return String(answer);
  };

  async function typeInto(el, text) {
    if (el.value === text) return;
    if (el.value !== '') await page.keyboard.press('ControlOrMeta+A');
    if (text === '') await page.keyboard.press('Backspace');
    else await page.keyboard.type(text);
    typed.set(el.id, text);
  }

  async function chooseRadio(el, desired) {
    const options = await page.$$eval(`input[type=radio][name="${el.name}"]`, (els) => els.map((e) => ({ id: e.id, value: e.value, checked: e.checked })));
    const j = options.findIndex((o) => o.value === desired);
    check(j >= 0, `radio group ${el.name} has no option ${desired} (options: ${options.map((o) => o.value).join(', ')})`);
    if (options[j].checked) return;
    const i = options.findIndex((o) => o.id === el.id);
    if (i === j) await page.keyboard.press('Space');
    else for (let k = 0; k < Math.abs(j - i); k += 1) await page.keyboard.press(j > i ? 'ArrowDown' : 'ArrowUp');
    const now = await focused(page);
    check(now.checked && now.value === desired, `arrow keys did not choose ${desired} in ${el.name} (focus on ${describe(now)})`);
    typed.set(el.name, desired);
  }

  async function uploadInto(el, accept) {
    const already = await page.evaluate((id) => (document.querySelector('banshi-service-form')?.shadowRoot ?? document).getElementById(id)?.closest('.bs-file')?.querySelectorAll('.bs-file__item').length ?? 0, el.id);
    if (already > 0) return;
    const file = syntheticFile(accept);
    const open = async (timeout) => {
      const chooser = page.waitForEvent('filechooser', { timeout });
      await page.keyboard.press('Space');
      return chooser;
    };
    let chooser;
    try {
      chooser = await open(5000);
    } catch {
      // Seen once in a clean-clone CI run with both cores busy: Space reached the input but no chooser event came.
      // Only if focus is still on the same file input is Space pressed once more; a chooser that never opens fails.
      const now = await focused(page);
      check(now.type === 'file' && now.id === el.id, `the file chooser did not open, and focus is now on ${describe(now)}`);
      chooser = await open(15000);
    }
    await chooser.setFiles(file);
    await page.waitForFunction((id) => ((document.querySelector('banshi-service-form')?.shadowRoot ?? document).getElementById(id)?.closest('.bs-file')?.querySelectorAll('.bs-file__item').length ?? 0) > 0, el.id, { timeout: 5000 });
    uploads.push({ control: el.id, name: file.name });
  }

  /** Acts on the focused control, if it is one the citizen must answer. */
  async function handle(el, handledGroups) {
    const target = targetOf(el.id || el.name);
    const group = el.type === 'radio' || el.type === 'checkbox' ? el.name : '';
    if (el.tag === 'A' || el.tag === 'BUTTON') return; // links, 修改, 输入 X, 删除, 打印: nothing to answer
    if (!target) throw new Error(`focus reached a control the test does not know: ${describe(el)}`);
    if (target.kind === 'material') {
      const material = materials.get(target.name);
      check(material, `unknown material ${target.name}`);
      if (el.type === 'radio') {
        if (handledGroups.has(group)) return;
        handledGroups.add(group);
        const offered = await page.$$eval(`input[type=radio][name="${el.name}"]`, (els) => els.map((e) => e.value));
        await chooseRadio(el, wayFor(material.key, offered, overrides));
      } else if (el.type === 'file') await uploadInto(el, material.upload?.accept);
      else if (el.type === 'checkbox' && target.suffix === 'promise') {
        if (!el.checked) await page.keyboard.press('Space');
        typed.set(el.id, true);
      } else throw new Error(`unexpected control in material ${material.key}: ${describe(el)}`);
      return;
    }
    const field = fields.get(target.name);
    check(field, `unknown field ${target.name} (${describe(el)})`);
    if (el.type === 'radio') {
      if (handledGroups.has(group)) return;
      handledGroups.add(group);
      const answer = answerFor(field, persona);
      await chooseRadio(el, String(answer));
    } else if (el.type === 'checkbox') {
      const answer = answerFor(field, persona);
      const want = Array.isArray(answer) && answer.includes(el.value);
      if (want !== el.checked) await page.keyboard.press('Space');
      if (want) typed.set(el.id, true);
    } else if (el.type === 'date') {
      const answer = answerFor(field, persona);
      if (el.value !== answer) {
        check(el.value === '', `date ${el.id} already holds ${el.value}`);
        await typeDate(page, answer, dateOrder);
      }
      typed.set(el.id, answer);
    } else if (el.type === 'file') {
      await uploadInto(el, field.upload?.accept);
    } else if (el.tag === 'SELECT') {
      throw new Error(`the keyboard citizen does not answer selects yet (${describe(el)})`);
    } else if (el.tag === 'INPUT' || el.tag === 'TEXTAREA') {
      if (field.type === 'group') throw new Error(`the keyboard citizen does not fill repeating groups yet (${field.id})`);
      await typeInto(el, desiredText(field, target.suffix));
    } else throw new Error(`unexpected control ${describe(el)}`);
  }

  /**
   * From where focus is, Tab through the page answering every control until 继续 (or 确认并提交) has focus.
   * Fails when focus leaves the form first (skipped button, keyboard trap) or never arrives. Returns the trail.
   */
  async function fillToContinue({ answer = true } = {}) {
    const trail = [];
    const handledGroups = new Set();
    let previous = null;
    for (let presses = 0; presses < 200; presses += 1) {
      await page.keyboard.press('Tab');
      const el = await focused(page);
      await onFocus?.(el);
      if (el.isSubmit) return trail;
      check(el.inRoot, `Tab left the form before reaching 继续: focus on ${describe(el)} after ${trail.map(describe).join(' → ') || 'nothing'}`);
      // A date control takes Tab between its parts: stay until focus leaves it.
      if (previous && previous.id === el.id && el.id !== '' && el.type === 'date') continue;
      trail.push(el);
      if (answer) await handle(el, handledGroups);
      previous = el;
    }
    throw new Error(`Tab never reached 继续 (keyboard trap?) after ${trail.slice(-8).map(describe).join(' → ')}`);
  }

  return { fillToContinue, typed, uploads };
}

/** Presses Enter on the focused 继续 and waits until the form shows another page, the error summary or the confirmation. */
export async function pressContinue(page) {
  const before = await pageInfo(page);
  const el = await focused(page);
  check(el.isSubmit, `expected focus on 继续, found ${describe(el)}`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (b) => {
      const scope = document.querySelector('banshi-service-form')?.shadowRoot ?? document;
      const root = scope.querySelector('.bs-root');
      if (!root) return false;
      if (root.querySelector('.bs-panel') || scope.activeElement?.classList.contains('bs-error-summary')) return true;
      // A page without its heading is still loading (the confirmation is loaded on demand).
      const heading = (root.querySelector('h1')?.textContent ?? '').trim();
      const caption = (root.querySelector('.bs-caption')?.textContent ?? '').trim();
      return heading !== '' && (heading !== b.heading || caption !== b.caption);
    },
    before,
    { timeout: 5000 },
  );
  return pageInfo(page);
}

/**
 * The Back link is reachable: from the page's start (focus on its heading or the error summary), Shift+Tab lands
 * on it. Then Tab brings focus back into the page.
 */
export async function expectBackLinkReachable(page, info) {
  if (!info.hasBack) return;
  // After a reload nothing has focus yet: the Back link is then the first stop of Tab.
  const fromBody = (await focused(page)).tag === 'BODY';
  await page.keyboard.press(fromBody ? 'Tab' : 'Shift+Tab');
  let el = await focused(page);
  // The 长辈版 toolbar comes first in the form's header: Tab on past it.
  for (let i = 0; fromBody && el.inToolbar && i < 3; i += 1) {
    await page.keyboard.press('Tab');
    el = await focused(page);
  }
  check(el.isBack, `${fromBody ? 'Tab' : 'Shift+Tab'} from the start of “${info.heading}” did not reach the Back link (focus on ${describe(el)})`);
}

/** After moving to a page, focus is on its heading (screen readers start there), or on the error summary. */
export async function expectFocusAtPageStart(page, info) {
  await page
    .waitForFunction(() => { const el = (document.querySelector('banshi-service-form')?.shadowRoot ?? document).activeElement; return el?.tagName === 'H1' || el?.classList.contains('bs-error-summary'); }, null, { timeout: 2000 })
    .catch(() => {});
  const el = await focused(page);
  check(el.tag === 'H1' || el.isSummary, `after moving to “${info.heading}” focus is on ${describe(el)}, not on the heading`);
}

/**
 * The error state of the page as it is (nothing answered): Tab to 继续 without answering, press Enter; the error
 * summary takes focus and each of its links moves focus to its control. `onError` runs in the error state
 * (axe, screenshot). Leaves the page with the summary shown and focused.
 */
export async function exerciseErrorState(page, citizen, onError) {
  await citizen.fillToContinue({ answer: false });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (document.querySelector('banshi-service-form')?.shadowRoot ?? document).activeElement?.classList.contains('bs-error-summary'), null, { timeout: 5000 });
  const links = await page.$$eval('.bs-error-summary li', (items) => items.map((li) => ({ text: li.textContent.trim(), href: li.querySelector('a')?.getAttribute('href') ?? '' })));
  check(links.length > 0, 'the error summary lists no problem');
  for (const link of links) check(link.href.startsWith('#bs-'), `error “${link.text}” has no link to its field`);
  await onError?.();
  for (let i = 0; i < links.length; i += 1) {
    for (let k = 0; k <= i; k += 1) await page.keyboard.press('Tab');
    const onLink = await focused(page);
    check(onLink.tag === 'A' && onLink.href === links[i].href, `Tab ${i + 1}× from the error summary reached ${describe(onLink)}, not the link “${links[i].text}”`);
    await page.keyboard.press('Enter');
    const target = await focused(page);
    check(`#${target.id}` === links[i].href, `the link “${links[i].text}” moved focus to ${describe(target)}, not ${links[i].href}`);
    // Back to the summary: 继续 again (Tab on to it; the summary takes focus when the errors are shown again).
    await citizen.fillToContinue({ answer: false });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('banshi-service-form')?.shadowRoot ?? document).activeElement?.classList.contains('bs-error-summary'), null, { timeout: 5000 });
  }
  return links;
}

/** Presses Tab until `wanted(focused element)` holds (at most `limit` presses). */
export async function tabUntil(page, wanted, what, limit = 40) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const el = await focused(page);
    if (wanted(el)) return el;
  }
  throw new Error(`Tab never reached ${what}`);
}

/**
 * Gives the 好差评 rating on the confirmation page by keyboard: Tab to the levels (非常满意 first), Space, the arrow
 * keys down to `level`, Space on each reason (shown for levels 1–2), the comment typed, Enter on 提交评价.
 */
export async function rateByKeyboard(page, { level, reasons = [], comment = '' }) {
  await tabUntil(page, (el) => el.type === 'radio' && el.id.endsWith('-level-5'), 'the first rating level');
  await page.keyboard.press('Space');
  for (let at = 5; at > level; at -= 1) await page.keyboard.press('ArrowDown');
  const chosen = await focused(page);
  check(chosen.checked && chosen.id.endsWith(`-level-${level}`), `rating level ${level} is not chosen (focus on ${chosen.id})`);
  for (const reason of reasons) {
    await tabUntil(page, (el) => el.id.endsWith(`-reason-${reason}`), `the reason ${reason}`);
    await page.keyboard.press('Space');
  }
  if (comment) {
    await tabUntil(page, (el) => el.tag === 'TEXTAREA', 'the comment box');
    await page.keyboard.type(comment);
  }
  await tabUntil(page, (el) => el.tag === 'BUTTON' && el.type === 'submit', 'the rating button');
  await page.keyboard.press('Enter');
}
