// The citizen host page (runtime/demo/) as a portal serves it: under `default-src 'self'; script-src 'self'`,
// each package fetched as its own file, administrator texts rendered as text. The guard fails a test on any CSP
// violation, page error or failed request, so "renders with no violation" is every test here.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadExample } from './citizen/flow.js';
import { demoUrl, openForm, walk } from './citizen/walk.js';

const demo = 'runtime/demo/index.html';
const guide = 'runtime/demo/guide.html';
const examplePackage = (id) => fileURLToPath(new URL(`../examples/${id}/${id}.package.json`, import.meta.url));
const payloads = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>'];

function check(condition, message) {
  if (!condition) throw new Error(message);
}

async function packageOf(id) {
  return JSON.parse(await readFile(examplePackage(id), 'utf8'));
}

/** Fails the test when the page opens a dialog (alert from an injected handler) or runs an injected script. */
function forbidDialogs(page) {
  const opened = [];
  page.on('dialog', (dialog) => {
    opened.push(dialog.message());
    void dialog.dismiss();
  });
  return () => check(opened.length === 0, `the page opened ${opened.length} dialog(s): ${opened.join(', ')}`);
}

export async function runtimePageGetsTheStrictPolicyAndTheDesignerKeepsItsOwn({ baseURL }) {
  const runtimeCsp = "default-src 'self'; script-src 'self'";
  for (const path of [demo, `${demo}?item=gd-pension-enrolment`, 'runtime/demo/']) {
    const response = await fetch(new URL(path, baseURL));
    check(response.ok, `GET ${path} answered ${response.status}`);
    const csp = response.headers.get('content-security-policy');
    check(csp === runtimeCsp, `GET ${path}: expected Content-Security-Policy "${runtimeCsp}", got "${csp}"`);
  }
  const designer = await fetch(baseURL);
  const designerCsp = designer.headers.get('content-security-policy') ?? '';
  check(designerCsp.includes("style-src 'self' 'unsafe-inline'") && designerCsp.includes("worker-src 'self'"), `the designer lost its policy: "${designerCsp}"`);
  check(designer.headers.get('x-content-type-options') === 'nosniff', 'the designer lost X-Content-Type-Options: nosniff');
}

export async function demoRendersAnExampleFetchedAsItsOwnFile({ page, baseURL, screenshot }) {
  const pkg = await packageOf('gd-pension-enrolment');
  const fetched = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.json') && response.request().resourceType() === 'fetch') fetched.push(response.url());
  });
  await page.goto(new URL(`${demo}?item=gd-pension-enrolment&drafts=0`, baseURL).href);
  // The form opens on the first question of the flow.
  await page.getByRole('heading', { name: pkg.flow.nodes[0].field.label['zh-CN'] }).waitFor();
  check(fetched.some((url) => url.includes('gd-pension-enrolment')), `the package was not fetched as a file (fetched: ${fetched.join(', ') || 'nothing'})`);
  // Not bundled: no script of the page (entry or preloaded chunk) carries the package.
  const scripts = await page.evaluate(() => [
    ...[...document.scripts].map((script) => script.src).filter(Boolean),
    ...[...document.querySelectorAll('link[rel=modulepreload]')].map((link) => link.href),
  ]);
  check(scripts.length > 0, 'the page loaded no script');
  for (const src of scripts) {
    const body = await (await fetch(src)).text();
    check(!body.includes(pkg.hash), `${src} bundles the package`);
  }
  await screenshot('runtime-demo-gd-pension-enrolment');
}

export async function demoRendersTheGuideInEnglish({ page, baseURL, screenshot }) {
  const pkg = await packageOf('gd-pension-enrolment');
  await page.goto(new URL(`${guide}?item=gd-pension-enrolment&locale=en`, baseURL).href);
  await page.getByText(pkg.guide.name.en).first().waitFor();
  check((await page.evaluate(() => document.documentElement.lang)) === 'en', 'the page language is not en');
  await screenshot('runtime-demo-guide-en');
}

export async function demoListsTheItemsWhenNoneIsChosen({ page, baseURL }) {
  await page.goto(new URL(demo, baseURL).href);
  await page.getByRole('link', { name: 'gd-pension-enrolment', exact: true }).waitFor();
  await page.getByRole('link', { name: 'xss', exact: true }).waitFor();
}

export async function administratorMarkupRendersAsTextInTheFormAndTheGuide({ page, baseURL, screenshot }) {
  const noDialogs = forbidDialogs(page);
  for (const hostPage of [demo, guide]) {
    await page.goto(new URL(`${hostPage}?item=xss&drafts=0`, baseURL).href);
    // The item name carries a payload; wait until it is shown as characters.
    await page.getByText(payloads[0], { exact: false }).first().waitFor();
    const injected = await page.evaluate(() => ({
      images: document.querySelectorAll('img').length,
      scripts: [...document.scripts].filter((script) => !script.src).length,
      handlers: document.querySelectorAll('[onerror]').length,
    }));
    check(injected.images === 0, `${injected.images} <img> element(s) were created from administrator text`);
    check(injected.scripts === 0, `${injected.scripts} inline <script> element(s) were created from administrator text`);
    check(injected.handlers === 0, `${injected.handlers} element(s) carry an onerror attribute`);
    await page.waitForTimeout(200);
    noDialogs();
    await screenshot(`runtime-demo-xss${hostPage === guide ? '-guide' : ''}`);
  }
}

/**
 * Every page of the xss package up to check-your-answers, walked by keyboard (the question pages, the 一次性告知
 * checklist, the materials, the step, the review): administrator texts show as characters on each, and no
 * <img>, inline <script> or onerror attribute is ever created from them.
 */
export async function administratorMarkupStaysTextOnEveryPageToTheReview({ page, baseURL, screenshot }) {
  const noDialogs = forbidDialogs(page);
  const { pkg } = loadExample('xss');
  const persona = { answers: { isStudent: false, hasEmployeePension: false } };
  await openForm(page, demoUrl(baseURL, 'xss', { drafts: '0' }));
  const seen = [];
  await walk(page, {
    pkg,
    persona,
    until: (info) => info.kind === 'review',
    onPage: async (info, moment) => {
      seen.push(info.kind);
      const where = `${info.kind} page “${info.heading}” (${moment})`;
      const found = await page.evaluate(() => ({
        images: document.querySelectorAll('img').length,
        scripts: [...document.scripts].filter((script) => !script.src).length,
        handlers: document.querySelectorAll('[onerror]').length,
        text: document.querySelector('.bs-root')?.innerText ?? '',
      }));
      check(found.images === 0 && found.scripts === 0 && found.handlers === 0, `${where}: ${found.images} <img>, ${found.scripts} inline <script>, ${found.handlers} onerror created from administrator text`);
      check(payloads.some((payload) => found.text.includes(payload)), `${where}: no administrator text with markup is shown as characters`);
    },
  });
  for (const kind of ['question', 'checklist', 'materials', 'step', 'review']) check(seen.includes(kind), `the walk never showed a ${kind} page (saw ${seen.join(', ')})`);
  await page.waitForTimeout(200);
  noDialogs();
  await screenshot('runtime-demo-xss-review');
}
