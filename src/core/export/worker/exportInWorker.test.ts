import { describe, expect, it } from 'vitest';
import { sampleContext } from '../../../../tests/fixtures/sample.ts';
import { UserError } from '../../i18n/messages.ts';
import { exportPlan } from '../index.ts';
import { exportInWorker, SOURCE_THREAD } from './exportInWorker.ts';

describe('exporting in a worker thread', () => {
  it('writes the same document as an export on this thread', async () => {
    const ctx = sampleContext();
    const request = { format: 'docx', book: 2 } as const;
    const here = await exportPlan(ctx, request);
    const there = await exportInWorker(SOURCE_THREAD, ctx.project, request);
    expect(there.fileName).toBe(here.fileName);
    expect(there.fileName).toMatch(/Buku-II\.docx$/);
    expect(Buffer.from(there.bytes).equals(Buffer.from(here.bytes))).toBe(true);
  });

  it('hands back the same message when the plan cannot be exported', async () => {
    const ctx = sampleContext();
    const failure = await exportInWorker(SOURCE_THREAD, ctx.project, {
      format: 'pdf',
      book: 7,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UserError);
    expect((failure as UserError).message).toMatch(/Buku 7 tidak ada/);
  });
});
