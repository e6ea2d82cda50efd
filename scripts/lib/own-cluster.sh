# Shared by bench/run.sh, reliability/faults.sh and reliability/scan.sh (sourced, not run): root
# commands, installing what a fresh machine lacks, one run at a time, stopping processes, and a
# PostgreSQL cluster of the script's own that is created for the run and dropped after it, so that the
# shared server on 5432 is never touched.
#
# Before the cluster functions, the script sets PG_VERSION, PG_CLUSTER and MARKER (the name of the
# conf.d file the script writes into its cluster: it marks the cluster as the script's), then calls
# own_cluster_paths. It defines log and die.

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=false
apt_install() {
  if [ "$apt_updated" = false ]; then as_root apt-get update -qq; apt_updated=true; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

# One run at a time on this machine, from any checkout, since the cluster name and the ports are fixed.
one_run_at_a_time() { # lock file, what runs
  exec 9>>"$1"
  flock -n 9 || die "another $2 is running on this machine (lock $1)"
}

stop_pid() {
  local pid=$1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -KILL "$pid" 2>/dev/null || true
}

own_cluster_paths() {
  PG_DATA=/var/lib/postgresql/$PG_VERSION/$PG_CLUSTER
  CONF_DIR=/etc/postgresql/$PG_VERSION/$PG_CLUSTER
}
cluster_exists() { pg_lsclusters -h 2>/dev/null | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c' | grep -q .; }
our_cluster() { [ -f "$CONF_DIR/conf.d/$MARKER" ]; }
postmaster_pid() { as_root head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null || true; }

# pg_dropcluster leaves files it did not write (our conf.d file), and pg_createcluster would take them up
# again; remove ours, and the directories once empty.
remove_leftover_config() {
  as_root rm -f "$CONF_DIR/conf.d/$MARKER"
  as_root rmdir "$CONF_DIR/conf.d" "$CONF_DIR" 2>/dev/null || true
}

drop_own_cluster() {
  # A cluster left frozen by kill -STOP would never stop.
  local pm; pm=$(postmaster_pid)
  if [ -n "$pm" ]; then kill -CONT "$pm" $(pgrep -P "$pm" 2>/dev/null) 2>/dev/null || true; fi
  as_root pg_dropcluster --stop "$PG_VERSION" "$PG_CLUSTER" || true
  remove_leftover_config
}

# Drops what an interrupted run of this script left; refuses a cluster, files or ports that are not its own.
clear_the_way() { # host, then the ports the run listens on
  local host=$1 port; shift
  if cluster_exists; then
    our_cluster || die "a cluster $PG_VERSION/$PG_CLUSTER exists that this script did not create; not touching it"
    log "dropping a $PG_CLUSTER cluster left by an earlier run"
    drop_own_cluster
  fi
  if [ -d "$CONF_DIR" ]; then
    remove_leftover_config
    [ ! -d "$CONF_DIR" ] || die "$CONF_DIR holds files of a dropped cluster that this script did not write; not touching them"
  fi
  for port in "$@"; do
    if (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then die "port $port is in use"; fi
  done
}

# Creates the script's cluster listening on host:port only, with pg_createcluster's initdb options as given
# (authentication), and the settings read from standard input in its marked conf.d file; starts it and waits
# until it answers. CREATED=true first, so that the script's clean-up drops even a cluster half made.
create_own_cluster() { # host, port, then initdb options
  local host=$1 port=$2
  shift 2
  CREATED=true
  as_root pg_createcluster "$PG_VERSION" "$PG_CLUSTER" --port "$port" --locale C.UTF-8 --start-conf manual -- "$@" >/dev/null
  { printf '# Written by %s; this cluster is dropped when the run ends.\n' "$0"
    printf "listen_addresses = '%s'\nssl = off\n" "$host"
    cat; } | as_root tee "$CONF_DIR/conf.d/$MARKER" >/dev/null
  as_root pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" start
  for _ in $(seq 1 60); do pg_isready -q -t 1 -h "$host" -p "$port" && return 0; sleep 0.5; done
  die "the $PG_CLUSTER cluster did not start"
}
