/**
 * The built sidebar: one file under 150 KB, no request anywhere but Google's add-on stylesheet,
 * and no way for user text to become markup (the sources never use an HTML sink).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const html = readFileSync(join(root, 'dist/Sidebar.html'), 'utf8');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('dist/Sidebar.html', () => {
  it('is under 150 KB', () => {
    expect(Buffer.byteLength(html, 'utf8')).toBeLessThan(150 * 1024);
  });

  it('inlines its script and styles and names only the add-on stylesheet', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    // Addresses with a host; "https://${…}" is the plan's link reader adding a scheme to what was typed.
    expect(html.match(/https?:\/\/(?!\$\{)[^\s"')`]+/g)).toEqual(['https://ssl.gstatic.com/docs/script/css/add-ons1.css']);
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it('comes from sources that never turn text into HTML', () => {
    for (const file of sources(join(root, 'sidebar'))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML\(|document\.write|\beval\(|new Function\(|DOMParser/);
    }
  });
});
