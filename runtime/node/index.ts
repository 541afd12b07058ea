/**
 * `banshi/validator`: the Node API for back ends. Validate submissions against a compiled service package,
 * compute the material list for a set of answers, and register Banshi's identifier formats in your own ajv.
 */
export { createValidator, materialsFor, validateSubmission } from './validator.ts';
export type { SubmissionResult, SubmissionValidator, ValidateOptions } from './validator.ts';
export type { SubmissionError, SubmissionErrorCode } from './errors.ts';
export type { Locale } from './labels.ts';
export { banshiFormats, registerBanshiFormats } from './formats.ts';
export type { BanshiFormatName } from './formats.ts';
