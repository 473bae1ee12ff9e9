# syntax=docker/dockerfile:1
# Harbor's HTTP API (docs/http.md).
#   docker build -t harbor .
#   KEY=$(openssl rand -hex 24); echo "API key: $KEY"    # clients send Authorization: Bearer $KEY
#   docker run --rm -p 3000:3000 -e HARBOR_API_KEYS="$KEY" harbor
# The container listens on 0.0.0.0, so it refuses to start without HARBOR_API_KEYS (on purpose:
# HARBOR_ALLOW_NO_AUTH is not set here; set it only when a proxy in front authenticates).
# Renders run on HARBOR_WORKERS threads, by default one per CPU the container may use, at most 4
# (os.availableParallelism(): on Node 22 both --cpuset-cpus and a --cpus quota, rounded down to
# whole CPUs; on Node 20, whose libuv reads no quota, --cpuset-cpus only: set it to match a quota).
# Rate limit: HARBOR_RATE_LIMIT requests a minute per API key (default 600). SIGTERM (docker
# stop) lets in-flight requests finish first; docker's default 10 s grace is enough for a render.
# Node 22 LTS (Node 20 reached end of life on 2026-04-30); the code also runs on Node 20. Node 22 is
# a maintenance LTS line since 2025-10-21 and reaches its end of life on 2027-04-30 (Node.js release
# schedule): the image should move to a newer LTS line, tested as 22 is (bench/node22.ts), before then.
ARG NODE_IMAGE=node:22-bookworm-slim

# Stage 1: build. `npm ci` runs the `prepare` script (`npm run build`): scripts/build.mjs
# bundles src/ into flat files of dist/ with the shipped templates precompiled (so it reads
# templates/), and scripts/build-web.mjs bundles the web app into dist/public (issue 13). Then the
# dev dependencies are dropped, esbuild (the build tool) and tsx among them; the runtime keeps the
# production ones (piscina and pino are loaded from node_modules, not bundled: scripts/build.mjs
# says why; tests/packaging/dependencies.test.ts checks that the code loads every one).
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY src ./src
COPY templates ./templates
COPY web ./web
RUN npm ci --no-audit --no-fund && npm prune --omit=dev && npm cache clean --force

# Stage 2: the runtime. Code and data are owned by root and read-only to the service user.
FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json package-lock.json ./
COPY bin ./bin
# Shipped templates, fixtures (GET …/example serves full.json), embedded fonts, wage tables.
COPY templates ./templates
COPY fixtures ./fixtures
COPY assets ./assets
COPY data ./data
# `node` (uid 1000) comes with the official image. No src/ here: bin/harbor.js runs dist/.
USER node
EXPOSE 3000
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "bin/healthcheck.js"]
CMD ["node", "bin/harbor.js", "serve"]
