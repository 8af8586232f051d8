// Auth.js endpoints for the web UI (session, CSRF); sign-in and sign-out run
// through server actions. Documented API logins live elsewhere under /api.
export { GET, POST } from "@/lib/auth/handlers";
