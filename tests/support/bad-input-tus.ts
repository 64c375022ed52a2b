// tus requests made by hand, so that each header can be wrong on purpose.
export const tusMetadata = (pairs: Record<string, string>) =>
  Object.entries(pairs)
    .map(([k, v]) => `${k} ${Buffer.from(v).toString("base64")}`)
    .join(",");

export function tusRequest(baseUrl: string, path: string, method: string, cookie: string, headers: Record<string, string> = {}, body?: Buffer | string) {
  return fetch(new URL(path, baseUrl), {
    method,
    headers: { "Tus-Resumable": "1.0.0", ...(cookie ? { cookie } : {}), ...headers },
    body: body as BodyInit | undefined,
  });
}

// A started upload: its path (/api/uploads/file-…), with `sent` of its `length` bytes in.
export async function startUpload(baseUrl: string, cookie: string, resourceId: string, length: number, sent: Buffer) {
  const created = await tusRequest(baseUrl, "/api/uploads", "POST", cookie, {
    "Upload-Length": String(length),
    "Upload-Metadata": tusMetadata({ resourceId, filename: "notes.txt", filetype: "text/plain" }),
  });
  if (created.status !== 201) throw new Error(`creation answered ${created.status}: ${await created.text()}`);
  const path = new URL(created.headers.get("location")!, baseUrl).pathname;
  const patched = await tusRequest(baseUrl, path, "PATCH", cookie, { "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream" }, sent);
  if (patched.status !== 204) throw new Error(`PATCH answered ${patched.status}: ${await patched.text()}`);
  return path;
}
