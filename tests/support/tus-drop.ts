import http from "node:http";

// Starts a tus upload by hand and cuts the TCP connection after `cutAt` bytes of the PATCH
// body, as a dropped mobile link would. Resolves with the upload's URL.
export async function tusUploadAndDrop(options: { endpoint: string; cookie: string; metadata: Record<string, string>; bytes: Buffer; cutAt: number }): Promise<string> {
  const encoded = Object.entries(options.metadata)
    .map(([k, v]) => `${k} ${Buffer.from(v).toString("base64")}`)
    .join(",");
  const created = await fetch(options.endpoint, {
    method: "POST",
    headers: { "Tus-Resumable": "1.0.0", "Upload-Length": String(options.bytes.length), "Upload-Metadata": encoded, cookie: options.cookie },
  });
  if (created.status !== 201) throw new Error(`creation answered ${created.status}: ${await created.text()}`);
  const url = new URL(created.headers.get("location")!, options.endpoint).toString();
  await new Promise<void>((resolve) => {
    const request = http.request(url, {
      method: "PATCH",
      headers: {
        "Tus-Resumable": "1.0.0",
        "Upload-Offset": "0",
        "Content-Type": "application/offset+octet-stream",
        "Content-Length": String(options.bytes.length),
        cookie: options.cookie,
      },
    });
    request.on("error", () => resolve());
    request.on("close", () => resolve());
    request.write(options.bytes.subarray(0, options.cutAt), () => {
      // Give the server a moment to take in what was sent, then drop the connection.
      setTimeout(() => request.destroy(), 300);
    });
  });
  return url;
}
