/** Modules generated at build time by src/build plugins. */
declare module 'virtual:rencana-validators' {
  import type { ValidateFunction } from 'ajv';
  /** Standalone validators keyed as core's validator cache expects. */
  export const PRECOMPILED: Record<string, ValidateFunction>;
}
