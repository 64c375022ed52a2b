import path from "node:path";
import { assertObjectKey } from "@/lib/storage/assert-object-key";

// Where an object lives inside a backup directory; keys are checked so a tampered manifest
// cannot point outside it.
export function backupObjectPath(dir: string, key: string): string {
  return path.join(dir, "objects", assertObjectKey(key));
}
