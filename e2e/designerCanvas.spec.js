// The editor's canvas in a real browser: an example item opened, a node added from the palette by keyboard,
// a node dragged with the mouse and the drag undone with Ctrl+Z (one undo step), positions checked.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const examplesDir = fileURLToPath(new URL('../examples/', import.meta.url));

async function exampleWithApproval() {
  const items = [];
  for (const dir of (await readdir(examplesDir, { withFileTypes: true })).filter((entry) => entry.isDirectory())) {
    for (const file of (await readdir(`${examplesDir}${dir.name}`)).filter((name) => name.endsWith('.service.json'))) {
      items.push(JSON.parse(await readFile(`${examplesDir}${dir.name}/${file}`, 'utf8')));
    }
  }
  items.sort((a, b) => (a.id < b.id ? -1 : 1));
  return items.find((item) => item.approval) ?? items[0];
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** The flow position React Flow renders a node at (its transform), in flow coordinates. */
async function nodePosition(page, id) {
  const transform = await page.locator(`.react-flow__node[data-id="${id}"]`).evaluate((element) => element.style.transform);
  const match = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(transform);
  if (!match) throw new Error(`node ${id} has no translate transform: ${transform}`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

export async function canvasAddsByKeyboardDragsAndUndoes({ page, baseURL, screenshot }) {
  const item = await exampleWithApproval();
  check(item, 'examples/ holds no service item');
  await page.goto(`${baseURL}#/item/${encodeURIComponent(item.id)}`);

  const nodes = page.locator('.react-flow__node');
  const expected = item.flow.nodes.length + (item.approval?.nodes.length ?? 0);
  await page.locator(`.react-flow__node[data-id="${item.flow.nodes[0].id}"]`).waitFor();
  check((await nodes.count()) === expected, `the canvas shows ${await nodes.count()} nodes, the item has ${expected}`);
  await page.getByRole('tab', { name: '画布', selected: true }).waitFor();
  await page.getByRole('status').filter({ hasText: '个错误' }).waitFor();
  if (item.approval) await page.locator('.approval-lane').waitFor();

  // Add a situation from the palette by keyboard: focus its button, press Enter.
  const add = page.getByRole('button', { name: '添加情形节点' });
  await add.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((count) => document.querySelectorAll('.react-flow__node').length === count, expected + 1);
  const added = page.locator('.react-flow__node.selected');
  await added.waitFor();
  check((await added.textContent()).includes('新的情形问题'), 'the added node does not show its question');
  const addedId = await added.getAttribute('data-id');
  check(/^n_[a-z0-9]+$/.test(addedId), `unexpected new node id ${addedId}`);
  check(
    await page.evaluate(() => document.querySelector('.editor-inspector')?.contains(document.activeElement) === true),
    'focus did not move to the inspector after adding by keyboard',
  );

  // Drag a node of the applicant flow with the mouse.
  const dragged = item.flow.nodes.find((node) => node.kind === 'step') ?? item.flow.nodes[1];
  const before = await nodePosition(page, dragged.id);
  const box = await page.locator(`.react-flow__node[data-id="${dragged.id}"]`).boundingBox();
  check(box, 'the dragged node is not on screen');
  const startX = box.x + box.width / 2;
  const startY = box.y + Math.min(12, box.height / 2);
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  for (let step = 1; step <= 10; step += 1) await page.mouse.move(startX + step * 12, startY + step * 6);
  await page.mouse.up();
  const after = await nodePosition(page, dragged.id);
  check(after.x > before.x + 10 && after.y > before.y + 5, `the drag did not move the node: ${JSON.stringify({ before, after })}`);
  await page.getByRole('button', { name: '撤销' }).and(page.locator(':enabled')).waitFor();

  // Ctrl+Z undoes the whole drag in one step; the added node stays.
  await page.keyboard.press('Control+z');
  await page.waitForFunction(
    ({ id, x, y }) => {
      const element = document.querySelector(`.react-flow__node[data-id="${id}"]`);
      return element?.style.transform.includes(`translate(${x}px, ${y}px)`);
    },
    { id: dragged.id, x: before.x, y: before.y },
  );
  const undone = await nodePosition(page, dragged.id);
  check(undone.x === before.x && undone.y === before.y, `undo did not restore the position: ${JSON.stringify({ before, undone })}`);
  check((await nodes.count()) === expected + 1, 'one Ctrl+Z undid more than the drag');

  // Redo brings the drag back, then undo again for the screenshot of the original layout plus the new node.
  await page.keyboard.press('Control+Shift+z');
  const redone = await nodePosition(page, dragged.id);
  check(redone.x === after.x && redone.y === after.y, `redo did not restore the drag: ${JSON.stringify({ after, redone })}`);

  await page.getByRole('button', { name: '适应画布' }).click();
  await page.waitForTimeout(400);
  await screenshot('designer-canvas');

  // A closer look at the nodes around the start, as an administrator reads them.
  await page.locator(`.react-flow__node[data-id="${item.flow.nodes[0].id}"]`).click();
  for (let i = 0; i < 4; i += 1) await page.getByRole('button', { name: '放大' }).click();
  await page.waitForTimeout(300);
  await screenshot('designer-canvas-detail');

  // Leave the item as the example was (the workspace autosaves): undo the drag and the added node.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.waitForFunction((count) => document.querySelectorAll('.react-flow__node').length === count, expected);
}

export async function canvasAutoLayoutIsOneUndoStep({ page, baseURL, screenshot }) {
  const item = await exampleWithApproval();
  await page.goto(`${baseURL}#/item/${encodeURIComponent(item.id)}`);
  const first = item.flow.nodes[0].id;
  await page.locator(`.react-flow__node[data-id="${first}"]`).waitFor();
  const positions = async () => Promise.all(item.flow.nodes.map((node) => nodePosition(page, node.id)));
  const before = await positions();

  await page.getByRole('button', { name: '自动布局' }).click();
  await page.getByRole('button', { name: '自动布局' }).and(page.locator(':enabled')).waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await page.waitForTimeout(400);
  const laidOut = await positions();
  check(JSON.stringify(laidOut) !== JSON.stringify(before), 'auto layout moved nothing');
  // Left to right: the start node is leftmost.
  const start = item.flow.nodes.findIndex((node) => node.kind === 'start');
  check(laidOut.every((p) => p.x >= laidOut[start].x), 'the start node is not leftmost after the layout');
  if (item.approval) {
    const flowBottom = Math.max(...laidOut.map((p) => p.y));
    for (const stage of item.approval.nodes) {
      const at = await nodePosition(page, stage.id);
      check(at.y > flowBottom, `stage ${stage.id} is not in the lane below the flow`);
    }
  }
  await screenshot('designer-canvas-layout');

  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await page.waitForTimeout(200);
  check(JSON.stringify(await positions()) === JSON.stringify(before), 'one Ctrl+Z did not undo the whole layout');
}
