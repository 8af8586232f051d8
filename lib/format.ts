// Display formatting shared by pages and e-mails.

export function formatMoney(minor: number, currency: string, locale = "en-GB"): string {
  if (minor === 0) return "Free";
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(minor / 100);
}

export function formatDate(date: Date, timeZone: string, locale = "en-GB"): string {
  return new Intl.DateTimeFormat(locale, { timeZone, weekday: "short", day: "numeric", month: "short", year: "numeric" }).format(date);
}

export function formatDateTime(date: Date, timeZone: string, locale = "en-GB"): string {
  return new Intl.DateTimeFormat(locale, { timeZone, weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }).format(date);
}

export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h ? `${h} h${m ? ` ${m} min` : ""}` : `${m} min`;
}
