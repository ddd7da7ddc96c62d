import { uiLocale } from './i18n';

/**
 * A stated date for people, in the interface language: "June 19, 2024", "19 juin 2024",
 * "19 Haziran 2024". The day is the one the page stated; formatting in UTC keeps a date-only
 * value from moving to the day before in western time zones.
 */
// Building a formatter costs far more than using one: a list of 50 rows would build 50.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatPublished(iso: string | null, locale: string = uiLocale()): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return format.format(date);
}
