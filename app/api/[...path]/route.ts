import { withApi } from "@/lib/http/api-handler";
import { AppError } from "@/lib/http/errors";

// Any /api path no route serves: a JSON 404, so API clients never get an HTML page.
const unknown = withApi<{ path: string[] }>(async ({ req }) => {
  throw new AppError("NOT_FOUND", `No endpoint ${req.method} ${req.nextUrl.pathname}`);
});

export { unknown as GET, unknown as POST, unknown as PUT, unknown as PATCH, unknown as DELETE };
