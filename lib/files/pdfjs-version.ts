// The installed pdfjs-dist (pinned in package.json; a unit test checks they agree). Part of
// the preview's script addresses, so browsers may cache them for good.
export const PDFJS_VERSION = "5.4.530";
