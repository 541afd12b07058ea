// The workspace as a user relies on it: every change survives a reload (IndexedDB), broken imports are listed
// and leave the work alone, deletions can be undone, and two tabs do not silently overwrite each other.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations } from './axe.js';

const exampleId = 'gd-elderly-card';
const examplePath = fileURLToPath(new URL(`../examples/${exampleId}/${exampleId}.service.json`, import.meta.url));

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** A workspace as on first run: the database deleted, then the page loaded again (which seeds the examples). */
async function freshWorkspace(page, baseURL) {
  await page.goto(baseURL);
  await page.getByRole('heading', { level: 2, name: '服务事项' }).waitFor();
  await page.evaluate(() => new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase('banshi-designer');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  }));
  await page.goto(`${baseURL}#/`);
  await page.reload();
  await page.locator('.item-card').first().waitFor();
}

/** The item as IndexedDB holds it (read through a separate connection, as a reload would). */
function storedItem(page, id) {
  return page.evaluate((key) => new Promise((resolve, reject) => {
    const open = indexedDB.open('banshi-designer'); // whatever version the designer upgraded it to
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('items').objectStore('items').get(key);
      get.onsuccess = () => {
        resolve(get.result);
        db.close();
      };
      get.onerror = () => reject(get.error);
    };
  }), id);
}

async function importText(page, name, text) {
  await page.getByTestId('import-file-input').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function example() {
  return JSON.parse(await readFile(examplePath, 'utf8'));
}

export async function editsSurviveAReloadMidEdit({ page, baseURL }) {
  await freshWorkspace(page, baseURL);
  await page.goto(`${baseURL}#/item/${exampleId}`);
  const original = await example();
  await page.getByRole('heading', { level: 1, name: original.meta.name['zh-CN'] }).waitFor();

  const renamedName = `${original.meta.name['zh-CN']}（已改名）`;
  // Change 1: an import that replaces the open item (one undoable command), renaming it.
  const renamed = { ...original, meta: { ...original.meta, name: { ...original.meta.name, 'zh-CN': renamedName } } };
  await importText(page, 'renamed.service.json', JSON.stringify(renamed));
  await page.getByRole('button', { name: '替换当前事项（可撤销）' }).click();
  await page.getByRole('heading', { level: 1, name: renamedName }).waitFor();

  // Change 2, in the inspector's 办事指南 metadata; then reload at once, inside the autosave debounce.
  const instant = page.getByRole('radio', { name: '即办件' });
  await instant.check();
  await page.reload();

  await page.getByRole('heading', { level: 1, name: renamedName }).waitFor();
  check(await page.getByRole('radio', { name: '即办件' }).isChecked(), 'the case type change was lost in the reload');
  const stored = await storedItem(page, exampleId);
  check(stored.definition.meta.name['zh-CN'] === renamedName, 'IndexedDB does not hold the new name');
  check(stored.definition.meta.caseType === 'instant', `IndexedDB holds caseType ${stored.definition.meta.caseType}`);
  check(page.url().endsWith(`#/item/${exampleId}`), `the reload did not reopen the same route: ${page.url()}`);

  // The catalogue shows the change and offers to continue where the user was.
  await page.goto(`${baseURL}#/`);
  await page.getByRole('link', { name: renamedName, exact: true }).waitFor();
  await page.getByRole('link', { name: `继续编辑上次打开的事项：${renamedName}` }).waitFor();
}

export async function aBrokenImportListsItsProblemsAndLeavesTheItemIntact({ page, baseURL, screenshot }) {
  await freshWorkspace(page, baseURL);
  await page.goto(`${baseURL}#/item/${exampleId}`);
  const original = await example();
  await page.getByRole('heading', { level: 1, name: original.meta.name['zh-CN'] }).waitFor();
  const before = await storedItem(page, exampleId);

  await importText(page, 'broken.service.json', '{\n  "formatVersion": 1\n  "id": "x"\n}');
  const syntax = page.getByRole('alert', { name: '无法导入 broken.service.json' });
  await syntax.waitFor();
  await syntax.getByText('第 3 行第 3 列').waitFor();
  await syntax.getByText(/是否缺少逗号/).first().waitFor();

  const invalid = { ...original, id: 'Not An Id', meta: { ...original.meta, caseType: 'someday' } };
  await importText(page, 'invalid.service.json', JSON.stringify(invalid));
  const schema = page.getByRole('alert', { name: '无法导入 invalid.service.json' });
  await schema.waitFor();
  await schema.locator('code', { hasText: '/meta/caseType' }).waitFor();
  await schema.locator('code', { hasText: '/id' }).waitFor();
  await schema.getByText(/应当是以下之一：instant, promised/).waitFor();
  await expectNoAxeViolations(page, 'the import problems');
  await screenshot('designer-import-problems');

  const newer = { ...original, formatVersion: 2 };
  await importText(page, 'newer.service.json', JSON.stringify(newer));
  await page.getByRole('alert', { name: '无法导入 newer.service.json' }).getByText(/请升级 Banshi/).waitFor();

  await page.getByRole('heading', { level: 1, name: original.meta.name['zh-CN'] }).waitFor();
  await page.waitForTimeout(400);
  const after = await storedItem(page, exampleId);
  check(after.revision === before.revision, `the item was written (revision ${before.revision} → ${after.revision})`);
  check(JSON.stringify(after.definition) === JSON.stringify(original), 'the stored item changed');
}

export async function createBlankDeleteAndUndo({ page, baseURL, screenshot }) {
  await freshWorkspace(page, baseURL);
  await page.getByRole('button', { name: '新建空白事项' }).click();
  await page.waitForURL('**/#/item/new-item');
  await page.getByRole('heading', { level: 1, name: '未命名事项' }).waitFor();

  await page.getByRole('link', { name: 'Banshi 办事 · 服务事项设计器' }).click();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: '未命名事项', exact: true }) });
  await card.waitFor();
  await card.getByText('没有问题').or(card.getByText(/个警告/)).waitFor();
  await expectNoAxeViolations(page, 'the workspace catalogue');
  await screenshot('designer-workspace');

  // Delete by keyboard; focus lands on 撤销 in the toast; Enter restores the item.
  await card.getByRole('button', { name: '删除' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').getByText('已删除“未命名事项”。').waitFor();
  check((await card.count()) === 0, 'the deleted card is still shown');
  const undo = page.getByRole('status').getByRole('button', { name: '撤销' });
  await page.waitForFunction(() => document.activeElement?.textContent === '撤销');
  await undo.press('Enter');
  await card.waitFor();

  // The undone deletion never reached storage.
  await page.reload();
  await card.waitFor();

  // A deletion that is not undone happens for real, at the latest when the page goes away.
  await card.getByRole('button', { name: '删除' }).click();
  await page.getByRole('button', { name: '撤销删除（1）' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 2, name: '服务事项' }).waitFor();
  await page.locator('.item-card').first().waitFor();
  check((await card.count()) === 0, 'the deletion was not carried out');
  check((await storedItem(page, 'new-item')) === undefined, 'IndexedDB still holds the deleted item');
}

export async function aSecondTabIsToldInsteadOfOverwritten({ page, context, baseURL }) {
  await freshWorkspace(page, baseURL);
  await page.goto(`${baseURL}#/item/${exampleId}`);
  const original = await example();
  await page.getByRole('heading', { level: 1, name: original.meta.name['zh-CN'] }).waitFor();

  const other = await context.newPage();
  try {
    await other.goto(`${baseURL}#/item/${exampleId}`);
    await other.getByRole('heading', { level: 1, name: original.meta.name['zh-CN'] }).waitFor();
    await page.getByText(/此事项也在另一个标签页中打开/).waitFor();

    // The other tab saves a change; this tab is told and its autosave stops.
    await other.getByRole('radio', { name: '即办件' }).check();
    const notice = page.getByRole('alert').filter({ hasText: '此事项已在另一个标签页中修改' });
    await notice.waitFor();
    await page.getByRole('radio', { name: '承诺件' }).waitFor();
    await expectNoAxeViolations(page, 'the conflict notice');

    await notice.getByRole('button', { name: '重新载入（采用另一个标签页的版本）' }).click();
    await notice.waitFor({ state: 'detached' });
    check(await page.getByRole('radio', { name: '即办件' }).isChecked(), 'reload did not take the other tab’s version');
  } finally {
    await other.close();
  }
}

export async function exportsTheDefinitionAndThePackageAndImportsByDrop({ page, baseURL }) {
  await freshWorkspace(page, baseURL);
  await page.goto(`${baseURL}#/item/${exampleId}`);
  const original = await example();
  await page.getByRole('heading', { level: 1, name: original.meta.name['zh-CN'] }).waitFor();

  const [definitionDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出定义' }).click()]);
  check(definitionDownload.suggestedFilename() === `${exampleId}.service.json`, `downloaded ${definitionDownload.suggestedFilename()}`);
  const exported = JSON.parse(await readFile(await definitionDownload.path(), 'utf8'));
  check(JSON.stringify(exported) === JSON.stringify(original), 'the exported definition differs from the item');

  const [packageDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出服务包' }).click()]);
  check(packageDownload.suggestedFilename() === `${exampleId}.package.json`, `downloaded ${packageDownload.suggestedFilename()}`);
  const compiled = JSON.parse(await readFile(await packageDownload.path(), 'utf8'));
  const golden = JSON.parse(await readFile(examplePath.replace('.service.json', '.package.json'), 'utf8'));
  check(typeof compiled.hash === 'string' && compiled.hash === golden.hash, 'the exported package is not the golden package');

  // A definition with lint errors: the package is refused with the reason, the definition still exports.
  const broken = { ...original, flow: { ...original.flow, edges: [] } };
  const dropped = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'no-edges.service.json', { type: 'application/json' }));
    return transfer;
  }, JSON.stringify(broken));
  await page.locator('.open-item').dispatchEvent('dragover', { dataTransfer: dropped });
  await page.locator('.open-item').dispatchEvent('drop', { dataTransfer: dropped });
  await page.getByRole('button', { name: '替换当前事项（可撤销）' }).click();
  await page.getByRole('button', { name: '导出服务包' }).click();
  await page.getByText(/服务包未导出：定义中还有 \d+ 个错误/).waitFor();

  // One Ctrl+Z takes the whole import back.
  await page.keyboard.press('Control+z');
  await page.getByText(/^0 个错误/).first().waitFor();
}
