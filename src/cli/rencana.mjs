#!/usr/bin/env node
// The `rencana` command: loads the TypeScript CLI through tsx, so the checkout runs as is.
import { register } from 'tsx/esm/api';

// `rencana templates | head` closes the pipe early; that is not an error.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2), process.env);
