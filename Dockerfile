# Kitab production image: Next's standalone server (`app`), plus a `migrate` target with the
# Prisma CLI for migrations and seeding and a `worker` target for background jobs (see
# docker-compose.yml).
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 KITAB_STANDALONE=1
RUN npm run build

# One-shot: applies migrations and adds missing reference data, then exits.
FROM deps AS migrate
COPY . .
ENV CHECKPOINT_DISABLE=1
CMD ["sh", "-c", "npm run db:migrate && npm run db:seed"]

# The background worker (`npm run worker`): runs from the sources with tsx, like the scripts,
# and needs ffmpeg for video thumbnails.
FROM deps AS worker
RUN apt-get update \
 && apt-get install -y --no-install-recommends ffmpeg \
 && rm -rf /var/lib/apt/lists/*
COPY . .
ENV NODE_ENV=production CHECKPOINT_DISABLE=1 FFMPEG_PATH=ffmpeg
USER node
# Node itself, not npm, as the main process: SIGTERM reaches the worker, which lets running
# jobs finish. The same flags as `npm run worker` (scripts/lib/worker-command.ts).
CMD ["node", "--max-old-space-size=320", "--conditions=react-server", "--import", "tsx", "scripts/worker.ts"]

FROM node:20-bookworm-slim AS app
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
COPY --from=build /app/next.config.js ./next.config.js
COPY --from=build /app/scripts/server.mjs ./scripts/server.mjs
COPY --from=build /app/scripts/server ./scripts/server
USER node
EXPOSE 3000
# Kitab's own server around Next's handler (Content-Length on downloads, orderly shutdown).
CMD ["node", "scripts/server.mjs"]
