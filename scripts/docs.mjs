// npm run docs: rewrites the README's function reference from the catalog.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadCatalog } from './lib/catalog.mjs';
import { withFunctionReference } from './lib/function-reference.mjs';

const path = new URL('../README.md', import.meta.url);
writeFileSync(path, withFunctionReference(readFileSync(path, 'utf8'), await loadCatalog()));
console.log('README.md function reference updated');
