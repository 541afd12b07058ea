/**
 * The script-tag entry (dist-element/banshi-element.js, React bundled in): registers <banshi-service-form> on
 * load. Bundlers can import `./element.ts` and call `defineBanshiServiceForm()` themselves instead.
 */
import { defineBanshiServiceForm } from './element.ts';

export { BanshiServiceForm, defineBanshiServiceForm, elementName } from './element.ts';
export type { BanshiEvents } from './element.ts';
export { checkThemeContrast, themeCss } from '../react/theme.ts';
export type { Theme, ThemeWarning } from '../react/theme.ts';

defineBanshiServiceForm();
