// Canonical URLs: the same page reached through a newsletter link, a social share or a feed compares
// equal. Lower-case scheme and host, default port dropped, fragment dropped, tracking parameters
// dropped, remaining query sorted (a server that cares about parameter order is very rare; a feed
// that reorders them is not). Pure: WHATWG URL only.

/** Parameters that only say where a click came from, never which page. */
const TRACKING_EXACT = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'ref',
  'ref_src',
  'ref_url',
  'cmpid',
  'cmp',
  '_ga',
  '_gl',
  'yclid',
  'spm',
  'twclid',
  'ttclid',
  'li_fat_id',
  'wt.mc_id',
  'ocid',
  'ncid',
  'sr_share',
  'at_medium',
  'at_campaign',
  's_cid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'vero_id',
  'oly_enc_id',
  'oly_anon_id',
]);

const TRACKING_PREFIXES = ['utm_', 'at_', 'pk_', 'mtm_', 'hsa_'];

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_EXACT.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

export type ParsedHttpUrl = { ok: true; url: URL } | { ok: false; reason: string };

/** An absolute http(s) URL, or a one-line reason it is not one. */
export function parseHttpUrl(input: string, base?: string): ParsedHttpUrl {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'the URL is empty' };
  let url: URL;
  try {
    url = base === undefined ? new URL(text) : new URL(text, base);
  } catch {
    return { ok: false, reason: `"${text.slice(0, 200)}" is not a valid URL (it must start with http:// or https://)` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: `only http:// and https:// URLs are allowed (got ${url.protocol.replace(/:$/, '')}:)` };
  }
  if (url.hostname === '') return { ok: false, reason: 'the URL has no host name' };
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'URLs with a user name or password are not allowed' };
  return { ok: true, url };
}

/** The canonical form of an http(s) URL, or null when the input is not one. */
export function canonicalUrl(input: string, base?: string): string | null {
  const parsed = parseHttpUrl(input, base);
  if (!parsed.ok) return null;
  const url = parsed.url;
  // URL already lower-cases scheme and host and drops the default port; trailing host dot is cosmetic.
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.slice(0, -1);
  url.hash = '';
  const kept = [...url.searchParams.entries()].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  url.search = '';
  for (const [name, value] of kept) url.searchParams.append(name, value);
  let text = url.toString();
  // "https://x.org/a?" -> "https://x.org/a"
  if (text.endsWith('?')) text = text.slice(0, -1);
  return text;
}
