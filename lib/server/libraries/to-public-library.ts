import "server-only";
import { ZPublicLibrary, type TPublicLibrary } from "@/lib/schemas/public-library";
import type { TLibrarySummary } from "./list-libraries";

export function toPublicLibrary(l: TLibrarySummary): TPublicLibrary {
  return ZPublicLibrary.parse({
    country: l.countryCode,
    countryNames: l.countryNames,
    names: l.names,
    hostInstitution: l.host,
    institutionCount: l.institutionCount,
    publishedResourceCount: l.publishedResourceCount,
  });
}
