// S1 e-mail confirmation: isEmailConfirmed, confirmEmail and resendEmailValidationCode.
import { describe, expect, it } from "vitest";
import { listMailbox } from "@/lib/services/mail/list-mailbox";
import { createUser } from "@/lib/services/users/create-user";
import { api } from "@/tests/support/api";
import { lastCodeTo, makeUser, uniq } from "@/tests/support/factories";
import { GET as isEmailConfirmed } from "../isEmailConfirmed/route";
import { POST as register } from "../register/route";
import { GET as resend } from "../resendEmailValidationCode/route";
import { GET, POST } from "./route";

const STRONG = "Velvet-Harbor-Lantern-42";
const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** An account whose e-mail is not confirmed yet and that has no code e-mailed. */
async function unconfirmedUser() {
  const name = uniq("unconfirmed");
  const email = `${name}@example.test`;
  await createUser({ username: name, email, password: "correct horse battery" });
  return email;
}

/** Signs up through S1's register, which e-mails a first code. */
async function signUp(ip: string) {
  const email = `${uniq("s1mail")}@example.test`;
  const res = await api.post(register, { path: `/api/register?${q({ username: email, password: STRONG })}`, ip });
  expect(res.status).toBe(200);
  return email;
}

const confirm = (params: Record<string, string>, ip = "10.30.2.1") => api.get(GET, { path: `/api/confirmEmail?${q(params)}`, ip });
const status = (username: string) => api.get(isEmailConfirmed, { path: `/api/isEmailConfirmed?${q({ username })}`, ip: "10.30.2.2" });
const mailCount = async (email: string) => (await listMailbox({ to: email })).length;

describe("GET /api/isEmailConfirmed", () => {
  it("answers 200 'Email confirmed' / 'Email not confirmed' and 404 for an unknown user", async () => {
    const confirmed = await makeUser();
    expect(await status(`${confirmed.username}@example.test`)).toMatchObject({ status: 200, json: { message: "Email confirmed" } });
    expect(await status(await unconfirmedUser())).toMatchObject({ status: 200, json: { message: "Email not confirmed" } });
    expect(await status("nobody@example.test")).toMatchObject({ status: 404, json: { message: "User not found" } });
  });

  it("refuses a missing username with 400", async () => {
    const res = await api.get(isEmailConfirmed, { path: "/api/isEmailConfirmed", ip: "10.30.2.2" });
    expect(res.status).toBe(400);
    expect(res.json.message).toMatch(/username/);
  });
});

describe("GET|POST /api/confirmEmail", () => {
  it("walks S1's flow: ask for the code, check the status with -1, confirm, then 'already confirmed'", async () => {
    const email = await signUp("10.30.2.10");
    // Signing up e-mailed a code a moment ago: asking for it answers without a second e-mail.
    expect(await confirm({ username: email })).toMatchObject({ status: 200, json: { message: "Email sent successfully" } });
    expect(await mailCount(email)).toBe(1);
    expect(await confirm({ username: email, code: "-1" })).toMatchObject({ status: 200, json: { message: "Email not confirmed" } });
    const code = await lastCodeTo(email);
    const wrong = await confirm({ username: email, code: code === "000000" ? "111111" : "000000" });
    expect(wrong).toMatchObject({ status: 400, json: { message: "Wrong code" } });
    const ok = await confirm({ username: email, code });
    expect(ok).toMatchObject({ status: 200, json: { message: "Email confirmed" } });
    expect(ok.text).not.toContain(code);
    expect(await confirm({ username: email, code: "-1" })).toMatchObject({ status: 200, json: { message: "Email confirmed" } });
    expect(await status(email)).toMatchObject({ json: { message: "Email confirmed" } });
    expect(await confirm({ username: email, code })).toMatchObject({ status: 400, json: { message: "Email already confirmed" } });
    expect(await confirm({ username: email })).toMatchObject({ status: 400, json: { message: "Email already confirmed" } });
  });

  it("e-mails a code when none is pending, and accepts POST with a JSON body", async () => {
    const email = await unconfirmedUser();
    const res = await api.post(POST, { path: "/api/confirmEmail", json: { username: email }, ip: "10.30.2.11" });
    expect(res).toMatchObject({ status: 200, json: { message: "Email sent successfully" } });
    const code = await lastCodeTo(email);
    expect(res.text).not.toContain(code);
    const status = await api.post(POST, { path: "/api/confirmEmail", json: { username: email, code: -1 }, ip: "10.30.2.11" });
    expect(status).toMatchObject({ status: 200, json: { message: "Email not confirmed" } });
    const confirmed = await api.post(POST, { path: `/api/confirmEmail?${q({ username: email })}`, json: { code }, ip: "10.30.2.11" });
    expect(confirmed).toMatchObject({ status: 200, json: { message: "Email confirmed" } });
  });

  it("allows five wrong codes, then refuses even the right one until a new code is sent", async () => {
    const email = await signUp("10.30.2.12");
    const code = await lastCodeTo(email);
    const wrong = code === "999999" ? "888888" : "999999";
    for (let i = 0; i < 5; i++) expect(await confirm({ username: email, code: wrong })).toMatchObject({ status: 400, json: { message: "Wrong code" } });
    const exhausted = await confirm({ username: email, code });
    expect(exhausted.status).toBe(400);
    expect(exhausted.json.message).toMatch(/Too many wrong attempts/);
    expect(await status(email)).toMatchObject({ json: { message: "Email not confirmed" } });
    // The spent code is under a minute old: a new one must wait for the cooldown.
    const tooSoon = await confirm({ username: email });
    expect(tooSoon.status).toBe(429);
    expect(Number(tooSoon.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("refuses a malformed code without counting it as an attempt", async () => {
    const email = await signUp("10.30.2.13");
    const code = await lastCodeTo(email);
    for (let i = 0; i < 6; i++) {
      const res = await confirm({ username: email, code: "12ab" });
      expect(res).toMatchObject({ status: 400, json: { message: "Wrong code", errors: { code: [expect.stringMatching(/6-digit/)] } } });
    }
    expect(await confirm({ username: email, code })).toMatchObject({ status: 200, json: { message: "Email confirmed" } });
  });

  it("answers 404 for an unknown user and 400 without a username", async () => {
    expect(await confirm({ username: "nobody@example.test" })).toMatchObject({ status: 404, json: { message: "User not found" } });
    expect(await confirm({ username: "nobody@example.test", code: "123456" })).toMatchObject({ status: 404, json: { message: "User not found" } });
    expect(await confirm({ username: "nobody@example.test", code: "-1" })).toMatchObject({ status: 404, json: { message: "User not found" } });
    const missing = await confirm({ code: "123456" });
    expect(missing.status).toBe(400);
    expect(missing.json.message).toMatch(/username/);
    const malformed = await api.post(POST, { path: "/api/confirmEmail", json: "{oops", ip: "10.30.2.14" });
    expect(malformed).toMatchObject({ status: 400, json: { message: "Malformed JSON body" } });
  });
});

describe("GET /api/resendEmailValidationCode", () => {
  const resendTo = (username: string) => api.get(resend, { path: `/api/resendEmailValidationCode?${q({ username })}`, ip: "10.30.2.20" });

  it("sends a code, refuses another within the minute (429), then 'Email already confirmed' once confirmed", async () => {
    const email = await unconfirmedUser();
    const sent = await resendTo(email);
    expect(sent).toMatchObject({ status: 200, json: { message: "Email sent successfully" } });
    const code = await lastCodeTo(email);
    expect(sent.text).not.toContain(code);
    const again = await resendTo(email);
    expect(again.status).toBe(429);
    expect(Number(again.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await mailCount(email)).toBe(1);
    expect(await confirm({ username: email, code })).toMatchObject({ status: 200, json: { message: "Email confirmed" } });
    expect(await resendTo(email)).toMatchObject({ status: 400, json: { message: "Email already confirmed" } });
  });

  it("answers 404 for an unknown user and 400 without a username", async () => {
    expect(await resendTo("nobody@example.test")).toMatchObject({ status: 404, json: { message: "User not found" } });
    const missing = await api.get(resend, { path: "/api/resendEmailValidationCode", ip: "10.30.2.21" });
    expect(missing.status).toBe(400);
    expect(missing.json.message).toMatch(/username/);
  });
});
