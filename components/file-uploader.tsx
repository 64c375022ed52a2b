"use client";

import Uppy from "@uppy/core";
import Dashboard from "@uppy/dashboard";
import Tus from "@uppy/tus";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import "@uppy/core/css/style.min.css";
import "@uppy/dashboard/css/style.min.css";

// Uppy's dashboard over tus: drag and drop, progress, pause, resume, and retries when the
// link drops. Only the upload page loads it. An interrupted upload resumes, also after a
// reload, because Uppy remembers each file's upload URL in the browser.
export function FileUploader({ resourceId, maxBytes }: { resourceId: string; maxBytes: number }) {
  const target = useRef<HTMLDivElement>(null);
  const router = useRouter();
  useEffect(() => {
    if (!target.current) return;
    const uppy = new Uppy({ id: `resource-${resourceId}`, meta: { resourceId }, restrictions: { maxFileSize: maxBytes }, autoProceed: false })
      .use(Dashboard, {
        inline: true,
        target: target.current,
        height: 360,
        width: "100%",
        proudlyDisplayPoweredByUppy: false,
        note: "PDF, office and OpenDocument files, EPUB, images, audio, video, ZIP (SCORM) and plain text",
      })
      .use(Tus, {
        endpoint: "/api/uploads",
        retryDelays: [0, 1000, 3000, 5000, 10000, 20000, 30000],
        removeFingerprintOnSuccess: true,
        allowedMetaFields: ["resourceId", "name", "type"],
      });
    uppy.on("upload-success", () => router.refresh());
    return () => uppy.destroy();
  }, [resourceId, maxBytes, router]);
  return <div ref={target} data-testid="uploader" />;
}
