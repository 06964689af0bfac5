# syntax=docker/dockerfile:1
# The server as a container: built in one stage, run from a `pnpm deploy` folder (compiled JavaScript and
# runtime dependencies only) as the unprivileged `node` user. test/build/deploy.test.ts runs the same
# commands (build, deploy, start, health check) without Docker.
#
#   docker build -t claimgraph .
#   docker run -p 4000:4000 -v claimgraph-data:/data claimgraph                      # embedded PGlite in /data
#   docker run -p 4000:4000 -e DATABASE_URL=postgresql://user:pass@db:5432/claimgraph claimgraph

ARG NODE_VERSION=22

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /src
RUN npm install --global pnpm@12.4.2
COPY . .
RUN pnpm install --frozen-lockfile \
 && pnpm build \
 && pnpm --filter @claimgraph/server deploy --prod /app

FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    CLAIMGRAPH_DATA_DIR=/data/pglite
RUN mkdir /data && chown node:node /data
COPY --from=build --chown=node:node /app /app
WORKDIR /app
USER node
VOLUME /data
EXPOSE 4000
# Liveness: /health answers 200 while the process serves (/ready also checks the database).
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself is PID 1's command: SIGTERM reaches the server, which drains and exits 0.
CMD ["node", "--max-old-space-size=256", "dist/apps/server/src/main.js"]
