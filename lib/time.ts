// Calendar helpers in the venue's time zone (APP_TIMEZONE). Dates travel as
// "YYYY-MM-DD" strings and times as "HH:mm", as S1's schedule endpoints use.

const partsCache = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string) {
  let f = partsCache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsCache.set(timeZone, f);
  }
  return f;
}

function zonedParts(date: Date, timeZone: string) {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(date).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Offset of `timeZone` from UTC at `date`, in milliseconds. */
function offsetMs(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
export const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True for a real calendar date written YYYY-MM-DD (years 0100-9999; checked on every S1 request, without a Date). */
export function isValidDate(value: string): boolean {
  if (!DATE_RE.test(value)) return false;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  return y >= 100 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const daysInMonth = (y: number, m: number) => (m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);

/** The instant at which the wall-clock `date time` happens in `timeZone`. */
export function zonedDateTime(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  // Two passes settle the offset across DST changes.
  let result = guess - offsetMs(new Date(guess), timeZone);
  result = guess - offsetMs(new Date(result), timeZone);
  return new Date(result);
}

type DayRange = { start: Date; end: Date; iso: { start: string; end: string } };
const dayRanges = new Map<string, DayRange>();

function dayRange(date: string, timeZone: string): DayRange {
  const key = `${date} ${timeZone}`;
  let range = dayRanges.get(key);
  if (!range) {
    const start = zonedDateTime(date, "00:00", timeZone);
    const end = zonedDateTime(addDays(date, 1), "00:00", timeZone);
    range = { start, end, iso: { start: start.toISOString(), end: end.toISOString() } };
    if (dayRanges.size >= 1_000) dayRanges.clear();
    dayRanges.set(key, range);
  }
  return range;
}

/** [start, end) of a calendar day in `timeZone` (remembered: S1 asks for the same few days on every purchase). */
export function zonedDayRange(date: string, timeZone: string): { start: Date; end: Date } {
  const range = dayRange(date, timeZone);
  return { start: new Date(range.start), end: new Date(range.end) };
}

/** zonedDayRange as ISO 8601 instants, without a Date per call (S1's purchase check sends them as text). */
export function zonedDayRangeIso(date: string, timeZone: string): { start: string; end: string } {
  return dayRange(date, timeZone).iso;
}

export function dateIn(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

export function timeIn(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function todayIn(timeZone: string, now = new Date()): string {
  return dateIn(now, timeZone);
}
