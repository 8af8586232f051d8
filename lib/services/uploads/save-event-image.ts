import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { badRequest } from "@/lib/http/errors";
import { uploadsDir, UPLOAD_TYPES } from "./upload-files";

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** The image type a file's first bytes announce; the name and the declared type are not trusted. */
export function sniffImageType(bytes: Uint8Array): keyof typeof UPLOAD_TYPES | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (starts([0xff, 0xd8, 0xff])) return "jpg";
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return "webp";
  return null;
}

/**
 * Stores an event image (PNG, JPEG or WebP, at most 5 MB) under UPLOADS_DIR
 * with a random name and returns that name, the value for `Event.imagePath`.
 */
export async function saveEventImage(file: File): Promise<string> {
  if (file.size === 0) throw badRequest("img: the image is empty", { img: ["The image is empty"] });
  if (file.size > MAX_IMAGE_BYTES) throw badRequest("img: the image must be at most 5 MB", { img: ["The image must be at most 5 MB"] });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffImageType(bytes);
  if (!type) throw badRequest("img: only PNG, JPEG and WebP images are accepted", { img: ["Only PNG, JPEG and WebP images are accepted"] });
  const name = `${randomBytes(16).toString("hex")}.${type}`;
  const dir = uploadsDir();
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, name), bytes, { flag: "wx" });
  return name;
}
