/** Hand-written service packages for engine tests (the runtime never imports designer code, even in tests). */
import type { Field, ManifestMaterial, ServicePackage } from '../../../schemas/index.ts';

const zh = (text: string, en?: string) => ({ 'zh-CN': text, ...(en ? { en } : {}) });

const meta = {
  name: zh('护照申领'),
  itemType: { code: '20', label: zh('公共服务'), scheme: 'national' as const },
  agency: { name: zh('出入境管理局'), nature: 'statutory' as const },
  legalBasis: [{ title: zh('《护照法》') }],
  servedParties: ['natural-person' as const],
  caseType: 'promised' as const,
  channels: ['online' as const],
  visits: { count: 0 },
  legalTimeLimit: { value: 15, unit: 'working-day' as const },
  promisedTimeLimit: { value: 7, unit: 'working-day' as const },
};

const ageField: Field = {
  id: 'age', key: 'age', type: 'single-choice', label: zh('申请人年龄', 'applicant age'), required: true,
  options: [
    { value: 'adult', label: zh('16周岁以上') },
    { value: 'minor', label: zh('未满16周岁') },
    { value: 'foreign', label: zh('外国籍') },
  ],
};

const material = (key: string, extra: Partial<ManifestMaterial>): ManifestMaterial => ({
  key, nodeId: key, reach: { all: [] }, name: zh(`材料${key}`), category: 'certificate', form: 'original',
  necessity: 'required', ways: ['upload', 'paper'], accepts: ['upload', 'paper'], source: 'applicant',
  upload: { accept: ['application/pdf', 'image/jpeg'], maxSizeMB: 2 },
  ...extra,
});

/**
 * start → age; age=foreign → exit; age=minor → guardian step → guardianProof; otherwise → idCard;
 * applicant step (name, idNumber, phone, note) → photo, hukou → done.
 */
export function passportPackage(overrides: { hash?: string; version?: string; applicantFields?: Field[] } = {}): ServicePackage {
  const applicantFields: Field[] = overrides.applicantFields ?? [
    { id: 'name', key: 'name', type: 'text', label: zh('姓名', 'name'), required: true, prefill: { source: 'identity.name', label: zh('统一身份认证', 'national identity') } },
    { id: 'idNumber', key: 'idNumber', type: 'id-card-cn', label: zh('身份证号码', 'ID number'), required: true },
    { id: 'phone', key: 'phone', type: 'mobile-cn', label: zh('手机号码', 'mobile number') },
    { id: 'note', key: 'note', type: 'text', label: zh('备注', 'note') },
    { id: 'purpose', key: 'purpose', type: 'single-choice', label: zh('用途', 'purpose'), options: [{ value: 'travel', label: zh('旅游') }, { value: 'study', label: zh('留学') }] },
  ];
  const minor = { field: 'age', op: 'equals' as const, value: 'minor' };
  const foreign = { field: 'age', op: 'equals' as const, value: 'foreign' };
  return {
    packageFormat: 1,
    id: 'passport',
    version: overrides.version ?? '1.0.0',
    hash: overrides.hash ?? 'sha256:aaaa',
    compiler: { name: 'banshi', version: 'test' },
    schema: { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' },
    flow: {
      nodes: [
        { id: 'age', kind: 'situation', key: 'age', reach: { all: [] }, field: ageField },
        { id: 'out', kind: 'end', reach: foreign, outcome: 'exit', reason: zh('外国籍人员请向所在国使领馆申请', 'Foreign nationals apply at their embassy') },
        { id: 'guardian', kind: 'step', key: 'guardian', reach: minor, title: zh('监护人'), fields: [
          { id: 'guardianName', key: 'guardianName', type: 'text', label: zh('监护人姓名'), required: true },
        ] },
        { id: 'guardianProof', kind: 'material', key: 'guardianProof', reach: { reached: 'guardian' } },
        { id: 'idCard', kind: 'material', key: 'idCard', reach: { all: [{ reached: 'age' }, { not: { any: [minor, foreign] } }] } },
        { id: 'applicant', kind: 'step', key: 'applicant', reach: { any: [{ reached: 'guardianProof' }, { reached: 'idCard' }] }, title: zh('申请人信息', 'applicant'), fields: applicantFields },
        { id: 'photo', kind: 'material', key: 'photo', reach: { reached: 'applicant' } },
        { id: 'hukou', kind: 'material', key: 'hukou', reach: { reached: 'applicant' } },
        { id: 'done', kind: 'end', reach: { reached: 'applicant' }, outcome: 'submit' },
      ],
      fields: {
        age: { nodeId: 'age', path: ['age'] },
        guardianName: { nodeId: 'guardian', path: ['guardian', 'guardianName'] },
        ...Object.fromEntries(applicantFields.map((f) => [f.id, { nodeId: 'applicant', path: ['applicant', f.key] }])),
      },
    },
    materials: [
      material('guardianProof', { reach: { reached: 'guardian' }, ways: ['paper'], accepts: ['paper'] }),
      material('idCard', {
        reach: { all: [{ reached: 'age' }, { not: { any: [minor, foreign] } }] },
        ways: ['eLicence', 'paper'], accepts: ['eLicence', 'paper'], eLicence: { catalogCode: 'CN-ID' },
      }),
      material('photo', { reach: { reached: 'applicant' }, ways: ['upload'], accepts: ['upload'], upload: { accept: ['image/jpeg'], maxSizeMB: 1 } }),
      material('hukou', { reach: { reached: 'applicant' }, ways: ['sharedData', 'paper'], accepts: ['sharedData', 'paper'] }),
    ],
    guide: meta,
  };
}

/** A complete valid adult submission for passportPackage(). */
export const adultSubmission = {
  age: 'adult',
  applicant: { name: '张三', idNumber: '11010519491231002X' },
  materials: {
    idCard: { type: 'eLicence', licenceId: 'L1' },
    photo: { type: 'upload', files: [{ id: 'p1', name: 'photo.jpg', size: 20480, mediaType: 'image/jpeg' }] },
    hukou: { type: 'sharedData' },
  },
};

/** An in-memory DraftStorage with a record of calls. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const saves: string[] = [];
  return {
    items,
    saves,
    load: (key: string) => items.get(key) ?? null,
    save: (key: string, text: string) => {
      saves.push(text);
      items.set(key, text);
    },
    remove: (key: string) => void items.delete(key),
  };
}
