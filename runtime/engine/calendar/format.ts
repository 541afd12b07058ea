/** Civil dates written out for citizens, with the weekday when asked: the form, the case views and their notices. */
import type { Locale } from '../messages.ts';
import { dayNumber, weekday } from './days.ts';

const weekdaysZh = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const weekdaysEn = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const monthsEn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 'YYYY年M月D日' / 'D Month YYYY'; with `withWeekday`, '（星期四）' / 'Thursday '. */
export function formatCivilDate(date: string, locale: Locale, withWeekday = false): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = weekday(dayNumber(date));
  if (locale === 'en') return `${withWeekday ? `${weekdaysEn[day]} ` : ''}${d} ${monthsEn[m - 1]} ${y}`;
  return `${y}年${m}月${d}日${withWeekday ? `（${weekdaysZh[day]}）` : ''}`;
}
