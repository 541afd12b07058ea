/** Reading administrator-written `LocalText` in one language. */
import type { LocalText } from './service.types.ts';

/** The locales Banshi's UIs speak today (zh-Hant will join; LocalText already has a slot for it). */
export type Locale = 'zh-CN' | 'en';

/** The text in `locale`, falling back to zh-CN (the only language every LocalText must have); '' when absent. */
export function localText(text: LocalText | undefined, locale: Locale): string {
  if (!text) return '';
  return (locale === 'en' ? text.en : undefined) ?? text['zh-CN'];
}
