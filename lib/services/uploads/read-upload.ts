import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { uploadsDir, UPLOAD_NAME, UPLOAD_TYPES } from "./upload-files";

/**
 * A stored upload's bytes and content type, or null for anything that is not
 * a stored upload's exact name (so no path can reach outside UPLOADS_DIR).
 */
export async function readUpload(name: string): Promise<{ bytes: Buffer; contentType: string } | null> {
  const match = UPLOAD_NAME.exec(name);
  if (!match) return null;
  try {
    const bytes = await readFile(path.join(uploadsDir(), name));
    return { bytes, contentType: UPLOAD_TYPES[match[1] as keyof typeof UPLOAD_TYPES] };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
