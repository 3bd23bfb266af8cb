/**
 * Runtime checks for data crossing a process boundary (renderer → main, browser → host).
 * Each check both validates a value and names its static type, so the contract states a
 * payload once and the compiler and the dispatcher read the same declaration.
 */

/** What a value should have been, in Bahasa Indonesia and in English. */
export interface Expectation {
  id: string;
  en: string;
}

/** A payload did not have the expected shape; `path` says where (e.g. "input.period.start"). */
export class PayloadError extends Error {
  constructor(
    readonly path: string,
    readonly expected: Expectation,
  ) {
    super(`${path}: ${expected.en}`);
    this.name = 'PayloadError';
  }
}

/** Deep validators the checking process supplies (e.g. the project JSON Schema in main). */
export interface CheckContext {
  document(kind: DocumentKind, value: unknown, path: string): void;
}

/** Documents too large to describe by hand; the checking process validates them against their schema. */
export type DocumentKind = 'project';

export interface Check<T> {
  (value: unknown, path: string, ctx: CheckContext): T;
  /** Marks a property that may be missing. */
  readonly optional?: boolean;
}

export type Checked<C> = C extends Check<infer T> ? T : never;

type Shape = Record<string, Check<unknown>>;
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends { optional: true } ? K : never;
}[keyof S];
type ObjectOf<S extends Shape> = {
  [K in Exclude<keyof S, OptionalKeys<S>>]: Checked<S[K]>;
} & { [K in OptionalKeys<S>]?: Checked<S[K]> };

function fail(path: string, id: string, en: string): never {
  throw new PayloadError(path, { id, en });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A string of bounded length, optionally matching a pattern. */
export function str(options: { min?: number; max: number; pattern?: RegExp }): Check<string> {
  return (value, path) => {
    if (typeof value !== 'string') fail(path, 'teks', 'string');
    if (value.length < (options.min ?? 0))
      fail(path, `paling sedikit ${options.min} karakter`, `at least ${options.min} characters`);
    if (value.length > options.max)
      fail(path, `paling banyak ${options.max} karakter`, `at most ${options.max} characters`);
    if (value.includes('\0')) fail(path, 'tanpa karakter NUL', 'no NUL characters');
    if (options.pattern && !options.pattern.test(value))
      fail(path, `sesuai pola ${options.pattern}`, `matching ${options.pattern}`);
    return value;
  };
}

/** An integer within bounds. */
export function int(options: { min: number; max: number }): Check<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value))
      fail(path, 'bilangan bulat', 'integer');
    if (value < options.min || value > options.max)
      fail(
        path,
        `antara ${options.min} dan ${options.max}`,
        `between ${options.min} and ${options.max}`,
      );
    return value;
  };
}

/** true or false. */
export const bool: Check<boolean> = (value, path) => {
  if (typeof value !== 'boolean') fail(path, 'ya/tidak (boolean)', 'boolean');
  return value;
};

/** One of the given string constants. */
export function oneOf<const T extends string>(...values: T[]): Check<T> {
  return (value, path) => {
    if (typeof value !== 'string' || !(values as string[]).includes(value))
      fail(path, `salah satu dari ${values.join(', ')}`, `one of ${values.join(', ')}`);
    return value as T;
  };
}

/** Either of two checks (tried in order). */
export function either<A, B>(a: Check<A>, b: Check<B>): Check<A | B> {
  return (value, path, ctx) => {
    try {
      return a(value, path, ctx);
    } catch (error) {
      if (!(error instanceof PayloadError)) throw error;
      return b(value, path, ctx);
    }
  };
}

/** An array of bounded length whose items pass `item`. */
export function list<T>(item: Check<T>, options: { min?: number; max: number }): Check<T[]> {
  return (value, path, ctx) => {
    if (!Array.isArray(value)) fail(path, 'daftar (array)', 'array');
    if (value.length < (options.min ?? 0))
      fail(path, `paling sedikit ${options.min} butir`, `at least ${options.min} items`);
    if (value.length > options.max)
      fail(path, `paling banyak ${options.max} butir`, `at most ${options.max} items`);
    return value.map((entry, index) => item(entry, `${path}[${index}]`, ctx));
  };
}

/** A property that may be absent (undefined is accepted too). */
export function optional<T>(check: Check<T>): Check<T | undefined> & { optional: true } {
  const wrapped = (value: unknown, path: string, ctx: CheckContext) =>
    value === undefined ? undefined : check(value, path, ctx);
  return Object.assign(wrapped, { optional: true as const });
}

/** A plain object with exactly these properties; unknown properties are refused. */
export function obj<S extends Shape>(shape: S): Check<ObjectOf<S>> {
  return (value, path, ctx) => {
    if (!isPlainObject(value)) fail(path, 'objek', 'object');
    for (const key of Object.keys(value))
      if (!Object.hasOwn(shape, key))
        fail(`${path}.${key}`, 'tidak ada (properti tak dikenal)', 'absent (unknown property)');
    const result: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const checked = check(value[key], `${path}.${key}`, ctx);
      if (checked !== undefined) result[key] = checked;
    }
    return result as ObjectOf<S>;
  };
}

/** No payload at all (a call without arguments). */
export const none: Check<undefined> = (value, path) => {
  if (value !== undefined && !(isPlainObject(value) && Object.keys(value).length === 0))
    fail(path, 'kosong (permintaan ini tanpa data)', 'empty (this call takes no data)');
  return undefined;
};

/** A whole document (e.g. a project) validated by the checking process against its schema. */
export function document<T>(kind: DocumentKind): Check<T> {
  return (value, path, ctx) => {
    if (!isPlainObject(value)) fail(path, 'objek', 'object');
    ctx.document(kind, value, path);
    return value as T;
  };
}
