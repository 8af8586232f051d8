import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { withApi } from "@/lib/http/api-handler";
import { openApiDocument } from "@/lib/openapi/document";

// GET /api/openapi.json – the OpenAPI 3.1 document of every endpoint.
export const GET = withApi(async () => NextResponse.json(openApiDocument(env().APP_URL)));
