#!/usr/bin/env bash
# All tests, from a fresh clone: a browser for the end-to-end tests, the locked dependencies, then
# `npm test` (check → lint → unit/component → build + e2e), stopping at the first failure.
#   bash scripts/test-all.sh
# The e2e tests drive the system's Chromium: CHROME_PATH if set, else /usr/bin/chromium,
# /usr/bin/chromium-browser, /usr/bin/google-chrome or /usr/bin/google-chrome-stable.
# Without one, and with apt-get available, Debian's chromium is installed (with sudo when not root).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

CANDIDATES=(/usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable)

find_browser() {
	if [ -n "${CHROME_PATH:-}" ]; then
		if [ -e "$CHROME_PATH" ]; then echo "$CHROME_PATH"; fi
		return 0
	fi
	local path
	for path in "${CANDIDATES[@]}"; do
		if [ -e "$path" ]; then
			echo "$path"
			return 0
		fi
	done
	return 0
}

no_browser() {
	cat >&2 <<MSG

Geen Chromium gevonden voor de end-to-end-tests.
  Installeer er een:   sudo apt-get install chromium
  of wijs er een aan:  CHROME_PATH=/pad/naar/chromium bash scripts/test-all.sh

No Chromium found for the end-to-end tests.
  Install one:         sudo apt-get install chromium
  or point to one:     CHROME_PATH=/path/to/chromium bash scripts/test-all.sh

Gezocht / looked for: ${CHROME_PATH:+CHROME_PATH=$CHROME_PATH, }${CANDIDATES[*]}
MSG
	exit 1
}

browser=$(find_browser)
if [ -z "$browser" ]; then
	# A CHROME_PATH that points nowhere is a mistake to fix, not a reason to install another browser.
	if [ -n "${CHROME_PATH:-}" ]; then no_browser; fi
	if command -v apt-get >/dev/null 2>&1; then
		as_root=()
		if [ "$(id -u)" -ne 0 ]; then
			if command -v sudo >/dev/null 2>&1; then as_root=(sudo); else no_browser; fi
		fi
		echo "==> Geen Chromium gevonden; Debian-pakket chromium installeren / installing Debian chromium"
		"${as_root[@]}" apt-get update
		"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
		browser=$(find_browser)
	fi
	if [ -z "$browser" ]; then no_browser; fi
fi
echo "==> Browser: $browser"

# nginx for tests/e2e/nginx.test.ts (the shipped config on a real nginx): NGINX_PATH if set, else
# Debian's /usr/sbin/nginx, installed here when apt-get can. Without it that test says how to get it.
if [ -z "${NGINX_PATH:-}" ] && [ ! -e /usr/sbin/nginx ] && command -v apt-get >/dev/null 2>&1; then
	as_root=()
	if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then as_root=(sudo); fi
	if [ "$(id -u)" -eq 0 ] || [ ${#as_root[@]} -gt 0 ]; then
		echo "==> Geen nginx gevonden; Debian-pakket nginx installeren / installing Debian nginx"
		# The package would start a server on port 80; the tests start their own. A policy-rc.d
		# that says no keeps it from starting (and from failing when 80 is taken).
		"${as_root[@]}" sh -c 'eigen=; if [ ! -e /usr/sbin/policy-rc.d ]; then printf "#!/bin/sh\nexit 101\n" >/usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; eigen=1; fi
			apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y nginx; rc=$?
			if [ -n "$eigen" ]; then rm -f /usr/sbin/policy-rc.d; fi; exit $rc'
	fi
fi
if [ -n "${NGINX_PATH:-}" ] || [ -e /usr/sbin/nginx ]; then echo "==> nginx: ${NGINX_PATH:-/usr/sbin/nginx}"; fi

echo "==> npm ci"
npm ci

echo "==> npm test"
npm test
