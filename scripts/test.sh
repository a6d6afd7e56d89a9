#!/usr/bin/env bash
# npm test: set-up, then the whole suite — type-check, unit tests of each stage, end-to-end tests
# that build sites from fixtures, the Nu HTML checker (Java) and browser tests (Debian's Chromium).
# Set-up: Chromium and Java are installed when missing if this runs as root with apt-get;
# otherwise it stops before any test with the command to run.
# npm run test:quick (--quick): type-check and the unit tests only; needs neither Chromium nor Java.
# Test files run in processes of their own, as many at once as the machine has cores (at least two:
# a browser test mostly waits on Chromium, a build on Pagefind); TEST_CONCURRENCY=1 runs one at a
# time. The files that took longest are listed at the end.
set -euo pipefail
shopt -s globstar nullglob
cd "$(dirname "$0")/.."

quick=false
case "${1:-}" in
  --quick) quick=true ;;
  "") ;;
  *) echo "usage: scripts/test.sh [--quick]" >&2; exit 2 ;;
esac

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "npm test: Node $(node --version) is too old; this project needs Node 20 or later" >&2
  exit 1
fi
if [ ! -x node_modules/.bin/tsc ]; then
  echo "npm test: no node_modules; run npm ci first" >&2
  exit 1
fi

# The outside programs of the full suite: Debian's Chromium (or CHROMIUM_PATH) and java.
install_missing_tools() {
  local chromium=${CHROMIUM_PATH:-/usr/bin/chromium} packages=()
  if [ ! -x "$chromium" ]; then
    if [ -n "${CHROMIUM_PATH:-}" ]; then
      echo "npm test: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file" >&2
      exit 1
    fi
    packages+=(chromium)
  fi
  command -v java >/dev/null || packages+=(default-jre-headless)
  [ ${#packages[@]} -eq 0 ] && return

  local command="apt-get update && apt-get install -y --no-install-recommends ${packages[*]}"
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    echo "npm test needs ${packages[*]} (Debian packages). Install them, then run npm test again:" >&2
    echo "  sudo sh -c '$command'" >&2
    echo "(npm run test:quick runs the type-check and unit tests without them)" >&2
    exit 1
  fi
  echo "# set-up: installing ${packages[*]} ($command)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  if [ ! -x "$chromium" ] || ! command -v java >/dev/null; then
    echo "npm test: installed ${packages[*]}, but $chromium or java is still missing" >&2
    exit 1
  fi
}

tests=(tests/**/*.test.ts)
if $quick; then
  # Quick means no browser, no Java and no site builds: leave out tests/browser/ and every test
  # file that builds a whole site or starts Chromium or the Nu HTML checker (Java).
  end_to_end='launchChromium|siteInChromium|buildFixtureSite|buildSearchFixture|buildHostileSite|buildSite\(|buildArchive\(|checkHtml\(|vnu-jar'
  mapfile -t slow < <(grep -l -E "$end_to_end" "${tests[@]}")
  quick_tests=()
  for file in "${tests[@]}"; do
    [[ $file == tests/browser/* ]] && continue
    [[ " ${slow[*]} " == *" $file "* ]] && continue
    quick_tests+=("$file")
  done
  echo "# quick: ${#quick_tests[@]} of ${#tests[@]} test files (no browser, Java or site builds: npm test runs them all)"
  tests=("${quick_tests[@]}")
else
  install_missing_tools
fi

echo "# type-check"
node_modules/.bin/tsc -p tsconfig.json

cores=$(nproc 2>/dev/null || echo 2)
concurrency=${TEST_CONCURRENCY:-$(( cores > 2 ? cores : 2 ))}
echo "# unit and integration tests ($concurrency files at a time)"
node --import tsx --test --test-concurrency="$concurrency" \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=./tests/helpers/file-times-reporter.mjs --test-reporter-destination=stdout \
  "${tests[@]}"
