// The inspector's UI language. Strings sit next to the control that shows them as zh-CN/en pairs, because
// the inspector has hundreds of one-off labels and a pair in place is easier to review than a distant key.
import { createContext, useCallback, useContext } from 'react';
import type { Lang } from '../i18n.ts';

export const InspectorLangContext = createContext<Lang>('zh-CN');

/** Picks the text of the current UI language: `t('问题', 'Question')`. */
export type Translate = (zh: string, en: string) => string;

export function useT(): Translate {
  const lang = useContext(InspectorLangContext);
  return useCallback((zh: string, en: string) => (lang === 'en' ? en : zh), [lang]);
}

export function useLang(): Lang {
  return useContext(InspectorLangContext);
}
