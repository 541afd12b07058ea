import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../schemas/service.types.ts';
import { fixture } from '../testing/fixture.ts';
import { answerLookup, conditionText } from './conditionText.ts';

const answers = answerLookup(fixture);

describe('conditionText', () => {
  it('names the question and the chosen option instead of ids and values', () => {
    const condition: Condition = { field: 'category', op: 'equals', value: 'local' };
    expect(conditionText(condition, answers, 'zh-CN')).toBe('「申请人类别」为「本市户籍」');
    expect(conditionText(condition, answers, 'en')).toBe('“Applicant category” is “Registered in the city”');
  });

  it('reads yes-no answers as 是/否 and drops the question mark', () => {
    expect(conditionText({ field: 'isSenior', op: 'equals', value: false }, answers, 'zh-CN')).toBe('「申请人是否年满60周岁」为「否」');
  });

  it('brackets nested groups so that and/or read unambiguously', () => {
    const condition: Condition = {
      all: [
        { field: 'isSenior', op: 'equals', value: true },
        { any: [{ field: 'category', op: 'in', value: ['local', 'resident'] }, { field: 'applicantName', op: 'isNotEmpty' }] },
      ],
    };
    expect(conditionText(condition, answers, 'zh-CN')).toBe(
      '「申请人是否年满60周岁」为「是」 且 （「申请人类别」为以下之一：「本市户籍」、「持本市居住证」 或 「姓名」已填写）',
    );
  });

  it('falls back to the field id when the condition reads an unknown field', () => {
    expect(conditionText({ not: { field: 'ghost', op: 'gt', value: 3 } }, answers, 'en')).toBe('not (“ghost” > “3”)');
  });
});
