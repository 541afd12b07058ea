import type { ReachCondition, ServicePackage } from '../../schemas/index.ts';
import { localText, type Locale } from '../engine/index.ts';
import { timeLimitText, waysText } from './format.ts';
import { uiStrings } from './strings.ts';
import './styles.css';

function always(reach: ReachCondition): boolean {
  return 'all' in reach && reach.all.length === 0;
}

/** The 办事指南 page for citizens, from the package's guide and manifest. Everything in it is text. */
export function ServiceGuide(props: { package: ServicePackage; locale?: Locale }) {
  const locale = props.locale ?? 'zh-CN';
  const t = uiStrings(locale);
  const g = t.guide;
  const pkg = props.package;
  const guide = pkg.guide;
  const text = (value: Parameters<typeof localText>[0]) => localText(value, locale);
  const free = !guide.fees || guide.fees.free;
  return (
    <div className="bs-root bs-guide" lang={locale}>
      <p className="bs-caption">{g.title}</p>
      <h1 className="bs-heading">{text(guide.name)}</h1>
      {guide.summary && <p className="bs-lead">{text(guide.summary)}</p>}
      <dl className="bs-summary">
        <div className="bs-summary__row">
          <dt className="bs-summary__key">{g.itemType}</dt>
          <dd className="bs-summary__value">{text(guide.itemType.label)}</dd>
        </div>
        <div className="bs-summary__row">
          <dt className="bs-summary__key">{g.agency}</dt>
          <dd className="bs-summary__value">{text(guide.agency.name)}</dd>
        </div>
        <div className="bs-summary__row">
          <dt className="bs-summary__key">{g.legalLimit}</dt>
          <dd className="bs-summary__value">{timeLimitText(guide.legalTimeLimit, 'promised', t)}</dd>
        </div>
        <div className="bs-summary__row">
          <dt className="bs-summary__key">{g.promisedLimit}</dt>
          <dd className="bs-summary__value">
            {timeLimitText(guide.promisedTimeLimit, guide.caseType, t)}
            {guide.promisedTimeLimit.note && <span className="bs-hint bs-block">{text(guide.promisedTimeLimit.note)}</span>}
          </dd>
        </div>
        <div className="bs-summary__row">
          <dt className="bs-summary__key">{g.fees}</dt>
          <dd className="bs-summary__value">
            {free ? g.free : (guide.fees?.items ?? []).map((item, i) => <span className="bs-block" key={i}>{`${text(item.name)}：${text(item.standard)}`}</span>)}
            {guide.fees?.note && <span className="bs-hint bs-block">{text(guide.fees.note)}</span>}
          </dd>
        </div>
        <div className="bs-summary__row">
          <dt className="bs-summary__key">{g.visits}</dt>
          <dd className="bs-summary__value">
            {g.visitCount(guide.visits.count)}
            {guide.visits.reason && <span className="bs-hint bs-block">{text(guide.visits.reason)}</span>}
          </dd>
        </div>
        <div className="bs-summary__row">
          <dt className="bs-summary__key">{g.channels}</dt>
          <dd className="bs-summary__value">{guide.channels.map((c) => t.channel[c]).join(locale === 'en' ? ', ' : '、')}</dd>
        </div>
      </dl>

      {guide.conditions && guide.conditions.length > 0 && (
        <section>
          <h2 className="bs-heading-m">{g.conditions}</h2>
          <ol className="bs-list">
            {guide.conditions.map((c, i) => (
              <li key={i}>{text(c)}</li>
            ))}
          </ol>
        </section>
      )}

      <section>
        <h2 className="bs-heading-m">{g.materials}</h2>
        <ol className="bs-notice__list">
          {pkg.materials.map((m) => (
            <li key={m.key} className="bs-notice__item">
              <h3 className="bs-heading-s">{text(m.name)}</h3>
              <p className="bs-notice__meta">
                {always(m.reach) ? t.necessity[m.necessity] : `${t.situational}（${t.necessity[m.necessity]}）`} · {t.form[m.form]}
              </p>
              {m.description && <p className="bs-hint">{text(m.description)}</p>}
              <ul className="bs-list">
                {waysText(m, t).map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      {guide.locations && guide.locations.length > 0 && (
        <section>
          <h2 className="bs-heading-m">{g.locations}</h2>
          <ul className="bs-list">
            {guide.locations.map((l, i) => (
              <li key={i}>
                <strong>{text(l.name)}</strong>
                <span className="bs-block">{text(l.address)}</span>
                {l.hours && <span className="bs-block">{`${g.hours}：${text(l.hours)}`}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {guide.contacts && guide.contacts.length > 0 && (
        <section>
          <h2 className="bs-heading-m">{g.contacts}</h2>
          <ul className="bs-list">
            {guide.contacts.map((c, i) => (
              <li key={i}>
                {`${text(c.label)}：`}
                {c.kind === 'phone' || c.kind === 'hotline' ? <a href={`tel:${c.value.replace(/[^0-9+]/g, '')}`}>{c.value}</a> : c.value}
              </li>
            ))}
          </ul>
        </section>
      )}

      {guide.faq && guide.faq.length > 0 && (
        <section>
          <h2 className="bs-heading-m">{g.faq}</h2>
          {guide.faq.map((f, i) => (
            <div key={i} className="bs-faq">
              <h3 className="bs-heading-s">{text(f.question)}</h3>
              <p>{text(f.answer)}</p>
            </div>
          ))}
        </section>
      )}

      <section>
        <h2 className="bs-heading-m">{g.legalBasis}</h2>
        <ul className="bs-list">
          {guide.legalBasis.map((b, i) => (
            <li key={i}>{[text(b.title), b.article ?? '', b.revision ? `（${b.revision}）` : ''].filter(Boolean).join(' ')}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
