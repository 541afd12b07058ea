// The designer's 预览 and 情形模拟 tabs in a real browser (issue 7): the preview completes an example through the
// rendered citizen form by keyboard, the phone frame has no horizontal overflow (also in 长辈版), a persona created in
// the simulator from an example persona's answers survives a reload and reproduces its path on the canvas and its
// material list, and axe (WCAG 2.0 A/AA, 2.1 AA, no rule disabled) finds nothing on the preview and the simulator.
import { AxeBuilder } from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { check, probeDateOrder } from './citizen/driver.js';
import { loadExample, reachedNodes, submittingPersona } from './citizen/flow.js';
import { expectSameSet, walk } from './citizen/walk.js';

const itemId = 'gd-pension-enrolment';
const itemFile = new URL(`../examples/${itemId}/${itemId}.service.json`, import.meta.url);

async function openItem(page, baseURL) {
  const item = JSON.parse(await readFile(itemFile, 'utf8'));
  await page.goto(`${baseURL}#/item/${itemId}`);
  await page.locator(`.react-flow__node[data-id="${item.flow.nodes[0].id}"]`).waitFor();
  return item;
}

/** axe on part of the page; throws with a readable list. */
async function expectNoViolationsIn(page, selector, screen) {
  const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.flatMap((violation) => [
    `- ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}`,
    ...violation.nodes.slice(0, 5).map((node) => `    at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
  ]);
  throw new Error(`axe found ${results.violations.length} violation(s) on ${screen}:\n${lines.join('\n')}`);
}

async function openPreview(page) {
  await page.getByRole('tab', { name: '预览' }).click();
  await page.locator('.preview__frame .bs-root h1').first().waitFor({ timeout: 15_000 });
}

/** Whether anything inside the preview frame sticks out of it sideways. */
async function horizontalOverflow(page) {
  return page.evaluate(() => {
    const frame = document.querySelector('.preview__frame');
    const box = frame.getBoundingClientRect();
    const out = [...frame.querySelectorAll('*')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > box.right + 0.5 || r.left < box.left - 0.5);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { width: box.width, scroll: frame.scrollWidth > frame.clientWidth, out: out.slice(0, 5) };
  });
}

export async function designerPreviewCompletesAnExampleByKeyboard({ page, baseURL, screenshot }) {
  const { pkg, personas } = loadExample(itemId);
  const persona = submittingPersona(pkg, personas);
  const dateOrder = await probeDateOrder(page);
  await openItem(page, baseURL);
  await openPreview(page);
  await screenshot('designer-preview-desktop');
  await expectNoViolationsIn(page, '.preview', 'the preview tab (desktop, first page)');

  // Focus sits on the preview's last setting; the next Tab enters the citizen form.
  await page.getByRole('button', { name: '重新开始' }).focus();
  const { visited, last } = await walk(page, {
    pkg,
    persona,
    dateOrder,
    onPage: async (info, moment) => {
      if (moment === 'arrived' && info.kind === 'checklist') await expectNoViolationsIn(page, '.preview', 'the preview’s 一次性告知 page');
    },
  });
  check(last.kind === 'confirmation', `the preview ended on “${last.heading}”, not the confirmation`);
  check(visited.some((info) => info.kind === 'checklist'), 'the preview never showed the 一次性告知 checklist');
  await expectNoViolationsIn(page, '.preview', 'the preview’s confirmation');
}

export async function designerPreviewPhoneWidthHasNoHorizontalOverflow({ page, baseURL, screenshot }) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openItem(page, baseURL);
  await openPreview(page);
  await page.getByRole('radio', { name: '手机' }).check();
  const phone = await horizontalOverflow(page);
  check(Math.round(phone.width) === 375, `the phone frame is ${phone.width}px wide, not 375px`);
  check(!phone.scroll && phone.out.length === 0, `the phone frame overflows sideways: ${phone.out.join(', ')}`);
  await screenshot('designer-preview-phone');
  await expectNoViolationsIn(page, '.preview', 'the preview tab (phone)');

  await page.getByRole('checkbox', { name: '长辈版' }).check();
  await page.locator('.preview__frame .bs-root[data-elder]').waitFor();
  const elder = await horizontalOverflow(page);
  check(!elder.scroll && elder.out.length === 0, `the phone frame in 长辈版 overflows sideways: ${elder.out.join(', ')}`);
  await screenshot('designer-preview-phone-elder');
  await expectNoViolationsIn(page, '.preview', 'the preview tab (phone, 长辈版)');
}

export async function designerPreviewPersonaReproducesPathAndMaterials({ page, baseURL, screenshot }) {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const { pkg, personas } = loadExample(itemId);
  const persona = personas.find((p) => p.materials.length > 0);
  const item = await openItem(page, baseURL);
  const startId = item.flow.nodes.find((node) => node.kind === 'start').id;
  const expectedNodes = [startId, ...reachedNodes(pkg, persona).map((node) => node.id)];

  await page.getByRole('tab', { name: '情形模拟' }).click();
  const panel = page.locator('.simulator__panel');
  await panel.locator('#sim-answers').waitFor({ timeout: 15_000 });
  await expectNoViolationsIn(page, '.simulator__panel', 'the simulator (no answers)');

  // Answer the situations the persona answers, in flow order, as they appear.
  for (const node of pkg.flow.nodes) {
    if (node.kind !== 'situation' || !(node.key in persona.answers)) continue;
    const answer = persona.answers[node.key];
    const group = panel.getByRole('group', { name: node.field.label['zh-CN'] });
    const label =
      node.field.type === 'yes-no' ? (answer ? '是' : '否') : node.field.options.find((o) => o.value === answer).label['zh-CN'];
    await group.getByLabel(label, { exact: true }).check();
  }
  const checklist = () => panel.locator('.simulator__materials li').evaluateAll((items) => items.map((li) => li.dataset.material));
  expectSameSet(await checklist(), persona.materials, 'the checklist for the persona’s answers');

  await panel.getByLabel('人物名称').fill(persona.name['zh-CN']);
  await panel.getByLabel('说明（可选）').fill(persona.description['zh-CN']);
  await panel.getByRole('button', { name: '保存为测试人物' }).click();
  await panel.getByText(`已保存测试人物“${persona.name['zh-CN']}”。`).waitFor();

  // A reload (the workspace writes on pagehide) and a fresh simulator: the persona reproduces it all.
  await page.reload();
  await page.locator(`.react-flow__node[data-id="${startId}"]`).waitFor();
  await page.getByRole('tab', { name: '情形模拟' }).click();
  await panel.getByRole('button', { name: `载入“${persona.name['zh-CN']}”` }).click();
  await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node.is-on-path').length === n, expectedNodes.length);
  const onPath = await page.locator('.react-flow__node.is-on-path').evaluateAll((els) => els.map((el) => el.dataset.id));
  expectSameSet(onPath, expectedNodes, 'the highlighted canvas nodes');
  const offPath = await page.locator('.react-flow__node.is-off-path').evaluateAll((els) => els.map((el) => el.dataset.id));
  const flowIds = item.flow.nodes.map((node) => node.id);
  expectSameSet(offPath, flowIds.filter((id) => !expectedNodes.includes(id)), 'the dimmed canvas nodes');
  const followed = await page.locator('.react-flow__edge.edge--on-path').count();
  check(followed === expectedNodes.length - 1, `${followed} edges highlighted, expected ${expectedNodes.length - 1} on this chain`);
  expectSameSet(await checklist(), persona.materials, 'the checklist after choosing the persona');
  await panel.getByText('材料清单与预期一致。').waitFor();
  const notice = await panel.locator('.bs-notice h3').allTextContents();
  const names = pkg.materials.filter((m) => persona.materials.includes(m.key)).map((m) => m.name['zh-CN']);
  expectSameSet(notice, names, 'the 一次性告知单');

  await page.getByRole('button', { name: '适应画布' }).click();
  await page.waitForTimeout(400);
  await screenshot('designer-simulator');
  await expectNoViolationsIn(page, '.simulator__panel', 'the simulator (persona chosen)');
}
