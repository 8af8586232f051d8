import type { Metadata } from "next";
import Link from "next/link";
import { FilmShowings } from "@/components/events/film-showings";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { env } from "@/lib/env";
import { getDaySchedule } from "@/lib/services/schedule/get-day-schedule";
import { addDays, isValidDate, todayIn, zonedDateTime } from "@/lib/time";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Film schedule" };

const STRIP_DAYS = 14;

export default async function SchedulePage({ searchParams }: { searchParams: Promise<{ date?: string }> }) {
  const tz = env().APP_TIMEZONE;
  const now = new Date();
  const today = todayIn(tz, now);
  const requested = (await searchParams).date;
  const date = requested && isValidDate(requested) ? requested : today;
  const schedule = await getDaySchedule(date, now);
  const days = Array.from({ length: STRIP_DAYS }, (_, i) => addDays(today, i));

  return (
    <div className="flex flex-col gap-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight text-fg">Film schedule</h1>
        <p className="mt-1 text-fg-muted">Pick a day, then a time, then your seats.</p>
      </header>
      <nav aria-label="Days" className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
        <ul className="flex gap-2 pb-1">
          {days.map((day, i) => {
            const noon = zonedDateTime(day, "12:00", tz);
            const weekday = i === 0 ? "Today" : i === 1 ? "Tomorrow" : new Intl.DateTimeFormat("en-GB", { timeZone: tz, weekday: "short" }).format(noon);
            const dayMonth = new Intl.DateTimeFormat("en-GB", { timeZone: tz, day: "numeric", month: "short" }).format(noon);
            const active = day === date;
            return (
              <li key={day}>
                <Link
                  href={`/schedule?date=${day}`}
                  aria-current={active ? "date" : undefined}
                  className={cn(
                    "flex h-16 w-20 flex-col items-center justify-center rounded-xl border text-sm transition-colors",
                    active ? "border-brand bg-brand text-brand-fg" : "border-border bg-surface text-fg hover:border-brand",
                  )}
                >
                  <span className="font-medium">{weekday}</span>
                  <span className={cn("text-xs", active ? "text-brand-fg/80" : "text-fg-muted")}>{dayMonth}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {schedule.films.length ? (
        <div className="flex flex-col gap-4">
          {schedule.films.map((entry) => (
            <FilmShowings key={entry.film.id} entry={entry} now={now} />
          ))}
        </div>
      ) : (
        <EmptyState title="No films on this day" description="Nothing is scheduled yet. Try another day in the strip above." />
      )}
    </div>
  );
}
