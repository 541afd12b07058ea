// After submission (issue 8): the case host page runtime/demo/case.html, under the runtime's strict CSP.
// A 补正 round on the 居住证 example done by keyboard only (the file chooser answered through Playwright's
// filechooser event after Space opened it), the progress timeline, withdrawal before acceptance, and the 好差评
// rating; axe (WCAG 2.0 A/AA, 2.1 AA) on each.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations } from './axe.js';
import { check, focused, tabUntil } from './citizen/driver.js';

const casePage = 'runtime/demo/case.html';
const item = 'gd-residence-permit';

const url = (baseURL, scenario, extra = '') => new URL(`${casePage}?item=${item}&scenario=${scenario}${extra}`, baseURL).href;

async function sampleData() {
  const path = fileURLToPath(new URL(`../examples/${item}/samples/valid-employment.json`, import.meta.url));
  return JSON.parse(await readFile(path, 'utf8')).data;
}

async function payload(page) {
  await page.locator('#payload').waitFor();
  return JSON.parse(await page.locator('#payload').textContent());
}

export async function correctionRoundOpensOnlyTheFlaggedMaterialAndKeepsEveryOtherAnswer({ page, baseURL, screenshot }) {
  const data = await sampleData();
  await page.goto(url(baseURL, 'correction'));
  await page.getByRole('heading', { level: 1, name: '补正申请材料' }).waitFor();
  // Only the flagged material, with its reason; no other field or material is open.
  const items = page.locator('.bs-correction__item');
  check((await items.count()) === 1, `expected 1 item to correct, got ${await items.count()}`);
  const text = await items.first().textContent();
  check(text.includes('就业证明') && text.includes('劳动合同缺少用人单位盖章页'), `the item lacks its name or reason: ${text}`);
  const inputs = await page.locator('.bs-correction input:not([type=radio]):not([type=file]), .bs-correction textarea, .bs-correction select').count();
  check(inputs === 0, `correction mode shows ${inputs} other inputs`);
  // The timeline above says a correction is needed.
  check((await page.locator('.bs-case__status').textContent()).includes('需要您补正材料'), 'the progress does not say a correction is needed');
  await expectNoAxeViolations(page, 'correction mode');

  // Keyboard only: remove the old file, choose the new one, send.
  await tabUntil(page, (el) => el.tag === 'BUTTON' && el.text.includes('删除 劳动合同.pdf'), 'the remove button of the old file', 80);
  await page.keyboard.press('Enter');
  await page.locator('.bs-file__item').waitFor({ state: 'detached' });
  await tabUntil(page, (el) => el.tag === 'INPUT' && el.type === 'file', 'the file input', 80);
  const chooser = page.waitForEvent('filechooser', { timeout: 5000 });
  await page.keyboard.press('Space');
  await (await chooser).setFiles({ name: '劳动合同（含盖章页）.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% corrected contract\n') });
  await page.locator('.bs-file__item', { hasText: '劳动合同（含盖章页）.pdf' }).waitFor();
  await screenshot('case-correction');
  await tabUntil(page, (el) => el.tag === 'BUTTON' && el.text === '提交补正', 'the send button', 80);
  await page.keyboard.press('Enter');

  const sent = await payload(page);
  await page.getByRole('status').filter({ hasText: '补正材料已提交' }).waitFor();
  const { materials, ...answers } = sent.data;
  const { materials: before, ...original } = data;
  check(JSON.stringify(answers) === JSON.stringify(original), `answers changed:\n${JSON.stringify(answers)}\nvs\n${JSON.stringify(original)}`);
  for (const key of Object.keys(before)) {
    if (key !== 'employmentProof') check(JSON.stringify(materials[key]) === JSON.stringify(before[key]), `material ${key} changed`);
  }
  const files = materials.employmentProof.files;
  check(files.length === 1 && files[0].name === '劳动合同（含盖章页）.pdf' && files[0].mediaType === 'application/pdf', `employmentProof: ${JSON.stringify(files)}`);
  check(sent.correction.round === 1 && sent.correction.items.length === 1 && sent.correction.items[0].id === 'employmentProof', `correction: ${JSON.stringify(sent.correction)}`);
  await expectNoAxeViolations(page, 'correction sent');
}

export async function progressTimelineMarksTheCurrentStepInWordsWithTheDeadline({ page, baseURL, screenshot }) {
  await page.goto(url(baseURL, 'progress'));
  await page.getByRole('heading', { name: '办理进度' }).waitFor();
  const current = page.locator('.bs-timeline li[aria-current=step]');
  check((await current.count()) === 1, 'no single current step');
  const currentText = await current.textContent();
  check(currentText.includes('审批') && currentText.includes('当前环节'), `current step: ${currentText}`);
  // Accepted on 2026-09-17 (Thu) + 10 working days, Mid-Autumn and National Day excluded; today 2026-09-22.
  const deadline = await page.locator('.bs-case__deadline').textContent();
  check(deadline === '还剩 6 个工作日，预计 2026年10月8日前办结', `deadline: ${deadline}`);
  const history = await page.locator('.bs-history li').allTextContents();
  check(history.length === 5 && history[1].includes('一次性告知需补正的内容'), `history: ${history.join(' | ')}`);
  await expectNoAxeViolations(page, 'progress timeline');
  await screenshot('case-progress');
  // 长辈版 and English too.
  await page.goto(url(baseURL, 'progress', '&elder=1&locale=en'));
  await page.getByRole('heading', { name: 'Progress of your application' }).waitFor();
  await expectNoAxeViolations(page, 'progress timeline, elder mode, English');
}

export async function withdrawalBeforeAcceptanceByKeyboardIsRecorded({ page, baseURL }) {
  await page.goto(url(baseURL, 'withdraw'));
  await page.getByRole('heading', { name: '办理进度' }).waitFor();
  await tabUntil(page, (el) => el.tag === 'BUTTON' && el.text === '撤回申请', 'the withdraw button', 80);
  await page.keyboard.press('Enter');
  await tabUntil(page, (el) => el.tag === 'BUTTON' && el.text === '确定撤回', 'the confirm button', 80);
  await page.keyboard.press('Enter');
  const event = await payload(page);
  check(event.type === 'withdrawn', `event: ${JSON.stringify(event)}`);
  check((await page.locator('.bs-case__status').textContent()).includes('已撤回'), 'the status does not say withdrawn');
  const history = await page.locator('.bs-history li').allTextContents();
  check(history.at(-1).includes('撤回申请'), `history: ${history.join(' | ')}`);
  check((await page.getByRole('button', { name: '撤回申请' }).count()) === 0, 'withdrawal still offered');
  await expectNoAxeViolations(page, 'withdrawn case');
}

export async function ratingByKeyboardWithReasonsOnALowLevel({ page, baseURL, screenshot }) {
  await page.goto(url(baseURL, 'rating'));
  await page.getByRole('heading', { name: '请对本次办事服务进行评价' }).waitFor();
  check((await page.locator('.bs-case__status').textContent()).includes('已办结'), 'the case is not shown as completed');
  await expectNoAxeViolations(page, 'rating');
  await tabUntil(page, (el) => el.tag === 'INPUT' && el.type === 'radio', 'the first level', 80);
  check((await focused(page)).label.startsWith('非常满意'), 'the first level is not 非常满意');
  // Arrow keys move through the group: 满意, 基本满意, 不满意.
  for (let n = 0; n < 3; n += 1) await page.keyboard.press('ArrowDown');
  check((await focused(page)).label.startsWith('不满意'), `focused ${(await focused(page)).label}`);
  await page.getByRole('group', { name: '请告诉我们哪里做得不好（可多选）' }).waitFor();
  await tabUntil(page, (el) => el.tag === 'INPUT' && el.label === '等待时间长', 'the reason 等待时间长', 80);
  await page.keyboard.press('Space');
  await tabUntil(page, (el) => el.tag === 'TEXTAREA', 'the comment', 80);
  await page.keyboard.type('排队时间太长');
  await expectNoAxeViolations(page, 'rating with reasons');
  await screenshot('case-rating');
  await tabUntil(page, (el) => el.tag === 'BUTTON' && el.text === '提交评价', 'the send button', 80);
  await page.keyboard.press('Enter');
  const sent = await payload(page);
  check(sent.rating.level === 2 && sent.rating.label === '不满意' && sent.rating.reasons.join() === 'waiting' && sent.rating.comment === '排队时间太长', `rating: ${JSON.stringify(sent.rating)}`);
  await page.getByRole('status').filter({ hasText: '感谢您的评价' }).waitFor();
  await expectNoAxeViolations(page, 'rating sent');
}

export async function owedMaterialsShowTheDueDateFromAcceptance({ page, baseURL }) {
  await page.goto(url(baseURL, 'owed'));
  await page.getByRole('heading', { name: '还需补交的材料（容缺受理）' }).waitFor();
  const text = await page.locator('.bs-owed').textContent();
  check(text.includes('请在 2026年10月9日（星期五）前补交（受理后 10 个工作日内）'), `owed: ${text}`);
  await expectNoAxeViolations(page, 'owed materials');
}
