// POST /api/reset-password – S1's other spelling of /api/resetPassword (API-CONTRACT rule 1).
export { POST } from "../resetPassword/route";

// Segment config is read statically from each route file, so it is not re-exported.
export const dynamic = "force-dynamic";
