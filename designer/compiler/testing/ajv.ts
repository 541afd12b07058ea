/** An ajv 2020-12 instance as strict as ajv gets, with Banshi's identifier formats registered. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { banshiFormats } from '../../../schemas/formats/index.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export function strictAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, ownProperties: true });
  addFormats(ajv);
  for (const [name, check] of Object.entries(banshiFormats)) ajv.addFormat(name, check);
  return ajv;
}
