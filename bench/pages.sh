#!/usr/bin/env bash
# Server time of the Area page and the commitment page on a running tracker (issue 12, "Speed").
#   bench/pages.sh BASE_URL USER PASSWORD AREA COMMITMENT_ID [N]
#   e.g. bench/pages.sh http://localhost:8080 lead.national '<password>' LONDON_NORTH 0b1c... 200
# Signs in through the form (/login with _csrf, as a browser does), warms each page up with N/10 requests, then asks for
# /areas/{AREA} and /commitments/{ID} N times each, one request at a time on the session cookie, and prints p50, p95,
# p99 and max of the server time (curl: first byte received minus request sent, so connection set-up is left out) and
# of the whole request. Not a test: it prints figures, it asserts nothing.
set -euo pipefail
if [ $# -lt 5 ]; then
  sed -n '2,7p' "$0" >&2
  exit 2
fi
BASE=${1%/}; USER_NAME=$2; PASSWORD=$3; AREA=$4; ID=$5; N=${6:-200}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
JAR="$WORK/cookies"

# sign in: the login page sets the session and carries the CSRF token of the form
curl -sf -c "$JAR" -b "$JAR" "$BASE/login" -o "$WORK/login.html"
CSRF=$(grep -o 'name="_csrf"[^>]*value="[^"]*"' "$WORK/login.html" | sed 's/.*value="\([^"]*\)".*/\1/' | head -1)
[ -n "$CSRF" ] || { echo "no _csrf field on $BASE/login" >&2; exit 1; }
STATUS=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$JAR" -b "$JAR" \
  --data-urlencode "username=$USER_NAME" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$CSRF" "$BASE/login")
case "$STATUS" in *error*|*login\?*) echo "sign-in refused for $USER_NAME ($STATUS)" >&2; exit 1 ;; esac

measure() { # name path
  local name=$1 path=$2 out="$WORK/$1.txt" i
  for ((i = 0; i < N / 10 + 1; i++)); do
    curl -s -o /dev/null -b "$JAR" "$BASE$path" || true
  done
  : > "$out"
  for ((i = 0; i < N; i++)); do
    # a cut-off answer (curl exit 18: the page failed while it was being sent) counts as an error, not as a time
    line=$(curl -s -o /dev/null -b "$JAR" -w '%{http_code} %{time_pretransfer} %{time_starttransfer} %{time_total}' "$BASE$path") \
      || line="curl-exit-$? 0 0 0"
    echo "$line" >> "$out"
  done
  local bad
  bad=$(awk '$1 != 200' "$out" | wc -l)
  [ "$bad" -eq 0 ] || echo "$name: $bad of $N answers were not 200 (first: $(awk '$1 != 200 {print $1; exit}' "$out"))" >&2
  report "$name server" "$(awk '$1 == 200 {printf "%.3f\n", ($3 - $2) * 1000}' "$out")"
  report "$name total " "$(awk '$1 == 200 {printf "%.3f\n", $4 * 1000}' "$out")"
}

report() { # label values(ms, one a line)
  sort -n <<< "$2" | awk -v label="$1" '{v[NR] = $1} END {
    n = NR
    i50 = int(0.50 * n + 0.999999); i95 = int(0.95 * n + 0.999999); i99 = int(0.99 * n + 0.999999)
    printf "%-22s n=%d  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms\n", label, n, v[i50], v[i95], v[i99], v[n] }'
}

echo "# $(date -u +%FT%TZ) $BASE as $USER_NAME, $N requests per page, one at a time; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "area page" "/areas/$AREA"
measure "commitment page" "/commitments/$ID"
