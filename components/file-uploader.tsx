"use client";

import Uppy from "@uppy/core";
import Dashboard from "@uppy/dashboard";
import Tus from "@uppy/tus";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import "@uppy/core/css/style.min.css";
import "@uppy/dashboard/css/style.min.css";

// Uppy's dashboard over tus: drag and drop, progress, pause, resume, and retries when the
// link drops. Only the upload page loads it. An interrupted upload resumes, also after a
// reload, because Uppy remembers each file's upload URL in the browser.
export function FileUploader({ resourceId, maxBytes, files }: { resourceId: string; maxBytes: number; files: { id: string; name: string }[] }) {
  const target = useRef<HTMLDivElement>(null);
  type TMeta = { resourceId: string; replaces: string };
  const uppyRef = useRef<Uppy<TMeta, Record<string, never>> | null>(null);
  const [replaces, setReplaces] = useState("");
  const router = useRouter();
  useEffect(() => {
    uppyRef.current?.setMeta({ replaces });
  }, [replaces]);
  useEffect(() => {
    if (!target.current) return;
    const uppy = new Uppy<TMeta, Record<string, never>>({ id: `resource-${resourceId}`, meta: { resourceId, replaces: "" }, restrictions: { maxFileSize: maxBytes }, autoProceed: false })
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
        allowedMetaFields: ["resourceId", "name", "type", "replaces"],
      });
    uppy.on("upload-success", () => router.refresh());
    uppyRef.current = uppy;
    return () => uppy.destroy();
  }, [resourceId, maxBytes, router]);
  return (
    <>
      {files.length ? (
        <p className="field">
          <label htmlFor="replaces">The next upload</label>
          <select id="replaces" value={replaces} onChange={(event) => setReplaces(event.target.value)}>
            <option value="">adds a file</option>
            {files.map((f) => (
              <option key={f.id} value={f.id}>
                replaces {f.name} (which stays available as an earlier version)
              </option>
            ))}
          </select>
        </p>
      ) : null}
      <div ref={target} data-testid="uploader" />
    </>
  );
}
