#!/usr/bin/env bash
# Resolute's set-up and entry points.  Everything from nothing:
#   ./dev.sh run    set up, then open the editor on the bundled sample resolution
#   ./dev.sh lint   ruff, mypy and vulture (configured in pyproject.toml)
#   ./dev.sh test   set up, then lint, the whole test suite, the benchmarks and the bundle smoke test;
#                   with -m "not slow" only lint and the quick tests (no benchmarks, no bundle)
#   ./dev.sh quick  the same as ./dev.sh test -m "not slow"
#   ./dev.sh fuzz [N]  set up, then a long fuzz campaign: N mutated files per format (default 10,000),
#                   niced; prints crashes, hangs and cases per second (tools/fuzz)
set -euo pipefail
cd "$(dirname "$0")"

VENV=.venv
PY="$VENV/bin/python"
# Debian packages: Qt's runtime libraries, fonts metric-compatible with Times New Roman,
# and for the tests LibreOffice, poppler (pdftotext/pdftoppm) and the en_GB dictionary.
RUN_DEBS="libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0 libxcb-icccm4
          libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0
          fonts-liberation2 hunspell-en-gb"
TEST_DEBS="libreoffice-writer-nogui python3-uno poppler-utils xvfb openbox xdotool imagemagick"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

ensure_debs() {
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null && command -v dpkg-query >/dev/null || return 0
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || apt-get update
  apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_venv() {
  local stamp="$VENV/.resolute-installed"
  local want
  want=$(cat pyproject.toml | sha256sum | cut -c1-16)
  if [ -x "$PY" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then return 0; fi
  say "creating $VENV with the pinned packages"
  [ -x "$PY" ] || python3 -m venv "$VENV"
  "$PY" -m pip install -q --disable-pip-version-check --upgrade pip
  "$PY" -m pip install -q --disable-pip-version-check -e ".[dev]"
  echo "$want" > "$stamp"
}

cmd_run() {
  ensure_debs $RUN_DEBS
  ensure_venv
  local sample=resources/samples/ctoc-cop-11-trafficking.unres
  if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != offscreen ] && [ "$(uname)" = Linux ]; then
    say "no display: printing the structure of the sample instead of opening the editor"
    exec "$PY" main.py parse "$sample"
  fi
  exec "$PY" main.py "$sample"
}

cmd_lint() {
  ensure_venv
  say "lint: ruff"
  "$VENV/bin/ruff" check .
  say "lint: mypy"
  "$VENV/bin/mypy"
  say "lint: vulture"
  "$VENV/bin/vulture"
}

cmd_test() {
  ensure_debs $RUN_DEBS $TEST_DEBS
  ensure_venv
  cmd_lint
  export QT_QPA_PLATFORM=offscreen
  say "tests"
  "$PY" -m pytest -q -p no:cacheprovider "$@"
  if quick_lane "$@"; then return 0; fi
  say "benchmarks"
  for bench in benchmarks/bench_*.py; do
    [ -e "$bench" ] || continue
    "$PY" "$bench"
  done
  if [ -f pyinstaller.spec ] && [ -z "${RESOLUTE_SKIP_BUNDLE:-}" ]; then
    say "bundle: pyinstaller.spec"
    "$PY" tools/bundle_smoke.py
  fi
}

cmd_fuzz() {
  ensure_debs $RUN_DEBS
  ensure_venv
  local cases="${1:-10000}"
  [ $# -gt 0 ] && shift
  say "fuzz: $cases cases per format"
  nice -n 10 "$PY" -m tools.fuzz --cases "$cases" --save "$@"
}

# -m "not slow" asks for the quick lane: the benchmarks and the bundle are slow by nature.
quick_lane() {
  local previous=""
  for arg in "$@"; do
    if [ "$previous" = -m ] && [ "$arg" = "not slow" ]; then return 0; fi
    [ "$arg" = "-m=not slow" ] && return 0
    previous=$arg
  done
  return 1
}

case "${1:-}" in
  run) shift; cmd_run "$@" ;;
  lint) shift; cmd_lint ;;
  test) shift; cmd_test "$@" ;;
  quick) shift; cmd_test -m "not slow" "$@" ;;
  fuzz) shift; cmd_fuzz "$@" ;;
  *) echo "usage: ./dev.sh run | ./dev.sh lint | ./dev.sh test [pytest args] | ./dev.sh quick [pytest args]" \
          "| ./dev.sh fuzz [N]" >&2; exit 2 ;;
esac
