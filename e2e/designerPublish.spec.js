// Publishing (issue 7): a workspace of the previous database version (no `published` store) is upgraded with its
// item intact; the 城乡居民养老保险参保登记 example is published as 1.0.0, a field is added through the inspector
// and 1.1.0 published (minor suggested), then a material is removed and a condition changed and 2.0.0 published
// (major suggested); each time the dialog's change list shows exactly those changes. The version history opens
// 1.0.0 read-only and compares 1.0.0 with 2.0.0. axe checks the publish dialog and the version history.
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './axe.js';

const itemId = 'gd-pension-enrolment';
const itemFile = new URL(`../examples/${itemId}/${itemId}.service.json`, import.meta.url);

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** The entries the open dialog's change list shows, as "change kind id". */
async function shownChanges(dialog) {
  return (await dialog.locator('.change-list__entry').evaluateAll((items) => items.map((item) => item.dataset.change))).sort();
}

async function openPublish(page) {
  await page.getByRole('button', { name: '发布…' }).click();
  const dialog = page.getByRole('dialog', { name: '发布新版本' });
  await dialog.waitFor();
  await dialog.locator('.publish-dialog__bump').waitFor();
  return dialog;
}

async function publish(page, dialog, version) {
  await dialog.getByRole('button', { name: '发布', exact: true }).click();
  await dialog.getByRole('status').filter({ hasText: `已发布版本 ${version}` }).waitFor();
  await dialog.getByRole('button', { name: '关闭' }).click();
  await dialog.waitFor({ state: 'detached' });
  // Publishing sets the working document's version.
  await page.getByRole('button', { name: '发布…' }).waitFor();
}

/** Types into a box and leaves it (the inspector commits on blur). */
async function fill(locator, value) {
  await locator.fill(value);
  await locator.blur();
}

export async function designerPublishTwiceListsTheChangesAndKeepsVersionsReadOnly({ page, baseURL, screenshot }) {
  const example = JSON.parse(await readFile(itemFile, 'utf8'));
  page.setDefaultTimeout(8000);
  await page.setViewportSize({ width: 1280, height: 900 });

  // ── A database of version 1 (items and ui only) with the example in it: the designer upgrades it ──────────────
  await page.goto(baseURL);
  await page.locator('.item-card').first().waitFor();
  await page.evaluate(async (definition) => {
    const wait = (request) => new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await wait(indexedDB.deleteDatabase('banshi-designer'));
    const open = indexedDB.open('banshi-designer', 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('items', { keyPath: 'id' });
      open.result.createObjectStore('ui');
    };
    const db = await wait(open);
    const tx = db.transaction(['items', 'ui'], 'readwrite');
    tx.objectStore('items').put({ id: definition.id, definition, updatedAt: 1, lastOpenedAt: 0, revision: 7 });
    tx.objectStore('ui').put({ seeded: true }, 'state');
    await new Promise((resolve) => { tx.oncomplete = resolve; });
    db.close();
  }, example);
  await page.reload();
  await page.locator('.item-card').first().waitFor();
  check((await page.locator('.item-card').count()) === 1, 'the upgraded workspace does not show exactly its one item');
  const stores = await page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('banshi-designer');
    open.onsuccess = () => { resolve({ version: open.result.version, stores: [...open.result.objectStoreNames] }); open.result.close(); };
  }));
  check(stores.version === 2 && stores.stores.includes('published') && stores.stores.includes('items'), `not upgraded: ${JSON.stringify(stores)}`);

  await page.goto(`${baseURL}#/item/${itemId}`);
  await page.locator('.react-flow__node[data-id="n_start"]').waitFor();

  // ── 1.0.0: the first publication ─────────────────────────────────────────────────────────────────────────
  let dialog = await openPublish(page);
  await dialog.getByText('尚未发布过任何版本').waitFor();
  check(await dialog.getByRole('radio', { name: '按当前版本号发布 1.0.0' }).isChecked(), 'the first publication does not offer the current version');
  await expectNoAxeViolations(page, 'the publish dialog (first publication)');
  await publish(page, dialog, '1.0.0');

  // ── Add a field to the form through the inspector ───────────────────────────────────────────────────────────
  await page.getByRole('tab', { name: '大纲' }).click();
  await page.locator('[data-outline-id="n_form"]').click();
  const inspector = page.locator('.editor-inspector');
  const fieldsEditor = inspector.getByRole('group', { name: '字段', exact: true });
  await fieldsEditor.getByRole('combobox', { name: '新字段类型', exact: true }).selectOption('email');
  await fieldsEditor.getByRole('button', { name: '添加字段' }).click();
  const fieldEditor = fieldsEditor.locator('.inspector__field').nth(example.flow.nodes.find((n) => n.id === 'n_form').fields.length).locator('.inspector__field-form');
  await fieldEditor.waitFor();
  await fill(fieldEditor.getByRole('group', { name: '字段名称', exact: true }).getByRole('textbox', { name: '中文', exact: true }), '电子邮箱');
  await fill(fieldEditor.getByRole('textbox', { name: '键', exact: true }), 'email');

  dialog = await openPublish(page);
  check(await dialog.getByRole('radio', { name: '次版本 1.1.0（建议）' }).isChecked(), 'adding a field does not suggest a minor version');
  await dialog.getByRole('heading', { name: '自 1.0.0 以来的变化' }).waitFor();
  const added = await shownChanges(dialog);
  check(added.length === 1 && /^added field \S+$/.test(added[0]), `after adding a field the list shows ${JSON.stringify(added)}`);
  await dialog.locator('.change-list__entry').filter({ hasText: '电子邮箱' }).getByText('enrolmentForm.email').waitFor();
  await publish(page, dialog, '1.1.0');

  // ── Remove a material (and connect around it), change a condition ──────────────────────────────────────────
  await page.locator('[data-outline-id="n_hukou"]').click();
  await page.getByRole('group', { name: '“居民户口簿”的操作' }).getByRole('button', { name: '删除节点' }).click();
  await page.locator('[data-outline-id="n_hukou"]').waitFor({ state: 'detached' });
  await page.locator('[data-outline-id="n_idCard"]').click();
  const idCardActions = page.getByRole('group', { name: '“居民身份证”的操作' });
  await idCardActions.getByRole('combobox', { name: '连接到' }).selectOption({ label: '步骤：城乡居民基本养老保险参保登记表' });
  await idCardActions.getByRole('button', { name: '连接', exact: true }).click();
  await page.locator('.outline-view__node[data-node-id="n_student"] .outline-view__edges').getByRole('button', { name: /您是否已参加职工基本养老保险/ }).click();
  await inspector.getByRole('heading', { name: '连线' }).waitFor();
  const builder = inspector.getByRole('group', { name: '条件', exact: true });
  await builder.getByRole('combobox', { name: '运算符', exact: true }).selectOption('notEquals');
  await builder.getByRole('combobox', { name: '值', exact: true }).selectOption('yes');
  await page.getByText(/^0 个错误/).first().waitFor();

  dialog = await openPublish(page);
  check(await dialog.getByRole('radio', { name: '主版本 2.0.0（建议）' }).isChecked(), 'removing a material does not suggest a major version');
  await dialog.getByRole('heading', { name: '自 1.1.0 以来的变化' }).waitFor();
  const second = await shownChanges(dialog);
  const expected = ['changed condition e_student_employee', 'removed condition e_hukou_form', 'removed condition e_idCard_hukou', 'removed material n_hukou'];
  const rest = second.filter((entry) => !expected.includes(entry));
  check(expected.every((entry) => second.includes(entry)) && rest.length === 1 && /^added condition \S+$/.test(rest[0]),
    `the second change list is ${JSON.stringify(second)}`);
  await dialog.locator('.change-list__entry[data-change="changed condition e_student_employee"]').getByText('现为：「您是否为在校学生」不为「是」').waitFor();
  await expectNoAxeViolations(page, 'the publish dialog with a change list');
  await screenshot('designer-publish-dialog');
  await publish(page, dialog, '2.0.0');

  // ── Version history: three versions, 1.0.0 read-only, 1.0.0 compared with 2.0.0 ─────────────────────────────
  await page.getByRole('button', { name: '版本历史' }).click();
  const history = page.getByRole('dialog', { name: '版本历史' });
  await history.getByRole('table').waitFor();
  const versions = await history.locator('tbody th').allTextContents();
  check(JSON.stringify(versions) === JSON.stringify(['2.0.0', '1.1.0', '1.0.0']), `the history lists ${JSON.stringify(versions)}`);
  await history.getByRole('combobox', { name: '从' }).selectOption('1.0.0');
  await history.getByRole('combobox', { name: '到' }).selectOption('2.0.0');
  await history.getByRole('button', { name: '比较' }).click();
  await history.getByRole('heading', { name: '1.0.0 → 2.0.0 的变化' }).waitFor();
  const compared = await shownChanges(history);
  check(compared.includes('removed material n_hukou') && compared.includes('changed condition e_student_employee') && compared.some((e) => /^added field /.test(e)),
    `the comparison shows ${JSON.stringify(compared)}`);
  await expectNoAxeViolations(page, 'the version history with a comparison');
  await screenshot('designer-version-history');

  await history.getByRole('button', { name: '查看 1.0.0' }).click();
  await history.getByRole('heading', { name: '版本 1.0.0（只读）' }).waitFor();
  // The first version still has the household register, and its package JSON is there to read.
  await history.locator('.outline__node[data-node-id="n_hukou"]').waitFor();
  await history.getByText('服务包 JSON').click();
  await history.locator('pre').filter({ hasText: '"version": "1.0.0"' }).waitFor();
  check(!(await history.locator('pre').textContent()).includes('"previous"'), 'the first version’s package has a previous version');
  check((await history.locator('input, textarea, [contenteditable="true"]').count()) === 0, 'the read-only view has editable controls');
  await expectNoAxeViolations(page, 'a published version, read-only');
  await screenshot('designer-version-view');
  await page.keyboard.press('Escape');
  await history.waitFor({ state: 'detached' });
}
