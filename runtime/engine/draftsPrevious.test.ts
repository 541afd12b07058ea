import { describe, expect, it } from 'vitest';
import type { PackageChange, ServicePackage } from '../../schemas/index.ts';
import { createServiceForm } from './form.ts';
import { memoryStorage, passportPackage } from './testing/fixtures.ts';

const zh = (text: string) => ({ 'zh-CN': text });
const photo = { type: 'upload' as const, files: [{ id: 'p1', name: 'photo.jpg', size: 1024, mediaType: 'image/jpeg' }] };

/** The passport package of version 1.1.0, which says what changed since 1.0.0 (hash aaaa). */
function nextVersion(changes: PackageChange[], previousHash = 'sha256:aaaa'): ServicePackage {
  const base = passportPackage({ hash: 'sha256:bbbb', version: '1.1.0' });
  const applicant = base.flow.nodes.find((node) => node.id === 'applicant');
  if (applicant?.kind === 'step') {
    applicant.fields = applicant.fields
      .filter((field) => field.id !== 'phone')
      .map((field) => (field.id === 'note' ? { ...field, label: zh('补充说明') } : field));
  }
  delete base.flow.fields.phone;
  return { ...base, previous: { version: '1.0.0', hash: previousHash, changes } };
}

const changes: PackageChange[] = [
  { kind: 'field', change: 'removed', id: 'phone', key: 'phone', path: ['applicant', 'phone'], label: zh('手机号码') },
  { kind: 'field', change: 'changed', id: 'note', key: 'note', path: ['applicant', 'note'], label: zh('补充说明'), details: ['label'] },
  { kind: 'field', change: 'changed', id: 'name', key: 'name', path: ['applicant', 'name'], label: zh('姓名'), details: ['hint'] },
  { kind: 'material', change: 'changed', id: 'photo', key: 'photo', path: ['materials', 'photo'], label: zh('材料photo'), details: ['necessity'] },
  { kind: 'condition', change: 'changed', id: 'e1', label: zh('年龄 → 监护人'), details: ['condition'] },
];

/** A citizen of version 1.0.0 who answered a few questions, one of them not finished (an incomplete ID number). */
function draftOfVersion1() {
  const storage = memoryStorage();
  const form = createServiceForm(passportPackage(), { storage, scheduleSave: (task) => task() });
  form.setValue('age', 'adult');
  form.setValue('name', '张三');
  form.setValue('idNumber', '110105');
  form.setValue('phone', '13800138000');
  form.setValue('note', '周末取件');
  form.setMaterial('photo', photo);
  form.setMaterial('hukou', { type: 'paper' });
  return storage;
}

describe('restoring a draft of the previous version', () => {
  it('lists exactly the answers the change list names: removed and changed fields and changed materials', () => {
    // given a draft of 1.0.0 and a package of 1.1.0 whose previous version is that draft's
    const storage = draftOfVersion1();
    // when the citizen comes back
    const form = createServiceForm(nextVersion(changes), { storage });
    // then the removed phone, the relabelled note and the changed photo are listed; the unchanged (if unfinished)
    // ID number, the name whose hint changed and the unchanged household register are not
    const notices = form.getState().draftNotices.map((n) => [n.fieldId, n.reason, n.label, n.kept]);
    expect(notices).toEqual([
      ['phone', 'removed', '手机号码', false],
      ['note', 'constraints-changed', '补充说明', true],
      ['photo', 'constraints-changed', '材料photo', true],
    ]);
    expect(form.getField('idNumber').value).toBe('110105');
    expect(form.getField('note').value).toBe('周末取件');
    expect(form.getState().data.materials).toEqual({ photo, hukou: { type: 'paper' } });
  });

  it('falls back to comparing answers when the draft is older than the previous version', () => {
    // given the same draft, but the package follows some other version than the draft's
    const storage = draftOfVersion1();
    const form = createServiceForm(nextVersion(changes, `sha256:${'c'.repeat(64)}`), { storage });
    // then only what the fields as they are now say: the phone is gone, the unfinished ID number breaks its rule
    const notices = form.getState().draftNotices.map((n) => [n.fieldId, n.reason]);
    expect(notices).toEqual([
      ['idNumber', 'constraints-changed'],
      ['phone', 'removed'],
    ]);
  });
});
