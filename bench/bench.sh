#!/usr/bin/env bash
# Benchmarks voortgang on the shared reference content and prints numbers.
#   single:  1 warm-up + RUNS (default 7) processes rendering the reference
#            report; median wall ms, median CPU ms, max RSS, pages, PDF size
#   batch:   BATCH (default 20) copies in one process (warm: template, fonts and
#            dictionary loaded once); ms per report and pages per second
#   scale:   10 / 100 / 1,000 copies with -j 2: wall s and ms per report
#   stress:  one report of about 500 pages: wall s and max RSS
# Usage: bench/bench.sh [REFERENCE.json]     (run from the repository root)
set -euo pipefail
export LC_ALL=C # a decimal point in $EPOCHREALTIME and awk
VG=${VG:-./voortgang}
REF=${1:-../shared/bench/reference/ms-2022q1.json}
RUNS=${RUNS:-7}
BATCH=${BATCH:-20}
SCALE=${SCALE:-"10 100 1000"}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export VOORTGANG_DATADIR=${VOORTGANG_DATADIR:-$PWD} SOURCE_DATE_EPOCH=1650000000

python3 bench/convert.py "$REF" "$tmp/ref.json"
python3 bench/convert.py "$REF" "$tmp/stress.json" --pages 500

median() { sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.1f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# run CMD...: prints "wall_ms cpu_ms rss_kb" of one process
run() {
	/usr/bin/time -f '%e %U %S %M' -o "$tmp/t" "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
	awk '{ printf "%.1f %.1f %d\n", $1 * 1000, ($2 + $3) * 1000, $4 }' "$tmp/t"
}
# better resolution than /usr/bin/time's 10 ms for short runs; bash's own
# clock, so no timing process is started around the command
wall_ms() {
	local t0 t1
	t0=$EPOCHREALTIME; "$@" >/dev/null 2>&1; t1=$EPOCHREALTIME
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f\n", (b - a) * 1000 }'
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)   cpus: $(nproc)"
$VG render -q -o "$tmp/ref.pdf" "$tmp/ref.json" 2>/dev/null # warm-up
walls=(); cpus=(); rss=0
for i in $(seq 1 "$RUNS"); do
	walls+=("$(wall_ms $VG render -q -o "$tmp/ref.pdf" "$tmp/ref.json")")
	read -r _ c r <<<"$(run $VG render -q -o "$tmp/ref.pdf" "$tmp/ref.json")"
	cpus+=("$c"); ((r > rss)) && rss=$r
done
pages=$(pdfinfo "$tmp/ref.pdf" | awk '/^Pages:/ {print $2}')
size=$(stat -c %s "$tmp/ref.pdf")
printf '%-22s %s\n' "reference report:" "$pages pages, $size bytes PDF"
printf '%-22s %s ms wall (median of %d), %s ms CPU, %.1f MB max RSS\n' "single process:" \
	"$(printf '%s\n' "${walls[@]}" | median)" "$RUNS" "$(printf '%s\n' "${cpus[@]}" | median)" "$(awk -v r=$rss 'BEGIN{print r/1024}')"

mkdir -p "$tmp/batch" "$tmp/out"
for i in $(seq 1 "$BATCH"); do cp "$tmp/ref.json" "$tmp/batch/r$i.json"; done
read -r w c r <<<"$(run $VG render -q -o "$tmp/out" "$tmp/batch")"
printf '%-22s %.1f ms/report (%d reports, %.0f ms wall), %.0f pages/s, %.1f MB max RSS\n' "warm batch:" \
	"$(awk -v w="$w" -v n="$BATCH" 'BEGIN{print w/n}')" "$BATCH" "$w" \
	"$(awk -v w="$w" -v n="$BATCH" -v p="$pages" 'BEGIN{print n*p/(w/1000)}')" "$(awk -v r=$r 'BEGIN{print r/1024}')"

for n in $SCALE; do
	rm -rf "$tmp/scale" "$tmp/sout"; mkdir -p "$tmp/scale" "$tmp/sout"
	for i in $(seq 1 "$n"); do ln -s "$tmp/ref.json" "$tmp/scale/r$i.json"; done
	read -r w c r <<<"$(run $VG render -q -j 2 -o "$tmp/sout" "$tmp/scale")"
	printf '%-22s %7.2f s wall, %5.1f ms/report, %.1f MB max RSS per process\n' "scale $n, -j 2:" \
		"$(awk -v w="$w" 'BEGIN{print w/1000}')" "$(awk -v w="$w" -v n="$n" 'BEGIN{print w/n}')" "$(awk -v r=$r 'BEGIN{print r/1024}')"
done

read -r w c r <<<"$(run $VG render -q -o "$tmp/stress.pdf" "$tmp/stress.json")"
printf '%-22s %s pages in %.2f s, %.1f MB max RSS, %s bytes PDF\n' "stress report:" \
	"$(pdfinfo "$tmp/stress.pdf" | awk '/^Pages:/ {print $2}')" "$(awk -v w="$w" 'BEGIN{print w/1000}')" \
	"$(awk -v r=$r 'BEGIN{print r/1024}')" "$(stat -c %s "$tmp/stress.pdf")"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
