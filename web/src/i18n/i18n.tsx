import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setApiLanguage } from '../api/client';
import { en, zh, type MessageKey } from './messages';

export type Lang = 'zh' | 'en';
const STORE = 'zhifa-lang';

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
}

const Context = createContext<I18n | undefined>(undefined);

const tag = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en');

export function format(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

export function translator(lang: Lang): I18n['t'] {
  const table = lang === 'zh' ? zh : en;
  return (key, vars) => format(table[key], vars);
}

/** Chinese first; English when the reader chose it (kept in this browser). */
export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const first = initial ?? (localStorage.getItem(STORE) === 'en' ? 'en' : 'zh');
    // Before the first request: children's effects run before this provider's.
    setApiLanguage(tag(first));
    return first;
  });
  useEffect(() => {
    document.documentElement.lang = tag(lang);
  }, [lang]);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang: (next) => {
        localStorage.setItem(STORE, next);
        setApiLanguage(tag(next));
        setLangState(next);
      },
      t: translator(lang),
    }),
    [lang],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(Context);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
