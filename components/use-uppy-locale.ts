import { useTranslations } from "next-intl";
import { useMemo } from "react";

// Uppy fills its %{placeholders} itself: translators write ordinary ICU arguments ({file}) and
// Uppy is handed its own %{file} back in their place.
const keep = (...names: string[]) => Object.fromEntries(names.map((name) => [name, `%{${name}}`]));

// Uppy picks a plural form by the index pluralize(count) returns; ICU picks the form from the
// count itself (Russian has three), so the "index" is the count and each form is made on demand.
const counted = (text: (count: number) => string): Record<number, string> =>
  new Proxy({}, { get: (_, index) => (typeof index === "string" && /^\d+$/.test(index) ? text(Number(index)) : undefined) });

// The Dashboard's and Uppy's most visible strings in the interface language (@uppy/locales is
// not installed, and covers only some of Kitab's languages anyway).
export function useUppyLocale() {
  const t = useTranslations("ClientForms");
  return useMemo(() => ({
    pluralize: (count: number) => count,
    strings: {
      dashboardTitle: t("uppy.dashboardTitle"),
      dropPasteFiles: t("uppy.dropPasteFiles", keep("browseFiles")),
      browseFiles: t("uppy.browseFiles"),
      dropHint: t("uppy.dropHint"),
      xFilesSelected: counted((count) => t("uppy.xFilesSelected", { count })),
      xMoreFilesAdded: counted((count) => t("uppy.xMoreFilesAdded", { count })),
      addMore: t("uppy.addMore"),
      addMoreFiles: t("uppy.addMoreFiles"),
      addingMoreFiles: t("uppy.addingMoreFiles"),
      back: t("uppy.back"),
      cancel: t("uppy.cancel"),
      done: t("uppy.done"),
      removeFile: t("uppy.removeFile"),
      error: t("uppy.error"),
      showErrorDetails: t("uppy.showErrorDetails"),
      upload: t("uppy.upload"),
      uploadXFiles: counted((count) => t("uppy.uploadXFiles", { count })),
      uploadXNewFiles: counted((count) => t("uppy.uploadXNewFiles", { count })),
      uploading: t("uppy.uploading"),
      uploadingXFiles: counted((count) => t("uppy.uploadingXFiles", { count })),
      processingXFiles: counted((count) => t("uppy.processingXFiles", { count })),
      filesUploadedOfTotal: counted((count) => t("uppy.filesUploadedOfTotal", { count, ...keep("complete") })),
      dataUploadedOfTotal: t("uppy.dataUploadedOfTotal", keep("complete", "total")),
      dataUploadedOfUnknown: t("uppy.dataUploadedOfUnknown", keep("complete")),
      xTimeLeft: t("uppy.xTimeLeft", keep("time")),
      complete: t("uppy.complete"),
      uploadComplete: t("uppy.uploadComplete"),
      uploadFailed: t("uppy.uploadFailed"),
      failedToUpload: t("uppy.failedToUpload", keep("file")),
      retry: t("uppy.retry"),
      retryUpload: t("uppy.retryUpload"),
      pause: t("uppy.pause"),
      pauseUpload: t("uppy.pauseUpload"),
      paused: t("uppy.paused"),
      uploadPaused: t("uppy.uploadPaused"),
      resume: t("uppy.resume"),
      resumeUpload: t("uppy.resumeUpload"),
      cancelUpload: t("uppy.cancelUpload"),
      exceedsSize: t("uppy.exceedsSize", keep("file", "size")),
      noDuplicates: t("uppy.noDuplicates", keep("fileName")),
      noInternetConnection: t("uppy.noInternetConnection"),
      connectedToInternet: t("uppy.connectedToInternet"),
    },
  }), [t]);
}
