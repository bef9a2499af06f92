# Finds a JDK 21 or newer for the build and the scripts; source it (nothing runs on its own).
# Order: JAVA_HOME when it is 21+, then the newest JDK under /usr/lib/jvm (Temurin's on Debian
# machines like ours). Exports JAVA_HOME and puts its bin first on PATH, or fails naming what it needs.

rapport_jdk_major() { # JAVA_HOME -> its feature version, or nothing
    [ -x "$1/bin/javac" ] || return 0
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | awk -F= '/java.specification.version/ { gsub(/ /, "", $2); print $2 }'
}

rapport_use_jdk() {
    local candidate major best="" best_major=0
    if [ -n "${JAVA_HOME:-}" ]; then
        major=$(rapport_jdk_major "$JAVA_HOME")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then best=$JAVA_HOME; best_major=$major; fi
    fi
    if [ -z "$best" ]; then
        for candidate in /usr/lib/jvm/*; do
            [ -d "$candidate" ] || continue
            major=$(rapport_jdk_major "$candidate")
            if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
                best=$candidate; best_major=$major
            fi
        done
    fi
    if [ -z "$best" ]; then
        printf 'Rapport needs a JDK 21 or newer (Temurin 25 is what it is built and run on):\n' >&2
        printf '  JAVA_HOME=%s is not one, and none was found under /usr/lib/jvm.\n' "${JAVA_HOME:-(unset)}" >&2
        printf '  Install one (e.g. https://adoptium.net, or apt install temurin-25-jdk) and set JAVA_HOME.\n' >&2
        return 1
    fi
    export JAVA_HOME=$best
    export PATH="$JAVA_HOME/bin:$PATH"
}
