import { z } from "zod";
import { ZLibraryFilter } from "./library-filter";
import { ZCollectionCreate } from "./collection";

// GET /api/v1/collections[?library=UZ]
export const ZCollectionListQuery = z.object({
  library: ZLibraryFilter("collections"),
});

// POST /api/v1/collections: the form's fields, and nothing else.
export const ZCollectionCreateRequest = ZCollectionCreate.strict();
