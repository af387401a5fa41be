#!/usr/bin/env bash
# CI for deploy/nginx.conf: installs Debian's nginx (and its brotli module), serves a copy of the
# build (dist/, from `npm test`) with that config on a loopback port, and runs the header tests
# and the offline browser test against it.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${NGINX_PORT:-4180}"
if ! command -v nginx >/dev/null || [ ! -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    nginx libnginx-mod-http-brotli-static >/dev/null
fi
[ -f dist/index.html ] || npx vite build

work="$(mktemp -d)"
chmod 755 "$work"
cp -r dist "$work/site"
chmod -R a+rX "$work/site"
sed -e "s|listen 127.0.0.1:8080;|listen 127.0.0.1:$PORT;|" \
  -e "s|root /srv/kursk-sumy-map;|root $work/site;|" deploy/nginx.conf >"$work/site.conf"
cat >"$work/nginx.conf" <<CONF
include /etc/nginx/modules-enabled/*.conf;
pid $work/nginx.pid;
error_log $work/error.log warn;
events {}
http {
    access_log off;
    client_body_temp_path $work/tmp;
    proxy_temp_path $work/tmp;
    fastcgi_temp_path $work/tmp;
    uwsgi_temp_path $work/tmp;
    scgi_temp_path $work/tmp;
    include $work/site.conf;
}
CONF
mkdir -p "$work/tmp"
nginx -t -q -c "$work/nginx.conf"
nginx -c "$work/nginx.conf"
trap 'nginx -c "$work/nginx.conf" -s stop 2>/dev/null; rm -rf "$work"' EXIT

APP_URL="http://127.0.0.1:$PORT/" npx vitest run --project browser \
  tests/browser/headers.test.ts tests/browser/offline.test.ts tests/browser/csp.test.ts
