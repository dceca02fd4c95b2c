#!/usr/bin/env bash
# A NAT lab made of network namespaces (docs/NAT.md). Nothing is created or changed in the root
# namespace: every interface is created directly inside its namespace, and the "internet" uses
# documentation addresses (203.0.113.0/24) that exist only in the lab, which has no route out.
#
#   nat_lab.sh up PREFIX [--upnp a|b] [--random-fully a|b] ...   build the lab
#   nat_lab.sh down PREFIX                                         remove it (always safe to call)
#   nat_lab.sh check                                               can namespaces be made here?
#
# Namespaces (PREFIX keeps labs apart): PREFIX-inet (bridge 203.0.113.1), PREFIX-pub (public host
# 203.0.113.10: DHT bootstrap node, relay, STUN server), PREFIX-pc (a second public host,
# 203.0.113.20), PREFIX-ra / PREFIX-rb (home routers, WAN 203.0.113.2 / .3, LAN 10.10.1.1 /
# 10.20.1.1) and PREFIX-ha / PREFIX-hb (home hosts 10.10.1.2 / 10.20.1.2 behind them).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cmd=${1:-}
prefix=${2:-}

ns() { echo "$prefix-$1"; }
in_ns() { local n=$1; shift; ip netns exec "$(ns "$n")" "$@"; }

check() {
  [ "$(id -u)" -eq 0 ] || { echo "needs root (CAP_SYS_ADMIN, CAP_NET_ADMIN)"; return 1; }
  for tool in ip nft; do
    command -v "$tool" >/dev/null 2>&1 || { echo "$tool is not installed (tools/install-deps.sh)"; return 1; }
  done
  local probe="sslabprobe$$"
  if ! ip netns add "$probe" 2>/dev/null; then
    echo "cannot create a network namespace here"
    return 1
  fi
  ip netns del "$probe"
}

# A veth pair from namespace $1 (interface $2) to namespace $3 (interface $4), made inside them.
veth() {
  ip link add name "$2" netns "$(ns "$1")" type veth peer name "$4" netns "$(ns "$3")"
  in_ns "$1" ip link set "$2" up
  in_ns "$3" ip link set "$4" up
}

router_rules() {
  local r=$1 random=$2 upnp=$3
  local masq="masquerade"
  [ "$random" = 1 ] && masq="masquerade fully-random"
  # The home router: masquerade on the WAN, drop unsolicited inbound, to the hosts behind it and to
  # itself alike (a reset from the router would kill a hole punch's SYN). With UPnP, miniupnpd fills
  # its own chains (names set in its config below) with the port mappings it grants.
  in_ns "$r" nft -f - <<EOF
table inet home {
  chain input {
    type filter hook input priority 0; policy accept;
    iifname "wan" ct state established,related accept
    iifname "wan" drop
  }
  chain forward {
    type filter hook forward priority 0; policy accept;
    iifname "wan" ct state established,related accept
    iifname "wan" ct status dnat accept
    iifname "wan" drop
  }
  chain postrouting {
    type nat hook postrouting priority 100; policy accept;
    oifname "wan" $masq
  }
}
EOF
  if [ "$upnp" = 1 ]; then
    in_ns "$r" nft -f - <<EOF
table inet miniupnpd {
  chain forward_miniupnpd {
  }
  chain prerouting_miniupnpd {
  }
  chain postrouting_miniupnpd {
  }
  chain forward {
    type filter hook forward priority -1; policy accept;
    jump forward_miniupnpd
  }
  chain prerouting {
    type nat hook prerouting priority -100; policy accept;
    jump prerouting_miniupnpd
  }
  chain postrouting {
    type nat hook postrouting priority 99; policy accept;
    jump postrouting_miniupnpd
  }
}
EOF
  fi
}

start_miniupnpd() {
  local r=$1 lanip=$2 lannet=$3
  local dir="/run/$prefix-$r"
  mkdir -p "$dir"
  cat >"$dir/miniupnpd.conf" <<EOF
ext_ifname=wan
listening_ip=lan
http_port=5000
enable_natpmp=yes
enable_upnp=yes
secure_mode=yes
system_uptime=yes
notify_interval=60
uuid=6d6a0f2e-5c3a-4b7e-9d1e-00000000000$([ "$r" = ra ] && echo 1 || echo 2)
ext_perform_stun=yes
ext_stun_host=203.0.113.10
ext_stun_port=3478
upnp_table_name=miniupnpd
upnp_nat_table_name=miniupnpd
upnp_forward_chain=forward_miniupnpd
upnp_nat_chain=prerouting_miniupnpd
upnp_nat_postrouting_chain=postrouting_miniupnpd
allow 1024-65535 $lannet 1024-65535
deny 0-65535 0.0.0.0/0 0-65535
EOF
  in_ns "$r" /usr/sbin/miniupnpd -f "$dir/miniupnpd.conf" -P "$dir/miniupnpd.pid" -d \
    >"$dir/miniupnpd.log" 2>&1 &
  # Ready when the router answers NAT-PMP (it needs its STUN self-test first).
  for _ in $(seq 1 50); do
    if in_ns "$r" ss -lun 2>/dev/null | grep -q "$lanip:5351"; then return 0; fi
    sleep 0.1
  done
  echo "miniupnpd in $r did not start:" >&2
  cat "$dir/miniupnpd.log" >&2
  return 1
}

up() {
  local upnp_a=0 upnp_b=0 random_a=0 random_b=0
  shift 2
  while [ $# -gt 0 ]; do
    case "$1" in
      --upnp) [ "$2" = a ] && upnp_a=1 || upnp_b=1; shift 2 ;;
      --random-fully) [ "$2" = a ] && random_a=1 || random_b=1; shift 2 ;;
      *) echo "unknown option $1" >&2; return 2 ;;
    esac
  done
  for n in inet pub pc ra rb ha hb; do
    ip netns add "$(ns "$n")"
    in_ns "$n" ip link set lo up
  done
  in_ns inet ip link add br0 type bridge
  in_ns inet ip addr add 203.0.113.1/24 dev br0
  in_ns inet ip link set br0 up
  local i=0
  for pair in pub:203.0.113.10 pc:203.0.113.20 ra:203.0.113.2 rb:203.0.113.3; do
    local host=${pair%%:*} addr=${pair#*:}
    local ifname=wan
    [ "$host" = pub ] || [ "$host" = pc ] && ifname=eth0
    veth inet "p$i" "$host" "$ifname"
    in_ns inet ip link set "p$i" master br0
    in_ns "$host" ip addr add "$addr/24" dev "$ifname"
    i=$((i + 1))
  done
  veth ra lan ha eth0
  veth rb lan hb eth0
  in_ns ra ip addr add 10.10.1.1/24 dev lan
  in_ns rb ip addr add 10.20.1.1/24 dev lan
  in_ns ha ip addr add 10.10.1.2/24 dev eth0
  in_ns hb ip addr add 10.20.1.2/24 dev eth0
  in_ns ha ip route add default via 10.10.1.1
  in_ns hb ip route add default via 10.20.1.1
  for r in ra rb; do in_ns "$r" sysctl -qw net.ipv4.ip_forward=1; done
  router_rules ra "$random_a" "$upnp_a"
  router_rules rb "$random_b" "$upnp_b"
  if [ "$upnp_a" = 1 ] || [ "$upnp_b" = 1 ]; then
    # miniupnpd trusts its WAN address only after a STUN server confirms it (TOOLCHAIN 4a).
    mkdir -p "/run/$prefix-pub"
    in_ns pub python3 "$here/stun_server.py" 203.0.113.10 3478 >"/run/$prefix-pub/stun.log" 2>&1 &
    echo $! >"/run/$prefix-pub/stun.pid"
  fi
  [ "$upnp_a" = 1 ] && start_miniupnpd ra 10.10.1.1 10.10.1.0/24
  [ "$upnp_b" = 1 ] && start_miniupnpd rb 10.20.1.1 10.20.1.0/24
  return 0
}

down() {
  # Every process still running in a lab namespace goes first (nodes, miniupnpd, STUN).
  for n in inet pub pc ra rb ha hb; do
    local name
    name=$(ns "$n")
    ip netns list 2>/dev/null | grep -qw "^$name" || continue
    for pid in $(ip netns pids "$name" 2>/dev/null); do kill "$pid" 2>/dev/null || true; done
  done
  sleep 0.2
  for n in inet pub pc ra rb ha hb; do
    local name
    name=$(ns "$n")
    for pid in $(ip netns pids "$name" 2>/dev/null); do kill -9 "$pid" 2>/dev/null || true; done
    ip netns del "$name" 2>/dev/null || true
  done
  rm -rf "/run/$prefix-"{pub,ra,rb}
}

case "$cmd" in
  check) check ;;
  up) [ -n "$prefix" ] || { echo "usage: $0 up PREFIX [options]" >&2; exit 2; }
      # A lab that failed half-way is removed again (the trap, since set -e is off inside `if`).
      trap 'rc=$?; [ $rc -eq 0 ] || down; exit $rc' EXIT
      up "$@" ;;
  down) [ -n "$prefix" ] || { echo "usage: $0 down PREFIX" >&2; exit 2; }
        down ;;
  *) echo "usage: $0 check | up PREFIX [--upnp a|b] [--random-fully a|b] | down PREFIX" >&2; exit 2 ;;
esac
