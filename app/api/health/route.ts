import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { checkHealth } from "@/lib/services/system/check-health";

export const dynamic = "force-dynamic";

// GET /api/health – database reachability and the applied migration; 503 when down.
export const GET = withApi(async () => {
  const health = await checkHealth();
  return NextResponse.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
