/** Colors as Sheets stores them: lowercase `#rrggbb` (named and short forms expanded). */
import type { Env } from './env';

const NAMED: Record<string, string> = {
  white: '#ffffff', black: '#000000', red: '#ff0000', green: '#008000', blue: '#0000ff', yellow: '#ffff00',
  gray: '#808080', grey: '#808080', orange: '#ffa500', purple: '#800080', lime: '#00ff00',
};

export function normalizeColor(env: Env, color: string): string {
  const c = String(color).trim().toLowerCase();
  if (NAMED[c]) return NAMED[c];
  if (/^#[0-9a-f]{6}$/.test(c)) return c;
  if (/^#[0-9a-f]{3}$/.test(c)) return `#${c[1]}${c[1]}${c[2]}${c[2]}${c[3]}${c[3]}`;
  return env.fail(`Invalid color: ${color}`);
}
