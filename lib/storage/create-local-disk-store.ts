import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { access, constants, copyFile, mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

import { pipeline } from "node:stream/promises";
import { assertObjectKey } from "./assert-object-key";
import type { TObjectStore } from "./object-store";

export const localObjectsDirectory = (root: string) => path.join(root, "objects");

// Objects as files under `root`. Writes go to a temporary name and are renamed into place,
// so a reader never sees half an object.
export function createLocalDiskStore(root: string): TObjectStore {
  const fileOf = (key: string) => path.join(localObjectsDirectory(root), assertObjectKey(key));
  return {
    kind: "local",
    async check() {
      await mkdir(path.join(root, "objects"), { recursive: true });
      await access(path.join(root, "objects"), constants.R_OK | constants.W_OK);
    },
    async put(key, body) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.${Date.now()}.partial`;
      try {
        if (Buffer.isBuffer(body)) await writeFile(temporary, body);
        else await pipeline(body, createWriteStream(temporary));
        await rename(temporary, file);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
    async get(key, range) {
      const file = fileOf(key);
      await access(file, constants.R_OK);
      return createReadStream(file, range ? { start: range.start, end: range.end } : {});
    },
    async stat(key) {
      try {
        const s = await stat(fileOf(key));
        const etag = createHash("sha1").update(`${s.size}:${s.mtimeMs}:${s.ino}`).digest("hex");
        return { size: s.size, etag, lastModified: s.mtime };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async remove(key) {
      await rm(fileOf(key), { force: true });
    },
    async copy(sourceKey, targetKey) {
      const target = fileOf(targetKey);
      await mkdir(path.dirname(target), { recursive: true });
      const temporary = `${target}.${process.pid}.${Date.now()}.partial`;
      try {
        // A reflink where the file system offers one, a real copy otherwise.
        await copyFile(fileOf(sourceKey), temporary, constants.COPYFILE_FICLONE);
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
  };
}

