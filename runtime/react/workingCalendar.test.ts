import { describe, expect, it } from 'vitest';
import { addWeekdays } from './workingCalendar.ts';

describe('the fallback when the holiday tables cannot be loaded', () => {
  it('counts Monday to Friday when the holiday tables cannot be loaded', () => {
    // Friday 2026-11-27 + 3 working days = Wednesday 2026-12-02
    expect(addWeekdays('2026-11-27', 3)).toBe('2026-12-02');
  });
});
