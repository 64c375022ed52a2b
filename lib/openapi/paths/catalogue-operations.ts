import { z } from "zod";
import { ZInstitutionListQuery } from "@/lib/schemas/public-institution";
import { RESPONSE_SCHEMAS as R } from "../api-components";
import type { TApiOperation } from "../api-operation";

// The network: its five libraries and their partner institutions; and this document.
export const CATALOGUE_OPERATIONS: TApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/openapi.json",
    operationId: "getOpenApiDocument",
    tag: "Meta",
    summary: "This API's OpenAPI 3.1 document",
    description: "Built from the same zod schemas the routes check their input and output with.",
    access: "anyone",
    responses: { 200: { description: "The OpenAPI document.", schema: R.OpenApiDocument } },
    errors: [],
    example: { path: "/api/v1/openapi.json" },
  },
  {
    method: "get",
    path: "/api/v1/libraries",
    operationId: "listLibraries",
    tag: "Libraries",
    summary: "The five country libraries",
    description: "Each with its host institution and counts of institutions and published resources.",
    access: "anyone",
    responses: { 200: { description: "Every library, by country code.", schema: R.LibraryList } },
    errors: [],
    example: { path: "/api/v1/libraries" },
  },
  {
    method: "get",
    path: "/api/v1/libraries/{country}",
    operationId: "getLibrary",
    tag: "Libraries",
    summary: "One country's library",
    access: "anyone",
    pathParams: z.object({ country: z.string().regex(/^[A-Za-z]{2}$/).meta({ description: "Country code: KZ, KG, TJ, TM or UZ (any case)." }) }),
    responses: { 200: { description: "The library.", schema: R.Library } },
    errors: [404],
    example: { path: "/api/v1/libraries/UZ" },
  },
  {
    method: "get",
    path: "/api/v1/institutions",
    operationId: "listInstitutions",
    tag: "Institutions",
    summary: "Partner institutions",
    description: "By short name (slug), a page at a time.",
    access: "anyone",
    query: ZInstitutionListQuery,
    responses: { 200: { description: "A page of institutions.", schema: R.InstitutionPage } },
    errors: [400],
    example: { path: "/api/v1/institutions?library=UZ&limit=10" },
  },
  {
    method: "get",
    path: "/api/v1/institutions/{slug}",
    operationId: "getInstitution",
    tag: "Institutions",
    summary: "One partner institution",
    access: "anyone",
    pathParams: z.object({ slug: z.string().regex(/^[a-z0-9-]{1,64}$/).meta({ description: "The institution's short name (e.g. tuit)." }) }),
    responses: { 200: { description: "The institution.", schema: R.Institution } },
    errors: [404],
    example: { path: "/api/v1/institutions/tuit" },
  },
];
