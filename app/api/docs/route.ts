import { env } from "@/lib/env";
import { withApi } from "@/lib/http/api-handler";
import { openApiDocument } from "@/lib/openapi/document";
import { renderApiDocs } from "@/lib/openapi/render-docs";

// GET /api/docs – the OpenAPI document rendered as a readable page (no CDN, no scripts).
export const GET = withApi(async () => {
  const html = renderApiDocs(openApiDocument(env().APP_URL));
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
});
