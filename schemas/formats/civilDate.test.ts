import { describe, expect, it } from 'vitest';
import { daysInMonth, isCivilDate, todayInShanghai } from './civilDate.ts';

describe('isCivilDate', () => {
  it('accepts real dates, including 29 February in leap years', () => {
    // given real calendar dates
    // when checked
    // then they are civil dates
    for (const date of ['2026-11-29', '1880-01-01', '2000-02-29', '2024-02-29', '1000-01-01', '9999-12-31']) {
      expect(isCivilDate(date)).toBe(true);
    }
  });

  it('rejects impossible days and months', () => {
    // given impossible dates
    // when checked
    // then they are not civil dates
    for (const date of ['2026-02-30', '1900-02-29', '2023-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-01-00']) {
      expect(isCivilDate(date)).toBe(false);
    }
  });

  it('rejects other shapes and years before 1000', () => {
    // given other shapes
    // when checked
    // then they are not civil dates
    for (const date of ['0999-12-31', '2026-1-5', '20261129', '2026/11/29', ' 2026-11-29', '2026-11-29T00:00', '+02026-11-29', '']) {
      expect(isCivilDate(date)).toBe(false);
    }
  });

  it('knows the length of every month', () => {
    // given months of a common and a leap year
    // when asked
    // then the Gregorian lengths are returned
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });
});

describe('todayInShanghai', () => {
  it.each([
    ['2026-11-29T15:59:59.999Z', '2026-11-29'],
    ['2026-11-29T16:00:00.000Z', '2026-11-30'],
    ['2026-11-29T16:30:00.000Z', '2026-11-30'],
    ['2026-11-29T23:59:59.999Z', '2026-11-30'],
    ['2026-11-30T00:00:00.000Z', '2026-11-30'],
    ['2026-12-31T16:00:00.000Z', '2027-01-01'],
    ['2028-02-28T16:00:00.000Z', '2028-02-29'],
    ['2026-07-01T12:00:00.000Z', '2026-07-01'],
  ])('gives the Shanghai civil date at %s as %s', (instant, expected) => {
    // given an instant around UTC midnight (UTC+8 all year, no DST)
    // when today in Shanghai is asked for
    // then it is the UTC+8 date, whatever the machine's TZ
    expect(todayInShanghai(Date.parse(instant))).toBe(expected);
  });

  it('defaults to now and returns a civil date', () => {
    // given no instant
    // when asked
    const today = todayInShanghai();
    // then it is a civil date equal to the one for Date.now() (barring a midnight between the calls)
    expect(isCivilDate(today)).toBe(true);
    expect([todayInShanghai(Date.now()), todayInShanghai(Date.now() - 1000)]).toContain(today);
  });

  it('throws for instants that are not representable', () => {
    // given NaN and infinity
    // when asked
    // then a RangeError is thrown
    expect(() => todayInShanghai(Number.NaN)).toThrow(RangeError);
    expect(() => todayInShanghai(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
