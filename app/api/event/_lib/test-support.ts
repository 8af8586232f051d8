// Shared by the S4 event integration tests (not a route: `_lib` is private).
import { api } from "@/tests/support/api";

/** tests/support/api.ts types params loosely; withApi handlers take string params. */
export const route = (handler: unknown) => handler as Parameters<typeof api.post>[0];
