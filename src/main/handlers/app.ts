/** Handlers about the app and its window: info, launch request, title, links. */
import type { ApiInput, AppInfo, LaunchRequest } from '../../shared/api.ts';
import { AppError } from '../../shared/messages.ts';
import type { HandlerEnv } from './env.ts';

/** appInfo: which shell serves the renderer and what it can do. */
export function appInfo(_input: undefined, env: HandlerEnv): AppInfo {
  return env.info;
}

/** launchRequest: what to open first (a file from the command line, the sample, nothing). */
export function launchRequest(_input: undefined, env: HandlerEnv): LaunchRequest {
  return env.launch;
}

/** The URL if it is a plain https address (no credentials); an AppError otherwise. */
export function checkedExternalUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError('app.url-not-allowed', { url: url.slice(0, 200) });
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '')
    throw new AppError('app.url-not-allowed', { url: url.slice(0, 200) });
  return parsed.href;
}

/** openExternal: a link from the document, opened in the user's browser after the check. */
export async function openExternal(
  input: ApiInput<'openExternal'>,
  env: HandlerEnv,
): Promise<{ opened: boolean }> {
  return { opened: await env.desktop.openExternal(checkedExternalUrl(input.url)) };
}

/** setWindowState: the title and unsaved mark, and the language of native menus. */
export function setWindowState(input: ApiInput<'setWindowState'>, env: HandlerEnv): null {
  env.desktop.setWindowState(input);
  return null;
}

/** closeWindow: the renderer has saved (or discarded) and the window may close. */
export function closeWindow(_input: undefined, env: HandlerEnv): null {
  env.desktop.closeWindow();
  return null;
}
