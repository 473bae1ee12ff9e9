# syntax=docker/dockerfile:1
# Harbor's HTTP API (design §5, §7; docs/http.md).
#   docker build -t harbor .
#   docker run --rm -p 3000:3000 -e HARBOR_API_KEYS="$(openssl rand -hex 24)" harbor
# The container listens on 0.0.0.0, so it refuses to start without HARBOR_API_KEYS (on purpose:
# HARBOR_ALLOW_NO_AUTH is not set here; set it only when a proxy in front authenticates).
# Renders run on HARBOR_WORKERS threads, by default one per CPU the container may use, at most 4
# (os.availableParallelism() follows --cpuset-cpus, not a --cpus quota: set it to match a quota).
# Rate limit: HARBOR_RATE_LIMIT requests a minute per API key (default 600). SIGTERM (docker
# stop) lets in-flight requests finish first; docker's default 10 s grace is enough for a render.
ARG NODE_IMAGE=node:20-bookworm-slim

# Stage 1: production dependencies only. tsx is one of them: it runs the TypeScript sources, so
# there is no build step and the image runs exactly the code in the repository.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` builds the web app, which is stage 2's job (its sources are not here).
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# Stage 2: the web app (issue 13), bundled by esbuild with the dev dependencies; only dist/web ships.
FROM ${NODE_IMAGE} AS web
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY web ./web
RUN npm ci --ignore-scripts --no-audit --no-fund && npm run build:web

# Stage 3: the runtime. Code and data are owned by root and read-only to the service user.
FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=web /app/dist/web ./dist/web
COPY package.json package-lock.json ./
COPY bin ./bin
COPY src ./src
# Shipped templates, fixtures (GET …/example serves full.json), embedded fonts, wage tables.
COPY templates ./templates
COPY fixtures ./fixtures
COPY assets ./assets
COPY data ./data
# `node` (uid 1000) comes with the official image. tsx keeps its transform cache in /tmp.
USER node
EXPOSE 3000
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "bin/harbor.js", "serve"]
