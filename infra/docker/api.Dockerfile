# Keepwatch API. Build from the repository root:
#   docker build -f infra/docker/api.Dockerfile -t keepwatch-api .
FROM node:24-slim AS build
RUN npm install -g pnpm@12.4.2
WORKDIR /src
COPY . .
RUN pnpm install --frozen-lockfile \
 && pnpm exec tsc -b api \
 && pnpm deploy --filter @keepwatch/api --prod --legacy /app

FROM node:24-slim
ENV NODE_ENV=production HOST=0.0.0.0 API_PORT=4000
WORKDIR /app
COPY --from=build /app ./
USER node
EXPOSE 4000
HEALTHCHECK CMD node -e "fetch('http://127.0.0.1:4000/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/main.js"]
