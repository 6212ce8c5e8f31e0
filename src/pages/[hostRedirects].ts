import type { APIRoute } from 'astro';
import { redirectsFile } from '../lib/short-links';
import { siteShortLinks } from '../site/trainer';

/**
 * `/_redirects`: every short link as a permanent (301) redirect, for hosts that read this file
 * (Netlify, Cloudflare Pages). Written from the same list as the redirect pages. A file name that
 * starts with an underscore would be private to Astro, hence the route parameter.
 */
export function getStaticPaths() {
  return [{ params: { hostRedirects: '_redirects' } }];
}

export const GET: APIRoute = async () =>
  new Response(redirectsFile(await siteShortLinks()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
