import { Upload, type UploadOptions } from "tus-js-client";

export type TTusResult = { url: string; fileId: string | null; duplicate: boolean };

// Uploads with the real tus client, as the browser's Uppy does (or resumes one, given its URL).
export function tusUpload(
  source: Buffer | NodeJS.ReadableStream,
  options: { endpoint: string; cookie: string; metadata: Record<string, string>; uploadUrl?: string; chunkSize?: number; size?: number; abortAt?: number },
): Promise<TTusResult> {
  return new Promise((resolve, reject) => {
    const settings: UploadOptions = {
      endpoint: options.endpoint,
      uploadUrl: options.uploadUrl,
      metadata: options.metadata,
      headers: { cookie: options.cookie },
      chunkSize: options.chunkSize ?? Number.POSITIVE_INFINITY,
      uploadSize: options.size,
      retryDelays: null,
      storeFingerprintForResuming: false,
      removeFingerprintOnSuccess: false,
      onSuccess(payload) {
        const response = payload.lastResponse;
        resolve({ url: upload.url!, fileId: response.getHeader("Kitab-File-Id") ?? null, duplicate: response.getHeader("Kitab-Duplicate") === "true" });
      },
      onError(error) {
        reject(error);
      },
    };
    const upload = new Upload(source as Buffer, settings);
    upload.start();
  });
}
