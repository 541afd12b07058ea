/** Banshi's identifier formats for back ends that bring their own ajv (or another validator). */
import type { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { banshiFormats } from '../../schemas/formats/index.ts';

export { banshiFormats };
export type { BanshiFormatName } from '../../schemas/formats/index.ts';

/** ajv-formats ships CommonJS; under NodeNext its default import is the plugin function at run time. */
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/**
 * Registers the standard formats the packages use (`date`, `email`, via ajv-formats) and Banshi's own
 * (`cn-resident-id`, `cn-uscc`, `cn-civil-date`). Returns the same instance.
 *
 * @example
 *   const ajv = registerBanshiFormats(new Ajv2020({ strict: true, allErrors: true, ownProperties: true }));
 */
export function registerBanshiFormats<T extends Ajv>(ajv: T, options: { standard?: boolean } = {}): T {
  if (options.standard !== false) addFormats(ajv);
  for (const [name, check] of Object.entries(banshiFormats)) ajv.addFormat(name, check);
  return ajv;
}
