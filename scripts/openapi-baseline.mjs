#!/usr/bin/env node
// Records packages/client/openapi.yaml as the released Storefront API
// document (openapi.released.yaml), the baseline that the compatibility test
// in npm test (packages/client/src/api-compatibility.test.ts) diffs against.
// Run by `pnpm version-packages`, so the baseline is the document as it was
// when the last release was cut.
import { copyFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const client = fileURLToPath(new URL('../packages/client/', import.meta.url));
const version = /^ {2}version: *(\S+)/m.exec(readFileSync(`${client}openapi.yaml`, 'utf8'))?.[1];
copyFileSync(`${client}openapi.yaml`, `${client}openapi.released.yaml`);
console.log(`openapi.released.yaml is now the Storefront API document ${version}`);
