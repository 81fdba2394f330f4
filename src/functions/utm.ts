/**
 * UTM_URL: campaign tags on a link, so clicks from each post show up in web analytics
 * (DOMAIN.md: "track links"). Apps Script has no URL class, so the link is split by hand.
 */
import { BLANK, readText } from './cells';
import type { CatalogEntry, FunctionParam } from './catalog-types';
import { Problem, quote } from './problem';
import { cellwise } from './shape';

const TEXTS = 'string|Array<Array<string>>';
const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'];
const SCHEME = /^https?:\/\//i;
const HOST = /^[^\s/?#:@]+(\.[^\s/?#:@]+)+(:\d+)?([/?#]|$)/;
/** Sheets' limit on the characters of one cell. */
export const CELL_CHARACTERS = 50_000;
/** Characters a link may not carry as such (RFC 3986): they would end an HTML attribute or a quoted formula string. */
const UNSAFE = /["'<>`\\^{|}]/g;

/** host[:port] is a name of non-empty labels (no "a..com") and a port from 1 to 65535. */
function plausibleAuthority(link: string): boolean {
  const rest = link.replace(SCHEME, '');
  const end = rest.search(/[/?#]/);
  const authority = end < 0 ? rest : rest.slice(0, end);
  const colon = authority.lastIndexOf(':');
  const host = colon >= 0 ? authority.slice(0, colon) : authority;
  if (colon >= 0) {
    const port = Number(authority.slice(colon + 1));
    if (!Number.isInteger(port) || port < 1 || port > 65_535) return false;
  }
  return host.length <= 253 && host.split('.').every((label) => label.length > 0 && label.length <= 63);
}

const params: FunctionParam[] = [
  { name: 'url', type: TEXTS, description: 'The page to link to; https:// is added when missing.' },
  { name: 'source', type: TEXTS, description: 'utm_source: where the click comes from, e.g. instagram.' },
  { name: 'medium', type: TEXTS, description: 'utm_medium: the kind of traffic, e.g. social or paid_social.' },
  { name: 'campaign', type: TEXTS, description: 'utm_campaign: the campaign name.' },
  { name: 'term', type: TEXTS, description: 'Optional. utm_term: a keyword or audience.', optional: true },
  { name: 'content', type: TEXTS, description: 'Optional. utm_content: which post or creative.', optional: true },
];

function withoutUtmKeys(query: string): string[] {
  return query
    .split('&')
    .filter((pair) => pair !== '')
    .filter((pair) => !UTM_KEYS.includes(safeDecode(pair.split('=')[0]).toLowerCase()));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

export function tagUrl(url: string, tags: [string, string][]): string | Problem {
  let link = url.trim();
  if (!SCHEME.test(link)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(link) && !HOST.test(link)) return new Problem('url', { arg: 'url', value: quote(url) });
    link = `https://${link}`;
  }
  if (!HOST.test(link.replace(SCHEME, '')) || /\s/.test(link) || !plausibleAuthority(link)) return new Problem('url', { arg: 'url', value: quote(url) });
  link = link.replace(UNSAFE, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

  const hashAt = link.indexOf('#');
  const fragment = hashAt >= 0 ? link.slice(hashAt) : '';
  const beforeFragment = hashAt >= 0 ? link.slice(0, hashAt) : link;
  const queryAt = beforeFragment.indexOf('?');
  const base = queryAt >= 0 ? beforeFragment.slice(0, queryAt) : beforeFragment;
  const kept = withoutUtmKeys(queryAt >= 0 ? beforeFragment.slice(queryAt + 1) : '');
  const added = tags.map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
  const tagged = `${base}?${kept.concat(added).join('&')}${fragment}`;
  if (tagged.length > CELL_CHARACTERS) return new Problem('tooLong', { arg: 'url', length: tagged.length, max: CELL_CHARACTERS });
  return tagged;
}

export const utmFunction: CatalogEntry = {
  name: 'UTM_URL',
  summary: 'Adds campaign tags (utm_source, utm_medium, utm_campaign…) to a link, keeping its own query and #fragment.',
  params,
  returnType: TEXTS,
  returns: 'The tagged link, as text.',
  example: '=UTM_URL(K2:K100, "instagram", "social", "spring_sale")',
  run: (args) =>
    cellwise(params, args, (values) => {
      const texts: string[] = [];
      for (let i = 0; i < params.length; i++) {
        const text = readText(values[i], params[i].name);
        if (text instanceof Problem) return text;
        if (text === BLANK) {
          if (!params[i].optional) return '';
          texts.push('');
        } else texts.push(text);
      }
      const [url, ...tagValues] = texts;
      const tags = tagValues
        .map((value, i): [string, string] => [UTM_KEYS[i], value])
        .filter(([, value]) => value !== '');
      return tagUrl(url, tags);
    }),
};
