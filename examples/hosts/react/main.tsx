/// <reference types="vite/client" />
/**
 * A React portal embedding <ServiceForm> from runtime/react (served under `default-src 'self'; script-src 'self'`).
 * `?item=<example id>`, `elder=1`, `locale=en`, `drafts=0`. The submitted payload is shown in <pre id="payload">.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { SubmissionPayload } from '../../../runtime/engine/index.ts';
import { ServiceForm } from '../../../runtime/react/index.ts';
import { locale, packageUrls, params, usePackage } from '../../../runtime/demo/host.ts';
import './portal.css';

function Portal({ url }: { url: string }) {
  const { pkg, error } = usePackage(url);
  const [payload, setPayload] = useState<SubmissionPayload | null>(null);
  return (
    <>
      <header className="portal-header">
        <p className="portal-name">某市政务服务网</p>
      </header>
      <main className="portal-main">
        {error && <p role="alert">无法加载该事项：{error}</p>}
        {!pkg && !error && <p role="status">正在加载…</p>}
        {pkg && (
          <ServiceForm
            package={pkg}
            locale={locale}
            {...(params.get('elder') === '1' ? { elderMode: true } : {})}
            {...(params.get('drafts') === '0' ? { storage: null } : {})}
            onSubmit={(submitted) => {
              setPayload(submitted);
              return { reference: `PORTAL-${submitted.packageId.toUpperCase()}-0001` };
            }}
          />
        )}
        {payload && (
          <section aria-labelledby="payload-heading">
            <h2 id="payload-heading">门户收到的数据（演示）</h2>
            <pre id="payload" tabIndex={0}>
              {JSON.stringify(payload, null, 2)}
            </pre>
          </section>
        )}
      </main>
    </>
  );
}

const url = packageUrls[params.get('item') ?? 'gd-elderly-card'] ?? packageUrls['gd-elderly-card']!;
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Portal url={url} />
  </StrictMode>,
);
