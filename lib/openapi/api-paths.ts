import type { TApiOperation } from "./api-operation";
import { CATALOGUE_OPERATIONS } from "./paths/catalogue-operations";
import { COLLECTION_OPERATIONS } from "./paths/collection-operations";
import { FILE_OPERATIONS } from "./paths/file-operations";
import { RESOURCE_OPERATIONS } from "./paths/resource-operations";
import { SEARCH_OPERATIONS } from "./paths/search-operations";
import { STATS_OPERATIONS } from "./paths/stats-operations";

// Every operation of /api/v1, in the order the reference page shows them. A route added
// under app/api/v1 without an entry here fails tests/unit/openapi-document.test.ts.
export const API_OPERATIONS: readonly TApiOperation[] = [
  ...CATALOGUE_OPERATIONS,
  ...RESOURCE_OPERATIONS,
  ...FILE_OPERATIONS,
  ...SEARCH_OPERATIONS,
  ...COLLECTION_OPERATIONS,
  ...STATS_OPERATIONS,
];

export const API_TAGS: readonly { name: string; description: string }[] = [
  { name: "Libraries", description: "The five country libraries." },
  { name: "Institutions", description: "The partner institutions of the network." },
  { name: "Resources", description: "Educational resources: listing, reading, describing, review." },
  { name: "Files", description: "A resource's files, their bytes and thumbnails." },
  { name: "Search", description: "Full-text search across every library." },
  { name: "Collections", description: "Ordered selections of a library's resources." },
  { name: "Statistics", description: "Usage of the libraries, for their librarians and the network's admins." },
  { name: "Meta", description: "This API's own description." },
];
