import "server-only";
import { listLibraries, type TLibrarySummary } from "./list-libraries";

// One country's library, as listed. There are five, so the list's single query costs no more
// than a lookup and keeps one shape for both.
export async function getLibrary(countryCode: string): Promise<TLibrarySummary | null> {
  return (await listLibraries()).find((l) => l.countryCode === countryCode) ?? null;
}
