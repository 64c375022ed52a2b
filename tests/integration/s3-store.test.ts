import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { randomBytes } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { createS3Store } from "@/lib/storage/create-s3-store";
import { describeObjectStoreContract } from "../support/object-store-contract";

const s3 = inject("s3");
const bucket = `contract-${randomBytes(4).toString("hex")}`;
const makeStore = async () => {
  const store = createS3Store({ ...s3, bucket, pathStyle: true });
  await store.check(); // creates the bucket on first use
  return store;
};

describeObjectStoreContract("S3 (real server)", makeStore);

describe("S3 driver, read back by another S3 client", () => {
  it("stores bytes the AWS SDK reads back identically, and copies server-side", async () => {
    const store = await makeStore();
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    await store.put("check/original.bin", bytes, bytes.length);
    await store.copy("check/original.bin", "check/copy.bin");
    const client = new S3Client({
      endpoint: s3.endpoint,
      region: s3.region,
      forcePathStyle: true,
      credentials: { accessKeyId: s3.accessKey, secretAccessKey: s3.secretKey },
    });
    for (const key of ["check/original.bin", "check/copy.bin"]) {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      expect(Buffer.from(await object.Body!.transformToByteArray()).equals(bytes)).toBe(true);
    }
    client.destroy();
  });
});
