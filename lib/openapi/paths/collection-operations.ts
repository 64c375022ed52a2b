import { ZCollectionListQuery } from "@/lib/schemas/collection-api";
import { REQUEST_SCHEMAS as Q, RESPONSE_SCHEMAS as R } from "../api-components";
import type { TApiOperation } from "../api-operation";
import { EXAMPLE_COLLECTION_ID, EXAMPLE_RESOURCE_ID, ZCollectionPath } from "./path-params";

// Collections: a librarian's ordered selections of their library's resources (a course's materials).
export const COLLECTION_OPERATIONS: TApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/collections",
    operationId: "listCollections",
    tag: "Collections",
    summary: "Collections",
    description: "Every library's, or one library's; each counts only the resources the caller may see.",
    access: "anyone",
    query: ZCollectionListQuery,
    responses: { 200: { description: "The collections, by library and short name.", schema: R.CollectionList } },
    errors: [400],
    example: { path: "/api/v1/collections?library=UZ" },
  },
  {
    method: "post",
    path: "/api/v1/collections",
    operationId: "createCollection",
    tag: "Collections",
    summary: "Create a collection",
    description: "A librarian of that library (or an admin); it starts empty.",
    access: "staff",
    body: Q.CollectionCreate,
    responses: { 201: { description: "The new collection.", schema: R.Collection, headers: { Location: "The collection's address." } } },
    errors: [400, 401, 403, 404, 409, 413, 422],
    example: { path: "/api/v1/collections", body: { library: "UZ", slug: "algebra-1", titleLang: "uz-Latn", title: "Algebra 1", description: "Birinchi semestr" } },
  },
  {
    method: "get",
    path: "/api/v1/collections/{id}",
    operationId: "getCollection",
    tag: "Collections",
    summary: "One collection with its resources in order",
    description: "Drafts and withdrawn resources are listed only to the library's staff.",
    access: "anyone",
    pathParams: ZCollectionPath,
    responses: { 200: { description: "The collection.", schema: R.Collection } },
    errors: [404],
    example: { path: `/api/v1/collections/${EXAMPLE_COLLECTION_ID}` },
  },
  {
    method: "put",
    path: "/api/v1/collections/{id}/items",
    operationId: "setCollectionItems",
    tag: "Collections",
    summary: "Replace a collection's ordered resources",
    description: "The whole list at once (add, remove and reorder): resources of the collection's library, no repeats; all or nothing, and audited.",
    access: "staff",
    pathParams: ZCollectionPath,
    body: Q.CollectionItems,
    responses: { 200: { description: "The collection as saved.", schema: R.Collection } },
    errors: [400, 401, 403, 404, 413, 422],
    example: { path: `/api/v1/collections/${EXAMPLE_COLLECTION_ID}/items`, body: { resources: [EXAMPLE_RESOURCE_ID] } },
  },
];
