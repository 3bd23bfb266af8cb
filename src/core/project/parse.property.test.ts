import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PATH, sampleContext } from '../../../tests/fixtures/sample.ts';
import { UserError } from '../i18n/messages.ts';
import type { Project } from '../model/project.ts';
import { validatePlan } from '../validate/index.ts';
import { parseProjectBytes, parseProjectText } from './parse.ts';

const sampleText = readFileSync(SAMPLE_PATH, 'utf8');

function parseOrUserError(text: string | Uint8Array): Project | undefined {
  try {
    return typeof text === 'string'
      ? parseProjectText(text, 'acak.rencana').project
      : parseProjectBytes(text, 'acak.rencana').project;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    expect(error.message.length).toBeGreaterThan(10);
    return undefined;
  }
}

/** The plan joined to its template pack, or undefined after a clear message (an unknown pack). */
function contextOrUserError(project: Project): ReturnType<typeof sampleContext> | undefined {
  try {
    return sampleContext(project);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    expect(error.message).toContain(String(project.template.id));
    return undefined;
  }
}

describe('the loader never fails with anything but a clear message', () => {
  it('on arbitrary text and JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          parseOrUserError(text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on the sample cut at any point', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: sampleText.length - 2 }), (cut) => {
        expect(parseOrUserError(sampleText.slice(0, cut))).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });

  it('on the sample with a value replaced anywhere, and the validator copes with what loads', () => {
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      if (path.length > 0) paths.push(path);
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(JSON.parse(sampleText), []);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: paths.length - 1 }),
        fc.jsonValue(),
        (index, replacement) => {
          const data = JSON.parse(sampleText);
          const path = paths[index]!;
          let parent = data;
          for (const key of path.slice(0, -1)) parent = parent[key];
          parent[path[path.length - 1]!] = replacement;
          const project = parseOrUserError(JSON.stringify(data));
          const ctx = project && contextOrUserError(project);
          if (ctx) validatePlan(ctx);
        },
      ),
      {
        numRuns: 300,
        // A template id that is well formed but names no pack loads, and is refused when
        // the plan is joined to its template (seen in CI with the id replaced by "a0").
        // A choice cell holding an object whose toString is not a function (seen on a fresh
        // clone, seed 481175817): the finding quoting the value must not throw.
        examples: [
          [paths.findIndex((p) => p.join('.') === 'template.id'), 'a0'],
          [
            paths.findIndex((p) => /\.program\.rows\.0\.cells\.dimension$/.test(p.join('.'))),
            { toString: '' },
          ],
        ],
      },
    );
  });

  it('on arbitrary bytes, and on archive or binary headers in front of anything', () => {
    const signatures = [
      [0x50, 0x4b, 0x03, 0x04],
      [0x50, 0x4b, 0x05, 0x06],
      [0x1f, 0x8b],
      [0x25, 0x50, 0x44, 0x46, 0x2d],
      [0xff, 0xfe],
      [0xef, 0xbb, 0xbf],
    ];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          fc
            .tuple(fc.constantFrom(...signatures), fc.uint8Array({ maxLength: 500 }))
            .map(([head, tail]) => Uint8Array.from([...head, ...tail])),
        ),
        (bytes) => {
          parseOrUserError(bytes);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on the sample with bytes overwritten anywhere', () => {
    const sampleBytes = new TextEncoder().encode(sampleText);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: sampleBytes.length - 1 }),
        fc.uint8Array({ minLength: 1, maxLength: 8 }),
        (at, junk) => {
          const bytes = sampleBytes.slice();
          bytes.set(junk.subarray(0, bytes.length - at), at);
          parseOrUserError(bytes);
        },
      ),
      { numRuns: 60 },
    );
  });
});
