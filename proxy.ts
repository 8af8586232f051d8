import { NextResponse, type NextRequest } from "next/server";

// Path normalisation for the documented API (API-CONTRACT rule 1): the seed
// documents' clients call paths with a trailing slash and under /api/v1.
// This is routing only; authorization lives in the services and wrappers.
export function proxy(req: NextRequest) {
  const { pathname } = req.nextUrl;
  let path = pathname;
  if (path === "/api/v1" || path.startsWith("/api/v1/")) path = `/api${path.slice("/api/v1".length)}`;
  if (path.length > 1 && path.endsWith("/")) path = path.replace(/\/+$/, "") || "/";
  if (path === pathname) return NextResponse.next();
  const url = req.nextUrl.clone();
  url.pathname = path;
  return NextResponse.rewrite(url);
}

export const config = { matcher: ["/api/:path*"] };
