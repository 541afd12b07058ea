// Issue 6's first acceptance test: the 城乡居民养老保险参保登记 example (examples/gd-pension-enrolment) built from a
// new blank item with the UI only — nodes dragged from the palette onto the canvas, connected by dragging from
// handle to handle, every text and attribute typed into the inspector's forms, edge conditions set in the
// condition builder, the 办事指南 in the metadata form. The definition is exported through 导出定义, compiled,
// and compared with the golden package, ignoring ids (e2e/normalizePackage.js). On the way axe checks the
// catalogue, every inspector form kind and the outline, and the README's screenshots are taken.
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expectNoAxeViolations } from './axe.js';
import { normalizePackage, packageDifferences } from './normalizePackage.js';

const exampleDir = fileURLToPath(new URL('../examples/gd-pension-enrolment/', import.meta.url));
const compilerUrl = pathToFileURL(fileURLToPath(new URL('../dist/designer/compiler/index.js', import.meta.url))).href;

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Types into a box and leaves it: the inspector commits a box's text as one command on blur. */
async function fill(locator, value) {
  await locator.fill(String(value));
  await locator.blur();
}

/** A text or number box inside `scope` by its accessible name (a required box's label ends in an aria-hidden *). */
function box(scope, name) {
  return scope.getByRole('textbox', { name, exact: true }).or(scope.getByRole('spinbutton', { name, exact: true }));
}

/** A LocalText (a fieldset with 中文 and 英文 boxes) inside `scope`, found by its legend. */
async function localText(scope, legend, text) {
  const group = scope.getByRole('group', { name: legend, exact: true });
  await fill(box(group, '中文'), text['zh-CN']);
  if (text.en) await fill(box(group, '英文'), text.en);
}

/** The transform scale React Flow renders the canvas at. */
async function zoom(page) {
  const transform = await page.locator('.react-flow__viewport').evaluate((element) => element.style.transform);
  return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? 1);
}

async function centre(locator) {
  const box = await locator.boundingBox();
  check(box, 'element not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags the mouse in small steps, as a person would (React Flow needs the intermediate moves). */
async function drag(page, from, to) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 12; step += 1) {
    await page.mouse.move(from.x + ((to.x - from.x) * step) / 12, from.y + ((to.y - from.y) * step) / 12);
  }
  await page.mouse.up();
}

export async function buildsThePensionEnrolmentFromABlankItem({ page, baseURL }) {
  const example = JSON.parse(await readFile(`${exampleDir}gd-pension-enrolment.service.json`, 'utf8'));
  const golden = JSON.parse(await readFile(`${exampleDir}gd-pension-enrolment.package.json`, 'utf8'));
  const byId = new Map([...example.flow.nodes, ...example.approval.nodes].map((node) => [node.id, node]));
  const meta = example.meta;
  page.setDefaultTimeout(8000);

  // A fresh workspace (the examples seeded), then a new blank item.
  await page.goto(baseURL);
  await page.getByRole('heading', { level: 2, name: '服务事项' }).waitFor();
  await page.evaluate(() => new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase('banshi-designer');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  }));
  await page.reload();
  await page.locator('.item-card').first().waitFor();
  await expectNoAxeViolations(page, 'the catalogue');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: 'test-results/readme-catalogue.png' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('button', { name: '新建空白事项' }).click();
  await page.waitForURL('**/#/item/new-item');
  await page.getByRole('heading', { level: 1, name: '未命名事项' }).waitFor();
  const inspector = page.locator('.editor-inspector');

  // ── 办事指南 metadata (nothing selected) ─────────────────────────────────────────────────────────────────
  await inspector.getByRole('heading', { name: '办事指南' }).waitFor();
  await localText(inspector, '事项名称', meta.name);
  await fill(box(inspector, '版本号'), example.version);
  await localText(inspector, '事项概述', meta.summary);
  const body = inspector.getByRole('group', { name: '实施主体', exact: true });
  await localText(body, '机关名称', meta.agency.name);
  await body.getByRole('combobox', { name: '权力来源', exact: true }).selectOption(meta.agency.powerSource);
  for (const [index, basis] of meta.legalBasis.entries()) {
    if (index > 0) await inspector.getByRole('button', { name: '添加依据' }).click();
    const group = inspector.getByRole('group', { name: `依据 ${index + 1}`, exact: true });
    await localText(group, '法律法规名称', basis.title);
    if (basis.article) await fill(box(group, '条款'), basis.article);
    if (basis.revision) await fill(box(group, '修订日期'), basis.revision);
  }
  await inspector.getByRole('radio', { name: '即办件' }).check();
  await inspector.getByRole('checkbox', { name: '窗口办理' }).check();
  await inspector.getByRole('checkbox', { name: '移动端办理' }).check();
  await inspector.getByRole('combobox', { name: '通办范围', exact: true }).selectOption(meta.handleArea);
  for (const [legend, limit] of [['法定办结时限', meta.legalTimeLimit], ['承诺办结时限', meta.promisedTimeLimit]]) {
    const group = inspector.getByRole('group', { name: legend, exact: true });
    await fill(box(group, '时限'), limit.value);
    await group.getByRole('combobox', { name: '单位', exact: true }).selectOption(limit.unit);
    await localText(group, '说明', limit.note);
  }
  await localText(inspector.getByRole('group', { name: '收费', exact: true }), '收费说明', meta.fees.note);
  for (const [index, condition] of meta.conditions.entries()) {
    await inspector.getByRole('button', { name: '添加条件', exact: true }).click();
    await localText(inspector.getByRole('group', { name: `条件 ${index + 1}`, exact: true }), '条件内容', condition);
  }
  for (const [index, result] of meta.results.entries()) {
    await inspector.getByRole('button', { name: '添加审批结果' }).click();
    const group = inspector.getByRole('group', { name: `结果 ${index + 1}`, exact: true });
    await localText(group, '结果名称', result.name);
    await group.getByRole('combobox', { name: '结果类型', exact: true }).selectOption(result.kind);
    // Ticked and unticked: the guide then says explicitly that the result is not an electronic licence.
    const eLicence = group.getByRole('checkbox', { name: '电子证照' });
    await eLicence.check();
    if (!result.eLicence) await eLicence.uncheck();
    await localText(group, '有效期说明', result.validity);
  }
  for (const [index, contact] of meta.contacts.entries()) {
    await inspector.getByRole('button', { name: '添加联系方式' }).click();
    const group = inspector.getByRole('group', { name: `联系方式 ${index + 1}`, exact: true });
    await group.getByRole('combobox', { name: '方式', exact: true }).selectOption(contact.kind);
    await localText(group, '名称', contact.label);
    await fill(box(group, '号码或地址'), contact.value);
  }
  for (const [index, entry] of meta.faq.entries()) {
    await inspector.getByRole('button', { name: '添加常见问题' }).click();
    const group = inspector.getByRole('group', { name: `问题 ${index + 1}`, exact: true });
    await localText(group, '问题', entry.question);
    await localText(group, '答案', entry.answer);
  }
  await page.getByRole('heading', { level: 1, name: meta.name['zh-CN'] }).waitFor();
  await expectNoAxeViolations(page, 'the editor with the 办事指南 metadata form');

  // ── The canvas: zoom out, clear the blank item's submit end, put the start in the first cell ───────────────
  const pane = page.locator('.react-flow__pane');
  for (let i = 0; i < 8 && (await zoom(page)) > 0.45; i += 1) await page.getByRole('button', { name: '缩小' }).click();
  const paneBox = await pane.boundingBox();
  check(paneBox && paneBox.width > 500, `the canvas is too small: ${JSON.stringify(paneBox)}`);
  const cellWidth = (paneBox.width - 40) / 5;
  const cellHeight = (paneBox.height - 40) / 4;
  const cell = (column, row) => ({ x: paneBox.x + 20 + column * cellWidth + 6, y: paneBox.y + 20 + row * cellHeight + 6 });
  const nodeLocator = (id) => page.locator(`.react-flow__node[data-id="${id}"]`);

  await nodeLocator('submit').click();
  await page.keyboard.press('Delete');
  await nodeLocator('submit').waitFor({ state: 'detached' });
  const startBox = await nodeLocator('start').boundingBox();
  await drag(page, { x: startBox.x + 10, y: startBox.y + 8 }, { x: cell(0, 0).x + 10, y: cell(0, 0).y + 8 });
  check((await page.locator('.react-flow__edge').count()) === 0, 'the blank item’s edge was not deleted with its end');

  /** Drags a palette button onto the canvas at `at` (client coordinates); returns the new node's id. */
  const ids = new Map([['n_start', 'start']]);
  const paletteNames = { situation: '添加情形节点', step: '添加步骤节点', material: '添加材料节点', end: '添加结束节点', approval: '添加审批环节节点' };
  const addFromPalette = async (exampleId, kind, at) => {
    const before = await page.locator('.react-flow__node').count();
    await page.getByRole('button', { name: paletteNames[kind] }).dragTo(pane, { targetPosition: { x: at.x - paneBox.x, y: at.y - paneBox.y } });
    await page.waitForFunction((count) => document.querySelectorAll('.react-flow__node').length === count, before + 1);
    const id = await page.locator('.react-flow__node.selected').getAttribute('data-id');
    check(id, `no node is selected after dropping a ${kind}`);
    ids.set(exampleId, id);
    return id;
  };

  // ── Situations ──────────────────────────────────────────────────────────────────────────────────────────
  const situation = async (exampleId, at) => {
    const node = byId.get(exampleId);
    await addFromPalette(exampleId, 'situation', at);
    await inspector.getByRole('heading', { name: /^情形/ }).waitFor();
    await localText(inspector, '问题', node.question);
    await localText(inspector, '提示', node.hint);
    await inspector.getByRole('combobox', { name: '回答类型', exact: true }).selectOption(node.answerType);
    await fill(box(inspector, '键'), node.key);
    if (node.showInNotice) await inspector.getByRole('checkbox', { name: '在一次性告知单上显示' }).check();
  };
  const end = async (exampleId, at) => {
    const node = byId.get(exampleId);
    await addFromPalette(exampleId, 'end', at);
    if (node.outcome === 'exit') await inspector.getByRole('radio', { name: '无法申请（退出）' }).check();
    await localText(inspector, '标题', node.title);
    if (node.reason) await localText(inspector, '原因', node.reason);
  };
  const material = async (exampleId, at) => {
    const node = byId.get(exampleId);
    await addFromPalette(exampleId, 'material', at);
    await localText(inspector, '材料名称', node.name);
    await localText(inspector, '说明', node.description);
    await inspector.getByRole('combobox', { name: '材料类型', exact: true }).selectOption(node.category);
    await inspector.getByRole('combobox', { name: '材料形式', exact: true }).selectOption(node.form);
    if (node.copies?.original !== undefined) await fill(box(inspector, '原件份数'), node.copies.original);
    if (node.copies?.copy !== undefined) await fill(box(inspector, '复印件份数'), node.copies.copy);
    await inspector.getByRole('combobox', { name: '必要性', exact: true }).selectOption(node.necessity);
    const ways = inspector.getByRole('group', { name: '提交方式', exact: true });
    const wayNames = { sharedData: '免提交（部门共享数据）', eLicence: '电子证照', upload: '上传电子文件', commitment: '告知承诺', paper: '纸质材料' };
    for (const [way, name] of Object.entries(wayNames)) {
      const box = ways.getByRole('checkbox', { name, exact: true });
      if (node.ways.includes(way)) await box.check();
      else await box.uncheck();
    }
    await fill(box(ways, '电子证照目录编码'), node.eLicence.catalogCode);
    await localText(ways, '电子证照名称', node.eLicence.name);
    await inspector.getByRole('combobox', { name: '来源渠道', exact: true }).selectOption(node.source);
    await localText(inspector, '来源说明', node.sourceNote);
    await localText(inspector, '设定依据', node.legalBasis);
    await localText(inspector, '受理标准', node.acceptanceCriteria);
    await fill(box(inspector, '键'), node.key);
  };

  // Added in the example's order (the compiler breaks topological ties by definition order).
  await situation('n_student', cell(1, 0));
  await expectNoAxeViolations(page, 'the editor with the situation form');
  await end('n_exitStudent', cell(1, 1));
  await expectNoAxeViolations(page, 'the editor with the end form');
  await situation('n_employee', cell(2, 0));
  await end('n_exitEmployee', cell(2, 1));
  await material('n_idCard', cell(3, 0));
  await expectNoAxeViolations(page, 'the editor with the material form');
  await material('n_hukou', cell(4, 0));

  // ── The step and its fields ─────────────────────────────────────────────────────────────────────────────
  const form = byId.get('n_form');
  await addFromPalette('n_form', 'step', cell(3, 1));
  await localText(inspector, '步骤标题', form.title);
  await localText(inspector, '说明', form.description);
  await fill(box(inspector, '键').first(), form.key);
  const fieldsEditor = inspector.getByRole('group', { name: '字段', exact: true });
  for (const [index, field] of form.fields.entries()) {
    if (index === 0) {
      await fieldsEditor.locator('.inspector__field').first().getByRole('button', { name: /^1\. / }).click();
    } else {
      await fieldsEditor.getByRole('combobox', { name: '新字段类型', exact: true }).selectOption(field.type);
      await fieldsEditor.getByRole('button', { name: '添加字段' }).click();
    }
    const editor = fieldsEditor.locator('.inspector__field').nth(index).locator('.inspector__field-form');
    await editor.waitFor();
    await localText(editor, '字段名称', field.label);
    if (index === 0) await editor.getByRole('combobox', { name: '字段类型', exact: true }).selectOption(field.type);
    await fill(box(editor, '键'), field.key);
    const required = editor.getByRole('checkbox', { name: '必填', exact: true });
    if (field.required) await required.check();
    else await required.uncheck();
    if (field.maxLength !== undefined) await fill(box(editor, '最多字符数'), field.maxLength);
    if (field.prefill) {
      await fill(box(editor, '预填来源'), field.prefill.source);
      await localText(editor, '来源名称（申请人可见）', field.prefill.label);
    }
    for (const [optionIndex, option] of (field.options ?? []).entries()) {
      const options = editor.getByRole('group', { name: '选项', exact: true });
      if (optionIndex >= 2) await options.getByRole('button', { name: '添加选项' }).click();
      const group = options.getByRole('group', { name: new RegExp(`^选项 ${optionIndex + 1}`) });
      await fill(box(group, '值'), option.value);
      await localText(group, '选项文字', option.label);
    }
  }
  await expectNoAxeViolations(page, 'the editor with the step form and its fields editor');
  await end('n_end', cell(4, 1));

  // ── Approval stages ─────────────────────────────────────────────────────────────────────────────────────
  const outcomeNames = { pass: '通过', 'not-accepted': '不予受理', correction: '补正（退回申请人）', refuse: '不予许可' };
  for (const [index, stageId] of ['a_accept', 'a_register', 'a_notify'].entries()) {
    const stage = byId.get(stageId);
    await addFromPalette(stageId, 'approval', cell(index + 1, 2));
    await inspector.getByRole('combobox', { name: '环节', exact: true }).selectOption(stage.stage);
    await localText(inspector, '环节名称', stage.name);
    await localText(inspector, '办理人员（岗位）', stage.role);
    await fill(box(inspector, '办理时限（工作日）'), stage.budgetDays);
    const outcomes = inspector.getByRole('group', { name: '办理结果', exact: true });
    // Tick the wanted ones first: the last ticked outcome cannot be unticked.
    for (const outcome of stage.outcomes) await outcomes.getByRole('checkbox', { name: outcomeNames[outcome] }).check();
    for (const [outcome, name] of Object.entries(outcomeNames)) {
      if (!stage.outcomes.includes(outcome)) await outcomes.getByRole('checkbox', { name }).uncheck();
    }
    await localText(inspector, '审查标准', stage.criteria);
    await fill(box(inspector, '键'), stage.key);
    if (index === 0) await expectNoAxeViolations(page, 'the editor with the approval stage form');
  }

  // ── Connect, handle to handle, with the mouse ───────────────────────────────────────────────────────────
  const connect = async (source, target) => {
    const before = await page.locator('.react-flow__edge').count();
    const from = await centre(nodeLocator(ids.get(source)).locator('.react-flow__handle.source'));
    const to = await centre(nodeLocator(ids.get(target)).locator('.react-flow__handle.target'));
    await drag(page, from, to);
    await page.waitForFunction((count) => document.querySelectorAll('.react-flow__edge').length === count, before + 1, { timeout: 5000 })
      .catch(() => { throw new Error(`dragging from ${source} to ${target} drew no edge`); });
  };
  for (const edge of [...example.flow.edges, ...example.approval.edges]) await connect(edge.source, edge.target);

  // ── Edge conditions, through the outline and the condition builder ──────────────────────────────────────
  await page.getByRole('tab', { name: '大纲' }).click();
  for (const edge of example.flow.edges.filter((e) => e.condition)) {
    const target = byId.get(edge.target);
    const targetTitle = target.kind === 'end' ? target.title['zh-CN'] : target.kind === 'material' ? target.name['zh-CN'] : target.question['zh-CN'];
    await page.locator(`.outline-view__node[data-node-id="${ids.get(edge.source)}"] .outline-view__edges`).getByRole('button', { name: new RegExp(targetTitle) }).click();
    await inspector.getByRole('heading', { name: '连线' }).waitFor();
    await inspector.getByRole('radio', { name: '满足条件' }).check();
    const builder = inspector.getByRole('group', { name: '条件', exact: true });
    await builder.getByRole('combobox', { name: '字段', exact: true }).selectOption({ label: byId.get(edge.condition.field).question['zh-CN'] });
    await builder.getByRole('combobox', { name: '运算符', exact: true }).selectOption(edge.condition.op);
    await builder.getByRole('combobox', { name: '值', exact: true }).selectOption(edge.condition.value ? 'yes' : 'no');
    await localText(inspector, '连线名称', edge.label);
  }
  await expectNoAxeViolations(page, 'the editor with an edge’s condition builder');
  await page.getByRole('heading', { level: 2, name: '大纲' }).waitFor();
  await expectNoAxeViolations(page, 'the outline view');

  // ── Nothing left to fix: no lint errors ─────────────────────────────────────────────────────────────────
  await page.getByText(/^0 个错误/).first().waitFor();

  // ── Export the definition, compile it, compare with the golden package ──────────────────────────────────
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出定义' }).click()]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  const { compile } = await import(compilerUrl);
  const { package: compiled, diagnostics } = compile(exported);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  check(errors.length === 0, `the exported definition has lint errors: ${errors.map((d) => d.code).join(', ')}`);
  const differences = packageDifferences(normalizePackage(compiled), normalizePackage(golden));
  check(differences.length === 0, `the compiled package differs from the golden package (ids ignored):\n${differences.join('\n')}`);

  // ── Screenshots for the README: the outline, then the canvas with a situation and its condition edges ────
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.locator(`[data-outline-id="${ids.get('n_employee')}"]`).click();
  await page.waitForTimeout(200);
  await page.screenshot({ path: 'test-results/readme-outline.png' });
  await page.getByRole('tab', { name: '画布' }).click();
  await page.getByRole('button', { name: '自动布局' }).click();
  await page.getByRole('button', { name: '自动布局' }).and(page.locator(':enabled')).waitFor();
  await page.waitForTimeout(600);
  await page.getByRole('button', { name: '适应画布' }).click();
  await page.waitForTimeout(400);
  for (let i = 0; i < 2; i += 1) await page.getByRole('button', { name: '放大' }).click();
  await page.waitForTimeout(300);
  await nodeLocator(ids.get('n_student')).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'test-results/readme-editor.png' });
}
