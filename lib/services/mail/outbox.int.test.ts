import { createElement } from "react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resetEnv } from "@/lib/env";
import { CodeEmail } from "@/lib/mail/templates/code-email";
import { startFakeResend, type FakeResend } from "@/tests/support/fake-resend";
import { uniq } from "@/tests/support/factories";
import { deliverOutbox, MAX_ATTEMPTS } from "./deliver-outbox";
import { listMailbox } from "./list-mailbox";
import { queueEmail } from "./queue-email";

const codeEmail = (to: string) => ({
  to,
  subject: "Confirm your e-mail",
  template: "email-confirmation",
  body: createElement(CodeEmail, { heading: "Confirm your e-mail", intro: "Enter this code:", code: "482913", expiresInMinutes: 15 }),
});

describe("e-mail outbox", () => {
  let resend: FakeResend;
  beforeAll(async () => {
    resend = await startFakeResend();
  });
  afterAll(() => resend.close());
  afterEach(() => {
    delete process.env.RESEND_API_KEY;
    delete process.env.RESEND_BASE_URL;
    resetEnv();
  });

  it("keeps mail in the local mailbox when no Resend key is set", async () => {
    const to = `${uniq("mbx")}@example.test`;
    const id = await queueEmail(codeEmail(to.toUpperCase()));
    expect((await listMailbox({ to })).length).toBe(0); // not delivered yet
    await deliverOutbox({ ids: [id] });
    const [message] = await listMailbox({ to });
    expect(message).toMatchObject({ to, subject: "Confirm your e-mail" });
    expect(message.text).toContain("482913");
    expect(message.html).toContain("482913");
  });

  it("sends through Resend's API when a key is set", async () => {
    process.env.RESEND_API_KEY = "re_test_key";
    process.env.RESEND_BASE_URL = resend.url;
    resetEnv();
    const to = `${uniq("rs")}@example.test`;
    const id = await queueEmail({ ...codeEmail(to), attachments: [{ filename: "a.txt", contentType: "text/plain", contentBase64: "aGk=" }] });
    expect(await deliverOutbox({ ids: [id] })).toEqual({ sent: 1, failed: 0 });
    const sent = resend.received.at(-1)!;
    expect(sent.authorization).toBe("Bearer re_test_key");
    expect(sent.body).toMatchObject({ to, subject: "Confirm your e-mail" });
    expect(sent.body.attachments).toEqual([expect.objectContaining({ filename: "a.txt", content: "aGk=" })]);
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SENT", transport: "RESEND", providerMessageId: expect.stringMatching(/^fake_/) });
    expect(await listMailbox({ to })).toEqual([]);
  });

  it("retries a failed send later and never loses the message", async () => {
    process.env.RESEND_API_KEY = "re_test_key";
    process.env.RESEND_BASE_URL = resend.url;
    resetEnv();
    const to = `${uniq("retry")}@example.test`;
    const id = await queueEmail(codeEmail(to));
    resend.failNext(1);
    expect(await deliverOutbox({ ids: [id] })).toEqual({ sent: 0, failed: 1 });
    let row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("PENDING");
    expect(row.attempts).toBe(1);
    expect(row.lastError).toContain("Temporary failure");
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    // Not due yet: a poll leaves it alone.
    await deliverOutbox({ ids: [id] });
    expect((await db.emailOutbox.findUniqueOrThrow({ where: { id } })).attempts).toBe(1);

    await db.emailOutbox.update({ where: { id }, data: { nextAttemptAt: new Date() } });
    expect(await deliverOutbox({ ids: [id] })).toEqual({ sent: 1, failed: 0 });
    row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
  });

  it("gives up after the last attempt and keeps the error", async () => {
    process.env.RESEND_API_KEY = "re_test_key";
    process.env.RESEND_BASE_URL = resend.url;
    resetEnv();
    const id = await queueEmail(codeEmail(`${uniq("dead")}@example.test`));
    await db.emailOutbox.update({ where: { id }, data: { attempts: MAX_ATTEMPTS - 1 } });
    resend.failNext(1, 503);
    await deliverOutbox({ ids: [id] });
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
  });

  it("lets two workers never send the same message twice", async () => {
    process.env.RESEND_API_KEY = "re_test_key";
    process.env.RESEND_BASE_URL = resend.url;
    resetEnv();
    const to = `${uniq("race")}@example.test`;
    const id = await queueEmail(codeEmail(to));
    const before = resend.received.length;
    const results = await Promise.all([deliverOutbox({ ids: [id] }), deliverOutbox({ ids: [id] })]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(1);
    expect(resend.received.length - before).toBe(1);
  });
});
