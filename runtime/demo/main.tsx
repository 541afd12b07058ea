/// <reference types="vite/client" />
/**
 * The citizen host page: what a portal does to embed the runtime. Served under the strict policy
 * `default-src 'self'; script-src 'self'` (vite.config.ts), so anything the runtime needs beyond that shows up as
 * a CSP violation in the browser tests.
 *
 * Query: `?item=<example id>` (or `xss`: runtime/demo/xss.package.json, administrator texts full of markup),
 * `locale=en`, `elder=1` (长辈版), `view=guide` (办事指南 instead of the form), `drafts=0` (no localStorage drafts),
 * `prefill=1` (a demo identity as the host would pass it).
 *
 * Packages are not bundled: each is emitted as its own asset and fetched, so the initial JS stays the runtime's.
 * The submitted payload is shown as text in `<pre id="payload">` for the browser tests.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { ServicePackage } from '../../schemas/index.ts';
import type { Prefill } from '../engine/index.ts';
import { ServiceForm, ServiceGuide } from '../react/index.ts';
import './demo.css';

/** Example id → URL of its package (a hashed asset in the build, the file itself in dev). */
const packageUrls: Record<string, string> = {};
const globbed = import.meta.glob<string>(['/examples/*/*.package.json', './xss.package.json'], { query: '?url', import: 'default', eager: true });
for (const [path, url] of Object.entries(globbed)) {
  const id = path.endsWith('/xss.package.json') ? 'xss' : (/\/([^/]+)\.package\.json$/.exec(path)?.[1] ?? path);
  packageUrls[id] = url;
}

const params = new URLSearchParams(location.search);
const locale = params.get('locale') === 'en' ? 'en' : 'zh-CN';
const item = params.get('item') ?? '';
const elderMode = params.get('elder') === '1';
const view = params.get('view') === 'guide' ? 'guide' : 'form';
const demoPrefill: Prefill | undefined =
  params.get('prefill') === '1'
    ? { values: { 'identity.name': '张三', 'identity.idNumber': '11010519491231002X', 'identity.mobile': '13800138000' } }
    : undefined;

document.documentElement.lang = locale;

const text = {
  'zh-CN': {
    loading: '正在加载…',
    failed: '无法加载该事项：',
    pick: '请选择要办理的事项',
    unknown: '没有这个事项：',
    payload: '提交的数据（演示）',
  },
  en: {
    loading: 'Loading…',
    failed: 'The item could not be loaded: ',
    pick: 'Choose a service',
    unknown: 'No such item: ',
    payload: 'Submitted data (demo)',
  },
}[locale];

let uploads = 0;
async function upload(file: File): Promise<{ id: string }> {
  uploads += 1;
  return { id: `demo-${uploads}-${file.size}` };
}

function Catalogue() {
  return (
    <>
      <h1>{text.pick}</h1>
      {item && <p role="alert">{text.unknown + item}</p>}
      <ul>
        {Object.keys(packageUrls)
          .sort()
          .map((id) => (
            <li key={id}>
              <a href={`?item=${encodeURIComponent(id)}${locale === 'en' ? '&locale=en' : ''}`}>{id}</a>
            </li>
          ))}
      </ul>
    </>
  );
}

function Demo({ url }: { url: string }) {
  const [pkg, setPkg] = useState<ServicePackage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [payload, setPayload] = useState<string | null>(null);

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

  if (error) return <p role="alert">{text.failed + error}</p>;
  if (!pkg) return <p aria-live="polite">{text.loading}</p>;
  if (view === 'guide') return <ServiceGuide package={pkg} locale={locale} />;
  return (
    <>
      <ServiceForm
        package={pkg}
        locale={locale}
        elderMode={elderMode}
        {...(params.get('drafts') === '0' ? { storage: null } : {})}
        {...(demoPrefill ? { prefill: demoPrefill } : {})}
        upload={upload}
        onSubmit={(submitted) => {
          setPayload(JSON.stringify(submitted, null, 2));
          return { reference: `DEMO-${pkg.id.toUpperCase()}-0001` };
        }}
      />
      {payload !== null && (
        <section className="demo-payload" aria-labelledby="payload-heading">
          <h2 id="payload-heading">{text.payload}</h2>
          <pre id="payload" tabIndex={0}>
            {payload}
          </pre>
        </section>
      )}
    </>
  );
}

const url = packageUrls[item];
createRoot(document.getElementById('root')!).render(<StrictMode>{url ? <Demo url={url} /> : <Catalogue />}</StrictMode>);
