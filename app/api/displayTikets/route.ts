import { GET as getTikets } from "../getTikets/route";

export const dynamic = "force-dynamic";

// GET /api/displayTikets – S1 lists it without a description: the same answer as getTikets.
export const GET = getTikets;
