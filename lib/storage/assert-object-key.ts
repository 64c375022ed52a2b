// Object keys are relative paths of safe segments: no "..", no absolute paths, no control characters.
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

export function assertObjectKey(key: string): string {
  const segments = key.split("/");
  if (key.length > 1024 || segments.some((s) => !SEGMENT.test(s) || s.includes(".."))) {
    throw new Error(`invalid object key: ${JSON.stringify(key.slice(0, 80))}`);
  }
  return key;
}
