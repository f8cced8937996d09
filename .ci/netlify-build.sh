#!/usr/bin/env bash
# Netlify's build command (netlify.toml): publishes the native briefing binary and builds the site
# with it into output/ for the URL given as $1, the deploy's own URL ($URL in production,
# $DEPLOY_PRIME_URL for previews and branch deploys).
# When no .NET SDK that global.json accepts is installed, installs the one it names with
# Microsoft's dotnet-install script first.
set -euo pipefail
cd "$(dirname "$0")/.."
base_url="${1:-}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --version >/dev/null 2>&1; then
  install_dir="${DOTNET_INSTALL_DIR:-$HOME/.dotnet}"
  echo "Installing the .NET SDK named by global.json into $install_dir"
  curl -sSfL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --jsonfile global.json --install-dir "$install_dir"
  export PATH="$install_dir:$PATH" DOTNET_ROOT="$install_dir"
fi
dotnet --version

# The site is built by the native binary (.ci/publish-binary.sh: the README's publish command); CI checks
# that it builds byte for byte what `dotnet run` builds. An image without a C compiler to link it still
# deploys: the same site then comes from `dotnet run`.
if bash .ci/publish-binary.sh artifacts/aot; then
  briefing=(artifacts/aot/briefing)
else
  echo "Could not publish the native binary (it needs gcc or clang to link); building with dotnet run instead" >&2
  briefing=(dotnet run --project src/Briefing.Cli -c Release --)
fi

if [ -n "$base_url" ]; then
  "${briefing[@]}" build --base-url "$base_url"
else
  echo "No deploy URL given: using base_url from input/site.yml"
  "${briefing[@]}" build
fi
