import { z } from "zod";
import { ZApiError } from "@/lib/schemas/api-error";
import { ZCollectionItems } from "@/lib/schemas/collection";
import { ZCollectionCreateRequest } from "@/lib/schemas/collection-api";
import { pageOf } from "@/lib/schemas/pagination";
import { ZPublicCollection, ZPublicCollectionSummary } from "@/lib/schemas/public-collection";
import { ZPublicInstitution } from "@/lib/schemas/public-institution";
import { ZPublicLibrary } from "@/lib/schemas/public-library";
import { ZPublicResource, ZPublicResourceFile } from "@/lib/schemas/public-resource";
import { ZResourceCreate, ZResourcePatch, ZTransition } from "@/lib/schemas/resource";
import { ZSearchResult } from "@/lib/schemas/search";
import { ZStatsResult } from "@/lib/schemas/stats";

// The document's own shape, loosely: what a client may rely on without an OpenAPI parser.
const ZOpenApiDocument = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});

// Request bodies, described as the routes accept them (before zod's clean-up).
export const REQUEST_SCHEMAS = {
  ResourceCreate: ZResourceCreate,
  ResourcePatch: ZResourcePatch,
  ResourceTransition: ZTransition,
  CollectionCreate: ZCollectionCreateRequest,
  CollectionItems: ZCollectionItems,
} satisfies Record<string, z.ZodType>;

// Response bodies, described as the routes send them (the public schemas' output).
export const RESPONSE_SCHEMAS = {
  Error: ZApiError,
  Library: ZPublicLibrary,
  LibraryList: z.object({ items: z.array(ZPublicLibrary) }),
  Institution: ZPublicInstitution,
  InstitutionPage: pageOf(ZPublicInstitution),
  Resource: ZPublicResource,
  ResourcePage: pageOf(ZPublicResource),
  ResourceFile: ZPublicResourceFile,
  ResourceFilePage: pageOf(ZPublicResourceFile),
  SearchResult: ZSearchResult,
  CollectionSummary: ZPublicCollectionSummary,
  CollectionList: z.object({ items: z.array(ZPublicCollectionSummary) }),
  Collection: ZPublicCollection,
  StatsResult: ZStatsResult,
  OpenApiDocument: ZOpenApiDocument,
} satisfies Record<string, z.ZodType>;
