/**
 * The 办事指南 host page: `guide.html?item=<example id>&locale=en`. Separate from the form page so that a portal
 * showing the form loads none of the guide's code (and the reverse). Served under the same strict CSP.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ServiceGuide } from '../react/ServiceGuide.tsx';
import './demo.css';
import { item, locale, packageUrls, text, usePackage } from './host.ts';

function Guide({ url }: { url: string }) {
  const { pkg, error } = usePackage(url);
  if (error) return <p role="alert">{text.failed + error}</p>;
  if (!pkg) return <p aria-live="polite">{text.loading}</p>;
  return <ServiceGuide package={pkg} locale={locale} />;
}

const url = packageUrls[item];
createRoot(document.getElementById('root')!).render(
  <StrictMode>{url ? <Guide url={url} /> : <p role="alert">{text.unknown + item}</p>}</StrictMode>,
);
