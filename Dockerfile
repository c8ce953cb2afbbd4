# syntax=docker/dockerfile:1.7
#
# One image for every back-end app of Tailwise. The app is chosen by the command:
#   docker run IMAGE node dist/apps/identity/main.js
# (the default command starts the gateway, which also serves dist/apps/hq-web and
# dist/apps/portal-web). Build from the repo root:
#   docker build -t tailwise:local .
#
# Stages: manifests -> deps (all deps) -> build (nx build) ; prod-deps (--omit=dev) ;
# runtime (prod node_modules + dist, non-root, uid 1000).

ARG NODE_IMAGE=node:20-bookworm-slim

# Only the package manifests, so the npm install layers below stay cached until a
# package.json or the lockfile changes (not on every source edit).
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN mkdir -p /manifests \
 && cp package.json package-lock.json /manifests/ \
 && if [ -f .npmrc ]; then cp .npmrc /manifests/; fi \
 && find . -mindepth 2 -name package.json -not -path '*/node_modules/*' \
      -exec cp --parents {} /manifests/ \;

# Every dependency (dev included) for the build.
# `npm install`, not `npm ci`: the registry we use lacks other platforms' optional
# binaries, so the lockfile never lists them and `npm ci` calls it out of sync.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV CI=true NX_DAEMON=false NX_NO_CLOUD=true
COPY --from=manifests /manifests/ ./
RUN --mount=type=cache,target=/root/.npm \
    npm install --no-audit --no-fund

# Production dependencies only (webpack bundles keep node_modules external).
# argon2 0.44 ships prebuilt binaries for linux glibc, so no compiler is needed.
# The workspace links (node_modules/@tailwise/* -> apps/, libs/) would dangle in the
# runtime image, which holds only dist/: they go.
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
ENV CI=true
COPY --from=manifests /manifests/ ./
RUN --mount=type=cache,target=/root/.npm \
    npm install --omit=dev --no-audit --no-fund \
 && node -e "require('argon2')" \
 && for link in $(find node_modules -maxdepth 2 -type l); do \
      case "$(readlink "$link")" in *apps/*|*libs/*) rm "$link" ;; esac; \
    done

# Build every app: dist/apps/<app>/main.js and the two web apps' static files.
FROM deps AS build
COPY . .
RUN npx nx run-many -t build --outputStyle=static \
 && for app in gateway identity clients scheduling chat notifications; do \
      test -f "dist/apps/$app/main.js" || { echo "missing dist/apps/$app/main.js" >&2; exit 1; }; \
    done

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    WEB_ROOT=/app/dist/apps
WORKDIR /app
# Files stay owned by root and read-only for the app user, so the container also runs
# with a read-only root filesystem (Kubernetes mounts an emptyDir at /tmp).
COPY --from=prod-deps /app/package.json ./package.json
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --chmod=0755 tools/deploy/docker-entrypoint.sh /usr/local/bin/tailwise-entrypoint
# Numeric uid (the image's `node` user), so Kubernetes can verify runAsNonRoot.
USER 1000:1000
EXPOSE 3000 3101 3102 3103 3104 3105
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/tailwise-entrypoint"]
CMD ["node", "dist/apps/gateway/main.js"]
