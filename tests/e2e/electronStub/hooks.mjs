// Module hooks: `import … from 'electron'` gets the stand-in next to this file.
const STUB = new URL('./electron.mjs', import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: STUB, shortCircuit: true };
  return next(specifier, context);
}
