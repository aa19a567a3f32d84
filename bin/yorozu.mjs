#!/usr/bin/env node
// Entry point of the `yorozu` operator CLI (TypeScript is loaded through tsx).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/index.ts');
