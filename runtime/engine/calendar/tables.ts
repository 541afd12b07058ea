/**
 * China's official holiday schedules (国务院办公厅关于部分节假日安排的通知), one table per year, as data.
 * `holidays` are the days off (statutory holidays and the weekend days moved into them), `makeUpDays` the
 * 调休 working days that fall on a Saturday or Sunday. See DOMAIN.md section 10.
 */

/** One holiday period. */
export interface HolidayPeriod {
  readonly name: { readonly 'zh-CN': string; readonly en: string };
  /** First and last day off, inclusive ('YYYY-MM-DD'). */
  readonly from: string;
  readonly to: string;
}

/** The schedule of one year. */
export interface YearTable {
  readonly holidays: readonly HolidayPeriod[];
  /** 调休上班: weekend days that are working days. */
  readonly makeUpDays: readonly string[];
  /** Where the table comes from (the notice), shown to administrators. */
  readonly source?: string;
}

const name = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** 2025: 国务院办公厅关于2025年部分节假日安排的通知，国办发明电〔2024〕12号，2024-11-12 发布. */
export const china2025: YearTable = {
  source: '国办发明电〔2024〕12号（2024年11月12日）',
  holidays: [
    { name: name('元旦', "New Year's Day"), from: '2025-01-01', to: '2025-01-01' },
    { name: name('春节', 'Spring Festival'), from: '2025-01-28', to: '2025-02-04' },
    { name: name('清明节', 'Qingming Festival'), from: '2025-04-04', to: '2025-04-06' },
    { name: name('劳动节', 'Labour Day'), from: '2025-05-01', to: '2025-05-05' },
    { name: name('端午节', 'Dragon Boat Festival'), from: '2025-05-31', to: '2025-06-02' },
    { name: name('国庆节、中秋节', 'National Day and Mid-Autumn Festival'), from: '2025-10-01', to: '2025-10-08' },
  ],
  makeUpDays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
};

/** 2026: 国务院办公厅关于2026年部分节假日安排的通知，2025-11-04 发布. */
export const china2026: YearTable = {
  source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）',
  holidays: [
    { name: name('元旦', "New Year's Day"), from: '2026-01-01', to: '2026-01-03' },
    { name: name('春节', 'Spring Festival'), from: '2026-02-15', to: '2026-02-23' },
    { name: name('清明节', 'Qingming Festival'), from: '2026-04-04', to: '2026-04-06' },
    { name: name('劳动节', 'Labour Day'), from: '2026-05-01', to: '2026-05-05' },
    { name: name('端午节', 'Dragon Boat Festival'), from: '2026-06-19', to: '2026-06-21' },
    { name: name('中秋节', 'Mid-Autumn Festival'), from: '2026-09-25', to: '2026-09-27' },
    { name: name('国庆节', 'National Day'), from: '2026-10-01', to: '2026-10-07' },
  ],
  makeUpDays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};

/** The tables shipped with Banshi, by year. */
export const officialTables: Readonly<Record<number, YearTable>> = { 2025: china2025, 2026: china2026 };
