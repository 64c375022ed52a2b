import type { TStoredObjectRow } from "./stored-objects-query";

// Why an object does not match what the database records about it, or null when it does.
export function objectProblem(expected: TStoredObjectRow, actual: { size: number; sha256: string } | null): string | null {
  if (!actual) return `${expected.key}: missing`;
  if (expected.size !== null && String(actual.size) !== expected.size) return `${expected.key}: size ${actual.size}, the database records ${expected.size}`;
  if (expected.sha256 !== null && actual.sha256 !== expected.sha256) return `${expected.key}: SHA-256 ${actual.sha256}, the database records ${expected.sha256}`;
  if (expected.hashPrefix !== null && !actual.sha256.startsWith(expected.hashPrefix)) return `${expected.key}: SHA-256 ${actual.sha256} does not start with the recorded ${expected.hashPrefix}`;
  return null;
}
