import "server-only";
import path from "node:path";
import { env } from "@/lib/env";

/** Uploaded files are stored flat, named by 32 random hex digits and their type's extension. */
export const UPLOAD_NAME = /^[0-9a-f]{32}\.(png|jpg|webp)$/;

export const UPLOAD_TYPES = { png: "image/png", jpg: "image/jpeg", webp: "image/webp" } as const;

/** The absolute directory uploads live in (UPLOADS_DIR, relative to the working directory). */
export const uploadsDir = () => path.resolve(env().UPLOADS_DIR);

/** The public URL path of a stored upload (an absolute URL stays as it is). */
export const uploadUrl = (imagePath: string | null) => (!imagePath ? null : /^https?:\/\//.test(imagePath) ? imagePath : `/uploads/${imagePath}`);
