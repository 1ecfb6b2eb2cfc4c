#!/usr/bin/env bash
# Set-up of `npm run bench`: csvkit (Debian's package) for the csvclean baseline. Without root or
# apt-get the bench prints a skip line for that comparison instead.
if command -v csvclean >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "[bench setup] apt-get install csvkit"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq csvkit >/dev/null; } \
    || echo "[bench setup] csvkit could not be installed: the csvclean comparison will be skipped"
else
  echo "[bench setup] no csvclean and no apt-get as root: the csvclean comparison will be skipped"
fi
exit 0
