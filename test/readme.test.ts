// The README is the team's front door: its commands and its function reference must stay true.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../scripts/lib/catalog.mjs';
import { withFunctionReference } from '../scripts/lib/function-reference.mjs';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README.md', () => {
  it('has the function reference the catalog generates (run `npm run docs` after changing the catalog)', async () => {
    expect(readme).toBe(withFunctionReference(readme, await loadCatalog()));
  });

  it('gives the two commands a new machine needs', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm install && npm test');
  });

  it('names a reason for every dependency', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    for (const name of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })) expect(readme).toContain(`\`${name}\``);
  });
});
