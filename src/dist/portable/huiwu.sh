#!/bin/sh
# Starts huiwu-portable.jar (beside this script) with a class-data sharing archive (decision 0023). The archive
# names the jar by its path and size, so it is made on this machine: the first start of the window writes it when
# the window closes (-XX:ArchiveClassesAtExit), every later start uses it. A jar moved or replaced starts without
# it once and makes a new one. Arguments are passed on (a command, --data-dir DIR, a .huiwu bundle); a command
# does not make the archive. Run as `sh huiwu.sh`.
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/huiwu-portable.jar"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/huiwu"
key=$(printf '%s-%s' "$jar" "$(wc -c < "$jar" | tr -d ' ')" | cksum | cut -d ' ' -f 1)
archive="$cache/huiwu-$key.jsa"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [ -f "$archive" ]; then
    exec "$java" -XX:SharedArchiveFile="$archive" -jar "$jar" "$@"
fi
case "$1" in
    ""|--data-dir|--data-dir=*|*.huiwu) mkdir -p "$cache"
        exec "$java" -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -jar "$jar" "$@" ;;
esac
exec "$java" -jar "$jar" "$@"
