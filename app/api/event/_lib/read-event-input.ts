import type { NextRequest } from "next/server";
import { readInput } from "@/lib/http/api-handler";
import { badRequest } from "@/lib/http/errors";

/**
 * The body of S4's event creation and update: `multipart/form-data` with a
 * `data` JSON field and an optional `img` file, or a plain JSON body with the
 * same fields (also wrapped in `data`).
 */
export async function readEventInput(req: NextRequest): Promise<{ fields: Record<string, unknown>; image: File | null }> {
  const { data, img, ...rest } = await readInput(req);
  let fields: Record<string, unknown> = rest;
  if (typeof data === "string") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(data);
    } catch {
      throw badRequest("data: must be a JSON object", { data: ["Must be a JSON object"] });
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw badRequest("data: must be a JSON object", { data: ["Must be a JSON object"] });
    fields = { ...rest, ...(parsed as Record<string, unknown>) };
  } else if (data && typeof data === "object" && !Array.isArray(data)) {
    fields = { ...rest, ...(data as Record<string, unknown>) };
  }
  if (img !== undefined && img !== "" && !(img instanceof File)) throw badRequest("img: must be an uploaded file", { img: ["Must be an uploaded file"] });
  // A browser sends an empty, unnamed file when no image was chosen.
  return { fields, image: img instanceof File && (img.size > 0 || img.name) ? img : null };
}
