// msw's cookie store pulls in tldts and the whole public-suffix list (~40 KB
// brotli). The demo never sets cookies across domains, so "last two labels"
// is a faithful enough registrable domain.
const lastTwoLabels = (hostname: string) => hostname.split('.').slice(-2).join('.');
export const getDomain = (url: string) => lastTwoLabels(new URL(url, 'http://x').hostname);
export const getPublicSuffix = (url: string) =>
  new URL(url, 'http://x').hostname.split('.').pop() ?? null;
export const parse = (url: string) => ({
  domain: getDomain(url),
  publicSuffix: getPublicSuffix(url),
});
