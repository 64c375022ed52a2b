import { z } from "zod";

export const EXAMPLE_RESOURCE_ID = "019a6f2e-7c1e-7b3a-9f00-2b1f5c8e4d21";
export const EXAMPLE_FILE_ID = "019a6f31-0d2b-7e4c-8a11-5e7d2c9b3f60";
export const EXAMPLE_COLLECTION_ID = "019a7012-44c0-7d1a-b2e3-0f6a8c1d9e47";

const uuid = (description: string) => z.uuid().meta({ description });

export const ZResourcePath = z.object({ id: uuid("The resource's id.") });
export const ZFilePath = ZResourcePath.extend({ fileId: uuid("The file's id (from the resource's files).") });
export const ZCollectionPath = z.object({ id: uuid("The collection's id.") });
