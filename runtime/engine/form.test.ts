import { describe, expect, it } from 'vitest';
import type { Field } from '../../schemas/index.ts';
import { createServiceForm } from './form.ts';
import { draftKey, parseDraft } from './drafts.ts';
import { memoryStorage, passportPackage } from './testing/fixtures.ts';

const photo = { type: 'upload' as const, files: [{ id: 'p1', name: 'photo.jpg', size: 1024, mediaType: 'image/jpeg' }] };

function fillAdult(form: ReturnType<typeof createServiceForm>) {
  form.setValue('age', 'adult');
  form.setValue('name', '张三');
  form.setValue('idNumber', '11010519491231002X');
  form.setMaterial('idCard', { type: 'paper' });
  form.setMaterial('photo', photo);
  form.setMaterial('hukou', { type: 'paper' });
}

describe('form navigation', () => {
  it('shows one page per reached node, a materials page per run of materials, then review', () => {
    const form = createServiceForm(passportPackage());
    expect(form.getState().pages.map((p) => p.id)).toEqual(['age', 'materials:idCard', 'applicant', 'materials:photo', 'review']);
    // when the answer opens the guardian branch, its pages appear and the idCard page goes
    form.setValue('age', 'minor');
    expect(form.getState().pages.map((p) => p.id)).toEqual(['age', 'guardian', 'materials:guardianProof', 'applicant', 'materials:photo', 'review']);
  });

  it('does not show errors while typing, blocks next on errors, then moves on', () => {
    const form = createServiceForm(passportPackage());
    expect(form.getState().errors).toEqual({});
    expect(form.next()).toBe(false);
    expect(form.getState().errors['/age']?.message).toBe('请回答：申请人年龄');
    form.setValue('age', 'adult');
    expect(form.getState().errors).toEqual({});
    expect(form.next()).toBe(true);
    expect(form.getState().page).toBe('materials:idCard');
    expect(form.getState().progress).toEqual({ index: 1, total: 5 });
  });

  it('shows the exit reason when an exit end is reached, and back returns to editing', () => {
    const form = createServiceForm(passportPackage());
    form.setValue('age', 'foreign');
    expect(form.next()).toBe(false);
    expect(form.getState().status).toBe('ineligible');
    expect(form.getState().exit?.reason).toBe('外国籍人员请向所在国使领馆申请');
    form.back();
    expect(form.getState().status).toBe('editing');
    expect(form.getState().page).toBe('age');
  });

  it('reaches review and submits a payload with the materials manifest', () => {
    const form = createServiceForm(passportPackage(), { now: () => new Date('2026-11-29T02:00:00Z') });
    fillAdult(form);
    while (form.getState().page !== 'review') expect(form.next()).toBe(true);
    expect(form.getState().status).toBe('review');
    const result = form.submit();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.payload).toMatchObject({ packageId: 'passport', version: '1.0.0', hash: 'sha256:aaaa', submittedAt: '2026-11-29T02:00:00.000Z' });
    expect(result.payload.materials.map((m) => [m.key, m.provision])).toEqual([['idCard', 'paper'], ['photo', 'upload'], ['hukou', 'paper']]);
    expect(result.payload.materials[1]!.files).toEqual(photo.files);
    expect(form.getState().status).toBe('submitted');
  });

  it('keeps branch data in the draft when the branch is left, restores it on return, and drops it only at submit', () => {
    const form = createServiceForm(passportPackage());
    form.setValue('age', 'minor');
    form.setValue('guardianName', '王五');
    form.setValue('age', 'adult');
    expect(form.getState().data.guardian).toEqual({ guardianName: '王五' });
    expect(form.getState().effectiveData.guardian).toBeUndefined();
    form.setValue('age', 'minor');
    expect(form.getField('guardianName').value).toBe('王五');
    form.setValue('age', 'adult');
    fillAdult(form);
    const result = form.submit();
    expect(result.ok && result.payload.data.guardian).toBe(undefined);
    expect(result.ok).toBe(true);
  });

  it('removes a key when set to an empty value and notifies only the changed field', () => {
    const form = createServiceForm(passportPackage());
    const seen: string[] = [];
    form.subscribeField('name', (f) => seen.push(`name:${String(f.value)}`));
    form.subscribeField('phone', (f) => seen.push(`phone:${String(f.value)}`));
    form.setValue('name', '张');
    form.setValue('name', '');
    expect(seen).toEqual(['name:张', 'name:undefined']);
    expect(form.getState().data.applicant).toBeUndefined();
  });

  it('goes to the first page with an error when submit fails', () => {
    const form = createServiceForm(passportPackage());
    form.setValue('age', 'adult');
    const result = form.submit();
    expect(result.ok).toBe(false);
    expect(form.getState().page).toBe('materials:idCard');
  });
});

describe('drafts', () => {
  it('autosaves once per tick and restores page and answers with the same hash', async () => {
    const storage = memoryStorage();
    const form = createServiceForm(passportPackage(), { storage });
    form.setValue('age', 'adult');
    form.next();
    form.setValue('name', '张三');
    await Promise.resolve();
    expect(storage.saves).toHaveLength(1);
    const draft = parseDraft(storage.items.get(draftKey({ id: 'passport' }))!)!;
    expect(draft).toMatchObject({ packageId: 'passport', hash: 'sha256:aaaa', page: 'materials:idCard' });
    const again = createServiceForm(passportPackage(), { storage });
    expect(again.getState().page).toBe('materials:idCard');
    expect(again.getField('name').value).toBe('张三');
    expect(again.getState().draftNotices).toEqual([]);
  });

  it('lists answers that a changed package no longer accepts, dropping nothing silently', async () => {
    const storage = memoryStorage();
    const form = createServiceForm(passportPackage(), { storage, scheduleSave: (task) => task() });
    form.setValue('age', 'adult');
    form.setValue('name', '张三');
    form.setValue('phone', '13800138000');
    form.setValue('purpose', 'study');
    form.setValue('note', '长'.repeat(10));
    // when the package changed: phone removed, purpose lost 'study', note limited to 5 characters, name became a number
    const changed = passportPackage({
      hash: 'sha256:bbbb', version: '1.1.0',
      applicantFields: [
        { id: 'name', key: 'name', type: 'integer', label: { 'zh-CN': '姓名' } },
        { id: 'idNumber', key: 'idNumber', type: 'id-card-cn', label: { 'zh-CN': '身份证号码' }, required: true },
        { id: 'note', key: 'note', type: 'text', label: { 'zh-CN': '备注' }, maxLength: 5 },
        { id: 'purpose', key: 'purpose', type: 'single-choice', label: { 'zh-CN': '用途' }, options: [{ value: 'travel', label: { 'zh-CN': '旅游' } }] },
      ],
    });
    const restored = createServiceForm(changed, { storage });
    const notices = restored.getState().draftNotices.map((n) => [n.label, n.reason, n.kept]);
    expect(notices).toEqual(expect.arrayContaining([
      ['姓名', 'type-changed', false],
      ['手机号码', 'removed', false],
      ['用途', 'option-removed', false],
      ['备注', 'constraints-changed', true],
    ]));
    expect(restored.getState().data.age).toBe('adult');
    expect(restored.getField('note').value).toBe('长'.repeat(10));
  });

  it('ignores a corrupt draft with a notice instead of crashing', () => {
    for (const text of ['{not json', JSON.stringify({ packageId: 'passport' }), '[]']) {
      const form = createServiceForm(passportPackage(), { storage: memoryStorage({ 'banshi:draft:passport': text }) });
      expect(form.getState().draftNotices).toEqual([expect.objectContaining({ reason: 'corrupt' })]);
      expect(form.getState().page).toBe('age');
    }
  });

  it('restores from an asynchronous storage once ready', async () => {
    const storage = memoryStorage();
    createServiceForm(passportPackage(), { storage, scheduleSave: (task) => task() }).setValue('age', 'minor');
    const form = createServiceForm(passportPackage(), { storage: { ...storage, load: async (key: string) => storage.load(key) } });
    expect(form.getState().ready).toBe(false);
    await form.ready;
    expect(form.getState().ready).toBe(true);
    expect(form.getState().data.age).toBe('minor');
  });
});

describe('prefill', () => {
  it('fills fields from their prefill source and shows where the value came from', () => {
    const form = createServiceForm(passportPackage(), { prefill: { values: { 'identity.name': '张三', idNumber: '11010519491231002X' } } });
    expect(form.getField('name')).toEqual({ value: '张三', prefilledFrom: '统一身份认证' });
    expect(form.getState().prefilled.idNumber).toBe('idNumber');
  });

  it('marks shared-data materials 免提交 and presets held e-licences', () => {
    const form = createServiceForm(passportPackage(), { prefill: { eLicences: { 'CN-ID': 'LIC-9' } } });
    form.setValue('age', 'adult');
    const materials = Object.fromEntries(form.getState().materials.map((m) => [m.key, m]));
    expect(materials.hukou).toMatchObject({ exempt: true, provision: 'sharedData', providedBy: 'sharedData' });
    expect(materials.idCard).toMatchObject({ exempt: false, value: { type: 'eLicence', licenceId: 'LIC-9' }, providedBy: 'eLicence' });
  });

  it('asks for a shared-data material the host says is unavailable', () => {
    const form = createServiceForm(passportPackage(), { prefill: { unavailableSharedData: ['hukou'] } });
    form.setValue('age', 'adult');
    expect(form.getState().materials.find((m) => m.key === 'hukou')).toMatchObject({ exempt: false });
    expect(form.getState().effectiveData.materials).toBeUndefined();
  });
});

describe('the 一次性告知 checklist page', () => {
  it('is added after the situation questions and before the first step, when the option is on', () => {
    const form = createServiceForm(passportPackage(), { checklist: true });
    expect(form.getState().pages.map((p) => p.id)).toEqual(['age', 'checklist', 'materials:idCard', 'applicant', 'materials:photo', 'review']);
    expect(form.getState().pages[1]).toEqual({ id: 'checklist', kind: 'checklist', nodeIds: [], title: '' });
    // when the citizen answers and continues, the checklist is the next page and asks nothing
    form.setValue('age', 'adult');
    expect(form.next()).toBe(true);
    expect(form.getState().page).toBe('checklist');
    expect(form.next()).toBe(true);
    expect(form.getState().page).toBe('materials:idCard');
  });

  it('comes after every situation question before the first step, with material pages among them moved after it', () => {
    const pkg = passportPackage();
    const nodes = pkg.flow.nodes;
    // a second question after the idCard material, before the applicant step
    const idCardAt = nodes.findIndex((n) => n.id === 'idCard');
    nodes.splice(idCardAt + 1, 0, { id: 'urgent', kind: 'situation', key: 'urgent', reach: { all: [] }, field: { id: 'urgent', key: 'urgent', type: 'yes-no', label: { 'zh-CN': '是否加急' }, required: true } });
    pkg.flow.fields.urgent = { nodeId: 'urgent', path: ['urgent'] };
    const form = createServiceForm(pkg, { checklist: true });
    form.setValue('age', 'adult');
    expect(form.getState().pages.map((p) => p.id)).toEqual(['age', 'urgent', 'checklist', 'materials:idCard', 'applicant', 'materials:photo', 'review']);
  });

  it('is not added without the option', () => {
    const form = createServiceForm(passportPackage());
    expect(form.getState().pages.some((p) => p.kind === 'checklist')).toBe(false);
  });
});

describe('field errors inside a field', () => {
  it('gives a field the first error under its path (an address part) and notifies it once', () => {
    const address: Field = { id: 'home', key: 'home', type: 'address-cn', label: { 'zh-CN': '住址' }, required: true };
    const form = createServiceForm(passportPackage({ applicantFields: [address] }));
    form.setValue('age', 'adult');
    form.next();
    form.setMaterial('idCard', { type: 'paper' });
    form.next();
    form.setValue('home', { province: '440000', city: '440100', detail: '' });
    expect(form.next()).toBe(false);
    expect(form.getField('home').error?.path).toBe('/applicant/home/detail');
    // given an unchanged error, a change elsewhere does not notify the field
    let calls = 0;
    form.subscribeField('home', () => (calls += 1));
    form.setMaterial('photo', { type: 'paper' } as never);
    expect(calls).toBe(0);
  });
});

describe('per-field notifications once errors are shown', () => {
  /** On the applicant page, with its errors shown (name and idNumber required). */
  function onApplicantWithErrors() {
    const form = createServiceForm(passportPackage());
    form.setValue('age', 'adult');
    form.next();
    form.setMaterial('idCard', { type: 'paper' });
    form.next();
    expect(form.next()).toBe(false);
    expect(Object.keys(form.getState().errors)).toEqual(['/applicant/name', '/applicant/idNumber']);
    return form;
  }

  it('notifies only the field typed into, even when every error is re-derived', () => {
    const form = onApplicantWithErrors();
    const seen: string[] = [];
    for (const id of ['name', 'idNumber', 'phone', 'note']) form.subscribeField(id, (f) => seen.push(`${id}:${String(f.value)}:${f.error?.code ?? ''}`));
    form.setValue('phone', '138');
    // when the typed field gets an error of its own, it alone hears of it
    expect(seen).toEqual(['phone:138:pattern']);
    seen.length = 0;
    form.setValue('name', '张三');
    expect(seen).toEqual(['name:张三:']);
  });

  it('keeps the errors object and notifies no field when validating again finds the same problems', () => {
    const form = onApplicantWithErrors();
    const errors = form.getState().errors;
    let fieldCalls = 0;
    for (const id of ['name', 'idNumber', 'phone']) form.subscribeField(id, () => (fieldCalls += 1));
    expect(form.validatePage()).toHaveLength(2);
    expect(form.getState().errors).toBe(errors);
    form.submit();
    expect(fieldCalls).toBe(0);
  });

  it('notifies a field whose error goes away and one whose error appears, not the others', () => {
    const form = onApplicantWithErrors();
    const seen: string[] = [];
    for (const id of ['name', 'idNumber', 'phone', 'note']) form.subscribeField(id, (f) => seen.push(`${id}:${f.error?.code ?? 'ok'}`));
    form.setValue('idNumber', '11010519491231002X');
    expect(seen).toEqual(['idNumber:ok']);
  });
});

describe('materials whose way is chosen but not completed', () => {
  it('says to tick the promise for a commitment without a signature, and to upload for an empty upload', () => {
    const pkg = passportPackage();
    pkg.materials = pkg.materials.map((m) => (m.key === 'photo' ? { ...m, ways: ['upload', 'commitment'], accepts: ['upload', 'commitment'], commitment: { text: { 'zh-CN': '承诺' } } } : m));
    const form = createServiceForm(pkg);
    form.setValue('age', 'adult');
    form.setMaterial('photo', { type: 'commitment' } as never);
    const errors = form.submit();
    expect(errors.ok).toBe(false);
    expect(form.getState().errors['/materials/photo/signedAt']?.message).toBe('请阅读承诺内容，并勾选“我已阅读并承诺”：材料photo');
    form.setMaterial('photo', { type: 'upload', files: [] });
    expect(Object.values(form.getState().errors).filter((e) => e.path.startsWith('/materials/photo')).map((e) => e.message)).toEqual(['请上传材料photo']);
  });
});
