#!/usr/bin/env bash
# One HTTP request on stdin/stdout (run by socat): a local RFC 3161 TSA, OCSP
# responder and CRL server for the tests, backed by `openssl ts`/`openssl ocsp`
# and the test PKI in $PKI_DIR. Control files in $PKI_CTL: tsa_delay (seconds),
# tsa_fail (answer 500).
set -u
read -r method path _ || exit 0
length=0
while IFS= read -r line; do
  line=${line%$'\r'}
  [ -z "$line" ] && break
  case "${line,,}" in content-length:*) length=${line#*: } ;; esac
done
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
[ "$length" -gt 0 ] && head -c "$length" >"$tmp/req"
reply() { # status type file
  printf 'HTTP/1.0 %s\r\nContent-Type: %s\r\nContent-Length: %s\r\n\r\n' "$1" "$2" "$(stat -c %s "$3")"
  cat "$3"
}
case "$method $path" in
  "POST /tsa")
    [ -f "$PKI_CTL/tsa_delay" ] && sleep "$(cat "$PKI_CTL/tsa_delay")"
    if [ -f "$PKI_CTL/tsa_fail" ]; then : >"$tmp/e"; reply "500 Internal Server Error" text/plain "$tmp/e"; exit 0; fi
    openssl ts -reply -config "$PKI_DIR/ca.cnf" -queryfile "$tmp/req" -out "$tmp/resp" 2>/dev/null
    reply "200 OK" application/timestamp-reply "$tmp/resp" ;;
  "POST /ocsp")
    if [ -f "$PKI_CTL/ocsp_fail" ]; then : >"$tmp/e"; reply "500 Internal Server Error" text/plain "$tmp/e"; exit 0; fi
    openssl ocsp -index "$PKI_DIR/index.txt" -CA "$PKI_DIR/ca.pem" -rsigner "$PKI_DIR/ocsp.pem" -rkey "$PKI_DIR/ocsp.key" \
      -reqin "$tmp/req" -respout "$tmp/resp" -nmin 60 2>/dev/null >/dev/null
    reply "200 OK" application/ocsp-response "$tmp/resp" ;;
  "GET /"*.crl)
    f="$PKI_DIR/$(basename "$path")"
    if [ -f "$f" ]; then reply "200 OK" application/pkix-crl "$f"; else : >"$tmp/e"; reply "404 Not Found" text/plain "$tmp/e"; fi ;;
  *) : >"$tmp/e"; reply "404 Not Found" text/plain "$tmp/e" ;;
esac
