/** The renderer's entry: validators, language, API wiring, then the React tree. */
import { PRECOMPILED } from 'virtual:rencana-validators';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerPrecompiled } from '../../core/schema/ajv.ts';
import { App } from './app/App.tsx';
import { boot } from './boot.ts';
import './styles/index.css';

// Before anything validates: the CSP forbids compiling schemas here (see src/build/precompiledValidators.ts).
registerPrecompiled(PRECOMPILED);
boot();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
