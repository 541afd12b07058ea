import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServicePackage } from '../../schemas/index.ts';
import pensionJson from '../../examples/gd-pension-enrolment/gd-pension-enrolment.package.json' with { type: 'json' };
import passportJson from '../../examples/gd-passport-issue/gd-passport-issue.package.json' with { type: 'json' };
import { MaterialNotice, ServiceGuide } from './index.ts';

const pension = pensionJson as unknown as ServicePackage;
const passport = passportJson as unknown as ServicePackage;
afterEach(cleanup);

describe('the 办事指南 page', () => {
  it('shows type, agency, time limits in words, fees, visits, channels, materials, contacts, FAQ and legal basis', () => {
    render(<ServiceGuide package={pension} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(pension.guide.name['zh-CN']);
    expect(screen.getByText('公共服务')).toBeTruthy();
    expect(screen.getByText(pension.guide.agency.name['zh-CN'])).toBeTruthy();
    expect(screen.getByText('3 个工作日')).toBeTruthy();
    expect(screen.getByText('即办')).toBeTruthy();
    expect(screen.getByText('不收费')).toBeTruthy();
    expect(screen.getByText('0 次')).toBeTruthy();
    expect(screen.getByText('户籍不在广东，可以在广东参加城乡居民养老保险吗？')).toBeTruthy();
    expect(screen.getByRole('link', { name: '12333' }).getAttribute('href')).toBe('tel:12333');
    expect(screen.getAllByText(/视情形/).length).toBe(2);
    expect(screen.getByRole('heading', { name: '设定依据' })).toBeTruthy();
  });

  it('shows a promised limit as N 个工作日, and in English', () => {
    render(<ServiceGuide package={passport} />);
    expect(screen.getByText('7 个工作日')).toBeTruthy();
    cleanup();
    render(<ServiceGuide package={passport} locale="en" />);
    expect(screen.getByText('7 working days')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Documents' })).toBeTruthy();
  });
});

describe('the printable 一次性告知单', () => {
  it('lists exactly the materials the answers need, with 免提交 for shared data', () => {
    render(<MaterialNotice package={pension} data={{ isStudent: false, hasEmployeePension: false, materials: { idCard: { type: 'sharedData' } } }} />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['居民身份证', '居民户口簿']);
    expect(screen.getByText('免提交 — 已由部门共享获取')).toBeTruthy();
    cleanup();
    render(<MaterialNotice package={pension} data={{ isStudent: true }} />);
    expect(screen.getByText('根据您的回答，您无需提交任何材料。')).toBeTruthy();
  });
});
