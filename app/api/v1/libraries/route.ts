import { listLibraries } from "@/lib/server/libraries/list-libraries";
import { toPublicLibrary } from "@/lib/server/libraries/to-public-library";

export const dynamic = "force-dynamic";

export async function GET() {
  const items = (await listLibraries()).map(toPublicLibrary);
  return Response.json({ items }, { headers: { "Cache-Control": "public, max-age=60" } });
}
