/// <reference types="vite/client" />
/**
 * What both host pages share: which example packages exist (fetched, never bundled), the query parameters, the
 * host's own few strings, and loading a package.
 */
import { useEffect, useState } from 'react';
import type { ServicePackage } from '../../schemas/index.ts';

/** Example id → URL of its package (a hashed asset in the build, the file itself in dev). */
export const packageUrls: Record<string, string> = {};
const globbed = import.meta.glob<string>(['/examples/*/*.package.json', './xss.package.json'], { query: '?url', import: 'default', eager: true });
for (const [path, url] of Object.entries(globbed)) {
  const id = path.endsWith('/xss.package.json') ? 'xss' : (/\/([^/]+)\.package\.json$/.exec(path)?.[1] ?? path);
  packageUrls[id] = url;
}

export const params = new URLSearchParams(location.search);
export const locale = params.get('locale') === 'en' ? 'en' : 'zh-CN';
export const item = params.get('item') ?? '';
document.documentElement.lang = locale;

export const text = {
  'zh-CN': { loading: '正在加载…', failed: '无法加载该事项：', pick: '请选择要办理的事项', unknown: '没有这个事项：', payload: '提交的数据（演示）', rating: '收到的评价（演示）' },
  en: { loading: 'Loading…', failed: 'The item could not be loaded: ', pick: 'Choose a service', unknown: 'No such item: ', payload: 'Submitted data (demo)', rating: 'Rating received (demo)' },
}[locale];

/** Fetches a package; `error` is set when it cannot be loaded. */
export function usePackage(url: string): { pkg: ServicePackage | null; error: string | null } {
  const [pkg, setPkg] = useState<ServicePackage | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<ServicePackage>;
      })
      .then((loaded) => live && setPkg(loaded))
      .catch((caught: unknown) => live && setError(String(caught)));
    return () => {
      live = false;
    };
  }, [url]);
  return { pkg, error };
}
