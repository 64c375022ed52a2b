import { notFound } from "@/lib/errors";
import { pdfjsAsset } from "@/lib/files/pdfjs-asset";
import { authenticated } from "@/lib/server/auth/authenticated";

type TContext = { params: Promise<{ version: string; file: string }> };

// pdf.js for the PDF preview, straight from the installed package: loaded only when a reader
// opens a preview, never part of the pages' own JavaScript. The version is in the address,
// so it is cached for a year.
export const GET = authenticated<TContext>("anyone", async (_request, { params }) => {
  const { version, file } = await params;
  const body = await pdfjsAsset(version, file);
  if (!body) throw notFound("file");
  return new Response(new Uint8Array(body), {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable", "X-Content-Type-Options": "nosniff" },
  });
});
