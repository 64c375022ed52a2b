"use client";

import Uppy from "@uppy/core";
import Dashboard from "@uppy/dashboard";
import Tus from "@uppy/tus";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { useUppyLocale } from "./use-uppy-locale";
import "@uppy/core/css/style.min.css";
import "@uppy/dashboard/css/style.min.css";

// Uppy's dashboard over tus: drag and drop, progress, pause, resume, and retries when the
// link drops. Only the upload page loads it. An interrupted upload resumes, also after a
// reload, because Uppy remembers each file's upload URL in the browser.
export function FileUploader({ resourceId, maxBytes, files }: { resourceId: string; maxBytes: number; files: { id: string; name: string }[] }) {
  const t = useTranslations("ClientForms");
  const locale = useUppyLocale();
  const target = useRef<HTMLDivElement>(null);
  type TMeta = { resourceId: string; replaces: string };
  const uppyRef = useRef<Uppy<TMeta, Record<string, never>> | null>(null);
  const [replaces, setReplaces] = useState("");
  const router = useRouter();
  useEffect(() => {
    uppyRef.current?.setMeta({ replaces });
  }, [replaces]);
  // The page's messages are a new object after each router.refresh(), which must not restart an
  // upload in progress: the texts are read when Uppy starts, not watched.
  const texts = useEffectEvent(() => ({ locale, note: t("uploader.note") }));
  useEffect(() => {
    if (!target.current) return;
    const { locale, note } = texts();
    const uppy = new Uppy<TMeta, Record<string, never>>({
      id: `resource-${resourceId}`,
      meta: { resourceId, replaces: "" },
      restrictions: { maxFileSize: maxBytes },
      autoProceed: false,
      locale,
    })
      .use(Dashboard, {
        inline: true,
        target: target.current,
        height: 360,
        width: "100%",
        proudlyDisplayPoweredByUppy: false,
        note,
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
          <label htmlFor="replaces">{t("uploader.nextUpload")}</label>
          <select id="replaces" value={replaces} onChange={(event) => setReplaces(event.target.value)}>
            <option value="">{t("uploader.addsFile")}</option>
            {files.map((f) => (
              <option key={f.id} value={f.id}>
                {t("uploader.replacesFile", { name: f.name })}
              </option>
            ))}
          </select>
        </p>
      ) : null}
      <div ref={target} data-testid="uploader" />
    </>
  );
}
