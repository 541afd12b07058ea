import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ComponentType } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ServicePackage } from '../../schemas/index.ts';
import { draftKey, type DraftStorage, type SubmissionPayload } from '../engine/index.ts';
import { fieldRenderers, type FieldRendererProps } from './fields/index.ts';
import { createLocalStorageDrafts, ServiceForm } from './index.ts';
import pensionJson from '../../examples/gd-pension-enrolment/gd-pension-enrolment.package.json' with { type: 'json' };

const pension = pensionJson as unknown as ServicePackage;

function memoryStorage(initial: Record<string, string> = {}): DraftStorage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return { items, load: (k) => items.get(k) ?? null, save: (k, v) => void items.set(k, v), remove: (k) => void items.delete(k) };
}

const heading = () => screen.getByRole('heading', { level: 1 }).textContent;
const continueButton = () => screen.getByRole('button', { name: '继续' });
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** Answers the two situation questions with 否 and passes the checklist and materials pages (paper). */
function toApplicantStep() {
  fireEvent.click(screen.getByLabelText('否'));
  fireEvent.click(continueButton());
  fireEvent.click(screen.getByLabelText('否'));
  fireEvent.click(continueButton());
  expect(heading()).toBe('您需要准备的材料（一次性告知）');
  fireEvent.click(continueButton());
  for (const radio of screen.getAllByLabelText('现场提交纸质材料')) fireEvent.click(radio);
  fireEvent.click(continueButton());
}

function fillApplicant() {
  type('姓名', '张三');
  type('公民身份号码', '１１０１０５ 19491231002x');
  type('手机号码', '138 0013 8000');
  type('省', '440000');
  type('市', '440100');
  type('区（县）', '440106');
  type('详细地址', '天河路1号');
  fireEvent.click(screen.getByLabelText('银行账户批量代扣'));
}

/** From the first page to check-your-answers with paper materials and a filled-in applicant; returns its form. */
function toReview(): HTMLFormElement {
  toApplicantStep();
  fillApplicant();
  fireEvent.click(continueButton());
  return screen.getByRole('button', { name: '确认并提交' }).closest('form')!;
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('a full application through the UI', () => {
  it('goes from the first question to the confirmation of gd-pension-enrolment', async () => {
    // given the pension enrolment package and a host that returns a reference
    const onSubmit = vi.fn(async () => ({ reference: 'GD-2026-0001' }));
    render(<ServiceForm package={pension} storage={null} onSubmit={onSubmit} />);
    expect(heading()).toBe('您是否为在校学生？');
    expect(screen.getByText(/^第 1 步，共 \d+ 步$/)).toBeTruthy();

    // when the citizen answers every page
    fireEvent.click(screen.getByLabelText('否'));
    fireEvent.click(continueButton());
    expect(heading()).toBe('您是否已参加职工基本养老保险？');
    fireEvent.click(screen.getByLabelText('否'));
    fireEvent.click(continueButton());
    // the 一次性告知 lists exactly the two materials, with the ways they may be provided, and can be printed
    expect(heading()).toBe('您需要准备的材料（一次性告知）');
    const notice = screen.getByRole('region', { name: /一次性告知单/ });
    expect(within(notice).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['居民身份证', '居民户口簿']);
    expect(within(notice).getAllByText('可使用电子证照')).toHaveLength(2);
    const print = vi.fn();
    vi.stubGlobal('print', print);
    fireEvent.click(screen.getByRole('button', { name: '打印告知单' }));
    expect(print).toHaveBeenCalled();
    vi.unstubAllGlobals();
    fireEvent.click(continueButton());
    expect(heading()).toBe('提供材料');
    for (const radio of screen.getAllByLabelText('现场提交纸质材料')) fireEvent.click(radio);
    fireEvent.click(continueButton());
    fillApplicant();
    fireEvent.click(continueButton());

    // then the review lists the answers, normalised, and submitting shows the confirmation
    expect(heading()).toBe('提交前请核对您的回答');
    expect(screen.getByText('110105194912310022'.slice(0, 17) + 'X')).toBeTruthy();
    expect(screen.getByText('13800138000')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '确认并提交' }));
    });
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const payload = (onSubmit.mock.calls[0] as unknown as [SubmissionPayload])[0];
    expect(payload.data).toMatchObject({
      isStudent: false,
      hasEmployeePension: false,
      enrolmentForm: { name: '张三', idNumber: '11010519491231002X', mobile: '13800138000', hukouAddress: { province: '440000', city: '440100', district: '440106', detail: '天河路1号' } },
      materials: { idCard: { type: 'paper' }, hukouBook: { type: 'paper' } },
    });
    expect(heading()).toBe('申请已提交');
    expect(screen.getByText('GD-2026-0001')).toBeTruthy();
    expect(await screen.findByText('受理')).toBeTruthy();
    expect(screen.getByText(/承诺办结时限/).textContent).toContain('即办');
  });

  it('shows the exit reason on the ineligible page, and back returns to the question', () => {
    render(<ServiceForm package={pension} storage={null} />);
    fireEvent.click(screen.getByLabelText('是'));
    fireEvent.click(continueButton());
    expect(screen.getByText(/请在毕业离校后再办理参保登记/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '返回修改回答' }));
    expect(heading()).toBe('您是否为在校学生？');
  });

  it('derives a reference from the payload when the host gives none', async () => {
    render(<ServiceForm package={pension} storage={null} />);
    toApplicantStep();
    fillApplicant();
    fireEvent.click(continueButton());
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '确认并提交' }));
    });
    expect(screen.getByText(/^BS-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/)).toBeTruthy();
  });
});

describe('while a submission is under way', () => {
  it('sends one payload and stays busy when 确认并提交 is pressed again while the host is still receiving it', async () => {
    let accept: (value: { reference: string }) => void = () => {};
    const onSubmit = vi.fn(() => new Promise<{ reference: string }>((resolve) => (accept = resolve)));
    render(<ServiceForm package={pension} storage={null} onSubmit={onSubmit} />);
    const form = toReview();
    await act(async () => {
      // Two submit events before React has re-rendered (and disabled the button) in between.
      fireEvent.submit(form);
      fireEvent.submit(form);
    });
    expect(onSubmit).toHaveBeenCalledTimes(1);
    // while the host has not answered, the button says so and stays disabled; no (empty) error summary appears
    const busy = screen.getByRole('button', { name: '正在提交…' }) as HTMLButtonElement;
    expect(busy.disabled).toBe(true);
    expect(document.querySelector('.bs-error-summary')).toBeNull();
    await act(async () => accept({ reference: 'GD-2026-0002' }));
    expect(screen.getByText('GD-2026-0002')).toBeTruthy();
  });

  it('sends nothing when the citizen goes back before the submission has gone out', async () => {
    const onSubmit = vi.fn(async () => ({ reference: 'GD-2026-0003' }));
    render(<ServiceForm package={pension} storage={null} onSubmit={onSubmit} />);
    const form = toReview();
    await act(async () => {
      // 确认并提交, then 返回 before the due dates have settled (a slow network makes that window seconds long)
      fireEvent.submit(form);
      fireEvent.click(screen.getByRole('button', { name: '返回' }));
    });
    expect(onSubmit).not.toHaveBeenCalled();
    expect(heading()).toBe('城乡居民基本养老保险参保登记表');
    expect((continueButton() as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('errors', () => {
  it('shows an error summary that takes focus and links to the field', () => {
    render(<ServiceForm package={pension} storage={null} />);
    fireEvent.click(continueButton());
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: '存在以下问题' })).toBeTruthy();
    expect(document.activeElement).toBe(summary);
    const link = within(summary).getByRole('link', { name: '请回答：您是否为在校学生？' });
    expect(link.getAttribute('href')).toBe('#bs-f-n_student');
    fireEvent.click(link);
    expect(document.activeElement).toBe(document.getElementById('bs-f-n_student'));
    // the inline error is tied to the group
    const group = screen.getByRole('group');
    expect(group.getAttribute('aria-describedby')).toContain('bs-f-n_student-error');
  });

  it('does not validate while a field is typed for the first time, then updates its error when the citizen leaves it', () => {
    render(<ServiceForm package={pension} storage={null} />);
    toApplicantStep();
    const id = screen.getByLabelText('公民身份号码');
    fireEvent.focus(id);
    fireEvent.change(id, { target: { value: '110105194912310021' } });
    expect(screen.queryByText(/校验位不正确/)).toBeNull();
    expect(id.getAttribute('aria-invalid')).toBeNull();
    fireEvent.blur(id);
    expect(screen.queryByText(/校验位不正确/)).toBeNull();

    fireEvent.click(continueButton());
    expect(within(screen.getByRole('alert')).getByRole('link', { name: '公民身份号码校验位不正确，请核对最后一位' }).getAttribute('href')).toBe('#bs-f-f_idNumber');
    expect(id.getAttribute('aria-invalid')).toBe('true');
    expect(id.getAttribute('aria-describedby')).toContain('bs-f-f_idNumber-error');
    // while the citizen corrects it, the message stays put; on leaving the field it goes
    fireEvent.focus(id);
    fireEvent.change(id, { target: { value: '11010519491231002' } });
    fireEvent.click(screen.getByRole('button', { name: '输入 X' }));
    expect(screen.getAllByText('公民身份号码校验位不正确，请核对最后一位').length).toBeGreaterThan(0);
    fireEvent.blur(id);
    expect(document.getElementById('bs-f-f_idNumber-error')).toBeNull();
    expect((id as HTMLInputElement).value).toBe('11010519491231002X');
  });
});

describe('check your answers', () => {
  it('has a Change link per answer that goes to its page and returns to the review after 继续', () => {
    render(<ServiceForm package={pension} storage={null} />);
    toApplicantStep();
    fillApplicant();
    fireEvent.click(continueButton());
    expect(heading()).toBe('提交前请核对您的回答');
    fireEvent.click(screen.getByRole('button', { name: /^修改\s*姓名$/ }));
    expect(heading()).toBe('城乡居民基本养老保险参保登记表');
    expect((screen.getByLabelText('姓名') as HTMLInputElement).value).toBe('张三');
    type('姓名', '李四');
    fireEvent.click(continueButton());
    expect(heading()).toBe('提交前请核对您的回答');
    expect(screen.getByText('李四')).toBeTruthy();
  });
});

describe('render isolation', () => {
  it('re-renders only the field being typed in', () => {
    const original = fieldRenderers['mobile-cn'];
    let renders = 0;
    const Mobile = original.component as ComponentType<FieldRendererProps>;
    fieldRenderers['mobile-cn'] = {
      ...original,
      component: (props: FieldRendererProps) => {
        renders += 1;
        return <Mobile {...props} />;
      },
    };
    try {
      render(<ServiceForm package={pension} storage={null} />);
      toApplicantStep();
      const before = renders;
      expect(before).toBeGreaterThan(0);
      for (const value of ['张', '张三', '张三丰']) type('姓名', value);
      expect(renders).toBe(before);
      type('手机号码', '1');
      expect(renders).toBe(before + 1);
    } finally {
      fieldRenderers['mobile-cn'] = original;
    }
  });
});

describe('long steps', () => {
  it('renders every field of a step far longer than the first screen', async () => {
    // The pension item with its form step grown to 150 text fields.
    const long = structuredClone(pension) as ServicePackage & { flow: { nodes: { kind: string; fields?: unknown[] }[] } };
    const step = long.flow.nodes.find((n) => n.kind === 'step')!;
    step.fields = Array.from({ length: 150 }, (_, i) => ({ id: `f_long${i}`, key: `long${i}`, type: 'text', label: { 'zh-CN': `第${i + 1}项`, en: `Item ${i + 1}` }, maxLength: 50 }));
    render(<ServiceForm package={long} storage={null} />);
    toApplicantStep();
    expect(await screen.findByLabelText('第150项（选填）')).toBeTruthy();
    expect(document.querySelectorAll('.bs-root input[type=text]').length).toBe(150);
  });
});

describe('administrator text', () => {
  it('renders a label with markup as those characters', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const pkg: ServicePackage = structuredClone(pension);
    const first = pkg.flow.nodes[0]!;
    if (first.kind === 'situation') first.field.label = { 'zh-CN': payload };
    const { container } = render(<ServiceForm package={pkg} storage={null} />);
    expect(heading()).toBe(payload);
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('drafts', () => {
  it('restores the answers and the page after a reload', async () => {
    const storage = memoryStorage();
    const first = render(<ServiceForm package={pension} storage={storage} />);
    fireEvent.click(screen.getByLabelText('否'));
    fireEvent.click(continueButton());
    await act(async () => {});
    first.unmount();
    expect(storage.items.has(draftKey(pension))).toBe(true);

    render(<ServiceForm package={pension} storage={storage} />);
    expect(heading()).toBe('您是否已参加职工基本养老保险？');
    fireEvent.click(screen.getByRole('button', { name: '返回' }));
    expect((screen.getByLabelText('否') as HTMLInputElement).checked).toBe(true);
  });

  it('tells the citizen in a banner when a saved draft could not be read', () => {
    render(<ServiceForm package={pension} storage={memoryStorage({ [draftKey(pension)]: '{not json' })} />);
    expect(screen.getByRole('region', { name: '我们已恢复您上次填写的内容' }).textContent).toContain('无法读取上次保存的内容');
  });

  it('works when localStorage throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    } as unknown as Storage;
    const drafts = createLocalStorageDrafts(broken);
    expect(drafts.load('k')).toBeNull();
    expect(() => drafts.save('k', 'v')).not.toThrow();
    render(<ServiceForm package={pension} storage={drafts} />);
    expect(heading()).toBe('您是否为在校学生？');
  });
});

describe('prefill', () => {
  it('shows where a prefilled value came from, keeps it editable, and marks shared materials 免提交', () => {
    render(<ServiceForm package={pension} storage={null} prefill={{ values: { 'identity.name': '王五' } }} />);
    fireEvent.click(screen.getByLabelText('否'));
    fireEvent.click(continueButton());
    fireEvent.click(screen.getByLabelText('否'));
    fireEvent.click(continueButton());
    expect(screen.getAllByText('免提交 — 已由部门共享获取')).toHaveLength(2);
    fireEvent.click(continueButton());
    // both materials come from data sharing: no materials page
    const name = screen.getByLabelText('姓名') as HTMLInputElement;
    expect(name.value).toBe('王五');
    expect(screen.getByText(/^来自：/)).toBeTruthy();
    expect(name.getAttribute('aria-describedby')).toContain('bs-f-f_name-source');
    expect(name.getAttribute('autocomplete')).toBe('name');
  });
});

describe('presentation', () => {
  it('marks elder mode on the root', () => {
    const { container } = render(<ServiceForm package={pension} storage={null} elderMode />);
    expect(container.querySelector('.bs-root')!.hasAttribute('data-elder')).toBe(true);
  });

  it('switches every string to English', () => {
    render(<ServiceForm package={pension} storage={null} locale="en" />);
    expect(heading()).toBe('Are you currently a student?');
    expect(screen.getByText(/^Step 1 of \d+$/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(within(screen.getByRole('alert')).getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    expect(screen.getByLabelText('Yes')).toBeTruthy();
  });

  it('gives identifier inputs their keypads and autocomplete', () => {
    render(<ServiceForm package={pension} storage={null} />);
    toApplicantStep();
    expect(screen.getByLabelText('公民身份号码').getAttribute('inputmode')).toBe('numeric');
    expect(screen.getByLabelText('手机号码').getAttribute('inputmode')).toBe('tel');
    expect(screen.getByLabelText('手机号码').getAttribute('autocomplete')).toBe('tel');
  });
});

describe('materials pages', () => {
  it('offers a commitment with its text and a 我已阅读并承诺 checkbox that signs with a +08:00 time', async () => {
    const { default: soleTrader } = await import('../../examples/gd-sole-trader-registration/gd-sole-trader-registration.package.json', { with: { type: 'json' } });
    render(<ServiceForm package={soleTrader as unknown as ServicePackage} storage={null} />);
    fireEvent.click(screen.getByLabelText('否'));
    fireEvent.click(continueButton());
    fireEvent.click(screen.getByLabelText('否'));
    fireEvent.click(continueButton());
    fireEvent.click(screen.getByLabelText('租赁'));
    fireEvent.click(continueButton());
    fireEvent.click(screen.getByLabelText('否'));
    fireEvent.click(continueButton());
    expect(heading()).toBe('您需要准备的材料（一次性告知）');
    expect(screen.getAllByText('可签署告知承诺书代替').length).toBe(1);
    fireEvent.click(continueButton());
    expect(heading()).toBe('提供材料');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('经营者居民身份证');
    fireEvent.click(screen.getByLabelText('现场提交纸质材料'));
    fireEvent.click(continueButton());
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('经营场所租赁合同');
    fireEvent.click(screen.getByLabelText('告知承诺（以承诺代替提交）'));
    fireEvent.click(continueButton());
    expect(within(screen.getByRole('alert')).getByText(/请阅读承诺内容/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('我已阅读并承诺'));
    expect((screen.getByLabelText('我已阅读并承诺') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(continueButton());
    expect(heading()).not.toBe('提供材料');
    fireEvent.click(screen.getByRole('button', { name: '返回' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('经营场所租赁合同');
    // the upload way checks the type before anything is uploaded
    fireEvent.click(screen.getAllByLabelText('上传电子文件')[0]!);
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    expect(input.getAttribute('accept')).toContain('application/pdf');
    const file = new File(['x'], 'notes.txt', { type: 'text/plain' });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    expect(screen.getByText(/文件“notes.txt”的格式不支持/)).toBeTruthy();
  });
});
