import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MaterialNode, SituationNode, StepNode } from '../../../schemas/service.types.ts';
import { renderWithStore } from '../testing/renderWithStore.tsx';
import { Inspector } from './Inspector.tsx';

afterEach(cleanup);

function open(nodeId: string) {
  const harness = renderWithStore(<Inspector lang="zh-CN" />);
  act(() => harness.store.getState().select({ nodes: [nodeId], edges: [] }));
  return harness;
}

const node = <T,>(doc: { flow: { nodes: readonly unknown[] } }, id: string) => doc.flow.nodes.find((n) => (n as { id: string }).id === id) as T;

describe('the situation form', () => {
  it('commits an edited question as one undo step however many keystrokes it took', () => {
    const { doc, undoSteps, store } = open('category');
    const question = within(screen.getByRole('group', { name: /^问题/ })).getByLabelText(/中文/);

    for (const text of ['申', '申请', '申请人', '申请人身份']) fireEvent.change(question, { target: { value: text } });
    expect(undoSteps()).toBe(0);
    fireEvent.blur(question);

    expect(undoSteps()).toBe(1);
    expect(node<SituationNode>(doc(), 'category').question).toEqual({ 'zh-CN': '申请人身份', en: 'Applicant category' });
    act(() => store.getState().undo());
    expect(node<SituationNode>(doc(), 'category').question['zh-CN']).toBe('申请人类别');
  });

  it('refuses an empty question with an inline message and leaves the document alone', () => {
    const { undoSteps } = open('category');
    const question = within(screen.getByRole('group', { name: /^问题/ })).getByLabelText(/中文/);

    fireEvent.change(question, { target: { value: '' } });
    fireEvent.blur(question);

    expect(undoSteps()).toBe(0);
    expect(screen.getByRole('alert').textContent).toContain('请填写');
    expect(question.getAttribute('aria-invalid')).toBe('true');
  });

  it('commits a pending draft when the selection moves on', () => {
    const { doc, store } = open('category');
    const hint = within(screen.getByRole('group', { name: /^提示/ })).getByLabelText('中文');
    fireEvent.change(hint, { target: { value: '按户籍选择' } });

    act(() => store.getState().select({ nodes: ['isSenior'], edges: [] }));

    expect(node<SituationNode>(doc(), 'category').hint).toEqual({ 'zh-CN': '按户籍选择' });
  });

  it('adds, reorders and deletes options, one undo step each', () => {
    const { doc, undoSteps } = open('category');
    const options = screen.getByRole('group', { name: '选项' });

    fireEvent.click(within(options).getByRole('button', { name: '添加选项' }));
    expect(node<SituationNode>(doc(), 'category').options?.map((o) => o.value)).toEqual(['local', 'resident', 'option1']);
    fireEvent.click(within(options).getByRole('button', { name: /^上移选项 3/ }));
    expect(node<SituationNode>(doc(), 'category').options?.map((o) => o.value)).toEqual(['local', 'option1', 'resident']);
    fireEvent.click(within(options).getByRole('button', { name: /^删除选项 1/ }));
    expect(node<SituationNode>(doc(), 'category').options?.map((o) => o.value)).toEqual(['option1', 'resident']);
    expect(undoSteps()).toBe(3);
  });

  it('rejects a key that is not a valid Key or is reserved', () => {
    const { undoSteps } = open('category');
    const key = screen.getByLabelText(/^键/);

    fireEvent.change(key, { target: { value: 'Category' } });
    fireEvent.keyDown(key, { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toContain('小写英文字母开头');
    fireEvent.change(key, { target: { value: 'constructor' } });
    fireEvent.blur(key);
    expect(screen.getByRole('alert').textContent).toContain('保留名称');
    fireEvent.change(key, { target: { value: 'isSenior' } });
    fireEvent.blur(key);
    expect(screen.getByRole('alert').textContent).toContain('已被使用');
    expect(undoSteps()).toBe(0);
  });

  it('shows number range inputs only for numeric answers', () => {
    const { doc } = open('category');
    expect(screen.queryByLabelText('最小值')).toBeNull();

    fireEvent.change(screen.getByLabelText('回答类型'), { target: { value: 'integer' } });

    expect(node<SituationNode>(doc(), 'category').options).toBeUndefined();
    fireEvent.change(screen.getByLabelText('最小值'), { target: { value: '16' } });
    fireEvent.blur(screen.getByLabelText('最小值'));
    expect(node<SituationNode>(doc(), 'category').minimum).toBe(16);
  });
});

describe('the step form', () => {
  it('adds a field of every type with what the type needs, keyed field1, field2 …', () => {
    const { doc } = open('applicant');
    const typeSelect = screen.getByLabelText('新字段类型');
    const types = within(typeSelect).getAllByRole('option').map((o) => (o as HTMLOptionElement).value);
    expect(types).toHaveLength(16);

    for (const type of types) {
      fireEvent.change(typeSelect, { target: { value: type } });
      fireEvent.click(screen.getByRole('button', { name: '添加字段' }));
    }

    const fields = node<StepNode>(doc(), 'applicant').fields.slice(2);
    expect(fields.map((f) => f.type)).toEqual(types);
    expect(fields.map((f) => f.key).slice(0, 3)).toEqual(['field1', 'field2', 'field3']);
    expect(fields.find((f) => f.type === 'single-choice')?.options).toHaveLength(2);
    expect(fields.find((f) => f.type === 'file')?.upload?.maxSizeMB).toBe(10);
    expect(fields.find((f) => f.type === 'group')?.fields).toHaveLength(1);
    const ids = fields.flatMap((f) => [f.id, ...(f.fields ?? []).map((s) => s.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reorders and deletes fields', () => {
    const { doc, undoSteps } = open('applicant');
    fireEvent.click(screen.getByRole('button', { name: '下移字段 姓名（单行文本）' }));
    expect(node<StepNode>(doc(), 'applicant').fields.map((f) => f.key)).toEqual(['idNumber', 'name']);

    fireEvent.click(screen.getByRole('button', { name: '删除字段 公民身份号码（居民身份证号码）' }));
    expect(node<StepNode>(doc(), 'applicant').fields.map((f) => f.key)).toEqual(['name']);
    expect(screen.getByRole('button', { name: '删除字段 姓名（单行文本）' })).toHaveProperty('disabled', true);
    expect(undoSteps()).toBe(2);
  });

  it('edits the constraints that fit the field type, and drops them when the type changes', () => {
    const { doc } = open('applicant');
    fireEvent.click(screen.getByRole('button', { name: /1\. 姓名/ }));
    const max = screen.getByLabelText('最多字符数');
    fireEvent.change(max, { target: { value: '20' } });
    fireEvent.blur(max);
    const pattern = screen.getByLabelText('正则表达式');
    fireEvent.change(pattern, { target: { value: '(' } });
    fireEvent.blur(pattern);
    expect(screen.getByRole('alert').textContent).toContain('不是有效的正则表达式');
    fireEvent.change(pattern, { target: { value: '^\\p{Script=Han}+$' } });
    fireEvent.blur(pattern);
    expect(node<StepNode>(doc(), 'applicant').fields[0]).toMatchObject({ maxLength: 20, pattern: '^\\p{Script=Han}+$' });

    fireEvent.change(screen.getByLabelText('字段类型'), { target: { value: 'integer' } });

    const field = node<StepNode>(doc(), 'applicant').fields[0];
    expect(field?.type).toBe('integer');
    expect(field?.maxLength).toBeUndefined();
    expect(field?.pattern).toBeUndefined();
    expect(screen.getByLabelText('最小值')).toBeTruthy();
  });

  it('validates a field key against siblings', () => {
    open('applicant');
    fireEvent.click(screen.getByRole('button', { name: /1\. 姓名/ }));
    const key = screen.getAllByLabelText(/^键/).at(-1) as HTMLElement;
    fireEvent.change(key, { target: { value: 'idNumber' } });
    fireEvent.blur(key);
    expect(screen.getByRole('alert').textContent).toContain('已被使用');
  });
});

describe('the material form', () => {
  it('toggles ways, adding and removing the details each way needs', () => {
    const { doc } = open('hukou');
    const ways = screen.getByRole('group', { name: '提交方式' });

    fireEvent.click(within(ways).getByLabelText('上传电子文件'));
    expect(node<MaterialNode>(doc(), 'hukou')).toMatchObject({ ways: ['sharedData', 'upload', 'paper'], upload: { maxSizeMB: 10 } });
    fireEvent.click(within(ways).getByLabelText('告知承诺'));
    expect(node<MaterialNode>(doc(), 'hukou').commitment?.text['zh-CN']).toBeTruthy();
    fireEvent.click(within(ways).getByLabelText('免提交（部门共享数据）'));
    fireEvent.click(within(ways).getByLabelText('上传电子文件'));

    const material = node<MaterialNode>(doc(), 'hukou');
    expect(material.ways).toEqual(['commitment', 'paper']);
    expect(material.upload).toBeUndefined();
  });

  it('asks for deferral days when the material may be supplied later, and checks links', () => {
    const { doc } = open('hukou');
    fireEvent.change(screen.getByLabelText('必要性'), { target: { value: 'deferrable' } });
    expect(node<MaterialNode>(doc(), 'hukou').deferral).toEqual({ workingDays: 5 });

    const link = screen.getByLabelText('空白表格链接');
    fireEvent.change(link, { target: { value: 'http://example.com/form.pdf' } });
    fireEvent.blur(link);
    expect(screen.getByRole('alert').textContent).toContain('https://');
    fireEvent.change(link, { target: { value: '/forms/hukou.pdf' } });
    fireEvent.blur(link);
    expect(node<MaterialNode>(doc(), 'hukou').blankFormUrl).toBe('/forms/hukou.pdf');
  });
});

describe('the material form: electronic licence', () => {
  it('names the licence beside its catalogue code, and drops the name when both boxes are emptied', () => {
    const { doc, undoSteps } = open('idCard');
    const name = within(screen.getByRole('group', { name: /^电子证照名称/ })).getByLabelText('中文');

    fireEvent.change(name, { target: { value: '居民身份证' } });
    fireEvent.blur(name);
    expect(node<MaterialNode>(doc(), 'idCard').eLicence).toEqual({ catalogCode: '11100000MB0143028R001', name: { 'zh-CN': '居民身份证' } });
    expect(undoSteps()).toBe(1);

    fireEvent.change(name, { target: { value: '' } });
    fireEvent.blur(name);
    expect(node<MaterialNode>(doc(), 'idCard').eLicence).toEqual({ catalogCode: '11100000MB0143028R001' });
  });
});

describe('the end form', () => {
  it('requires a reason for an exit', () => {
    const { doc } = open('submit');
    fireEvent.click(screen.getByLabelText('无法申请（退出）'));
    const end = node<{ outcome: string; reason?: unknown }>(doc(), 'submit');
    expect(end.outcome).toBe('exit');
    expect(end.reason).toBeTruthy();
    const reason = within(screen.getByRole('group', { name: /^原因/ })).getByLabelText(/中文/);
    fireEvent.change(reason, { target: { value: ' ' } });
    fireEvent.blur(reason);
    expect(screen.getByRole('alert').textContent).toContain('请填写');
  });
});

describe('the metadata form', () => {
  it('is shown with nothing selected and edits fees', () => {
    const { doc, undoSteps } = renderWithStore(<Inspector lang="zh-CN" />);
    expect(screen.getByRole('heading', { name: '办事指南' })).toBeTruthy();

    fireEvent.click(screen.getByLabelText('收费', { selector: 'input[type=radio]' }));
    expect(doc().meta.fees).toEqual({ free: false, items: [] });
    fireEvent.click(screen.getByRole('button', { name: '添加收费项目' }));
    const item = screen.getByRole('group', { name: '收费项目 1' });
    const amount = within(item).getByLabelText('金额（元）');
    fireEvent.change(amount, { target: { value: '20' } });
    fireEvent.blur(amount);

    expect(doc().meta.fees?.items?.[0]).toMatchObject({ amountYuan: 20, name: { 'zh-CN': '工本费' } });
    fireEvent.click(screen.getByLabelText('不收费', { selector: 'input[type=radio]' }));
    expect(doc().meta.fees).toEqual({ free: true });
    expect(undoSteps()).toBe(4);
  });

  it('keeps at least one served party and one channel', () => {
    renderWithStore(<Inspector lang="zh-CN" />);
    const parties = screen.getByRole('group', { name: '服务对象' });
    const checked = within(parties).getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked);
    if (checked.length === 1) expect(checked[0]).toHaveProperty('disabled', true);
  });

  it('edits the item version as one undo step and refuses a version that is not major.minor.patch', () => {
    const { doc, undoSteps, store } = renderWithStore(<Inspector lang="zh-CN" />);
    const version = screen.getByLabelText(/^版本号/);

    fireEvent.change(version, { target: { value: '1.0' } });
    fireEvent.blur(version);
    expect(screen.getByRole('alert').textContent).toContain('1.0.0');
    expect(undoSteps()).toBe(0);

    fireEvent.change(version, { target: { value: '2.1.0' } });
    fireEvent.blur(version);
    expect(doc().version).toBe('2.1.0');
    expect(undoSteps()).toBe(1);
    act(() => store.getState().undo());
    expect(doc().version).toBe('1.0.0');
  });

  it('states explicitly whether a result is an electronic licence once the box is touched', () => {
    const { doc } = renderWithStore(<Inspector lang="zh-CN" />);
    fireEvent.click(screen.getByRole('button', { name: '添加审批结果' }));
    const result = screen.getByRole('group', { name: '结果 1' });
    const box = within(result).getByLabelText('电子证照');

    fireEvent.click(box);
    expect(doc().meta.results?.[0]?.eLicence).toBe(true);
    fireEvent.click(box);
    expect(doc().meta.results?.[0]?.eLicence).toBe(false);
  });

  it('speaks English when asked', () => {
    renderWithStore(<Inspector lang="en" />);
    expect(screen.getByRole('heading', { name: 'Service guide' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Fees' })).toBeTruthy();
  });
});

describe('diagnostics', () => {
  it('shows the compile diagnostics of the selected node at the top of its form', () => {
    const { store } = open('hukou');
    act(() => store.getState().execute({ type: 'updateNode', node: { ...(store.getState().history?.present.flow.nodes.find((n) => n.id === 'hukou') as MaterialNode), ways: [] } }));
    const diagnostics = screen.getByRole('region', { name: '检查结果' });
    expect(diagnostics.textContent).toContain('SVC040');
  });
});
