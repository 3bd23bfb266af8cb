/** Turns ajv errors into short messages in the user's language (ajv-i18n for Indonesian). */
import localizeId from 'ajv-i18n/localize/id/index.js';
import localizeEn from 'ajv-i18n/localize/en/index.js';
import type { ErrorObject } from '../schema/ajv.ts';
import type { Lang } from '../i18n/lang.ts';

/** One ajv error as "at /path: message" in the chosen language (used for broken files). */
export function describeSchemaError(error: ErrorObject, lang: Lang): string {
  const copy = { ...error };
  (lang === 'id' ? localizeId : localizeEn)([copy]);
  const where = error.instancePath || '/';
  return `${where} ${copy.message ?? ''}`.trim();
}

/** Only the localized message of one ajv error. */
export function schemaErrorMessage(error: ErrorObject, lang: Lang): string {
  const copy = { ...error };
  (lang === 'id' ? localizeId : localizeEn)([copy]);
  return copy.message ?? error.keyword;
}
