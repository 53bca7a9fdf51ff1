/**
 * The site's only configuration, read once at start-up from the environment. HOST and PORT are
 * read by @astrojs/node itself (default 4321).
 */
export interface SiteConfig {
  /** HTTP GraphQL endpoint of the Keepwatch API. */
  apiUrl: string;
  /** How long a page waits for the API before answering 503. */
  apiTimeoutMs: number;
}

function apiUrl(value: string | undefined): string {
  const url = value?.trim() || 'http://localhost:4000/graphql';
  try {
    new URL(url);
  } catch {
    throw new Error(`KEEPWATCH_API_URL is not a URL: ${url}`);
  }
  return url;
}

export const config: SiteConfig = {
  apiUrl: apiUrl(process.env.KEEPWATCH_API_URL),
  apiTimeoutMs: 5_000,
};
