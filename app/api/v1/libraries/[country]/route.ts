import { notFound } from "@/lib/errors";
import { authenticated } from "@/lib/server/auth/authenticated";
import { getLibrary } from "@/lib/server/libraries/get-library";
import { toPublicLibrary } from "@/lib/server/libraries/to-public-library";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ country: string }> };

// GET /api/v1/libraries/{country}: one country's library (UZ, kz, …).
export const GET = authenticated<TContext>("anyone", async (_request, { params }) => {
  const country = (await params).country.toUpperCase();
  const library = /^[A-Z]{2}$/.test(country) ? await getLibrary(country) : null;
  if (!library) throw notFound("library");
  return Response.json(toPublicLibrary(library), { headers: { "Cache-Control": "public, max-age=60" } });
});
