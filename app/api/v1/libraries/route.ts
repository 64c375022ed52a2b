import { z } from "zod";
import { listLibraries } from "@/lib/server/libraries/list-libraries";
import { ZPublicLibrary } from "@/lib/schemas/public-library";

export const dynamic = "force-dynamic";

export async function GET() {
  const libraries = await listLibraries();
  const items = z.array(ZPublicLibrary).parse(
    libraries.map((l) => ({
      country: l.countryCode,
      countryNames: l.countryNames,
      names: l.names,
      hostInstitution: l.host,
      institutionCount: l.institutionCount,
      publishedResourceCount: l.publishedResourceCount,
    })),
  );
  return Response.json({ items }, { headers: { "Cache-Control": "public, max-age=60" } });
}
