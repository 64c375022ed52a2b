#!/bin/bash
# A real S3 server for the tests: a throw-away one-node Ceph (1 mon, 1 bluestore-on-file OSD,
# no mgr) with the RADOS Gateway on 127.0.0.1, from Debian's packages (installed if missing).
# `npm test` starts it when S3_ENDPOINT is not set (tests/integration/global-setup.ts).
# usage (as root): scripts/s3-test-server.sh start|stop   env: S3_DIR S3_PORT S3_MON_PORT S3_ACCESS_KEY S3_SECRET_KEY S3_BLOCK_BYTES
# start wipes S3_DIR, so every start is an empty store.
set -euo pipefail
D=${S3_DIR:-/tmp/s3-ceph}; PORT=${S3_PORT:-7480}; MON_PORT=${S3_MON_PORT:-3300}
AK=${S3_ACCESS_KEY:-minioadmin}; SK=${S3_SECRET_KEY:-minioadmin}
C=(-c "$D/ceph.conf")
stop() {
  for p in rgw osd mon; do [ -f "$D/$p.pid" ] && kill "$(cat "$D/$p.pid")" 2>/dev/null || true; done
  for p in rgw osd mon; do
    [ -f "$D/$p.pid" ] || continue; pid=$(cat "$D/$p.pid")
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true; rm -f "$D/$p.pid"
  done
}
start() {
  command -v radosgw >/dev/null && command -v ceph-osd >/dev/null && command -v curl >/dev/null ||
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends radosgw ceph-mon ceph-osd uuid-runtime curl >/dev/null; }
  stop; rm -rf "$D"; mkdir -p "$D"/{mon,osd,log}
  local fsid; fsid=$(uuidgen)
  cat > "$D/ceph.conf" <<CONF
[global]
fsid = $fsid
mon host = v2:127.0.0.1:$MON_PORT
public addr = 127.0.0.1
cluster addr = 127.0.0.1
auth cluster required = none
auth service required = none
auth client required = none
ms mon client mode = crc
osd pool default size = 1
osd pool default min size = 1
osd pool default pg num = 8
osd pool default pgp num = 8
osd pool default pg autoscale mode = off
osd crush chooseleaf type = 0
mon allow pool size one = true
mon warn on pool no redundancy = false
mon data avail warn = 1
mon data avail crit = 0
osd objectstore = bluestore
bluestore block path = $D/osd.block
bluestore block create = true
bluestore block size = ${S3_BLOCK_BYTES:-10737418240}
osd memory target = 1073741824
run dir = $D
admin socket = $D/\$name.asok
log file = $D/log/\$name.log
[mon.a]
mon data = $D/mon
[osd.0]
osd data = $D/osd
[client.rgw]
rgw frontends = beast endpoint=127.0.0.1:$PORT
rgw dns name = localhost
CONF
  ceph-authtool --create-keyring "$D/mon.keyring" --gen-key -n mon. --cap mon 'allow *' >/dev/null
  monmaptool --create --fsid "$fsid" --addv a "[v2:127.0.0.1:$MON_PORT]" "$D/monmap" >/dev/null
  ceph-mon "${C[@]}" -i a --mkfs --monmap "$D/monmap" --keyring "$D/mon.keyring"
  ceph-mon "${C[@]}" -i a --pid-file "$D/mon.pid"
  local osduuid; osduuid=$(uuidgen)
  ceph "${C[@]}" osd new "$osduuid" 0 >/dev/null
  ceph-osd "${C[@]}" -i 0 --mkfs --osd-uuid "$osduuid" >"$D/log/osd-mkfs.out" 2>&1
  ceph-osd "${C[@]}" -i 0 --pid-file "$D/osd.pid" >>"$D/log/osd-mkfs.out" 2>&1
  for p in default.rgw.buckets.index default.rgw.buckets.data default.rgw.buckets.non-ec; do
    ceph "${C[@]}" osd pool create "$p" 8 8 >/dev/null 2>&1; ceph "${C[@]}" osd pool application enable "$p" rgw >/dev/null 2>&1
  done
  for _ in $(seq 60); do ceph "${C[@]}" osd stat 2>/dev/null | grep -q '1 up' && break; sleep 0.5; done
  radosgw "${C[@]}" -n client.rgw --pid-file "$D/rgw.pid"
  radosgw-admin "${C[@]}" user create --uid=test --display-name=test --access-key="$AK" --secret-key="$SK" >/dev/null
  for _ in $(seq 120); do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/" && { echo "S3 (radosgw) ready at http://127.0.0.1:$PORT key=$AK"; return 0; }
    sleep 0.5
  done
  echo "radosgw did not come up; logs in $D/log" >&2; return 1
}
case "${1:-}" in start) start ;; stop) stop ;; *) echo "usage: $0 start|stop" >&2; exit 2 ;; esac
