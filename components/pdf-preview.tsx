"use client";

import type { PDFDocumentProxy } from "pdfjs-dist";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { PDFJS_VERSION } from "@/lib/files/pdfjs-version";

type TThumbnail = { url: string; width: number; height: number } | null;
type TState = { step: "closed" } | { step: "loading" } | { step: "open"; pages: number; page: number } | { step: "error"; message: string };

const PDFJS = `/vendor/pdfjs/${PDFJS_VERSION}`;
// pdf.js asks for the parts it needs by range requests (the cross-reference table, then the
// page), so the first page shows long before a large file would have arrived.
const RANGE_CHUNK = 64 * 1024;

// A look inside a PDF on the resource page. Until the reader asks, only the thumbnail (a few
// KB) is shown; pdf.js (about 1.5 MB, cached for good) is fetched on the first opening.
export function PdfPreview({ src, name, thumbnail }: { src: string; name: string; thumbnail: TThumbnail }) {
  const t = useTranslations("ClientResource");
  const [state, setState] = useState<TState>({ step: "closed" });
  const canvas = useRef<HTMLCanvasElement>(null);
  const doc = useRef<PDFDocumentProxy | null>(null);

  async function open() {
    setState({ step: "loading" });
    try {
      const pdfjs = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ `${PDFJS}/pdf.min.mjs`)) as typeof import("pdfjs-dist");
      pdfjs.GlobalWorkerOptions.workerSrc = `${PDFJS}/pdf.worker.min.mjs`;
      doc.current = await pdfjs.getDocument({ url: src, disableAutoFetch: true, disableStream: true, rangeChunkSize: RANGE_CHUNK, isEvalSupported: false }).promise;
      setState({ step: "open", pages: doc.current.numPages, page: 1 });
    } catch (error) {
      setState({ step: "error", message: error instanceof Error ? error.message : String(error) });
    }
  }

  const page = state.step === "open" ? state.page : 0;
  useEffect(() => {
    if (!page || !doc.current || !canvas.current) return;
    let cancelled = false;
    const target = canvas.current;
    void (async () => {
      const pdfPage = await doc.current!.getPage(page);
      if (cancelled) return;
      const width = Math.min(target.parentElement?.clientWidth || 640, 800);
      const viewport = pdfPage.getViewport({ scale: (width / pdfPage.getViewport({ scale: 1 }).width) * (window.devicePixelRatio || 1) });
      target.width = viewport.width;
      target.height = viewport.height;
      target.style.width = `${width}px`;
      await pdfPage.render({ canvas: target, viewport }).promise;
      target.dataset.renderedPage = String(page);
    })();
    return () => {
      cancelled = true;
    };
  }, [page]);
  useEffect(() => () => void doc.current?.destroy(), []);

  if (state.step === "open") {
    const go = (to: number) => setState({ ...state, page: to });
    return (
      <figure className="pdf-preview">
        <canvas ref={canvas} role="img" aria-label={t("canvasLabel", { page: state.page, pages: state.pages, name })} />
        <figcaption>
          <button type="button" onClick={() => go(state.page - 1)} disabled={state.page <= 1}>
            {t("previousPage")}
          </button>{" "}
          <span aria-live="polite">{t("pageOf", { page: state.page, pages: state.pages })}</span>{" "}
          <button type="button" onClick={() => go(state.page + 1)} disabled={state.page >= state.pages}>
            {t("nextPage")}
          </button>
        </figcaption>
      </figure>
    );
  }
  return (
    <div className="pdf-preview">
      {thumbnail ? (
        // eslint-disable-next-line @next/next/no-img-element -- a small stored WebP, sized
        <img src={thumbnail.url} width={thumbnail.width} height={thumbnail.height} alt={t("firstPageAlt", { name })} loading="lazy" decoding="async" />
      ) : null}
      <button type="button" onClick={() => void open()} disabled={state.step === "loading"}>
        {state.step === "loading" ? t("opening") : t("lookInside", { name })}
      </button>
      {state.step === "error" ? <p role="alert">{t("failed", { message: state.message })}</p> : null}
    </div>
  );
}
