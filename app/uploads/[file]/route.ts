import { NextResponse, type NextRequest } from "next/server";
import { readUpload } from "@/lib/services/uploads/read-upload";

// GET /uploads/:file – an uploaded event image; names are random and never reused, so it is cached for good
export async function GET(_req: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  const upload = await readUpload((await params).file);
  if (!upload) return NextResponse.json({ message: "Not found" }, { status: 404 });
  return new Response(new Uint8Array(upload.bytes), {
    headers: {
      "content-type": upload.contentType,
      "content-length": String(upload.bytes.length),
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    },
  });
}
