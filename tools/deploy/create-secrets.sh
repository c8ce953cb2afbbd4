#!/bin/sh
# Creates (or updates) the Secrets the Tailwise cluster install reads, in namespace
# tailwise. The manifests in k8s/ ship only CHANGE-ME templates of them.
#
#   tools/deploy/create-secrets.sh                 # apply to the current kube context
#   tools/deploy/create-secrets.sh --dry-run       # print the Secret YAML instead
#
# Reads from the environment, generating what is missing:
#   POSTGRES_PASSWORD   random (32 hex bytes) when unset
#   DATABASE_URL        postgres://tailwise:$POSTGRES_PASSWORD@postgres:5432/postgres
#                       when unset (set it for a managed PostgreSQL)
#   AUTH_KEY_FILE       PEM file of the Ed25519 signing key; a new key when unset
#                       (openssl genpkey -algorithm ed25519)
#   SMTP_USER, SMTP_PASS  your mail provider's credentials (empty when unset)
#   NAMESPACE           default tailwise
#
# Re-running replaces the values: keep POSTGRES_PASSWORD and AUTH_KEY_FILE to rotate
# nothing by accident (a new signing key signs every session out). After a change,
# restart the apps: kubectl -n tailwise rollout restart deployment
set -eu

NAMESPACE=${NAMESPACE:-tailwise}
KUBECTL=${KUBECTL:-kubectl}
mode=apply
[ "${1:-}" = "--dry-run" ] && mode=print

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
umask 077

if [ -z "${POSTGRES_PASSWORD:-}" ]; then
  POSTGRES_PASSWORD=$(openssl rand -hex 32)
fi
DATABASE_URL=${DATABASE_URL:-postgres://tailwise:${POSTGRES_PASSWORD}@postgres:5432/postgres}

if [ -n "${AUTH_KEY_FILE:-}" ]; then
  cp "$AUTH_KEY_FILE" "$work/auth.pem"
else
  openssl genpkey -algorithm ed25519 -out "$work/auth.pem"
fi
# Refuse anything but an Ed25519 private key.
openssl pkey -in "$work/auth.pem" -noout -text 2>/dev/null | grep -q 'ED25519 Private-Key' || {
  echo "create-secrets: AUTH_KEY_FILE is not an Ed25519 private key" >&2
  exit 1
}

printf '%s' "$POSTGRES_PASSWORD" > "$work/POSTGRES_PASSWORD"
printf '%s' "$DATABASE_URL" > "$work/DATABASE_URL"
printf '%s' "${SMTP_USER:-}" > "$work/SMTP_USER"
printf '%s' "${SMTP_PASS:-}" > "$work/SMTP_PASS"

render() {
  "$KUBECTL" create secret generic tailwise-db --namespace "$NAMESPACE" \
    --from-file=POSTGRES_PASSWORD="$work/POSTGRES_PASSWORD" \
    --from-file=DATABASE_URL="$work/DATABASE_URL" \
    --dry-run=client -o yaml
  echo ---
  "$KUBECTL" create secret generic tailwise-identity --namespace "$NAMESPACE" \
    --from-file=AUTH_PRIVATE_KEY="$work/auth.pem" \
    --dry-run=client -o yaml
  echo ---
  "$KUBECTL" create secret generic tailwise-smtp --namespace "$NAMESPACE" \
    --from-file=SMTP_USER="$work/SMTP_USER" \
    --from-file=SMTP_PASS="$work/SMTP_PASS" \
    --dry-run=client -o yaml
}

if [ "$mode" = print ]; then
  render
else
  "$KUBECTL" get namespace "$NAMESPACE" >/dev/null 2>&1 \
    || "$KUBECTL" create namespace "$NAMESPACE"
  render | "$KUBECTL" apply -f -
fi
