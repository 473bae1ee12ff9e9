#!/usr/bin/env node
// The `harbor` command. Harbor's source is TypeScript, run through tsx's loader so that
// `npx harbor …` works right after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
