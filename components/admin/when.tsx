// Admin tables compare dates across years (account created, audit entries),
// so unlike lib/format's formatDateTime this always shows the year.

const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatAdminDateTime(date: Date, timeZone: string, withTime = true): string {
  const key = `${timeZone}|${withTime}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      day: "numeric",
      month: "short",
      year: "numeric",
      ...(withTime ? { hour: "2-digit", minute: "2-digit" } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}

/** A <time> element with the machine-readable instant and a readable label. */
export function When({ date, timeZone, withTime = true }: { date: Date; timeZone: string; withTime?: boolean }) {
  return <time dateTime={date.toISOString()}>{formatAdminDateTime(date, timeZone, withTime)}</time>;
}
