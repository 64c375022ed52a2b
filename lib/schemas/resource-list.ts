import { z } from "zod";
import { ZLibraryFilter } from "./library-filter";
import { ZPageQuery } from "./pagination";

const STATUSES = ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "PUBLISHED", "REJECTED", "WITHDRAWN"] as const;

// GET /api/v1/resources: the resources the caller may read, newest published first, or
// (with updated_since) oldest change first, for keeping a copy in step.
export const ZResourceListQuery = ZPageQuery.extend({
  library: ZLibraryFilter("resources"),
  institution: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9-]{1,64}$/, "institution is an institution's short name such as tuit.")
    .optional()
    .meta({ description: "Only this institution's resources (its short name, e.g. tuit)." }),
  status: z
    .enum(STATUSES, { error: `status is one of ${STATUSES.join(", ")}.` })
    .default("PUBLISHED")
    .meta({ description: "Only resources in this state. Other states than PUBLISHED and WITHDRAWN are listed only to those who may see them (their library's staff, their uploader)." }),
  updated_since: z.iso
    .datetime({ offset: true, error: "updated_since is an ISO 8601 date-time such as 2026-01-31T00:00:00Z." })
    .optional()
    .meta({ description: "Only resources changed at or after this time, oldest change first (incremental sync): start the next sync from the last item's updatedAt." }),
});
export type TResourceListQuery = z.infer<typeof ZResourceListQuery>;
