#!/usr/bin/env bash
# Screenshot of the main window on the demo workspace, under Xvfb (remake after UI changes):
#   scripts/screenshot.sh [OUT.png] [LANG]
# Needs: apt-get install -y xvfb xauth imagemagick (and `make setup` for .venv).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshot.png}"
lang="${2:-en}"
mkdir -p "$(dirname "$out")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
.venv/bin/mouplanner demo "$tmp/demo.mouplan" >/dev/null
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" MOUPLANNER_LANG="$lang"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
  .venv/bin/mouplanner '$tmp/demo.mouplan' & app=\$!
  sleep 6
  import -window root '$out'
  kill \$app"
echo "screenshot written to $out"
