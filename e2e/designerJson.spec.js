// The JSON view, the 服务包 view and the problems panel in a real browser (issue 7): Monaco loads from this
// server only (the guard fails the test on any request off 127.0.0.1 and on any CSP violation), a JSON edit reaches
// the canvas and an inspector edit the JSON, undo crosses both, invalid JSON keeps the last good document, a
// problem click selects and reveals its node, and axe finds nothing on the problems panel.
import { AxeBuilder } from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';

const itemId = 'gd-passport-issue';
const itemFile = new URL(`../examples/${itemId}/${itemId}.service.json`, import.meta.url);

function check(condition, message) {
  if (!condition) throw new Error(message);
}

async function openItem(page, baseURL) {
  const item = JSON.parse(await readFile(itemFile, 'utf8'));
  await page.goto(`${baseURL}#/item/${itemId}`);
  await page.locator(`.react-flow__node[data-id="${item.flow.nodes[0].id}"]`).waitFor();
  return item;
}

/** Opens the JSON tab and waits for Monaco to show the document. */
async function openJson(page) {
  await page.getByRole('tab', { name: 'JSON' }).click();
  await page.locator('.json-view .monaco-editor .view-lines').filter({ hasText: '"formatVersion"' }).waitFor({ timeout: 20_000 });
  await page.locator('.json-view__valid').waitFor();
}

const editor = (page) => page.locator('.json-view .monaco-editor');

/** Focuses the editor text (without moving the cursor onto a particular place the test depends on). */
async function focusEditor(page) {
  await editor(page).click({ position: { x: 300, y: 30 } });
}

/** Searches the editor with Monaco's find widget; returns the widget's match count text ("1 of 1", "No results"). */
async function findInEditor(page, text) {
  await focusEditor(page);
  await page.keyboard.press('Control+f');
  const input = editor(page).locator('.find-widget .input, .find-widget textarea').first();
  await input.waitFor();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(text);
  await page.waitForTimeout(150);
  return (await editor(page).locator('.find-widget .matchesCount').textContent()).trim();
}

const hasMatch = (count) => /^1 of 1$/.test(count);
const noMatch = (count) => /No results/i.test(count);

async function nodeText(page, id) {
  return page.locator(`.react-flow__node[data-id="${id}"]`).textContent();
}

export async function designerJsonEditReachesCanvasAndUndoCrossesBoth({ page, baseURL, screenshot }) {
  const item = await openItem(page, baseURL);
  const situation = item.flow.nodes.find((node) => node.id === 'n_type');
  const oldQuestion = situation.question['zh-CN'];
  const newQuestion = '您要办理哪类护照业务（JSON 改）？';
  const undoButton = page.getByRole('button', { name: '撤销' });
  check(await undoButton.isDisabled(), 'a freshly opened item can already be undone');

  await openJson(page);
  await screenshot('designer-json');

  // Rename the question in Monaco: find it, close the widget (the match stays selected), type over it.
  check(hasMatch(await findInEditor(page, oldQuestion)), 'the JSON does not contain the question once');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.insertText(newQuestion);
  // One replaceDefinition command after the pause.
  await undoButton.and(page.locator(':enabled')).waitFor();
  await page.getByRole('tab', { name: '画布' }).click();
  await page.waitForFunction(
    ({ id, text }) => document.querySelector(`.react-flow__node[data-id="${id}"]`)?.textContent?.includes(text),
    { id: situation.id, text: newQuestion },
  );

  // Ctrl+Z on the canvas undoes the JSON edit; Ctrl+Shift+Z brings it back.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await page.waitForFunction(
    ({ id, text }) => document.querySelector(`.react-flow__node[data-id="${id}"]`)?.textContent?.includes(text),
    { id: situation.id, text: oldQuestion },
  );
  check(await undoButton.isDisabled(), 'the JSON edit was more than one undo step');
  await page.keyboard.press('Control+Shift+z');
  await page.waitForFunction(
    ({ id, text }) => document.querySelector(`.react-flow__node[data-id="${id}"]`)?.textContent?.includes(text),
    { id: situation.id, text: newQuestion },
  );

  // Ctrl+Z inside Monaco is the designer's undo: the old text returns, and so does the canvas.
  await openJson(page);
  check(hasMatch(await findInEditor(page, newQuestion)), 'the JSON does not show the redone edit');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  check(hasMatch(await findInEditor(page, oldQuestion)), 'Ctrl+Z in Monaco did not restore the old text');
  check(noMatch(await findInEditor(page, newQuestion)), 'the edited text is still in the JSON after Ctrl+Z');
  await page.keyboard.press('Escape');
  check(await undoButton.isDisabled(), 'Ctrl+Z in Monaco did not undo the designer history');
  await page.getByRole('tab', { name: '画布' }).click();
  check((await nodeText(page, situation.id)).includes(oldQuestion), 'the canvas did not follow the undo in Monaco');

  // An inspector edit appears in the JSON, and Ctrl+Z in Monaco undoes it.
  const inspectorQuestion = '护照业务类型（属性面板改）？';
  await page.locator(`.react-flow__node[data-id="${situation.id}"]`).click();
  const field = page.getByRole('group', { name: /问题/ }).getByRole('textbox', { name: '中文' });
  await field.fill(inspectorQuestion);
  await field.press('Enter');
  await page.waitForFunction(
    ({ id, text }) => document.querySelector(`.react-flow__node[data-id="${id}"]`)?.textContent?.includes(text),
    { id: situation.id, text: inspectorQuestion },
  );
  await openJson(page);
  check(hasMatch(await findInEditor(page, inspectorQuestion)), 'the inspector edit does not appear in the JSON');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  check(noMatch(await findInEditor(page, inspectorQuestion)), 'Ctrl+Z in Monaco did not undo the inspector edit');
  await page.keyboard.press('Escape');
  check(await undoButton.isDisabled(), 'the item is not back to how it was opened');

  // The package view is live: it shows the compiled package of the current document.
  await page.getByRole('tab', { name: '服务包' }).click();
  const pkg = page.getByLabel('编译后的服务包');
  await pkg.waitFor();
  const compiled = JSON.parse(await pkg.textContent());
  check(compiled.id === item.id && compiled.schema && compiled.flow, 'the package view does not show the compiled package');
}

export async function designerJsonInvalidKeepsLastGoodModel({ page, baseURL }) {
  const item = await openItem(page, baseURL);
  const nodeCount = await page.locator('.react-flow__node').count();
  const undoButton = page.getByRole('button', { name: '撤销' });
  await openJson(page);

  // Break the syntax: a stray character before the opening brace.
  await focusEditor(page);
  await page.keyboard.press('Control+Home');
  await page.keyboard.insertText('x');
  const status = page.locator('.json-view__status');
  await status.filter({ hasText: 'JSON 有问题' }).waitFor();
  check((await status.textContent()).includes('第 1 行，第 1 列'), `the syntax problem has no line/column: ${await status.textContent()}`);
  check(await undoButton.isDisabled(), 'invalid JSON changed the document');

  // The canvas keeps the last good document; coming back, the draft and its problem are still there.
  await page.getByRole('tab', { name: '画布' }).click();
  await page.locator(`.react-flow__node[data-id="${item.flow.nodes[0].id}"]`).waitFor();
  check((await page.locator('.react-flow__node').count()) === nodeCount, 'the canvas changed for invalid JSON');
  await page.getByRole('tab', { name: 'JSON' }).click();
  await status.filter({ hasText: 'JSON 有问题' }).waitFor({ timeout: 20_000 });

  // Ctrl+Z first discards the text that was never applied.
  await focusEditor(page);
  await page.keyboard.press('Control+z');
  await page.locator('.json-view__valid').waitFor();

  // A schema error: valid JSON, a property the schema does not allow. The standalone validator names its pointer,
  // and Monaco's JSON worker (loaded from this server) marks it in the text.
  await focusEditor(page);
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('"bogus": true,');
  await status.filter({ hasText: '/bogus' }).waitFor();
  check((await status.textContent()).includes('不允许的属性'), `the schema problem is not explained: ${await status.textContent()}`);
  await editor(page).locator('.squiggly-error').first().waitFor({ state: 'attached', timeout: 20_000 });
  check(await undoButton.isDisabled(), 'a schema-invalid JSON changed the document');
  await focusEditor(page);
  await page.keyboard.press('Control+z');
  await page.locator('.json-view__valid').waitFor();
}

export async function designerProblemClickSelectsAndRevealsItsNode({ page, baseURL, screenshot }) {
  await openItem(page, baseURL);
  // An unconnected material is an error about that node.
  await page.getByRole('button', { name: '添加材料节点' }).click();
  const added = await page.locator('.react-flow__node.selected').getAttribute('data-id');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.getByRole('heading', { name: '办事指南', level: 2 }).waitFor();

  const panel = page.getByRole('region', { name: '问题' });
  const problem = panel.getByRole('button').filter({ hasText: '节点：新材料' }).first();
  await problem.waitFor();
  check((await problem.textContent()).includes('错误'), 'the problem about the new node is not an error');

  // From the JSON tab: choosing the problem (keyboard) switches to the canvas, selects and reveals the node.
  await openJson(page);
  await problem.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('tab', { name: '画布', selected: true }).waitFor();
  await page.locator(`.react-flow__node.selected[data-id="${added}"]`).waitFor();
  await page.getByRole('heading', { name: /^材料：新材料/, level: 2 }).waitFor();
  await page.waitForTimeout(500);
  const box = await page.locator(`.react-flow__node[data-id="${added}"]`).boundingBox();
  const pane = await page.locator('.react-flow').boundingBox();
  const centreX = box.x + box.width / 2;
  const centreY = box.y + box.height / 2;
  check(
    Math.abs(centreX - (pane.x + pane.width / 2)) < pane.width / 4 && Math.abs(centreY - (pane.y + pane.height / 2)) < pane.height / 4,
    `the node was not centred: node ${JSON.stringify(box)}, canvas ${JSON.stringify(pane)}`,
  );
  await screenshot('designer-problems');

  // axe on the problems panel (WCAG 2.0 A/AA, 2.1 AA), no rule disabled.
  const results = await new AxeBuilder({ page }).include('section.problems').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  check(
    results.violations.length === 0,
    `axe on the problems panel: ${results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('; ')}`,
  );

  // Leave the item as it was.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await page.locator(`.react-flow__node[data-id="${added}"]`).waitFor({ state: 'detached' });
}
