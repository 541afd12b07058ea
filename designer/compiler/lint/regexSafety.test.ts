import { describe, expect, it } from 'vitest';
import { regexRisk } from './regexSafety.ts';

describe('regexRisk', () => {
  it.each([
    ['(a+)+$', 'a variable repetition nested in another'],
    ['(a*)*b', 'a star nested in a star'],
    ['(a|a)*', 'identical alternatives in a repetition'],
    ['(a|ab)*c', 'alternatives that start alike in a repetition'],
    ['(\\d+\\s?)+$', 'digits and optional space repeated'],
    ['(.*a){3,}', 'an unbounded repetition of a group holding .*'],
    ['(a)\\1', 'a backreference'],
  ])('flags the catastrophic pattern %s (%s)', (pattern) => {
    // given a pattern that backtracks exponentially (or uses a backreference); when it is checked
    const risk = regexRisk(pattern);
    // then a risk is reported with a reason in both languages
    expect(risk).toBeDefined();
    expect(risk!.zh).not.toBe('');
    expect(risk!.en).not.toBe('');
  });

  it.each([
    '^[0-9]{6}$',
    '^[A-Z]{2}[0-9]{6}$',
    '^(\\d{3}-){2}\\d{4}$',
    '^[\\u4e00-\\u9fa5]{2,20}$',
  ])('does not flag the common safe pattern %s', (pattern) => {
    expect(regexRisk(pattern)).toBeUndefined();
  });

  // False positive: in ^[a-z]+(-[a-z]+)*$ every repetition of the group must start with "-", which [a-z]+ never
  // matches, so each input has exactly one way to match and matching is linear. The checker flags any variable
  // repetition nested in another without looking at whether the inner parts are separated by a disjoint
  // literal. Marked it.fails until regexSafety.ts learns that (then turn it into an ordinary `it`).
  it.fails('does not flag the linear pattern ^[a-z]+(-[a-z]+)*$ (known false positive)', () => {
    expect(regexRisk('^[a-z]+(-[a-z]+)*$')).toBeUndefined();
  });

  it('accepts every pattern it judges safe as a valid Unicode regular expression', () => {
    for (const pattern of ['^[0-9]{6}$', '^[A-Z]{2}[0-9]{6}$', '^(\\d{3}-){2}\\d{4}$', '^[\\u4e00-\\u9fa5]{2,20}$']) {
      expect(() => new RegExp(pattern, 'u')).not.toThrow();
    }
  });
});
