// S4 two-factor authentication: enable, verify, sign in with a code, disable.
import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { getProfile } from "@/lib/services/users/user-profile";
import { api } from "@/tests/support/api";
import { makeUser, tokenFor } from "@/tests/support/factories";
import { POST as disableRoute } from "./2fa/disable/route";
import { POST as enableRoute } from "./2fa/enable/route";
import { POST as verifyRoute } from "./2fa/verify/route";
import { expectNoSecrets, expectS4Error, FACTORY_PASSWORD, route } from "./_lib/test-support";
import { POST as loginRoute } from "./login/route";
import { GET as profileRoute } from "./profile/route";

const disable = route(disableRoute);
const enable = route(enableRoute);
const verify = route(verifyRoute);
const login = route(loginRoute);
const profile = route(profileRoute);

const IP = "10.40.2.1";
/** A TOTP code for a later 30-second step (each step's code is accepted once). */
const codeAt = (secret: string, stepsAhead: number) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 * stepsAhead });

async function signedIn() {
  const user = await makeUser("USER");
  const email = (await getProfile(user.id)).email;
  return { ...user, email, token: await tokenFor(email) };
}

type Setup = { secret: string; qrCodeData: string; qrCodeImage: string; backupCodes: string[] };

describe("S4 two-factor authentication", () => {
  it("enables, verifies, requires the code at login, and disables", async () => {
    const user = await signedIn();

    const started = await api.post(enable, { path: "/api/user/2fa/enable", token: user.token, ip: IP });
    expect(started.status, started.text).toBe(200);
    expect(started.json).toMatchObject({ success: true, message: "2FA setup initiated. Please scan QR code and verify." });
    const setup = started.json as unknown as Setup;
    expect(setup.secret).toMatch(/^[A-Z2-7]{16,}=*$/);
    expect(setup.qrCodeData).toMatch(/^otpauth:\/\/totp\//);
    expect(setup.qrCodeData).toContain(`secret=${setup.secret}`);
    expect(setup.qrCodeImage).toMatch(/^data:image\/png;base64,/);
    expect(setup.backupCodes).toHaveLength(10);
    for (const code of setup.backupCodes) expect(code).toMatch(/^\d{4}-\d{4}$/);

    // Not active until verified: login still needs no code.
    expect((await api.post(login, { path: "/api/user/login", json: { email: user.email, password: FACTORY_PASSWORD }, ip: IP })).status).toBe(200);

    expectS4Error(await api.post(verify, { path: "/api/user/2fa/verify", token: user.token, json: {}, ip: IP }), 400, "Token required");
    expectS4Error(await api.post(verify, { path: "/api/user/2fa/verify", token: user.token, json: { twoFactorToken: "000000" }, ip: IP }), 403, "Invalid token");
    const verified = await api.post(verify, { path: "/api/user/2fa/verify", token: user.token, json: { twoFactorToken: await codeAt(setup.secret, 0) }, ip: IP });
    expect(verified.status, verified.text).toBe(200);
    expect(verified.json).toEqual({ success: true, message: "2FA enabled successfully" });

    expectS4Error(await api.post(enable, { path: "/api/user/2fa/enable", token: user.token, ip: IP }), 400, "2FA already enabled");
    const shown = await api.get(profile, { path: "/api/user/profile", token: user.token, ip: IP });
    expect((shown.json.user as { twoFactorEnabled: boolean }).twoFactorEnabled).toBe(true);
    expectNoSecrets(shown, [setup.secret, ...setup.backupCodes]);

    // Login: the code is required, a wrong one refused, a fresh one or a backup code accepted.
    const credentials = { email: user.email, password: FACTORY_PASSWORD };
    expectS4Error(await api.post(login, { path: "/api/user/login", json: credentials, ip: IP }), 403, "2FA token required");
    expectS4Error(await api.post(login, { path: "/api/user/login", json: { ...credentials, twoFactorToken: "000000" }, ip: IP }), 403, "Invalid 2FA token");
    const withCode = await api.post(login, { path: "/api/user/login", json: { ...credentials, twoFactorToken: await codeAt(setup.secret, 1) }, ip: IP });
    expect(withCode.status, withCode.text).toBe(200);
    expect((withCode.json.user as { twoFactorEnabled: boolean }).twoFactorEnabled).toBe(true);
    expectNoSecrets(withCode, [setup.secret, ...setup.backupCodes]);
    const withBackup = await api.post(login, { path: "/api/user/login", json: { ...credentials, twoFactorToken: setup.backupCodes[0] }, ip: IP });
    expect(withBackup.status, withBackup.text).toBe(200);
    // A backup code works once.
    expectS4Error(await api.post(login, { path: "/api/user/login", json: { ...credentials, twoFactorToken: setup.backupCodes[0] }, ip: IP }), 403, "Invalid 2FA token");

    // Disable: both fields, the right password, a valid second factor.
    const off = (json: unknown) => api.post(disable, { path: "/api/user/2fa/disable", token: user.token, json, ip: IP });
    expectS4Error(await off({}), 400, "Password and token required");
    expectS4Error(await off({ password: FACTORY_PASSWORD }), 400, "Password and token required");
    expectS4Error(await off({ twoFactorToken: setup.backupCodes[1] }), 400, "Password and token required");
    expectS4Error(await off({ password: "not my password", twoFactorToken: setup.backupCodes[1] }), 401, "Invalid password");
    expectS4Error(await off({ password: FACTORY_PASSWORD, twoFactorToken: "000000" }), 403, "Invalid 2FA token");
    // The 401 above is about the password: the session is still valid.
    const disabled = await off({ password: FACTORY_PASSWORD, twoFactorToken: setup.backupCodes[1] });
    expect(disabled.status, disabled.text).toBe(200);
    expect(disabled.json).toEqual({ success: true, message: "2FA disabled successfully" });

    const plain = await api.post(login, { path: "/api/user/login", json: credentials, ip: IP });
    expect(plain.status, plain.text).toBe(200);
    expect((plain.json.user as { twoFactorEnabled: boolean }).twoFactorEnabled).toBe(false);
  });

  it("answers 400 'Setup not initiated' when verifying before enabling", async () => {
    const user = await signedIn();
    expectS4Error(await api.post(verify, { path: "/api/user/2fa/verify", token: user.token, json: { twoFactorToken: "123456" }, ip: IP }), 400, "Setup not initiated");
  });

  it("answers 400 when disabling 2FA that is not enabled", async () => {
    const user = await signedIn();
    expectS4Error(await api.post(disable, { path: "/api/user/2fa/disable", token: user.token, json: { password: FACTORY_PASSWORD, twoFactorToken: "123456" }, ip: IP }), 400, "2FA is not enabled");
  });

  it("a second enable before verifying replaces the secret; only the new one verifies", async () => {
    const user = await signedIn();
    const first = (await api.post(enable, { path: "/api/user/2fa/enable", token: user.token, ip: IP })).json as unknown as Setup;
    const second = (await api.post(enable, { path: "/api/user/2fa/enable", token: user.token, ip: IP })).json as unknown as Setup;
    expect(second.secret).not.toBe(first.secret);
    const stale = await api.post(verify, { path: "/api/user/2fa/verify", token: user.token, json: { twoFactorToken: await codeAt(first.secret, 0) }, ip: IP });
    // A code of the old secret equals the new one's only by chance (one in a million).
    if ((await codeAt(first.secret, 0)) !== (await codeAt(second.secret, 0))) expectS4Error(stale, 403, "Invalid token");
    expect((await api.post(verify, { path: "/api/user/2fa/verify", token: user.token, json: { twoFactorToken: await codeAt(second.secret, 0) }, ip: IP })).status).toBe(200);
  });

  it("answers 401 on every 2FA endpoint without a token", async () => {
    for (const [handler, path] of [
      [enable, "/api/user/2fa/enable"],
      [verify, "/api/user/2fa/verify"],
      [disable, "/api/user/2fa/disable"],
    ] as const) {
      expectS4Error(await api.post(handler, { path, json: {}, ip: IP }), 401);
    }
  });
});
