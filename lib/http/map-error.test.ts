import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "./errors";
import { toAppError } from "./map-error";

describe("toAppError", () => {
  it("keeps AppErrors as they are", () => {
    const error = new AppError("LOCKED", "Account locked");
    expect(toAppError(error)).toBe(error);
    expect(error.status).toBe(423);
  });

  it("captures a stack trace for server errors only (4xx answers carry none), leaving the limit as it was", () => {
    const limit = Error.stackTraceLimit;
    expect(new AppError("CONFLICT", "Seat taken").stack).not.toMatch(/\n\s+at /);
    expect(new AppError("UNAVAILABLE", "Try later").stack).toMatch(/\n\s+at /);
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error("plain").stack).toMatch(/\n\s+at /);
  });

  it("maps validation errors to 400 with field errors", () => {
    const result = z.object({ email: z.email("Enter a valid e-mail address") }).safeParse({ email: "nope" });
    const error = toAppError(result.error);
    expect(error.status).toBe(400);
    expect(error.fieldErrors).toEqual({ email: ["Enter a valid e-mail address"] });
    expect(error.message).toContain("email");
  });

  it("maps Prisma's unique and not-found errors", () => {
    expect(toAppError({ code: "P2002", meta: {} }).status).toBe(409);
    expect(toAppError({ code: "P2025" }).status).toBe(404);
  });

  it("hides unknown errors behind an opaque 500 and logs them", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const error = toAppError(new Error("connection string postgres://secret@db"));
    expect(error.status).toBe(500);
    expect(error.message).not.toContain("secret");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
