#!/usr/bin/env bash
# Runs our benchmark (bench/bench.sh) and the peers' (../shared/bench/peers/bench.sh)
# one after the other, shows both outputs as they come, then prints our figures next
# to each peer's with the ratio peer/ours, all from this one run:
#   single report: wall ms, CPU ms, max RSS (one process per report, medians)
#   batch:         ms/report and max RSS of one process rendering BATCH reports
#   the PDF:       pages and bytes
# A figure that a script did not print (or printed in a form not understood) shows
# as "-". Exits non-zero if either benchmark script failed, after the table.
# Environment: RUNS and BATCH go to both scripts; SCALE (default here: 10) to ours;
#   PEERS (default: weasyprint pdfmake typst) to the peers'; PEER_BENCH: their script.
# Usage: bash bench/compare.sh [REFERENCE.json]
set -euo pipefail
cd "$(dirname "$0")/.."
PEER_BENCH=${PEER_BENCH:-../shared/bench/peers/bench.sh}
export SCALE=${SCALE:-10}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ours_rc=0 peers_rc=0
echo "== voortgang: bench/bench.sh (SCALE=\"$SCALE\")"
bash bench/bench.sh "$@" | tee "$tmp/ours" || ours_rc=$?
echo
echo "== peers: $PEER_BENCH${PEERS:+ (PEERS=\"$PEERS\")}"
if [ -f "$PEER_BENCH" ]; then
	bash "$PEER_BENCH" "$@" | tee "$tmp/peers" || peers_rc=$?
else
	echo "compare.sh: $PEER_BENCH not found" >&2; peers_rc=1; : >"$tmp/peers"
fi
echo

awk -v want="${PEERS:-weasyprint pdfmake typst}" -v batch="${BATCH:-20}" '
function num(s) { return s ~ /^[0-9]+(\.[0-9]+)?$/ }
# the number just before UNIT in LINE ("48.4 ms wall" -> 48.4), or "-"
function before(line, unit,   s) {
	if (!match(line, "[0-9]+(\\.[0-9]+)? " unit)) return "-"
	s = substr(line, RSTART, RLENGTH); sub(/ .*/, "", s); return s
}
# the whitespace-separated words of S, with the column each ends at (OFF + position)
function words(s, off, w, e,   n, p) {
	n = 0; p = 0
	while (match(s, /[^ ]+/)) {
		n++; w[n] = substr(s, RSTART, RLENGTH); p += RSTART + RLENGTH - 1; e[n] = off + p
		s = substr(s, RSTART + RLENGTH)
	}
	return n
}
# one side of a peer row against the same side of the header: by position in the
# row if it has as many words as the header, else by the column a word ends at
# (the header and the rows share their printf widths; a word that is missing, as an
# empty ms/report, then leaves only its own column empty)
function side(s, off, hn, hw, he, pre, peer,   n, w, e, i, j) {
	n = words(s, off, w, e)
	for (i = 1; i <= n; i++) {
		if (n == hn) { val[peer, pre hw[i]] = w[i]; continue }
		for (j = 1; j <= hn; j++) if (e[i] == he[j]) val[peer, pre hw[j]] = w[i]
	}
}
FNR == 1 { file = FILENAME == ARGV[1] ? 1 : 2 }
# ours
file == 1 && /^reference report:/ { o["pages"] = before($0, "pages"); o["bytes"] = before($0, "bytes") }
file == 1 && /^single process:/ {
	o["wall"] = before($0, "ms wall"); o["cpu"] = before($0, "ms CPU"); o["rss"] = before($0, "MB max RSS")
}
file == 1 && /^warm batch:/ { o["bms"] = before($0, "ms\\/report"); o["brss"] = before($0, "MB max RSS") }
# the peers
file == 2 && $1 == "peer" && (bar = index($0, "|")) {
	hn1 = words(substr($0, 1, bar - 1), 0, hw1, he1)
	hn2 = words(substr($0, bar + 1), bar, hw2, he2)
	next
}
file == 2 && hn1 && (bar = index($0, "|")) && $1 !~ /:$/ {
	peer = $1
	if (!(peer in seen)) { seen[peer] = 1; order[++np] = peer }
	side(substr($0, 1, bar - 1), 0, hn1, hw1, he1, "", peer)
	val[peer, "peer"] = peer
	side(substr($0, bar + 1), bar, hn2, hw2, he2, "b:", peer)
}
function ms(s) { return num(s) ? s * 1000 : "-" }
function get(peer, k) { return ((peer, k) in val) ? val[peer, k] : "-" }
function fmt(v, f) { return num(v) ? sprintf(f, v) : "-" }
function ratio(p, q,   r) {
	if (!num(p) || !num(q) || q == 0) return "-"
	r = p / q
	return r >= 10 ? sprintf("%.0fx", r) : r >= 1 ? sprintf("%.1fx", r) : sprintf("%.2fx", r)
}
function row(peer, what, p, q, f) {
	printf "%-11s %-26s %11s %11s %9s\n", peer, what, fmt(p, f), fmt(q, f), ratio(p, q)
}
END {
	n = split(want, w, " ")
	for (i = 1; i <= n; i++) if (!(w[i] in seen)) { seen[w[i]] = 0; order[++np] = w[i] }
	print "voortgang vs peers (same run)"
	printf "%-11s %-26s %11s %11s %9s\n", "peer", "figure", "peer", "voortgang", "peer/ours"
	for (i = 1; i <= np; i++) {
		p = order[i]
		if (!seen[p]) printf "%-11s (no figures: the peer printed no row)\n", p
		row(p, "single report, wall ms", ms(get(p, "wall_s")), o["wall"], "%.1f")
		row(p, "single report, CPU ms", ms(get(p, "cpu_s")), o["cpu"], "%.1f")
		row(p, "single report, max RSS MB", get(p, "rss_MB"), o["rss"], "%.1f")
		row(p, "batch, ms/report", get(p, "b:ms/report"), o["bms"], "%.1f")
		row(p, "batch, max RSS MB", get(p, "b:rss_MB"), o["brss"], "%.1f")
		row(p, "PDF pages", get(p, "pages"), o["pages"], "%d")
		row(p, "PDF bytes", get(p, "pdf_bytes"), o["bytes"], "%d")
	}
	print "ratio = peer / ours: above 1x the peer takes more (time, memory, bytes)."
	print "batch: " batch " reports in one process; ours is the whole process wall / " batch \
		", the peers time the reports inside the process (their start-up excluded)."
}' "$tmp/ours" "$tmp/peers"

((ours_rc == 0)) || echo "compare.sh: bench/bench.sh failed (exit $ours_rc)" >&2
((peers_rc == 0)) || echo "compare.sh: $PEER_BENCH failed (exit $peers_rc)" >&2
exit $((ours_rc || peers_rc))
