#!/bin/sh
# Puts a new build online under nginx, in one step: the build and its CSP header together.
#   sudo sh deploy/nginx/publiceer.sh build /srv/meldcodewijzer
# The new files go beside the old ones first; then the folders are swapped and nginx reloaded at
# once, so the pages and the header (meldcodewijzer-csp.conf, with the hashes of the pages'
# inline code) are apart for milliseconds only. A header from the old build would block the new
# pages' scripts, and a service worker updating in between would keep that. If nginx refuses the
# configuration, the old build is put back. NGINX overrides the nginx command (the e2e test runs
# its own instance).
set -eu
bron=${1:?"gebruik: publiceer.sh <build-map> <doelmap>"}
doel=${2:?"gebruik: publiceer.sh <build-map> <doelmap>"}
nginx=${NGINX:-nginx}
if [ ! -f "$bron/index.html" ] || [ ! -f "$bron/meldcodewijzer-csp.conf" ]; then
	echo "$bron is geen build van Meldcodewijzer (index.html of meldcodewijzer-csp.conf ontbreekt)" >&2
	exit 1
fi
nieuw="$doel.nieuw"
oud="$doel.oud"
rm -rf "$nieuw" "$oud"
cp -R "$bron" "$nieuw"
# The first time there is no old build yet.
if [ -e "$doel" ]; then mv "$doel" "$oud"; fi
mv "$nieuw" "$doel"
if ! $nginx -t -q || ! $nginx -s reload; then
	mv "$doel" "$nieuw"
	if [ -e "$oud" ]; then mv "$oud" "$doel"; fi
	$nginx -s reload || true
	echo "nginx weigerde de nieuwe configuratie; de oude versie staat er weer" >&2
	exit 1
fi
rm -rf "$oud"
echo "Nieuwe versie staat online in $doel"
