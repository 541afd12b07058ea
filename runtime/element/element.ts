/**
 * `<banshi-service-form src="…package.json" locale="zh-CN" elder>`: the citizen form for portals without React.
 *
 * Renders runtime/react's <ServiceForm> into an open Shadow DOM root. The runtime's stylesheet is applied as a
 * constructable stylesheet (`adoptedStyleSheets`), never as a <style> element or inline style, so the element
 * works on a page served with `default-src 'self'; script-src 'self'; style-src 'self'`.
 *
 * Attributes: `src` (package URL, fetched), `locale` (`zh-CN` | `en`), `elder` (boolean: 长辈版 set by the host;
 * without it the citizen's own choice applies), `rating` (boolean: the page takes the 好差评 given on the
 * confirmation page through the `banshi-rating` event; setting `rateHandler` offers it too. With neither no
 * rating is offered, so a portal that does not collect it never thanks a citizen for a rating nobody receives).
 * Properties (host hooks, set before or after `src`): `upload`, `prefill`, `storage`, `divisions`, `calendar`,
 * `theme`, `submitHandler` (may return `{ reference }`, like ServiceForm's onSubmit), `rateHandler` (may return a
 * promise; a rejection tells the citizen the rating was not sent).
 * Events (bubbling, composed): `banshi-change` { fieldId, value }, `banshi-step` { pageId, kind, index, total },
 * `banshi-submit` (detail = the SubmissionPayload), `banshi-rating` (detail = the SubmissionRating: level 1–5,
 * label, reasons, comment, moment 'submission', reference, packageId, version), `banshi-error` { message } when
 * the package cannot be loaded.
 */
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ServicePackage } from '../../schemas/index.ts';
import type { WorkingCalendar } from '../engine/calendar/index.ts';
import { indexPackageFields, type DraftStorage, type Locale, type Prefill, type ServiceForm as Engine, type SubmissionPayload } from '../engine/index.ts';
import caseCssText from '../react/case/case.css?inline';
import type { RateHook, SubmissionRating } from '../react/Confirmation.tsx';
import type { DivisionSource, UploadHook } from '../react/context.ts';
import { ServiceForm } from '../react/ServiceForm.tsx';
import cssText from '../react/styles.css?inline';
import { themeCss, type Theme } from '../react/theme.ts';

export const elementName = 'banshi-service-form';

/** Event names and their detail types. */
export interface BanshiEvents {
  'banshi-change': { fieldId: string; value: unknown };
  'banshi-step': { pageId: string; kind: string; index: number; total: number };
  'banshi-submit': SubmissionPayload;
  'banshi-error': { message: string };
  /** 好差评 given on the confirmation page (offered when the element has the `rating` attribute). */
  'banshi-rating': SubmissionRating;
}

type SubmitHandler = (payload: SubmissionPayload) => void | { reference?: string } | Promise<void | { reference?: string }>;

let sharedSheet: CSSStyleSheet | undefined;
function runtimeSheet(): CSSStyleSheet {
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    // The after-submission styles (about 1 KiB gzip) are in the sheet from the start, for the rating on the
    // confirmation page: a lazily loaded stylesheet would land in the document's head, outside the shadow root.
    sharedSheet.replaceSync(`${cssText}\n${caseCssText}`);
  }
  return sharedSheet;
}

const messages = {
  'zh-CN': { loading: '正在加载…', failed: '无法加载该事项，请稍后再试。', noSrc: '未指定事项（缺少 src 属性）。' },
  en: { loading: 'Loading…', failed: 'The service could not be loaded. Please try again later.', noSrc: 'No service given (the src attribute is missing).' },
};

function valueAt(data: Readonly<Record<string, unknown>>, path: readonly string[]): unknown {
  let value: unknown = data;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

export class BanshiServiceForm extends HTMLElement {
  static observedAttributes = ['src', 'locale', 'elder', 'rating'];

  upload?: UploadHook;
  prefill?: Prefill;
  storage?: DraftStorage | null;
  divisions?: DivisionSource;
  submitHandler?: SubmitHandler;
  calendar?: WorkingCalendar;

  #root: Root | undefined;
  #shadow: ShadowRoot;
  #themeSheet = new CSSStyleSheet();
  #pkg: ServicePackage | null = null;
  #status: 'idle' | 'loading' | 'error' = 'idle';
  #error = '';
  #loaded = '';
  #request = 0;

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
    this.#shadow.adoptedStyleSheets = [runtimeSheet(), this.#themeSheet];
  }

  #rateHandler: RateHook | undefined;

  /** Receives the 好差评 rating (may return a promise; a rejection tells the citizen it was not sent). Setting it
   * offers the rating, as the `rating` attribute does. */
  get rateHandler(): RateHook | undefined {
    return this.#rateHandler;
  }

  set rateHandler(handler: RateHook | undefined) {
    const offered = this.#offersRating();
    this.#rateHandler = handler;
    if (this.#offersRating() !== offered) this.#render();
  }

  #offersRating(): boolean {
    return this.hasAttribute('rating') || this.#rateHandler !== undefined;
  }

  /** CSS custom properties (runtime/react/theme.ts); applied as a second constructable stylesheet. */
  set theme(theme: Theme) {
    this.#themeSheet.replaceSync(themeCss(theme));
  }

  /** The loaded package (null until loaded). */
  get package(): ServicePackage | null {
    return this.#pkg;
  }

  get locale(): Locale {
    return this.getAttribute('locale') === 'en' ? 'en' : 'zh-CN';
  }

  connectedCallback() {
    this.#root ??= createRoot(this.#shadow);
    this.#load();
    this.#render();
  }

  disconnectedCallback() {
    this.#root?.unmount();
    this.#root = undefined;
  }

  attributeChangedCallback(name: string) {
    if (!this.#root) return;
    if (name === 'src') this.#load();
    this.#render();
  }

  #emit<K extends keyof BanshiEvents>(type: K, detail: BanshiEvents[K]) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #load() {
    const src = this.getAttribute('src');
    if (!src) {
      this.#status = 'error';
      this.#error = messages[this.locale].noSrc;
      return;
    }
    if (src === this.#loaded) return;
    this.#loaded = src;
    const request = ++this.#request;
    this.#status = 'loading';
    this.#pkg = null;
    fetch(src)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<ServicePackage>;
      })
      .then((pkg) => {
        if (request !== this.#request) return;
        this.#pkg = pkg;
        this.#status = 'idle';
        this.#render();
      })
      .catch((caught: unknown) => {
        if (request !== this.#request) return;
        this.#status = 'error';
        this.#error = messages[this.locale].failed;
        this.#emit('banshi-error', { message: `${src}: ${String(caught)}` });
        this.#render();
      });
  }

  /** Subscribes to the engine: banshi-step on each new page, banshi-change on each changed answer. */
  #watch = (form: Engine) => {
    const pkg = this.#pkg;
    const fields = pkg ? [...indexPackageFields(pkg).values()] : [];
    const step = () => {
      const s = form.getState();
      this.#emit('banshi-step', { pageId: s.page, kind: s.pages.find((p) => p.id === s.page)?.kind ?? s.status, index: s.progress.index, total: s.progress.total });
    };
    step();
    return form.subscribe((state, previous) => {
      if (state.data !== previous.data) {
        for (const field of fields) {
          const value = valueAt(state.data, field.path);
          if (value !== valueAt(previous.data, field.path)) this.#emit('banshi-change', { fieldId: field.id, value });
        }
        for (const key of new Set([...Object.keys(state.data.materials ?? {}), ...Object.keys((previous.data.materials as object | undefined) ?? {})])) {
          const value = valueAt(state.data, ['materials', key]);
          if (value !== valueAt(previous.data, ['materials', key])) this.#emit('banshi-change', { fieldId: `materials.${key}`, value });
        }
      }
      if (state.page !== previous.page || state.status !== previous.status) step();
    });
  };

  #onSubmit = (payload: SubmissionPayload) => {
    this.#emit('banshi-submit', payload);
    return this.submitHandler?.(payload);
  };

  #onRate = (rating: SubmissionRating) => {
    this.#emit('banshi-rating', rating);
    return this.#rateHandler?.(rating);
  };

  #render() {
    const root = this.#root;
    if (!root) return;
    const locale = this.locale;
    if (this.#status !== 'idle' || !this.#pkg) {
      const text = this.#status === 'error' ? this.#error : messages[locale].loading;
      root.render(createElement('div', { className: 'bs-root', lang: locale }, createElement('p', this.#status === 'error' ? { role: 'alert', className: 'bs-error-message' } : { role: 'status' }, text)));
      return;
    }
    root.render(
      createElement(ServiceForm, {
        key: this.#loaded,
        package: this.#pkg,
        locale,
        elderMode: this.hasAttribute('elder') ? true : undefined,
        onForm: this.#watch,
        onSubmit: this.#onSubmit,
        ...(this.#offersRating() ? { onRate: this.#onRate } : {}),
        ...(this.calendar ? { calendar: this.calendar } : {}),
        ...(this.storage !== undefined ? { storage: this.storage } : {}),
        ...(this.prefill ? { prefill: this.prefill } : {}),
        ...(this.upload ? { upload: this.upload } : {}),
        ...(this.divisions ? { divisions: this.divisions } : {}),
      }),
    );
  }
}

/** Registers the element (once; a second call, or a second copy of the script, is harmless). */
export function defineBanshiServiceForm(name = elementName): void {
  if (!customElements.get(name)) customElements.define(name, class extends BanshiServiceForm {});
}

declare global {
  interface HTMLElementTagNameMap {
    'banshi-service-form': BanshiServiceForm;
  }
}
