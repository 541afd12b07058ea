import { describe, expect, it } from 'vitest';
import { addDays, addWorkingDays, chinaDateOf, civilFromDays, createCalendar, dayNumber, describeDay, isWorkingDay, workingDaysBetween } from './index.ts';

/** The official schedules written out day by day (DOMAIN.md section 10), independently of tables.ts. */
const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let n = dayNumber(from); n <= dayNumber(to); n += 1) out.push(civilFromDays(n));
  return out;
};
const daysOff: Record<number, string[]> = {
  2025: [
    '2025-01-01',
    ...range('2025-01-28', '2025-02-04'),
    ...range('2025-04-04', '2025-04-06'),
    ...range('2025-05-01', '2025-05-05'),
    ...range('2025-05-31', '2025-06-02'),
    ...range('2025-10-01', '2025-10-08'),
  ],
  2026: [
    ...range('2026-01-01', '2026-01-03'),
    ...range('2026-02-15', '2026-02-23'),
    ...range('2026-04-04', '2026-04-06'),
    ...range('2026-05-01', '2026-05-05'),
    ...range('2026-06-19', '2026-06-21'),
    ...range('2026-09-25', '2026-09-27'),
    ...range('2026-10-01', '2026-10-07'),
  ],
};
const makeUp: Record<number, string[]> = {
  2025: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  2026: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};

describe('the working-day calendar', () => {
  it('gives the same answers whatever the machine time zone (Node applies a changed TZ at once)', () => {
    // npm test also reruns runtime/engine under TZ=UTC; here the zone changes within one run.
    const saved = process.env.TZ;
    try {
      for (const zone of ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env.TZ = zone;
        expect(addWorkingDays('2026-09-18', 5).date, zone).toBe('2026-09-24');
        expect(addWorkingDays('2025-01-24', 3).date, zone).toBe('2025-02-05');
        expect(isWorkingDay('2026-09-20'), zone).toBe(true);
        expect(chinaDateOf(new Date('2026-09-18T16:00:00Z')), zone).toBe('2026-09-19');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  for (const year of [2025, 2026]) {
    it(`follows the official ${year} schedule on every day of the year`, () => {
      const off = new Set(daysOff[year]);
      const work = new Set(makeUp[year]);
      for (const date of range(`${year}-01-01`, `${year}-12-31`)) {
        const day = new Date(`${date}T12:00:00Z`).getUTCDay();
        const expected = work.has(date) || (!off.has(date) && day !== 0 && day !== 6);
        expect(isWorkingDay(date), date).toBe(expected);
        expect(describeDay(date).fallback, date).toBe(false);
      }
    });

    it(`makes every ${year} make-up working day a Saturday or Sunday that counts`, () => {
      for (const date of makeUp[year]!) {
        const info = describeDay(date);
        expect(info).toMatchObject({ working: true, makeUp: true });
      }
    });
  }

  it('has the 2025 Spring Festival starting on 除夕 and 8 days long, and the 2026 one 9 days long', () => {
    expect(describeDay('2025-01-28').holiday?.name['zh-CN']).toBe('春节');
    expect(daysOff[2025]!.filter((d) => describeDay(d).holiday?.name['zh-CN'] === '春节')).toHaveLength(8);
    expect(daysOff[2026]!.filter((d) => describeDay(d).holiday?.name['zh-CN'] === '春节')).toHaveLength(9);
  });

  describe('the worked examples of DOMAIN.md section 10 (counting starts the day after acceptance)', () => {
    const cases: [string, number, string][] = [
      ['2026-09-18', 5, '2026-09-24'],
      ['2026-09-18', 10, '2026-10-09'],
      ['2026-09-18', 11, '2026-10-10'],
      ['2025-01-24', 1, '2025-01-26'],
      ['2025-01-24', 2, '2025-01-27'],
      ['2025-01-24', 3, '2025-02-05'],
    ];
    for (const [accepted, n, due] of cases) {
      it(`accepted on ${accepted} with ${n} working days is due ${due}`, () => {
        expect(addWorkingDays(accepted, n)).toEqual({ date: due, fallbackYears: [] });
        expect(workingDaysBetween(accepted, due)).toEqual({ days: n, fallbackYears: [] });
      });
    }
  });

  it('counts 0 working days as the day itself and negative ones backwards', () => {
    expect(addWorkingDays('2026-10-09', 0).date).toBe('2026-10-09');
    expect(addWorkingDays('2026-10-09', -10).date).toBe('2026-09-18');
    expect(workingDaysBetween('2026-10-09', '2026-09-18').days).toBe(-10);
  });

  it('falls back to Monday to Friday for a year with no table and says so on every result', () => {
    const due = addWorkingDays('2026-12-28', 10);
    expect(due).toEqual({ date: '2027-01-11', fallbackYears: [2027] });
    expect(workingDaysBetween('2026-12-28', '2027-01-11')).toEqual({ days: 10, fallbackYears: [2027] });
    expect(describeDay('2027-01-01')).toMatchObject({ working: true, fallback: true });
    expect(addWorkingDays('2026-12-01', 5).fallbackYears).toEqual([]);
  });

  it('lets an administrator add a year and extra local days off', () => {
    const calendar = createCalendar({
      years: {
        2027: { holidays: [{ name: { 'zh-CN': '元旦', en: "New Year's Day" }, from: '2027-01-01', to: '2027-01-01' }], makeUpDays: [], source: 'test' },
        2026: { holidays: [{ name: { 'zh-CN': '台风停工', en: 'Typhoon closure' }, from: '2026-09-21', to: '2026-09-21' }], makeUpDays: [] },
      },
    });
    expect(addWorkingDays('2026-12-31', 1, calendar)).toEqual({ date: '2027-01-04', fallbackYears: [] });
    expect(isWorkingDay('2026-09-21', calendar)).toBe(false);
    // The official days stay.
    expect(isWorkingDay('2026-09-20', calendar)).toBe(true);
    expect(isWorkingDay('2026-10-01', calendar)).toBe(false);
    // Without the official tables every year falls back.
    expect(addWorkingDays('2026-09-30', 1, createCalendar({ official: false }))).toEqual({ date: '2026-10-01', fallbackYears: [2026] });
  });

  it('rejects tables whose days are not in their year, and dates that do not exist', () => {
    expect(() => createCalendar({ years: { 2027: { holidays: [], makeUpDays: ['2026-01-04'] } } })).toThrow(RangeError);
    expect(() => dayNumber('2026-02-30')).toThrow(RangeError);
    expect(() => dayNumber('2026-9-1')).toThrow(RangeError);
  });

  it('takes the civil date in China of an instant whatever the machine time zone', () => {
    expect(chinaDateOf('2026-09-18T17:30:00Z')).toBe('2026-09-19');
    expect(chinaDateOf('2026-09-18T23:30:00+08:00')).toBe('2026-09-18');
    expect(chinaDateOf('2026-09-18T23:30:00')).toBe('2026-09-18');
    expect(chinaDateOf(new Date('2026-09-18T16:00:00Z'))).toBe('2026-09-19');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});
