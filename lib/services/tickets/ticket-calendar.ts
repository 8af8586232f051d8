import "server-only";

export type CalendarShow = { uid: string; startsAt: Date; endsAt: Date; summary: string; location?: string | null; description?: string };

// RFC 5545 text: escape backslash, semicolon, comma and newlines.
const escapeText = (value: string) => value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");

const utcStamp = (date: Date) => date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

// Lines longer than 75 octets are folded: CRLF then one space.
function fold(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  for (const char of line) {
    const limit = parts.length ? 74 : 75;
    if (Buffer.byteLength(current + char, "utf8") > limit) {
      parts.push(current);
      current = "";
    }
    current += char;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** A one-event iCalendar file (text/calendar) for a show, times in UTC. */
export function ticketCalendarIcs(show: CalendarShow, now = new Date()): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Tessera//Tickets//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${show.uid}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART:${utcStamp(show.startsAt)}`,
    `DTEND:${utcStamp(show.endsAt)}`,
    `SUMMARY:${escapeText(show.summary)}`,
    ...(show.location ? [`LOCATION:${escapeText(show.location)}`] : []),
    ...(show.description ? [`DESCRIPTION:${escapeText(show.description)}`] : []),
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(fold).join("\r\n") + "\r\n";
}
