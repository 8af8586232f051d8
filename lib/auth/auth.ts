import "server-only";
import NextAuth, { type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { clientContext } from "@/lib/http/api-handler";
import { resolveSession } from "@/lib/services/auth/sessions";

// The web UI signs in with Auth.js (Credentials, JWT strategy). Its JWT only
// carries the id of a server-side session, which every request re-checks
// (lib/auth/viewer.ts): revoking the row signs the browser out at once, which
// a plain JWT could not do.

declare module "next-auth" {
  interface Session extends DefaultSession {
    sid?: string;
  }
  interface User {
    sid?: string;
  }
}

const maxAgeSeconds = () => Number(process.env.SESSION_MAX_AGE_HOURS ?? 24 * 7) * 3600;

export const { handlers, auth, signIn, signOut } = NextAuth({
  basePath: "/api/web-auth",
  trustHost: true,
  session: { strategy: "jwt", maxAge: maxAgeSeconds() },
  pages: { signIn: "/signin" },
  providers: [
    Credentials({
      id: "credentials",
      // The only credential is the bearer token of a session the login
      // service has just opened (lib/auth/sign-in.ts); passwords never reach Auth.js.
      credentials: { token: {} },
      async authorize(credentials, request) {
        const token = typeof credentials?.token === "string" ? credentials.token : "";
        if (!token) return null;
        const actor = await resolveSession({ token }, clientContext(request.headers));
        return actor ? { id: actor.userId, name: actor.username, sid: actor.sessionId } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.sid) token.sid = user.sid;
      return token;
    },
    session({ session, token }) {
      session.sid = typeof token.sid === "string" ? token.sid : undefined;
      return session;
    },
  },
});
