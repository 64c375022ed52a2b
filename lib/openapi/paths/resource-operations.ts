import { z } from "zod";
import { ZResourceListQuery } from "@/lib/schemas/resource-list";
import { REQUEST_SCHEMAS as Q, RESPONSE_SCHEMAS as R } from "../api-components";
import type { TApiOperation } from "../api-operation";
import { EXAMPLE_RESOURCE_ID, ZResourcePath } from "./path-params";

// The review workflow's steps (lib/server/resources/transition-resource.ts).
export const ZResourceAction = z
  .enum(["submit", "publish", "request-changes", "reject", "withdraw"])
  .meta({ description: "submit: the owner sends a complete draft to review. publish, request-changes, reject, withdraw: a librarian of the resource's library (or an admin) decides." });

const json = (description: string) => ({ description, schema: R.Resource });

// Resources: listing, reading, describing, and moving through review.
export const RESOURCE_OPERATIONS: TApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/resources",
    operationId: "listResources",
    tag: "Resources",
    summary: "Resources the caller may read",
    description:
      "Published resources by default, newest published first. With updated_since: the resources changed since then, oldest change first, to keep a copy in step (items changed during a walk come again at its end). Cursor-paginated: pass next_cursor back as cursor until it is null.",
    access: "anyone",
    query: ZResourceListQuery,
    responses: { 200: { description: "A page of resources.", schema: R.ResourcePage } },
    errors: [400],
    example: { path: "/api/v1/resources?library=UZ&limit=2" },
  },
  {
    method: "post",
    path: "/api/v1/resources",
    operationId: "createResource",
    tag: "Resources",
    summary: "Start a draft",
    description: "Contributors and librarians of the library's country (admins anywhere). Only library and one title are required; institution defaults to the caller's own.",
    access: "signedIn",
    body: Q.ResourceCreate,
    responses: { 201: { ...json("The new draft."), headers: { Location: "The resource's address." } } },
    errors: [400, 401, 403, 413, 422],
    example: {
      path: "/api/v1/resources",
      body: { library: "UZ", title: { "uz-Latn": "Oliy matematika", ru: "Высшая математика" }, languages: ["uz-Latn"], subjects: ["0541"], license: "CC BY 4.0", year: 2024 },
    },
  },
  {
    method: "get",
    path: "/api/v1/resources/{id}",
    operationId: "getResource",
    tag: "Resources",
    summary: "One resource",
    description: "As the caller may see it: drafts only to their owner and their library's staff, network-only resources only when signed in. A withdrawn resource stays readable (a tombstone).",
    access: "anyone",
    pathParams: ZResourcePath,
    responses: { 200: json("The resource.") },
    errors: [404],
    example: { path: `/api/v1/resources/${EXAMPLE_RESOURCE_ID}` },
  },
  {
    method: "patch",
    path: "/api/v1/resources/{id}",
    operationId: "updateResource",
    tag: "Resources",
    summary: "Change a resource's description",
    description: "Only the fields sent change. The body carries the version that was edited: 409 when someone saved in between.",
    access: "signedIn",
    pathParams: ZResourcePath,
    body: Q.ResourcePatch,
    responses: { 200: json("The resource as saved.") },
    errors: [400, 401, 403, 404, 409, 413, 422],
    example: { path: `/api/v1/resources/${EXAMPLE_RESOURCE_ID}`, body: { version: 3, keywords: ["algebra", "matritsa"] } },
  },
  {
    method: "post",
    path: "/api/v1/resources/{id}/{action}",
    operationId: "transitionResource",
    tag: "Resources",
    summary: "Submit, publish, request changes, reject or withdraw",
    description: "A reason is required to request changes, reject or withdraw; the contributor is told in the app and by e-mail. 422 on submit lists what is missing.",
    access: "signedIn",
    pathParams: ZResourcePath.extend({ action: ZResourceAction }),
    body: Q.ResourceTransition,
    responses: { 200: json("The resource in its new state.") },
    errors: [400, 401, 403, 404, 409, 413, 422],
    example: { path: `/api/v1/resources/${EXAMPLE_RESOURCE_ID}/request-changes`, body: { version: 4, reason: "Add the licence of the figures." } },
  },
];
