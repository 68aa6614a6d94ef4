#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on 127.0.0.1 for the cluster tests (issue 16, docs/deployment.md).
#
#   scripts/galera-cluster.sh start   # installs galera-4 and mariadb-server with apt when missing,
#                                     # bootstraps node 1, joins nodes 2 and 3, creates database `glomska`
#   scripts/galera-cluster.sh stop    # stops the nodes this script started
#   scripts/galera-cluster.sh status  # wsrep_cluster_size and wsrep_local_state_comment of each node
#
# Node N listens for SQL on 127.0.0.1:(GALERA_BASE_PORT + N) (13307, 13308, 13309 by default), for group
# communication on 14N67, for incremental state transfer on 14N68 and for rsync state transfer on 14N44.
# Each node has its own data folder under GALERA_DIR (default /tmp/glomska-galera), owned by mysql: the
# servers run as mysql, because as root the rsync state transfer fails (its daemon drops to nobody).
# Two settings the application relies on (docs/deployment.md): wsrep_sync_wait=1, so that a read on one node
# first waits for every write set the cluster has already ordered (an erasure re-checks the customer's records
# under its lock and must not miss one committed on another node a moment ago), and
# optimizer_switch=split_materialized=off (MariaDB 10.11.19 crashed with signal 11 in
# choose_best_splitting when Galera's brute-force abort killed a query with a grouped derived table).
set -euo pipefail

DIR="${GALERA_DIR:-/tmp/glomska-galera}"
BASE="${GALERA_BASE_PORT:-13306}"
NODES=3
PROVIDER=/usr/lib/galera/libgalera_smm.so

port() { echo $((BASE + $1)); }
gcomm() { echo "14${1}67"; }
ist() { echo "14${1}68"; }
sst() { echo "14${1}44"; }

sql() { mariadb --protocol=TCP --host=127.0.0.1 --port="$(port "$1")" --user=root --batch --skip-column-names -e "$2"; }

install_packages() {
  # Only when something is missing; rsync is the state transfer of a joining node.
  if [[ ! -x /usr/sbin/mariadbd || ! -f "$PROVIDER" ]] || ! command -v rsync >/dev/null 2>&1; then
    echo "galera-cluster: installing galera-4, mariadb-server and rsync"
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends galera-4 mariadb-server rsync >/dev/null \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
             galera-4 mariadb-server rsync >/dev/null; }
  fi
}

cluster_address() {
  local addrs=()
  for n in $(seq 1 $NODES); do addrs+=("127.0.0.1:$(gcomm "$n")"); done
  (IFS=,; echo "gcomm://${addrs[*]}")
}

start_node() {
  local n=$1; shift
  local data="$DIR/node$n/data"
  if [[ ! -d "$data/mysql" ]]; then
    mkdir -p "$data"
    chown -R mysql:mysql "$DIR/node$n"
    mariadb-install-db --user=mysql --datadir="$data" --auth-root-authentication-method=normal \
      --skip-test-db >"$DIR/node$n/install.log" 2>&1
  fi
  chown -R mysql:mysql "$DIR/node$n"
  /usr/sbin/mariadbd --no-defaults --user=mysql --datadir="$data" \
    --socket="$DIR/node$n/mysqld.sock" --pid-file="$DIR/node$n/mysqld.pid" \
    --bind-address=127.0.0.1 --port="$(port "$n")" --log-error="$DIR/node$n/error.log" \
    --innodb-buffer-pool-size=128M --innodb-log-file-size=64M --max-connections=300 \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_swedish_ci \
    --binlog-format=ROW --innodb-autoinc-lock-mode=2 --default-storage-engine=InnoDB \
    --wsrep-sync-wait=7 --optimizer-switch=split_materialized=off \
    --wsrep-on=ON --wsrep-provider="$PROVIDER" --wsrep-cluster-name=glomska \
    --wsrep-cluster-address="$(cluster_address)" --wsrep-node-name="node$n" \
    --wsrep-node-address="127.0.0.1:$(gcomm "$n")" \
    --wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:$(gcomm "$n");ist.recv_addr=127.0.0.1:$(ist "$n");gcache.size=256M;cert.optimistic_pa=NO" \
    --wsrep-sst-method=rsync --wsrep-sst-receive-address="127.0.0.1:$(sst "$n")" \
    "$@" >>"$DIR/node$n/stdout.log" 2>&1 &
  wait_synced "$n"
}

wait_synced() {
  local n=$1
  for _ in $(seq 1 180); do
    if [[ "$(sql "$n" "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2)" == "Synced" ]]; then
      echo "galera-cluster: node $n synced on 127.0.0.1:$(port "$n")"
      return 0
    fi
    sleep 1
  done
  echo "galera-cluster: node $n did not reach Synced; its log:" >&2
  tail -40 "$DIR/node$n/error.log" >&2 || true
  return 1
}

start() {
  install_packages
  mkdir -p "$DIR"
  if sql 1 "SELECT 1" >/dev/null 2>&1; then
    echo "galera-cluster: already running"; status; return 0
  fi
  # A fresh cluster each start: the tests create their schema with Liquibase.
  rm -rf "${DIR:?}"/node*
  start_node 1 --wsrep-new-cluster
  for n in $(seq 2 $NODES); do start_node "$n"; done
  sql 1 "CREATE DATABASE IF NOT EXISTS glomska CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci"
  status
}

stop() {
  for n in $(seq $NODES -1 1); do
    local pidfile="$DIR/node$n/mysqld.pid"
    if [[ -f "$pidfile" ]]; then
      local pid; pid=$(cat "$pidfile")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -9 "$pid" 2>/dev/null || true
      rm -f "$pidfile"
      echo "galera-cluster: node $n stopped"
    fi
  done
}

status() {
  for n in $(seq 1 $NODES); do
    echo "node $n: $(sql "$n" "SELECT CONCAT(VARIABLE_VALUE) FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME='WSREP_CLUSTER_SIZE'" 2>/dev/null || echo down) members, $(sql "$n" "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2)"
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
