/** The API the renderer uses: Electron's preload bridge when present, HTTP otherwise. */
import type { RencanaApi } from '../../../preload/index.ts';
import { createHttpApi } from './http.ts';

declare global {
  interface Window {
    /** Exposed by the preload script in the desktop app. */
    rencana?: RencanaApi;
  }
}

/** The one API object of this window. */
export const api: RencanaApi = window.rencana ?? createHttpApi();
