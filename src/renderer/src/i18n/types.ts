/** Typed keys: a label missing from either language, or a misspelt key, is a compile error. */
import type { id } from './id.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: { app: typeof id };
    keySeparator: false;
    nsSeparator: false;
    interpolationPrefix: '{';
    interpolationSuffix: '}';
  }
}

export type UiKey = keyof typeof id;
