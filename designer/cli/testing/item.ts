/** A small compiled item for CLI and validator tests: every kind of submission error has a place to happen. */
import type { ServiceDefinition, ServicePackage } from '../../../schemas/index.ts';
import { compile } from '../../compiler/index.ts';
import { definition, edge, end, eq, field, material, situation, start, step } from '../../compiler/testing/builders.ts';

const zh = (text: string, en = text) => ({ 'zh-CN': text, en });

export function testItem(): ServiceDefinition {
  return definition(
    [
      start(),
      situation('age', 'single-choice', { question: zh('申请人年龄段', 'Age group'), options: [
        { value: 'adult', label: zh('16周岁以上', '16 or over') },
        { value: 'child', label: zh('未满16周岁', 'Under 16') },
        { value: 'none', label: zh('不适用', 'Not applicable') },
      ] }),
      situation('copies', 'integer', { question: zh('申领份数', 'Copies'), minimum: 1, maximum: 3 }),
      step('applicant', [
        field('name', 'text', { label: zh('姓名', 'Name'), required: true, maxLength: 5 }),
        field('idNumber', 'id-card-cn', { label: zh('公民身份号码', 'ID number'), required: true }),
        field('phone', 'mobile-cn', { label: zh('手机号码', 'Mobile') }),
        field('tags', 'multi-choice', { label: zh('用途', 'Purposes'), maxItems: 1, options: [
          { value: 'x', label: zh('甲', 'X') },
          { value: 'y', label: zh('乙', 'Y') },
        ] }),
      ]),
      material('guardianProof', { name: zh('监护关系证明', 'Proof of guardianship') }),
      material('photo', { name: zh('照片', 'Photo'), ways: ['upload', 'paper'] }),
      end('done'),
      end('notEligible', 'exit'),
    ],
    [
      edge('start', 'age'),
      edge('age', 'copies', { field: 'age', op: 'in', value: ['adult', 'child'] }),
      edge('age', 'notEligible', eq('age', 'none')),
      edge('copies', 'guardianProof', eq('age', 'child')),
      edge('copies', 'applicant', 'otherwise'),
      edge('guardianProof', 'applicant'),
      edge('applicant', 'photo'),
      edge('photo', 'done'),
    ],
  );
}

export function testPackage(): ServicePackage {
  const result = compile(testItem());
  if (!result.package) throw new Error(`test item does not compile: ${JSON.stringify(result.diagnostics)}`);
  return result.package;
}

/** A submission the test package accepts. */
export const validSubmission = (): Record<string, unknown> => ({
  age: 'adult',
  copies: 1,
  applicant: { name: '张三', idNumber: '11010519491231002X' },
  materials: { photo: { type: 'paper' } },
});
