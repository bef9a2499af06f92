# Shared by the scripts that run scripts/load-test.sh in the background and act on its app
# (soak.sh, graceful-shutdown.sh). Source it; nothing runs on its own.

# measured_app_pid LOG LOAD_PID PORT: waits until the load run writing LOG (process LOAD_PID) has
# begun its measured part, then prints the pid of the app it started on PORT.
measured_app_pid() {
    until grep -q '^\[load\] running' "$1" 2>/dev/null; do
        kill -0 "$2" 2>/dev/null || { tail -20 "$1" >&2; return 1; }
        sleep 2
    done
    cat "target/load/app-$3.pid"
}
