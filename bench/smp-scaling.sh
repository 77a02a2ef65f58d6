#!/usr/bin/env bash
# Times the spatial model on random N x 1 disputes (SmpScaling), before and after, in one run: the bargaining
# package of commit BEFORE (default 13e4bf3, the previous round) against this tree's, sequential and parallel, each
# size and variant in a JVM of its own under /usr/bin/time (wall, user CPU, peak resident memory of the process).
# Run from the repository root: bench/smp-scaling.sh [BEFORE]; SIZES="20 80 160 320", JAVA_OPTS for the JVMs.
set -euo pipefail
before=${1:-13e4bf3}
sizes=${SIZES:-20 80 160 320}
work=${WORK:-/tmp/smp-scaling}
mvn -o -q -B -pl bench -am package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/bench.cp
cp=bench/target/classes:$(cat bench/target/bench.cp)
rm -rf "$work/before" && mkdir -p "$work/before/src" "$work/before/classes"
git archive "$before" strait-model/src/main/java/org/strait/bargain | tar -x -C "$work/before/src"
javac -nowarn -d "$work/before/classes" -cp "$cp" $(find "$work/before/src" -name '*.java')
echo "before: $before, after: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- strait-model || echo '+changes')"
for n in $sizes; do
  for variant in before after after-parallel; do
    case $variant in
      before) classes="$work/before/classes:$cp"; par=false ;;
      after) classes="$cp"; par=false ;;
      after-parallel) classes="$cp"; par=true ;;
    esac
    args=(--sizes "$n")
    [ "$par" = true ] && args+=(--parallel true)
    printf '%-15s ' "$variant"
    /usr/bin/time -f "  | process: wall %e s, user %U s, max RSS %M KiB" \
      java ${JAVA_OPTS:-} -cp "$classes" org.strait.bench.bargain.SmpScaling "${args[@]}" 2>&1 | grep -v '^strait ' | tr -d '\n'
    echo
  done
done
