// Shared by the S4 account integration tests (not a route: `_lib` is private).
import { expect } from "vitest";
import { api } from "@/tests/support/api";
import { POST as loginRoute } from "../login/route";
import { POST as signupRoute } from "../signup/route";

/** tests/support/api.ts types params as string | string[]; withApi handlers take string params. */
export const route = (handler: unknown) => handler as Parameters<typeof api.post>[0];
const login = route(loginRoute);
const signup = route(signupRoute);

export const FACTORY_PASSWORD = "correct horse battery";
export const STRONG_PASSWORD = "Velvet-Harbor-Lantern-42";

type Response = { status: number; text: string; json: Record<string, unknown> };

/** An S4 error: the status, `success: false`, the message, and `error` beside it. */
export function expectS4Error(res: Response, status: number, message?: string | RegExp) {
  expect(res.status, res.text).toBe(status);
  expect(res.json.success).toBe(false);
  expect(typeof res.json.error).toBe("string");
  if (typeof message === "string") expect(res.json.message).toBe(message);
  else if (message) expect(res.json.message).toMatch(message);
}

/** No password, hash, secret or e-mailed code in a response body. */
export function expectNoSecrets(res: Response, secrets: (string | undefined)[] = []) {
  for (const secret of [FACTORY_PASSWORD, STRONG_PASSWORD, "$argon2", "passwordHash", "SecretCipher", ...secrets]) {
    if (secret) expect(res.text).not.toContain(secret);
  }
}

/** Signs up through the S4 route and signs in; returns the new user's id, e-mail and token. */
export async function signUpAndIn(ip: string, names = { firstname: "Ada", lastname: "Lovelace" }) {
  const email = `s4-${Math.random().toString(36).slice(2, 10)}@example.test`;
  const created = await api.post(signup, { path: "/api/user/signup", json: { ...names, email, password: STRONG_PASSWORD }, ip });
  expect(created.status, created.text).toBe(201);
  const session = await api.post(login, { path: "/api/user/login", json: { email, password: STRONG_PASSWORD }, ip });
  expect(session.status, session.text).toBe(200);
  return { id: (created.json.data as { _id: string })._id, email, token: session.json.token as string };
}

