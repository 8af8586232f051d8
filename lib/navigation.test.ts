import { describe, expect, it } from "vitest";
import { navItemsFor } from "./navigation";

const labels = (role: "USER" | "ORGANIZER" | "STAFF" | "ADMIN" | null) =>
  navItemsFor(role ? { id: "1", username: "u", role } : null).map((i) => i.label);

describe("navItemsFor", () => {
  it("shows staff tools only to the roles that use them", () => {
    expect(labels(null)).toEqual(["Events", "Schedule"]);
    expect(labels("USER")).toEqual(["Events", "Schedule", "My tickets"]);
    expect(labels("STAFF")).toEqual(["Events", "Schedule", "My tickets"]);
    expect(labels("ORGANIZER")).toEqual(["Events", "Schedule", "My tickets", "Dashboard"]);
    expect(labels("ADMIN")).toEqual(["Events", "Schedule", "My tickets", "Dashboard", "Admin"]);
  });
});
