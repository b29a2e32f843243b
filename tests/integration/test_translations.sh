#!/usr/bin/env bash
# Every source string has a finished Vietnamese and English translation, and
# the .ts files list every tr() string of the sources (lupdate finds none new).
set -euo pipefail
: "${KYSO_SOURCE_DIR:?}"
fails=0
for ts in "$KYSO_SOURCE_DIR"/translations/kyso_vi.ts "$KYSO_SOURCE_DIR"/translations/kyso_en.ts; do
  n=$(grep -c '<source>' "$ts")
  unfinished=$(grep -c 'type="unfinished"\|<translation></translation>\|<translation/>' "$ts" || true)
  if [ "$n" -gt 50 ] && [ "$unfinished" -eq 0 ]; then echo "ok - $(basename "$ts"): $n strings, all translated"; else echo "FAIL - $(basename "$ts"): $n strings, $unfinished unfinished"; fails=$((fails + 1)); fi
done
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp "$KYSO_SOURCE_DIR/translations/kyso_vi.ts" "$tmp/check.ts"
(cd "$KYSO_SOURCE_DIR" && "$lupdate" -no-obsolete -locations none core pkcs11 pdf app -ts "$tmp/check.ts" >"$tmp/log" 2>&1)
if grep -q 'type="unfinished"' "$tmp/check.ts"; then
  echo "FAIL - strings in the sources missing from kyso_vi.ts:"; grep -B1 'type="unfinished"' "$tmp/check.ts" | grep '<source>' || true
  fails=$((fails + 1))
else
  echo "ok - kyso_vi.ts covers every tr() string in the sources"
fi
echo "$((3 - fails)) passed, $fails failed"
[ "$fails" -eq 0 ]
