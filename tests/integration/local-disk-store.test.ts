import path from "node:path";
import { inject } from "vitest";
import { createLocalDiskStore } from "@/lib/storage/create-local-disk-store";
import { describeObjectStoreContract } from "../support/object-store-contract";

describeObjectStoreContract("local disk", async () => createLocalDiskStore(path.join(inject("dataDir"), "store-contract")));
