#!/bin/sh
# Run once by the postgres image when it creates the database (/docker-entrypoint-initdb.d): lets the streaming
# replica of docker-compose.yml's "scaleout" profile connect for replication, as the database's own user and with
# its password. The default pg_hba.conf admits replication from loopback only.
set -e
echo "host replication $POSTGRES_USER all scram-sha-256" >>"$PGDATA/pg_hba.conf"
