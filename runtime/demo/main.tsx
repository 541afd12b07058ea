/// <reference types="vite/client" />
/**
 * The citizen host page: what a portal does to embed the runtime. Served under the strict policy
 * `default-src 'self'; script-src 'self'` (vite.config.ts), so anything the runtime needs beyond that shows up as
 * a CSP violation in the browser tests.
 *
 * Query: `?item=<example id>` (or `xss`: runtime/demo/xss.package.json, administrator texts full of markup),
 * `locale=en`, `elder=1` (长辈版), (the 办事指南 is guide.html with the same parameters: a page of its own, so the form page never loads it), `drafts=0` (no localStorage drafts),
 * `prefill=1` (a demo identity as the host would pass it), `now=<ISO 8601 instant>` (the form's clock, for stable
 * due dates in the browser tests).
 *
 * Packages are not bundled: each is emitted as its own asset and fetched, so the initial JS stays the runtime's.
 * The submitted payload is shown as text in `<pre id="payload">` for the browser tests, and a 好差评 rating given on
 * the confirmation page in `<pre id="rating">`.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Prefill } from '../engine/index.ts';
import { ServiceForm } from '../react/index.ts';
import './demo.css';
import { item, locale, packageUrls, params, text, usePackage } from './host.ts';
import { HostOutput } from './HostOutput.tsx';

const elderMode = params.get('elder') === '1';
const demoPrefill: Prefill | undefined =
  params.get('prefill') === '1'
    ? { values: { 'identity.name': '张三', 'identity.idNumber': '11010519491231002X', 'identity.mobile': '13800138000' } }
    : undefined;

const fixedNow = params.get('now') ? new Date(params.get('now')!) : undefined;
const clock = fixedNow && !Number.isNaN(fixedNow.getTime()) ? () => new Date(fixedNow) : undefined;

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
  const { pkg, error } = usePackage(url);
  const [payload, setPayload] = useState<string | null>(null);
  const [rating, setRating] = useState<string | null>(null);

  if (error) return <p role="alert">{text.failed + error}</p>;
  if (!pkg) return <p aria-live="polite">{text.loading}</p>;
  return (
    <>
      <ServiceForm
        package={pkg}
        locale={locale}
        elderMode={elderMode}
        {...(params.get('drafts') === '0' ? { storage: null } : {})}
        {...(demoPrefill ? { prefill: demoPrefill } : {})}
        {...(clock ? { now: clock } : {})}
        upload={upload}
        onSubmit={(submitted) => {
          setPayload(JSON.stringify(submitted, null, 2));
          return { reference: `DEMO-${pkg.id.toUpperCase()}-0001` };
        }}
        onRate={(given) => setRating(JSON.stringify(given, null, 2))}
      />
      <HostOutput id="payload" heading={text.payload} text={payload} />
      <HostOutput id="rating" heading={text.rating} text={rating} />
    </>
  );
}

const url = packageUrls[item];
createRoot(document.getElementById('root')!).render(<StrictMode>{url ? <Demo url={url} /> : <Catalogue />}</StrictMode>);
