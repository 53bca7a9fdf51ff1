# Keepwatch status site. Build from the repository root:
#   docker build -f infra/docker/status-site.Dockerfile -t keepwatch-status-site .
FROM node:24-slim AS build
RUN npm install -g pnpm@12.4.2
WORKDIR /src
COPY . .
RUN pnpm install --frozen-lockfile \
 && pnpm --filter @keepwatch/status-site build \
 && pnpm deploy --filter @keepwatch/status-site --prod --legacy /app

FROM node:24-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4321
WORKDIR /app
COPY --from=build /app ./
USER node
EXPOSE 4321
CMD ["node", "server.mjs"]
