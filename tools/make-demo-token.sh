#!/usr/bin/env bash
# Creates a demo PKI shaped like the government one and a SoftHSM token
# holding it. FOR DEMONSTRATION AND TESTS ONLY - NOT FOR OFFICIAL USE.
#
#   tools/make-demo-token.sh DIR [--with-expired]
#
# DIR/pki/        root.pem (trust anchor), ca.pem, personal/agency keys and certs
# DIR/softhsm2.conf, DIR/tokens/   the SoftHSM token "KYSO DEMO"
#   id 01: CN=Nguyễn Văn An (personal), id 02: CN=SỞ KHOA HỌC VÀ CÔNG NGHỆ
#   TỈNH PHÚ THỌ (agency), id 07: CN=ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ (agency, the
#   seal of the sample decision's issuing agency), id 03 with --with-expired: an
#   expired certificate; also with --with-expired: id 08 CN=Trần Văn Cường
#   (title Phó Giám đốc, O=SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ) and id 09
#   CN=Nguyen Van An (no diacritics) for the authority tests.
# With $KYSO_PKI_URL (e.g. http://127.0.0.1:8080) the end-entity certificates
# name $KYSO_PKI_URL/ocsp (AIA) and $KYSO_PKI_URL/ca.crl (CDP); an OCSP
# responder certificate, a CRL and a revoked certificate (id 06) are made too.
# User PIN 123456, SO PIN 12345678 (demo values, printed in the README).
# Idempotent: an existing complete DIR is left as it is.
set -euo pipefail
dir=${1:?usage: make-demo-token.sh DIR [--with-expired]}
with_expired=${2:-}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
# The marker names the PKI's version: an older demo token is made anew once.
version=2
if [ -f "$dir/.complete" ] && [ "$(cat "$dir/.complete")" = "$version" ]; then exit 0; fi
rm -rf "$dir/pki" "$dir/tokens"
mkdir -p "$dir/pki" "$dir/tokens"
pki=$dir/pki
cd "$pki"

SOFTHSM_LIB=${SOFTHSM_LIB:-/usr/lib/softhsm/libsofthsm2.so}
label="KYSO DEMO"
pin=123456
so_pin=12345678
mark="DEMO - KHÔNG DÙNG CHÍNH THỨC"

cat > ca.cnf <<CNF
[ ca ]
default_ca = demo
[ demo ]
dir = $pki
database = \$dir/index.txt
new_certs_dir = \$dir/issued
serial = \$dir/serial
default_md = sha256
policy = any
crlnumber = \$dir/crlnumber
default_crl_days = 30
unique_subject = no
copy_extensions = none
utf8 = yes
[ any ]
countryName = optional
stateOrProvinceName = optional
localityName = optional
organizationName = optional
organizationalUnitName = optional
commonName = supplied
title = optional
emailAddress = optional
UID = optional
[ v3_root ]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ v3_ca ]
basicConstraints = critical, CA:true, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ v3_user ]
${KYSO_PKI_URL:+authorityInfoAccess = OCSP;URI:$KYSO_PKI_URL/ocsp}
${KYSO_PKI_URL:+crlDistributionPoints = URI:$KYSO_PKI_URL/ca.crl}
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = emailProtection, 1.3.6.1.4.1.311.10.3.12
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
CNF
mkdir -p issued; : > index.txt; echo 1000 > serial; echo 01 > crlnumber

key() { openssl genrsa -out "$1" 2048 2>/dev/null; }
csr() { openssl req -new -utf8 -nameopt utf8 -key "$1" -subj "$2" -out "$3"; }

# Root (self-signed) and issuing CA
key root.key
openssl req -x509 -new -utf8 -key root.key -sha256 -days 3650 -set_serial 1 \
  -subj "/C=VN/O=Ban Cơ yếu Chính phủ (DEMO)/OU=$mark/CN=RootCA chuyên dùng DEMO G2" \
  -addext "basicConstraints=critical,CA:true" -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -addext "subjectKeyIdentifier=hash" -out root.pem
key ca.key
csr ca.key "/C=VN/O=Ban Cơ yếu Chính phủ (DEMO)/OU=$mark/CN=CA phục vụ các cơ quan Nhà nước DEMO" ca.csr
openssl ca -batch -config ca.cnf -cert root.pem -keyfile root.key -extensions v3_ca \
  -days 3000 -in ca.csr -out ca.pem -notext 2>/dev/null

issue() { # name subject [startdate enddate]
  key "$1.key"
  csr "$1.key" "$2" "$1.csr"
  if [ $# -ge 4 ]; then
    openssl ca -batch -config ca.cnf -cert ca.pem -keyfile ca.key -extensions v3_user \
      -startdate "$3" -enddate "$4" -in "$1.csr" -out "$1.pem" -notext 2>/dev/null
  else
    openssl ca -batch -config ca.cnf -cert ca.pem -keyfile ca.key -extensions v3_user \
      -days 1095 -in "$1.csr" -out "$1.pem" -notext 2>/dev/null
  fi
  openssl x509 -in "$1.pem" -outform DER -out "$1.der"
  openssl pkcs8 -topk8 -nocrypt -in "$1.key" -out "$1.p8"
}
issue personal "/C=VN/L=Phú Thọ/O=ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ/OU=$mark/title=Phó Chủ tịch/CN=Nguyễn Văn An/UID=CCCD:001099000001/emailAddress=nvan@demo.phutho.gov.vn"
issue agency "/C=VN/L=Phú Thọ/O=ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ/OU=$mark/CN=SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ"
issue ubnd "/C=VN/L=Phú Thọ/O=ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ/OU=$mark/CN=ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"
if [ "$with_expired" = "--with-expired" ]; then
  issue expired "/C=VN/L=Phú Thọ/O=ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ/CN=Trần Thị Hết Hạn" 20200101000000Z 20210101000000Z
  # Personal certificates close to expiry (60- and 30-day warnings).
  issue soon45 "/C=VN/L=Phú Thọ/O=ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ/CN=Lê Văn Sắp Hết" "$(date -u -d '-1 day' +%Y%m%d%H%M%SZ)" "$(date -u -d '+45 days' +%Y%m%d%H%M%SZ)"
  issue soon20 "/C=VN/L=Phú Thọ/O=ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ/CN=Phạm Thị Gần Hết" "$(date -u -d '-1 day' +%Y%m%d%H%M%SZ)" "$(date -u -d '+20 days' +%Y%m%d%H%M%SZ)"
  # Authority tests: a Sở's deputy director, and a name without diacritics.
  issue deputy "/C=VN/L=Phú Thọ/O=SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ/OU=$mark/title=Phó Giám đốc/CN=Trần Văn Cường"
  issue plainname "/C=VN/L=Phú Thọ/O=ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ/OU=$mark/title=Phó Chủ tịch/CN=Nguyen Van An"
fi
# Time-stamp authority certificate (critical timeStamping EKU) and an
# `openssl ts -reply` configuration, for tests that run a local TSA.
cat >> ca.cnf <<CNF
[ v3_tsa ]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = critical, timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ tsa ]
default_tsa = tsa1
[ tsa1 ]
dir = $pki
serial = \$dir/tsaserial
crypto_device = builtin
signer_cert = \$dir/tsa.pem
certs = \$dir/ca.pem
signer_key = \$dir/tsa.key
signer_digest = sha256
default_policy = 1.3.6.1.4.1.99999.1
other_policies = 1.3.6.1.4.1.99999.2
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
CNF
echo 01 > tsaserial
key tsa.key
csr tsa.key "/C=VN/O=Ban Cơ yếu Chính phủ (DEMO)/OU=$mark/CN=TSA DEMO" tsa.csr
openssl ca -batch -config ca.cnf -cert ca.pem -keyfile ca.key -extensions v3_tsa -days 1095 -in tsa.csr -out tsa.pem -notext 2>/dev/null
if [ -n "${KYSO_PKI_URL:-}" ]; then
  cat >> ca.cnf <<CNF
[ v3_ocsp ]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature
extendedKeyUsage = critical, OCSPSigning
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
CNF
  key ocsp.key
  csr ocsp.key "/C=VN/O=Ban Cơ yếu Chính phủ (DEMO)/OU=$mark/CN=OCSP DEMO" ocsp.csr
  openssl ca -batch -config ca.cnf -cert ca.pem -keyfile ca.key -extensions v3_ocsp -days 1095 -in ocsp.csr -out ocsp.pem -notext 2>/dev/null
  issue revoked "/C=VN/L=Phú Thọ/O=ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ/CN=Đỗ Văn Thu Hồi"
  openssl ca -batch -config ca.cnf -cert ca.pem -keyfile ca.key -revoke revoked.pem -crl_reason keyCompromise 2>/dev/null
  openssl ca -batch -config ca.cnf -cert ca.pem -keyfile ca.key -gencrl -out ca.crl.pem 2>/dev/null
  openssl crl -in ca.crl.pem -outform DER -out ca.crl
fi
openssl x509 -in ca.pem -outform DER -out ca.der
openssl x509 -in root.pem -outform DER -out root.der

# SoftHSM token
cat > "$dir/softhsm2.conf" <<CNF
directories.tokendir = $dir/tokens
objectstore.backend = file
log.level = ERROR
slots.removable = false
CNF
export SOFTHSM2_CONF=$dir/softhsm2.conf
softhsm2-util --init-token --free --label "$label" --pin "$pin" --so-pin "$so_pin" >/dev/null
p11() { pkcs11-tool --module "$SOFTHSM_LIB" --token-label "$label" --login --pin "$pin" "$@" >/dev/null; }
put() { # name id label
  softhsm2-util --import "$pki/$1.p8" --token "$label" --label "$3" --id "$2" --pin "$pin" >/dev/null
  p11 --write-object "$pki/$1.der" --type cert --id "$2" --label "$3"
}
put personal 01 "Nguyễn Văn An"
put agency 02 "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ"
put ubnd 07 "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"
if [ -f "$pki/expired.der" ]; then
  put expired 03 "Trần Thị Hết Hạn"
  put soon45 04 "Lê Văn Sắp Hết"
  put soon20 05 "Phạm Thị Gần Hết"
  put deputy 08 "Trần Văn Cường"
  put plainname 09 "Nguyen Van An"
fi
[ -f "$pki/revoked.der" ] && put revoked 06 "Đỗ Văn Thu Hồi"
p11 --write-object "$pki/ca.der" --type cert --id c0 --label "CA DEMO"
p11 --write-object "$pki/root.der" --type cert --id c1 --label "Root DEMO"
rm -f "$pki"/*.csr
echo "$version" >"$dir/.complete"
