import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { badRequest } from "@/lib/http/errors";
import { MAX_IMAGE_BYTES, sniffImageType } from "./save-event-image";
import { uploadsDir } from "./upload-files";

/** Wide enough for a full-width hero on a retina laptop, small enough to load fast on a phone. */
export const EVENT_IMAGE_MAX_WIDTH = 1600;

/**
 * Stores an event image from the dashboard: the same type and size checks as
 * `saveEventImage`, then scaled down to at most EVENT_IMAGE_MAX_WIDTH (never
 * up), rotated by its EXIF orientation, stripped of metadata and converted to
 * WebP. Returns the stored name, the value for `Event.imagePath`. The field
 * errors name `image`, the dashboard form's field.
 */
export async function saveResizedEventImage(file: File): Promise<string> {
  if (file.size === 0) throw badRequest("The image is empty", { image: ["The image is empty"] });
  if (file.size > MAX_IMAGE_BYTES) throw badRequest("The image must be at most 5 MB", { image: ["The image must be at most 5 MB"] });
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!sniffImageType(bytes)) throw badRequest("Only PNG, JPEG and WebP images are accepted", { image: ["Only PNG, JPEG and WebP images are accepted"] });
  let webp: Buffer;
  try {
    webp = await sharp(bytes, { limitInputPixels: 50_000_000 })
      .rotate()
      .resize({ width: EVENT_IMAGE_MAX_WIDTH, withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer();
  } catch (error) {
    console.warn("[uploads] unreadable image:", error);
    throw badRequest("The image could not be read", { image: ["The image could not be read; try another file"] });
  }
  const name = `${randomBytes(16).toString("hex")}.webp`;
  const dir = uploadsDir();
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, name), webp, { flag: "wx" });
  return name;
}
