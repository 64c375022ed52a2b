import "server-only";
import type { TOaiRecord } from "@/lib/oai/oai-record";
import { oaiSetSpecsOf } from "@/lib/oai/oai-set-spec";
import type { TOaiHeaderRow } from "./oai-record-select";

// A record's header: a withdrawn resource is a deleted record, still in its sets.
export function toOaiHeader(row: TOaiHeaderRow): Pick<TOaiRecord, "id" | "datestamp" | "deleted" | "sets"> {
  return {
    id: row.id,
    datestamp: row.updatedAt,
    deleted: row.status !== "PUBLISHED",
    sets: oaiSetSpecsOf({
      country: row.library.countryCode,
      institutionSlug: row.institution.slug,
      collections: row.collectionItems.map((item) => ({ country: item.collection.library.countryCode, slug: item.collection.slug })),
      subjectCodes: row.subjects.map((s) => s.code),
    }),
  };
}
