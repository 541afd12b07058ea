import type { ServiceDefinition, TimeLimit } from '../../schemas/service.types.ts';
import { dictionary, localText, type Lang } from './i18n.ts';
import type { Catalogue } from './items.ts';
import { flowCounts } from './outline/flowOutline.ts';
import { routeHash } from './useHashRoute.ts';

/** A time limit as the guide states it, e.g. 20 个工作日. */
export function timeLimitText(limit: TimeLimit, lang: Lang): string {
  return dictionary(lang).timeUnits[limit.unit](limit.value);
}

function ItemCard({ item, lang }: { item: ServiceDefinition; lang: Lang }) {
  const t = dictionary(lang);
  const counts = flowCounts(item);
  const zhName = item.meta.name['zh-CN'];
  const enName = item.meta.name.en;
  return (
    <li className="item-card">
      <h3 className="item-card__title">
        <a href={routeHash({ page: 'item', id: item.id })} className="item-card__link">
          <span lang="zh-CN">{zhName}</span>
        </a>
      </h3>
      {enName ? <p className="item-card__subtitle" lang="en">{enName}</p> : null}
      <dl className="facts">
        <div><dt>{t.itemType}</dt><dd>{localText(item.meta.itemType.label, lang)}</dd></div>
        <div><dt>{t.agency}</dt><dd>{localText(item.meta.agency.name, lang)}</dd></div>
        <div><dt>{t.legalTimeLimit}</dt><dd>{timeLimitText(item.meta.legalTimeLimit, lang)}</dd></div>
        <div><dt>{t.promisedTimeLimit}</dt><dd>{timeLimitText(item.meta.promisedTimeLimit, lang)}</dd></div>
      </dl>
      <p className="item-card__counts">
        <span>{counts.situations} {t.situations}</span>
        <span>{counts.steps} {t.steps}</span>
        <span>{counts.materials} {t.materials}</span>
      </p>
      <p className="item-card__id"><code>{item.id}</code></p>
    </li>
  );
}

/** The first screen: every service item in examples/, or a clear note that there are none yet. */
export function CataloguePage({ catalogue, lang }: { catalogue: Catalogue; lang: Lang }) {
  const t = dictionary(lang);
  return (
    <section aria-labelledby="catalogue-heading">
      <div className="page-intro">
        <h2 id="catalogue-heading">{t.catalogueHeading}</h2>
        <p>{t.catalogueIntro}</p>
        {catalogue.items.length > 0 ? <p className="muted">{t.catalogueCount(catalogue.items.length)}</p> : null}
      </div>
      {catalogue.items.length === 0 ? (
        <p className="empty-state" role="status">{t.catalogueEmpty}</p>
      ) : (
        <ul className="item-grid">
          {catalogue.items.map((item) => <ItemCard key={item.id} item={item} lang={lang} />)}
        </ul>
      )}
      {catalogue.skipped.length > 0 ? (
        <div className="notice" role="note">
          <p>{t.skippedIntro}</p>
          <ul>
            {catalogue.skipped.map((file) => <li key={file.path}><code>{file.path}</code>: {file.reason}</li>)}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
