// The citizen's way through a form, page by page, with hooks for what each test checks on the pages it sees.
import {
  check,
  createCitizen,
  demo,
  exerciseErrorState,
  expectBackLinkReachable,
  expectFocusAtPageStart,
  pageInfo,
  pressContinue,
} from './driver.js';

/** URL of the citizen host page for an item. */
export function demoUrl(baseURL, item, params = {}) {
  const { view, ...rest } = params;
  const query = new URLSearchParams({ item, ...rest });
  // The 办事指南 is a host page of its own (runtime/demo/guide.html).
  const page = view === 'guide' ? demo.replace(/index\.html$/, 'guide.html') : demo;
  return new URL(`${page}?${query}`, baseURL).href;
}

/** Opens the host page and waits for the form's first page. */
export async function openForm(page, url) {
  await page.goto(url);
  await page.locator('.bs-root h1').first().waitFor();
}

/**
 * Walks from the page shown now to the confirmation (or to the first page `until` accepts), by keyboard.
 * Options: the citizen's (pkg, persona, overrides, dateOrder, onFocus), and
 * - `onPage(info, moment)`: runs on arrival ('arrived'), in the error state ('error') and, on materials pages,
 *   once everything is chosen ('answered', when uploads and promises are shown);
 * - `errorState(info, visited)`: whether to press 继续 on the empty page first;
 * - `until(info)`: stop on arrival at that page (after onPage);
 * - `pauseAfterFill(info)`: stop once that page is answered, before 继续.
 * Returns `{ citizen, visited, last }`.
 */
export async function walk(page, options) {
  const citizen = options.citizen ?? createCitizen(page, options);
  const visited = [];
  let info = await pageInfo(page);
  for (let n = 0; n < 80; n += 1) {
    check(info.kind !== 'ineligible', `the form says the citizen is not eligible on “${info.heading}”`);
    check(info.kind !== 'none', 'the form is not shown');
    visited.push(info);
    // The confirmation's lower part (what happens next, the rating) is loaded on demand: wait for it, as a
    // citizen would, so nothing is still loading when a test checks the page or navigates away.
    if (info.kind === 'confirmation') await page.locator('.bs-root h2.bs-heading-m').first().waitFor();
    await options.onPage?.(info, 'arrived');
    if (info.kind === 'confirmation' || options.until?.(info)) return { citizen, visited, last: info };
    if (options.errorState?.(info, visited)) {
      await exerciseErrorState(page, citizen, () => options.onPage?.(info, 'error'));
    }
    await expectBackLinkReachable(page, info);
    await citizen.fillToContinue();
    if (info.kind === 'materials') await options.onPage?.(info, 'answered');
    if (options.pauseAfterFill?.(info)) return { citizen, visited, last: info };
    const next = await pressContinue(page);
    if (next.hasSummary && next.heading === info.heading && next.caption === info.caption) {
      const problems = await page.$$eval('.bs-error-summary li', (items) => items.map((li) => li.textContent.trim()));
      throw new Error(`continuing from “${info.heading}” failed: ${problems.join('; ')}`);
    }
    await expectFocusAtPageStart(page, next);
    info = next;
  }
  throw new Error(`no confirmation after ${visited.length} pages`);
}

/** The payload the host page received, parsed from `<pre id="payload">`. */
export async function submittedPayload(page) {
  await page.locator('#payload').waitFor();
  return JSON.parse(await page.locator('#payload').textContent());
}

/** A set comparison with a readable failure. */
export function expectSameSet(actual, expected, what) {
  const a = [...new Set(actual)].sort();
  const e = [...new Set(expected)].sort();
  check(a.length === e.length && a.every((x, i) => x === e[i]), `${what}: got [${a.join(', ')}], expected [${e.join(', ')}]`);
}

