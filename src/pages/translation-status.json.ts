import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { LocaleReport } from '../lib/translation/assess';
import { translatedLocaleCodes } from '../lib/locales';

/**
 * The machine-readable translation record (dist/translation-status.json): per locale and part,
 * the figures of /translation-status/ and the state of every entry, with review dates and roles.
 */
export const GET: APIRoute = async () => {
  const byLocale = new Map((await getCollection('translationStatus')).map((entry) => [entry.id, entry.data as LocaleReport]));
  const reports = translatedLocaleCodes.map((code) => byLocale.get(code)!);
  const body = {
    description:
      'Lantern translation status. state: fallback (shown in English), draft, checked (back-translation compared), reviewed (by a native-speaking practitioner). UI parts count strings; entries list namespaces with the strings still missing.',
    locales: Object.fromEntries(reports.map((report) => [report.locale, { parts: report.parts }])),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
