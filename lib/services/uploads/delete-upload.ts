import "server-only";
import { unlink } from "node:fs/promises";
import path from "node:path";
import { uploadsDir, UPLOAD_NAME } from "./upload-files";

/** Removes a stored upload; anything else (an absolute URL, a foreign path) is left alone. */
export async function deleteUpload(name: string) {
  if (!UPLOAD_NAME.test(name)) return;
  await unlink(path.join(uploadsDir(), name)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
}
