# What the scripts in scripts/ share. Source it from the repository's root (every script cds there
# first); nothing runs on its own. It brings in jdk.sh, the JDK pick (rapport_use_jdk), which
# .ci/run sources by itself. MariaDB is the one on 127.0.0.1:3306 that .ci/run provisions.

# shellcheck source=scripts/jdk.sh
. "$(dirname "${BASH_SOURCE[0]}")/jdk.sh"

# --- MariaDB ---------------------------------------------------------------------------------

# rapport_db_root ARGS...: the mariadb client as root, over TCP without a password (these
# machines), else over the unix socket (a fresh Debian install).
rapport_db_root() {
    mariadb --protocol=tcp -h 127.0.0.1 -u root "$@" 2>/dev/null || mariadb -u root "$@"
}

# rapport_db_app DB ARGS...: the mariadb client on DB as the app's user (rapport / rapport) over TCP.
rapport_db_app() {
    local db=$1
    shift
    mariadb --protocol=tcp -h 127.0.0.1 -u rapport -prapport "$db" "$@"
}

# rapport_db_ping: whether MariaDB answers root over TCP or the socket.
rapport_db_ping() {
    mariadb-admin --protocol=tcp -h 127.0.0.1 -P 3306 -u root ping >/dev/null 2>&1 \
        || mariadb-admin -u root ping >/dev/null 2>&1
}

# rapport_db_start: starts MariaDB in the background (no systemd here), as .ci/run does.
rapport_db_start() {
    install -d -o mysql -g mysql /run/mysqld
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
}

# rapport_db_grant DB: the app's user rapport / rapport (made on localhost and 127.0.0.1 when
# missing) gets every privilege on DB, on each host it exists for.
rapport_db_grant() {
    local db=$1 host hosts grants=""
    rapport_db_root -e "CREATE USER IF NOT EXISTS 'rapport'@'localhost' IDENTIFIED BY 'rapport';
      CREATE USER IF NOT EXISTS 'rapport'@'127.0.0.1' IDENTIFIED BY 'rapport';" || return 1
    hosts=$(rapport_db_root -N -e "SELECT host FROM mysql.user WHERE user = 'rapport'") || return 1
    for host in $hosts; do
        grants="$grants GRANT ALL PRIVILEGES ON \`$db\`.* TO 'rapport'@'$host';"
    done
    rapport_db_root -e "$grants"
}

# rapport_db_fresh DB: drops DB when it exists, creates it empty (utf8mb4) and grants it to rapport.
rapport_db_fresh() {
    rapport_db_root -e "DROP DATABASE IF EXISTS \`$1\`;
      CREATE DATABASE \`$1\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;" || return 1
    rapport_db_grant "$1"
}

# rapport_db_ensure DB: as rapport_db_fresh, but keeps DB and its data when it exists.
rapport_db_ensure() {
    rapport_db_root -e "CREATE DATABASE IF NOT EXISTS \`$1\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;" \
        || return 1
    rapport_db_grant "$1"
}

# --- The production jar and its app ------------------------------------------------------------

# rapport_build_jar: builds the production jar, unless SKIP_BUILD=1.
rapport_build_jar() {
    if [ "${SKIP_BUILD:-}" != 1 ]; then
        ./mvnw -B -q -Pproduction -DskipTests package
    fi
}

# rapport_start_loaddata_app JAR DB PORT FEEDER_DIR LOG [JAVA_OPTION...]: starts JAR in the
# background on the MariaDB database DB with the Spring profile loaddata (the load-test workspace,
# the simulations' accounts written to FEEDER_DIR), the load admin and no demo data; output to LOG.
# Sets RAPPORT_APP_PID. Variables given before the call (RAPPORT_LOADDATA_SEED=7 ...) reach the app.
rapport_start_loaddata_app() {
    local jar=$1 db=$2 port=$3 feeder_dir=$4 log=$5
    shift 5
    SPRING_DATASOURCE_URL=jdbc:mariadb://127.0.0.1:3306/$db \
    SPRING_DATASOURCE_USERNAME=rapport SPRING_DATASOURCE_PASSWORD=rapport \
    SPRING_PROFILES_ACTIVE=loaddata RAPPORT_LOADDATA_FEEDER_DIR="$feeder_dir" \
    RAPPORT_ADMIN_EMAIL=admin@load.rapport.test RAPPORT_ADMIN_PASSWORD=load-test-password \
    PORT="$port" RAPPORT_DEMO=false \
        java "$@" -jar "$jar" > "$log" 2>&1 &
    RAPPORT_APP_PID=$!
}

# rapport_wait_ready PORT [PID] [TIMEOUT_S] [INTERVAL_S]: waits until the app on PORT reports
# readiness UP (/actuator/health/readiness). Returns 1 as soon as process PID (when given) has
# ended, 2 after TIMEOUT_S seconds (0 or none: no limit). Probes every INTERVAL_S seconds (1).
rapport_wait_ready() {
    local port=$1 pid=${2:-} timeout=${3:-0} interval=${4:-1} started=$SECONDS
    until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
        if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then return 1; fi
        if [ "$timeout" -gt 0 ] && [ $(( SECONDS - started )) -ge "$timeout" ]; then return 2; fi
        sleep "$interval"
    done
}

# rapport_measured_app_pid LOG LOAD_PID PORT: for scripts that run scripts/load-test.sh in the
# background and act on its app: waits until the load run writing LOG (process LOAD_PID) has
# begun its measured part, then prints the pid of the app it started on PORT.
rapport_measured_app_pid() {
    until grep -q '^\[load\] running' "$1" 2>/dev/null; do
        kill -0 "$2" 2>/dev/null || { tail -20 "$1" >&2; return 1; }
        sleep 2
    done
    cat "target/load/app-$3.pid"
}
