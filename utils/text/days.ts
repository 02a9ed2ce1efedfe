// Calendar days as `YYYY-MM-DD` strings (they compare and sort as text), and the UK way of
// printing them. The one home of these helpers: follow-ups, exports and ModernGov's web-service
// URLs all use them. Day arithmetic (`addDays`, `addMonths`) lives with the date reader in
// dates.ts. Pure.

/** `7` → `07`. */
export const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The local calendar day of `now` as YYYY-MM-DD (what "today" means to the user). */
export function localDay(now: Date): string {
  return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}

/** The UTC calendar day of `date` as YYYY-MM-DD. */
export function utcDay(date: Date): string {
  return `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

/** `2025-04-03` → `03/04/2025` (day first, as councils and mgWebService.asmx write it); '' for null or a non-date. */
export function ukDate(day: string | null): string {
  const m = day ? /^(\d{4})-(\d{2})-(\d{2})/.exec(day) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}
