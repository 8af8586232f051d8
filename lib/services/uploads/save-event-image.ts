import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { badRequest } from "@/lib/http/errors";
import { uploadsDir, UPLOAD_TYPES } from "./upload-files";

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** Wide enough for a full-width hero on a retina laptop, small enough to load fast on a phone. */
export const EVENT_IMAGE_MAX_WIDTH = 1600;

/** The image type a file's first bytes announce; the name and the declared type are not trusted. */
export function sniffImageType(bytes: Uint8Array): keyof typeof UPLOAD_TYPES | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (starts([0xff, 0xd8, 0xff])) return "jpg";
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return "webp";
  return null;
}

/**
 * Stores an event image, from the dashboard or any document's create/update
 * endpoint: a PNG, JPEG or WebP of at most 5 MB (checked by its first bytes),
 * scaled down to at most EVENT_IMAGE_MAX_WIDTH (never up), rotated by its EXIF
 * orientation, stripped of metadata and converted to WebP under UPLOADS_DIR
 * with a random name. Returns that name, the value for `Event.imagePath`.
 * Field errors name `field`: S4's `img`, the dashboard form's `image`.
 */
export async function saveEventImage(file: File, field: "img" | "image" = "img"): Promise<string> {
  const refuse = (reason: string) => badRequest(field === "img" ? `img: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}` : reason, { [field]: [reason] });
  if (file.size === 0) throw refuse("The image is empty");
  if (file.size > MAX_IMAGE_BYTES) throw refuse("The image must be at most 5 MB");
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!sniffImageType(bytes)) throw refuse("Only PNG, JPEG and WebP images are accepted");
  let webp: Buffer;
  try {
    webp = await sharp(bytes, { limitInputPixels: 50_000_000 })
      .rotate()
      .resize({ width: EVENT_IMAGE_MAX_WIDTH, withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer();
  } catch (error) {
    console.warn("[uploads] unreadable image:", error instanceof Error ? error.message : error);
    throw refuse("The image could not be read; try another file");
  }
  const name = `${randomBytes(16).toString("hex")}.webp`;
  const dir = uploadsDir();
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, name), webp, { flag: "wx" });
  return name;
}
