import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from './App.tsx';
import { catalogueFrom } from './items.ts';
import { fixture } from './testing/fixture.ts';

const catalogue = catalogueFrom({ '/examples/fixture-senior-card/fixture-senior-card.service.json': fixture });

async function goTo(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

beforeEach(() => {
  window.location.hash = '';
});
afterEach(cleanup);

describe('the designer catalogue', () => {
  it('shows the app title and each item with its facts', () => {
    render(<App catalogue={catalogue} />);

    expect(screen.getByRole('heading', { level: 1, name: 'Banshi 办事 · 服务事项设计器' })).toBeTruthy();
    const card = screen.getByRole('link', { name: '老年人优待卡首次申领' }).closest('li') as HTMLElement;
    const inCard = within(card);
    expect(inCard.getByText('First application for the senior citizen preferential card')).toBeTruthy();
    expect(inCard.getByText('公共服务')).toBeTruthy();
    expect(inCard.getByText('广州市天河区民政局')).toBeTruthy();
    expect(inCard.getByText('20 个工作日')).toBeTruthy();
    expect(inCard.getByText('5 个工作日')).toBeTruthy();
    expect(inCard.getByText('2 情形')).toBeTruthy();
    expect(inCard.getByText('1 步骤')).toBeTruthy();
    expect(inCard.getByText('3 材料')).toBeTruthy();
  });

  it('says clearly that examples/ is empty when there are no items', () => {
    render(<App catalogue={catalogueFrom({})} />);

    expect(screen.getByRole('status').textContent).toContain('examples/ 中还没有服务事项');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('lists files that are not definitions instead of crashing', () => {
    render(<App catalogue={catalogueFrom({ '/examples/draft/draft.service.json': { formatVersion: 2 } })} />);

    expect(screen.getByRole('note').textContent).toContain('/examples/draft/draft.service.json: formatVersion 2 is not 1');
  });
});

describe('the item overview', () => {
  it('opens from the catalogue link and shows the guide, the flow outline and the stages', async () => {
    render(<App catalogue={catalogue} />);

    await goTo(screen.getByRole('link', { name: '老年人优待卡首次申领' }).getAttribute('href') as string);

    const heading = screen.getByRole('heading', { level: 1, name: '老年人优待卡首次申领' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByRole('heading', { level: 2, name: '办事指南' })).toBeTruthy();
    expect(screen.getByText('承诺件')).toBeTruthy();

    const outline = within(screen.getByRole('region', { name: '申请流程' }));
    const nodes = outline.getAllByRole('listitem').filter((item) => item.classList.contains('outline__node'));
    expect(nodes.map((node) => node.querySelector('.outline__head')?.textContent)).toEqual([
      '开始 ',
      '情形 申请人是否年满60周岁？',
      '情形 申请人类别',
      '步骤 申请人信息',
      '材料 居民身份证',
      '材料 居民户口簿',
      '材料 广东省居住证',
      '结束 提交申请',
      '结束 暂不符合条件（不能申请）',
    ]);
    expect(outline.getByText('· 「申请人类别」为「本市户籍」', { exact: false })).toBeTruthy();
    expect(outline.getByText('· 其他情况', { exact: false })).toBeTruthy();

    const stages = within(screen.getByRole('table'));
    expect(stages.getAllByRole('row').map((row) => row.textContent)).toEqual([
      '环节名称时限',
      '受理受理1 个工作日',
      '审查审核2 个工作日',
      '制证制卡1 个工作日',
      '送达发卡1 个工作日',
      '合计5 个工作日',
    ]);
  });

  it('switches the interface to English and back', async () => {
    render(<App catalogue={catalogue} />);
    await goTo('#/item/fixture-senior-card');

    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));

    expect(screen.getByRole('heading', { level: 2, name: 'Applicant flow' })).toBeTruthy();
    expect(screen.getByText('20 working days')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    fireEvent.click(screen.getByRole('button', { name: '切换到中文' }));
    expect(screen.getByRole('heading', { level: 2, name: '申请流程' })).toBeTruthy();
  });

  it('says so when the item does not exist', async () => {
    render(<App catalogue={catalogue} />);
    await goTo('#/item/no-such-item');

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('没有找到事项“no-such-item”。');
    expect(screen.getByRole('link', { name: '返回事项目录' })).toBeTruthy();
  });
});
