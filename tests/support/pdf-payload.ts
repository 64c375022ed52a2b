import { randomBytes } from "node:crypto";

// `bytes` of incompressible data that Kitab accepts as a PDF (by its header).
export function pdfPayload(bytes: number): Buffer {
  const payload = randomBytes(bytes);
  Buffer.from("%PDF-1.7\n%\u00e2\u00e3\n", "latin1").copy(payload);
  return payload;
}
