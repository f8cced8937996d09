#!/usr/bin/env bash
# Netlify's build command (netlify.toml): builds the site into output/ for the URL given as $1,
# the deploy's own URL ($URL in production, $DEPLOY_PRIME_URL for previews and branch deploys).
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

if [ -n "$base_url" ]; then
  dotnet run --project src/Briefing.Cli -c Release -- build --base-url "$base_url"
else
  echo "No deploy URL given: using base_url from input/site.yml"
  dotnet run --project src/Briefing.Cli -c Release -- build
fi
