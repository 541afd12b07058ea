import type { ServicePackage } from '../../schemas/index.ts';
import { localText, requiredMaterials, type Locale } from '../engine/index.ts';
import { waysText } from './format.ts';
import { uiStrings } from './strings.ts';
import './styles.css';

function provisionOf(data: Record<string, unknown>, key: string): string | undefined {
  const materials = data.materials;
  if (typeof materials !== 'object' || materials === null) return undefined;
  const value = (materials as Record<string, unknown>)[key];
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' ? (value as { type: string }).type : undefined;
}

/**
 * The printable 一次性告知单: exactly the materials these answers need, each with how it may be provided
 * (免提交 and 电子证照 when the office already has it). The print stylesheet prints this element only.
 */
export function MaterialNotice(props: { package: ServicePackage; data: Record<string, unknown>; locale?: Locale }) {
  const locale = props.locale ?? 'zh-CN';
  const t = uiStrings(locale);
  const pkg = props.package;
  const materials = requiredMaterials(pkg, props.data);
  return (
    <section className="bs-notice" aria-labelledby="bs-notice-title">
      <h2 id="bs-notice-title" className="bs-heading-m">
        {t.noticeTitle(localText(pkg.guide.name, locale))}
      </h2>
      {materials.length === 0 ? (
        <p>{t.checklistNone}</p>
      ) : (
        <ol className="bs-notice__list">
          {materials.map((material) => {
            const provision = provisionOf(props.data, material.key);
            const description = material.description ? localText(material.description, locale) : '';
            return (
              <li key={material.key} className="bs-notice__item">
                <h3 className="bs-heading-s">{localText(material.name, locale)}</h3>
                <p className="bs-notice__meta">
                  {t.necessity[material.necessity]} · {t.form[material.form]}
                </p>
                {description && <p className="bs-hint">{description}</p>}
                {provision === 'sharedData' ? (
                  <p className="bs-tag bs-tag--done">{t.way.sharedData}</p>
                ) : provision === 'eLicence' ? (
                  <p className="bs-tag bs-tag--done">{t.way.eLicence}</p>
                ) : (
                  <ul className="bs-list">
                    {waysText(material, t).map((way) => (
                      <li key={way}>{way}</li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
