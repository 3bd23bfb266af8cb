/**
 * The single entry for both transports: check the call name and payload against the
 * contract, run the handler, and turn every failure into a message the user can read.
 */
import { UserError } from '../../core/i18n/messages.ts';
import { SCHEMA_IDS, validatorFor } from '../../core/schema/ajv.ts';
import { describeSchemaError } from '../../core/validate/schemaErrors.ts';
import {
  API,
  type ApiCall,
  type ApiInput,
  type Envelope,
  type ExportProgress,
  type WireError,
} from '../../shared/api.ts';
import { PayloadError, type Check, type CheckContext } from '../../shared/check.ts';
import { AppError } from '../../shared/messages.ts';
import type { HandlerEnv } from './env.ts';
import { HANDLERS, type Handler } from './index.ts';

/** Whether a name from the other side is a call of the contract. */
export function isApiCall(name: unknown): name is ApiCall {
  return typeof name === 'string' && Object.hasOwn(API, name);
}

const documents: CheckContext = {
  document(kind, value) {
    // Only one kind today; the switch makes a new kind a compile error until it is handled.
    switch (kind) {
      case 'project': {
        const validate = validatorFor(SCHEMA_IDS.project);
        if (!validate(value))
          throw new AppError('app.project-invalid', {
            details: (validate.errors ?? [])
              .slice(0, 3)
              .map((e) => describeSchemaError(e, 'id'))
              .join('; '),
          });
      }
    }
  },
};

/** The payload of `call`, checked; throws AppError('app.payload-invalid') naming the place. */
export function checkInput<K extends ApiCall>(call: K, input: unknown): ApiInput<K> {
  const check = API[call].input as Check<ApiInput<K>>;
  try {
    return check(input, 'input', documents);
  } catch (error) {
    if (error instanceof PayloadError)
      throw new AppError('app.payload-invalid', {
        call,
        where: error.path,
        expected: error.expected.id,
        expectedEn: error.expected.en,
      });
    throw error;
  }
}

/** A thrown value as the renderer receives it. */
export function toWireError(error: unknown): WireError {
  if (error instanceof UserError || error instanceof AppError)
    return { key: error.key, params: error.params, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { key: 'app.internal', params: { message }, message };
}

/** Runs one call from a transport; never throws. */
export async function dispatch(
  call: unknown,
  input: unknown,
  env: HandlerEnv,
  onProgress: (progress: ExportProgress) => void = () => {},
): Promise<Envelope<unknown>> {
  try {
    if (!isApiCall(call))
      throw new AppError('app.unknown-call', { call: String(call).slice(0, 80) });
    return { ok: true, value: await run(call, checkInput(call, input), env, onProgress) };
  } catch (error) {
    if (!(error instanceof UserError || error instanceof AppError))
      console.error(`[rencana] ${String(call)} gagal:`, error);
    return { ok: false, error: toWireError(error) };
  }
}

function run<K extends ApiCall>(
  call: K,
  input: ApiInput<K>,
  env: HandlerEnv,
  onProgress: (progress: ExportProgress) => void,
) {
  const handler: Handler<K> = HANDLERS[call];
  return handler(input, env, onProgress);
}
