// POST /api/forgot-password – S1's other spelling of /api/forgotPassword (API-CONTRACT rule 1).
export { POST } from "../forgotPassword/route";

// Segment config is read statically from each route file, so it is not re-exported.
export const dynamic = "force-dynamic";
