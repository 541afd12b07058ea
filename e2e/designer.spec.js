// The designer as a user meets it: the catalogue of examples/, an item opened by keyboard, its overview.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations } from './axe.js';

const examplesDir = fileURLToPath(new URL('../examples/', import.meta.url));

/** The example definitions the build bundled, sorted by id as the catalogue sorts them. */
async function examples() {
  const dirs = await readdir(examplesDir, { withFileTypes: true }).catch(() => []);
  const items = [];
  for (const dir of dirs.filter((entry) => entry.isDirectory())) {
    for (const file of (await readdir(`${examplesDir}${dir.name}`)).filter((name) => name.endsWith('.service.json'))) {
      const definition = JSON.parse(await readFile(`${examplesDir}${dir.name}/${file}`, 'utf8'));
      if (definition.formatVersion === 1 && typeof definition.id === 'string') items.push(definition);
    }
  }
  return items.sort((a, b) => (a.id < b.id ? -1 : 1));
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

export async function catalogueShowsTheExampleItems({ page, baseURL, screenshot }) {
  const items = await examples();
  await page.goto(baseURL);
  await page.getByRole('heading', { level: 1, name: 'Banshi 办事 · 服务事项设计器' }).waitFor();
  await page.getByRole('heading', { level: 2, name: '服务事项' }).waitFor();
  if (items.length === 0) {
    await page.getByText('examples/ 中还没有服务事项').waitFor();
  } else {
    for (const item of items) {
      await page.getByRole('link', { name: item.meta.name['zh-CN'], exact: true }).waitFor();
    }
    const cards = await page.getByRole('listitem').filter({ has: page.locator('h3') }).count();
    check(cards === items.length, `expected ${items.length} catalogue cards, saw ${cards}`);
    const firstCard = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: items[0].meta.name['zh-CN'], exact: true }) });
    await firstCard.getByText(/\d+ 个工作日/).first().waitFor();
  }
  await expectNoAxeViolations(page, 'the catalogue');
  await screenshot('designer-catalogue');
}

export async function itemOpensByKeyboardAndShowsItsOverview({ page, baseURL, screenshot }) {
  const [first] = await examples();
  if (!first) {
    console.log('      note: examples/ holds no service item yet, so the item overview was not exercised');
    return;
  }
  const name = first.meta.name['zh-CN'];
  await page.goto(baseURL);
  const link = page.getByRole('link', { name, exact: true });
  await link.waitFor();

  // Tab from the top of the page until the first item's link has focus, as a keyboard user would.
  let focused = false;
  for (let presses = 0; presses < 10 && !focused; presses += 1) {
    await page.keyboard.press('Tab');
    focused = await link.evaluate((element) => element === document.activeElement);
  }
  check(focused, `Tab never reached the link of “${name}”`);
  await page.keyboard.press('Enter');

  await page.waitForURL(`**/#/item/${encodeURIComponent(first.id)}`);
  const heading = page.getByRole('heading', { level: 1, name });
  await heading.waitFor();
  check(await heading.evaluate((element) => element === document.activeElement), 'focus did not move to the item heading');
  // #/item/<id> is the editor; the read-only overview is its 办事指南预览 tab (#/item/<id>/guide).
  await page.getByRole('link', { name: '办事指南预览' }).press('Enter');
  await page.waitForURL(`**/#/item/${encodeURIComponent(first.id)}/guide`);
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByRole('heading', { level: 2, name: '办事指南' }).waitFor();
  await page.getByRole('heading', { level: 2, name: '申请流程' }).waitFor();

  const outline = page.locator('ol.outline > li');
  const shown = await outline.count();
  check(shown === first.flow.nodes.length, `the outline lists ${shown} nodes, the definition has ${first.flow.nodes.length}`);
  check((await outline.first().textContent())?.startsWith('开始'), 'the outline does not begin with the start node');
  const situation = first.flow.nodes.find((node) => node.kind === 'situation');
  if (situation) await page.locator('ol.outline').getByText(situation.question['zh-CN']).first().waitFor();
  if (first.approval) {
    const stages = page.getByRole('table');
    await stages.getByRole('row').nth(1).waitFor();
    check((await stages.getByRole('row').count()) === first.approval.nodes.length + 2, 'the approval table does not list every stage');
  }
  await expectNoAxeViolations(page, 'the item overview');
  await screenshot('designer-item-overview');

  // The language switch re-labels the UI.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { level: 2, name: 'Applicant flow' }).waitFor();
  check((await page.locator('html').getAttribute('lang')) === 'en', 'html lang did not follow the switch');

  // Back to the catalogue by keyboard.
  await page.getByRole('link', { name: 'Back to the catalogue' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name: 'Service items' }).waitFor();
}
