import { describe, expect, it } from 'vitest';
import { chinaDate, chinaTimestamp, referenceOf } from './format.ts';

describe('formatting for citizens', () => {
  it('writes a commitment time in China time with the +08:00 offset', () => {
    expect(chinaTimestamp(new Date('2026-11-29T18:30:05Z'))).toBe('2026-11-30T02:30:05+08:00');
    expect(chinaDate(new Date('2026-11-29T18:30:05Z'))).toBe('2026-11-30');
  });

  it('derives a stable, readable reference from a payload', () => {
    expect(referenceOf({ a: 1 })).toBe(referenceOf({ a: 1 }));
    expect(referenceOf({ a: 1 })).not.toBe(referenceOf({ a: 2 }));
    expect(referenceOf({ a: 1 })).toMatch(/^BS-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
  });
});
