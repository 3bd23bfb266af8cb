/** Error messages in the user's language, whichever layer they came from. */
import type { Lang } from '../../../core/i18n/lang.ts';
import { MESSAGES, msg, type MessageKey } from '../../../core/i18n/messages.ts';
import { ApiError } from '../../../shared/client.ts';
import { APP_MESSAGES, appMsg, type AppMessageKey } from '../../../shared/messages.ts';

/** The message of anything thrown by an API call, localized when its key is known. */
export function errorMessage(error: unknown, lang: Lang): string {
  if (error instanceof ApiError) {
    const { key, params, message } = error.wire;
    if (Object.hasOwn(MESSAGES[lang], key)) return msg(lang, key as MessageKey, params);
    if (Object.hasOwn(APP_MESSAGES[lang], key)) return appMsg(lang, key as AppMessageKey, params);
    return message;
  }
  return error instanceof Error ? error.message : String(error);
}
