import { describe, expect, it } from "vitest";
import { eventFormSchema, showtimeFormSchema } from "./dashboard";

const base = { title: "Talk", startsAt: "2032-06-01T09:00" };

describe("eventFormSchema", () => {
  it("reads the form's strings: amounts, lists, empty optionals", () => {
    const parsed = eventFormSchema.parse({ ...base, price: "12,5", capacity: "", venue: " ", speakers: "Ada\r\n\r\nGrace", genres: "Drama, , Comedy", currency: "usd", removeImage: "on" });
    expect(parsed).toMatchObject({ price: 1250, capacity: undefined, venue: undefined, speakers: ["Ada", "Grace"], genres: ["Drama", "Comedy"], currency: "USD", removeImage: true, kind: "CONFERENCE" });
    expect(eventFormSchema.parse(base)).toMatchObject({ price: 0, speakers: [], removeImage: false });
  });

  it("names each bad field", () => {
    const result = eventFormSchema.safeParse({ title: "", startsAt: "2032-13-01", price: "1.234", capacity: "2.5", currency: "€" });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((i) => i.path.join("."));
    expect(fields).toEqual(expect.arrayContaining(["title", "startsAt", "price", "capacity", "currency"]));
    const order = eventFormSchema.safeParse({ ...base, endsAt: "2032-05-31T09:00" });
    expect(order.error?.issues).toEqual([expect.objectContaining({ path: ["endsAt"], message: "The end must not be before the start" })]);
  });
});

describe("showtimeFormSchema", () => {
  const eventId = "3f1c1c7e-6b4a-4b3e-9f55-0d1b2c3d4e5f";
  const categoryId = "9b2f7a10-1111-4c2d-8e3f-123456789abc";

  it("collects categoryPrice.<id> fields into categoryPrices", () => {
    const parsed = showtimeFormSchema.parse({ eventId, startsAt: "2032-06-01T19:30", auditoriumId: categoryId, price: "9", [`categoryPrice.${categoryId}`]: "14.00" });
    expect(parsed.categoryPrices).toEqual({ [categoryId]: 1400 });
    expect(parsed.price).toBe(900);
  });

  it("needs a capacity without an auditorium, and a valid price per category", () => {
    const result = showtimeFormSchema.safeParse({ eventId, startsAt: "2032-06-01T19:30", [`categoryPrice.${categoryId}`]: "abc" });
    const fields = result.error!.issues.map((i) => i.path.join("."));
    expect(fields).toEqual(expect.arrayContaining([`categoryPrices.${categoryId}`]));
    expect(showtimeFormSchema.safeParse({ eventId, startsAt: "2032-06-01T19:30" }).error?.issues).toEqual([expect.objectContaining({ path: ["capacity"] })]);
  });
});
