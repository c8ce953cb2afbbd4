#!/bin/sh
# Entrypoint of the Tailwise image. For the secret settings below, VAR_FILE=/path sets
# VAR from that file's content (Docker/Compose secrets are mounted as files under
# /run/secrets), then the command runs as PID 1 via exec so it receives SIGTERM itself.
set -eu

for name in AUTH_PRIVATE_KEY SMTP_PASS SMTP_USER DATABASE_URL; do
  eval "file=\${${name}_FILE:-}"
  [ -n "$file" ] || continue
  eval "current=\${${name}:-}"
  if [ -n "$current" ]; then
    echo "tailwise-entrypoint: both $name and ${name}_FILE are set" >&2
    exit 64
  fi
  if [ ! -r "$file" ]; then
    echo "tailwise-entrypoint: ${name}_FILE=$file is not readable" >&2
    exit 66
  fi
  value=$(cat "$file")
  export "$name=$value"
  unset "${name}_FILE"
done

exec "$@"
