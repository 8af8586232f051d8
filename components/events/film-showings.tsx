import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDuration, formatMoney } from "@/lib/format";

export type FilmShowingsData = {
  film: { id: string; title: string; description: string; durationMinutes: number | null; rating: string | null; genres: string[] };
  shows: { id: string; time: string; startsAt: Date; auditorium: string | null; priceMinor: number; currency: string; freeSeats: number }[];
};

/** One film with its shows of the day as time chips; past and full shows are shown but not offered. */
export function FilmShowings({ entry, now }: { entry: FilmShowingsData; now: Date }) {
  const { film, shows } = entry;
  const from = Math.min(...shows.map((s) => s.priceMinor));
  return (
    <article className="flex flex-col gap-4 rounded-xl border border-border bg-surface p-5 shadow-xs sm:flex-row sm:items-start">
      <div className="min-w-0 flex-1">
        <h3 className="text-lg font-semibold text-fg">
          <Link href={`/events/${film.id}`} className="hover:underline">
            {film.title}
          </Link>
        </h3>
        <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-fg-muted">
          {film.rating && <Badge variant="neutral">{film.rating}</Badge>}
          {film.durationMinutes && <span>{formatDuration(film.durationMinutes)}</span>}
          {film.genres.length > 0 && <span>· {film.genres.join(", ")}</span>}
          <span>· from {formatMoney(from, shows[0].currency)}</span>
        </p>
        <p className="mt-2 line-clamp-2 text-sm text-fg-muted">{film.description}</p>
      </div>
      <ul className="flex flex-wrap gap-2 sm:max-w-xs sm:justify-end" aria-label={`Shows of ${film.title}`}>
        {shows.map((show) => {
          const past = show.startsAt < now;
          const full = show.freeSeats === 0;
          const label = `${show.time}${show.auditorium ? `, ${show.auditorium}` : ""}: ${past ? "started" : full ? "sold out" : `${show.freeSeats} seats free`}`;
          return (
            <li key={show.id}>
              {past || full ? (
                <span
                  aria-label={label}
                  className="inline-flex h-12 min-w-20 flex-col items-center justify-center rounded-lg border border-border px-3 text-fg-muted opacity-60"
                >
                  <span className="font-mono text-sm font-semibold line-through">{show.time}</span>
                  <span className="text-[11px]">{past ? "started" : "sold out"}</span>
                </span>
              ) : (
                <Link
                  href={`/showtimes/${show.id}`}
                  aria-label={label}
                  className="inline-flex h-12 min-w-20 flex-col items-center justify-center rounded-lg border border-border bg-surface px-3 text-fg transition-colors hover:border-brand hover:bg-brand-soft"
                >
                  <span className="font-mono text-sm font-semibold">{show.time}</span>
                  <span className="text-[11px] text-fg-muted">{show.freeSeats} free</span>
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </article>
  );
}
