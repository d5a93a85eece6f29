#!/usr/bin/env bash
# Lighthouse scores for ClusterAtlas pages, mobile and desktop, with Debian's Chromium (no browser download).
# Usage: start the application (./mvnw spring-boot:run), then: bash scripts/lighthouse/run.sh [base-url]
# Prints a Markdown table for docs/quality.md; the full reports land in scripts/lighthouse/reports/.
set -euo pipefail
cd "$(dirname "$0")"
base="${1:-http://localhost:8080}"
[ -d node_modules ] || npm install --no-audit --no-fund >/dev/null
mkdir -p reports
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
pages=("home:/?lang=de" "directory:/organizations?lang=de" "search:/search?q=Pulverbeschichtung&near=67655&radiusKm=30&lang=de" "profile:/o/kettering-softwarehaus-gmbh?lang=de" "profile-en:/o/kettering-softwarehaus-gmbh?lang=en")
# Only some pages: PAGES="search" bash run.sh
if [ -n "${PAGES:-}" ]; then selected=(); for entry in "${pages[@]}"; do [[ " $PAGES " == *" ${entry%%:*} "* ]] && selected+=("$entry"); done; pages=("${selected[@]}"); fi
echo "| page | form factor | performance | accessibility | best practices | SEO |"
echo "| --- | --- | --- | --- | --- | --- |"
for entry in "${pages[@]}"; do
  name="${entry%%:*}"; path="${entry#*:}"
  for form in mobile desktop; do
    preset=(); [ "$form" = desktop ] && preset=(--preset=desktop)
    out="reports/${name}-${form}.json"
    node_modules/.bin/lighthouse "$base$path" "${preset[@]}" --quiet --output=json --output-path="$out" \
      --chrome-flags="$flags" --only-categories=performance,accessibility,best-practices,seo >/dev/null 2>&1
    node -e '
      const r = require("./" + process.argv[1]);
      const s = k => Math.round(r.categories[k].score * 100);
      console.log(`| ${process.argv[2]} | ${process.argv[3]} | ${s("performance")} | ${s("accessibility")} | ${s("best-practices")} | ${s("seo")} |`);
    ' "$out" "$name" "$form"
  done
done
