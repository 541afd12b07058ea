/// <reference types="vite/client" />
/**
 * The after-submission host page: `case.html?item=<example id>&scenario=progress|correction|rating|owed|withdraw`
 * (`locale=en`, `elder=1`, `now=YYYY-MM-DD`: today for the deadlines, default 2026-09-22 so pages are stable).
 * A page of its own, so the form page loads none of this code. The events are scripted here, as a host would
 * pass the case's status from its back end. Results (corrected payload, rating, withdrawal) are shown as text in
 * `<pre id="payload">` for the browser tests.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { ServicePackage } from '../../schemas/index.ts';
import type { CaseEvent, CorrectionItem } from '../engine/case/index.ts';
import { CaseProgress, CorrectionForm, OwedMaterials, Rating } from '../react/case/index.ts';
import { ServiceForm } from '../react/index.ts';
import './demo.css';
import { item, locale, packageUrls, params, text, usePackage } from './host.ts';
import { HostOutput } from './HostOutput.tsx';

// no-inline: a sample is small enough to be inlined as a data: URL, which the strict CSP's connect-src refuses.
const samples = import.meta.glob<string>('/examples/*/samples/valid-*.json', { query: '?url&no-inline', import: 'default', eager: true });
const sampleUrl = Object.entries(samples)
  .filter(([path]) => path.startsWith(`/examples/${item}/`))
  .sort(([a], [b]) => a.localeCompare(b))[0]?.[1];

const scenario = params.get('scenario') ?? 'progress';
const elderMode = params.get('elder') === '1' ? 1 : 0;
const now = params.get('now') ?? '2026-09-22';
const en = locale === 'en';
const words = {
  title: en ? 'My application' : '我的办件',
  result: en ? 'Sent to the office (demo)' : '发送给办理机关的数据（演示）',
  noSample: en ? 'This item has no sample submission.' : '该事项没有示例申请数据。',
  again: en ? 'Apply again' : '重新申请',
};

const at = (date: string, time = '09:30') => `${date}T${time}:00+08:00`;
const scripted: Record<string, CaseEvent[]> = {
  progress: [
    { type: 'submitted', at: at('2026-09-14', '10:12') },
    {
      type: 'correction-requested',
      at: at('2026-09-15'),
      items: [
        {
          kind: 'material',
          key: 'employmentProof',
          reason: '劳动合同缺少用人单位盖章页',
        },
      ],
    },
    { type: 'corrected', at: at('2026-09-16', '20:05') },
    { type: 'accepted', at: at('2026-09-17') },
    { type: 'stage-passed', stage: 'review', at: at('2026-09-21', '16:00') },
  ],
  withdraw: [{ type: 'submitted', at: at('2026-09-21', '10:12') }],
  rating: [
    { type: 'submitted', at: at('2026-09-01', '10:12') },
    { type: 'accepted', at: at('2026-09-02') },
    { type: 'approved', at: at('2026-09-08') },
    { type: 'delivered', at: at('2026-09-14') },
  ],
  owed: [
    { type: 'submitted', at: at('2026-09-14', '10:12') },
    { type: 'accepted', at: at('2026-09-18') },
  ],
};

/** The office's list for the correction scenario: the first material the sample provides, with a reason. */
function correctionItems(data: Record<string, unknown>): CorrectionItem[] {
  const materials = (data.materials ?? {}) as Record<string, { type?: string }>;
  const key =
    'employmentProof' in materials
      ? 'employmentProof'
      : (Object.keys(materials).find((k) => materials[k]?.type === 'upload') ?? Object.keys(materials)[0] ?? '');
  return [
    {
      kind: 'material',
      key,
      reason: en
        ? 'The employer’s seal page of the contract is missing: upload the complete contract, seal page included.'
        : '劳动合同缺少用人单位盖章页，请上传含盖章页的完整合同。',
    },
  ];
}

/** The owed scenario: the demo makes the item's first uploaded material deferrable (容缺) with 10 working days. */
function withDeferral(pkg: ServicePackage, key: string): ServicePackage {
  return {
    ...pkg,
    materials: pkg.materials.map((m) =>
      m.key === key
        ? {
            ...m,
            necessity: 'deferrable',
            accepts: [...m.accepts, 'deferred'],
            deferral: { workingDays: 10 },
          }
        : m,
    ),
  };
}

let uploads = 0;
async function upload(file: File): Promise<{ id: string }> {
  uploads += 1;
  return { id: `demo-${uploads}-${file.size}` };
}

function useSample(): {
  data: Record<string, unknown> | null;
  error: string | null;
} {
  const [data, setData] = useState<Record<string, unknown> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!sampleUrl) return;
    fetch(sampleUrl)
      .then((response) => response.json() as Promise<{ data: Record<string, unknown> }>)
      .then((sample) => setData(sample.data))
      .catch((caught: unknown) => setError(String(caught)));
  }, []);
  return { data, error };
}

function Case({ url }: { url: string }) {
  const { pkg, error } = usePackage(url);
  const sample = useSample();
  const [events, setEvents] = useState<CaseEvent[]>(() => scripted[scenario] ?? scripted.progress!);
  const [result, setResult] = useState<string | null>(null);
  const [again, setAgain] = useState(false);
  if (error || sample.error) return <p role="alert">{text.failed + (error ?? sample.error)}</p>;
  if (!pkg) return <p aria-live="polite">{text.loading}</p>;
  if (!sampleUrl && scenario !== 'progress' && scenario !== 'withdraw' && scenario !== 'rating') return <p role="alert">{words.noSample}</p>;
  if (sampleUrl && !sample.data) return <p aria-live="polite">{text.loading}</p>;
  const data = sample.data ?? {};
  const show = (value: unknown) => setResult(JSON.stringify(value, null, 2));

  let body;
  if (scenario === 'correction') {
    const items = correctionItems(data);
    const submitted: CaseEvent[] = [
      { type: 'submitted', at: at('2026-09-14', '10:12') },
      { type: 'correction-requested', at: at('2026-09-15'), items },
    ];
    body = (
      <>
        <CaseProgress package={pkg} events={submitted} locale={locale} now={now} elderMode={elderMode} />
        <CorrectionForm package={pkg} data={data} items={items} locale={locale} round={1} upload={upload} elderMode={elderMode} onSubmit={show} />
      </>
    );
  } else if (scenario === 'rating') {
    body = (
      <>
        <CaseProgress package={pkg} events={events} locale={locale} now={now} elderMode={elderMode} />
        <Rating
          locale={locale}
          elderMode={elderMode}
          onRate={(rating) =>
            show({
              caseEvent: { type: 'rated', at: new Date().toISOString() },
              rating,
            })
          }
        />
      </>
    );
  } else if (scenario === 'owed') {
    const key = correctionItems(data)[0]?.key ?? '';
    const deferred = withDeferral(pkg, key);
    const owedData = {
      ...data,
      materials: {
        ...(data.materials as object),
        [key]: { type: 'deferred', dueDate: '2026-09-28' },
      },
    };
    body = (
      <>
        <CaseProgress package={deferred} events={events} locale={locale} now={now} elderMode={elderMode} />
        <OwedMaterials package={deferred} data={owedData} events={events} locale={locale} now={now} elderMode={elderMode} />
      </>
    );
  } else if (again) {
    // After a withdrawal the citizen may start a new application on the same page. (This also makes the page reach
    // the whole form runtime, so the build's chunks for the form page stay exactly as they were without this page.)
    body = <ServiceForm package={pkg} locale={locale} storage={null} upload={upload} onSubmit={(payload) => show(payload)} />;
  } else {
    body = (
      <>
        <CaseProgress
          package={pkg}
          events={events}
          locale={locale}
          now={now}
          elderMode={elderMode}
          onWithdraw={(event) => {
            setEvents((list) => [...list, event]);
            show(event);
          }}
        />
        {events.some((e) => e.type === 'withdrawn') && (
          <button type="button" className="bs-button" onClick={() => setAgain(true)}>
            {words.again}
          </button>
        )}
      </>
    );
  }
  return (
    <>
      <h1 className="demo-title">
        {words.title}：{pkg.guide.name[locale] ?? pkg.guide.name['zh-CN']}
      </h1>
      {body}
      <HostOutput id="payload" heading={words.result} text={result} />
    </>
  );
}

const url = packageUrls[item || 'gd-residence-permit'];
createRoot(document.getElementById('root')!).render(<StrictMode>{url ? <Case url={url} /> : <p role="alert">{text.unknown + item}</p>}</StrictMode>);
