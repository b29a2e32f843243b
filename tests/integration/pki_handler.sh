#!/usr/bin/env bash
# One HTTP request on stdin/stdout (run by socat): a local RFC 3161 TSA, OCSP
# responder and CRL server for the tests, backed by `openssl ts`/`openssl ocsp`
# and the test PKI in $PKI_DIR. Control files in $PKI_CTL: tsa_delay (seconds),
# tsa_fail (answer 500), tsa_rogue (sign with the untrusted rogue TSA),
# ocsp_fail, ocsp_forge ("good" or "revoked": every answer says so, signed by
# the rogue responder), ocsp_delay (seconds). GET of *.crl, *.cer, *.p7c
# serves that file from $PKI_DIR (CRLs, AIA caIssuers).
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
    section=tsa1; [ -f "$PKI_CTL/tsa_rogue" ] && section=tsa_rogue
    openssl ts -reply -config "$PKI_DIR/ca.cnf" -section "$section" -queryfile "$tmp/req" -out "$tmp/resp" 2>/dev/null
    reply "200 OK" application/timestamp-reply "$tmp/resp" ;;
  "POST /ocsp")
    if [ -f "$PKI_CTL/ocsp_fail" ]; then : >"$tmp/e"; reply "500 Internal Server Error" text/plain "$tmp/e"; exit 0; fi
    [ -f "$PKI_CTL/ocsp_delay" ] && sleep "$(cat "$PKI_CTL/ocsp_delay")"
    index=$PKI_DIR/index.txt signer=ocsp
    if [ -f "$PKI_CTL/ocsp_forge" ]; then
      # Forged: every certificate good (or revoked), signed by the rogue responder.
      signer=rogue index=$tmp/index.txt
      if [ "$(cat "$PKI_CTL/ocsp_forge")" = revoked ]; then
        awk -F'\t' -v OFS='\t' '{ $1 = "R"; $3 = "240101000000Z,keyCompromise"; print }' "$PKI_DIR/index.txt" >"$index"
      else
        awk -F'\t' -v OFS='\t' '{ $1 = "V"; $3 = ""; print }' "$PKI_DIR/index.txt" >"$index"
      fi
    fi
    openssl ocsp -index "$index" -CA "$PKI_DIR/ca.pem" -rsigner "$PKI_DIR/$signer.pem" -rkey "$PKI_DIR/$signer.key" \
      -reqin "$tmp/req" -respout "$tmp/resp" -nmin 60 2>/dev/null >/dev/null
    reply "200 OK" application/ocsp-response "$tmp/resp" ;;
  "GET /"*.crl | "GET /"*.cer | "GET /"*.p7c)
    f="$PKI_DIR/$(basename "$path")"
    case $path in *.crl) type=application/pkix-crl ;; *.cer) type=application/pkix-cert ;; *) type=application/pkcs7-mime ;; esac
    if [ -f "$f" ]; then reply "200 OK" "$type" "$f"; else : >"$tmp/e"; reply "404 Not Found" text/plain "$tmp/e"; fi ;;
  *) : >"$tmp/e"; reply "404 Not Found" text/plain "$tmp/e" ;;
esac
