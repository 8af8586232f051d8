import { describe, expect, it } from "vitest";
import { addDays, dateIn, isValidDate, timeIn, todayIn, zonedDateTime, zonedDayRange } from "./time";

describe("time helpers", () => {
  it("validates calendar dates", () => {
    const cases: [string, boolean][] = [
      ["2026-02-28", true],
      ["2026-02-29", false],
      ["2028-02-29", true],
      ["2026-13-01", false],
      ["26-01-01", false],
      ["tomorrow", false],
      ["2000-02-29", true],
      ["2100-02-29", false],
      ["2026-04-31", false],
      ["2026-12-31", true],
      ["2026-00-10", false],
      ["2026-01-00", false],
      ["0050-01-01", false],
    ];
    for (const [date, valid] of cases) expect(isValidDate(date), date).toBe(valid);
  });

  it("converts wall-clock times in a zone to instants, across DST", () => {
    expect(zonedDateTime("2026-07-01", "15:00", "Europe/Paris").toISOString()).toBe("2026-07-01T13:00:00.000Z");
    expect(zonedDateTime("2026-01-15", "15:00", "Europe/Paris").toISOString()).toBe("2026-01-15T14:00:00.000Z");
    expect(zonedDateTime("2026-03-29", "12:00", "Europe/Paris").toISOString()).toBe("2026-03-29T10:00:00.000Z");
    expect(zonedDateTime("2026-04-09", "20:45", "UTC").toISOString()).toBe("2026-04-09T20:45:00.000Z");
  });

  it("gives a day's range, which is 23 hours on the spring DST change", () => {
    const { start, end } = zonedDayRange("2026-03-29", "Europe/Paris");
    expect(start.toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(23);
  });

  it("reads dates and times back in a zone", () => {
    const instant = new Date("2026-11-21T23:30:00Z");
    expect(dateIn(instant, "UTC")).toBe("2026-11-21");
    expect(dateIn(instant, "Europe/Paris")).toBe("2026-11-22");
    expect(timeIn(instant, "Europe/Paris")).toBe("00:30");
    expect(todayIn("Asia/Tokyo", instant)).toBe("2026-11-22");
  });

  it("adds days over month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});
