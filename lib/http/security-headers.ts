// The security headers of every answer: next.config.ts sets them on what Next
// serves, lib/http/hot-api.ts on what the production server answers itself.
// (Imported by next.config.ts: no server-only, no path aliases.)

/** Next hydrates with inline scripts, so script-src keeps 'unsafe-inline'; development additionally needs 'unsafe-eval' for fast refresh. */
function contentSecurityPolicy(isProd: boolean) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isProd ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "frame-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self' https://checkout.stripe.com",
    "object-src 'none'",
  ].join("; ");
}

export function securityHeaders(isProd: boolean): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(isProd) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // The door scanner uses the camera of its own origin; nothing else may.
    { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
    ...(isProd ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}
