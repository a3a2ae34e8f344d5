#!/bin/sh
# Every golden case (text device), one PDF render and the audit with its
# review file (and one with errors) under valgrind: an
# invalid read or write, or a definitely lost block, fails the run.
set -u
VG=${VG:-./voortgang}
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
vg() {
	valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
		--show-leak-kinds=definite "$@" >/dev/null 2>"$tmp/vg"
	if [ $? = 99 ]; then
		fail=$((fail + 1)); echo "valgrind: $*:"; head -n 30 "$tmp/vg"
	else
		pass=$((pass + 1))
	fi
}
for input in tests/cases/*.json; do
	name=$(basename "$input" .json)
	args=
	[ -f "tests/cases/$name.args" ] && args=$(cat "tests/cases/$name.args")
	# shellcheck disable=SC2086
	vg $VG render -q -T tekst -o - $args "$input"
done
for input in tests/bad/word-*.json tests/bad/werkmap-*.json tests/bad/markdown-*.json; do # the Office readers' error paths
	vg $VG render -q -T tekst -o - "$input"
done
for input in tests/bad/sjabloon-*.json; do # template parsing and its error paths
	# shellcheck disable=SC2086
	vg $VG render -q -T tekst -o - $(cat "${input%.json}.args") "$input"
done
vg $VG render -q -o "$tmp/ms.pdf" data/meedoen-schuldenvrij-2022q1.json
vg $VG check data/kansrijke-start-2022q1.json
# the audit with the review file (PDF and page text), and a review file with errors (its error paths)
vg $VG audit -q --onderzoek data/onderzoek/vgk-2022.json -o "$tmp/audit.pdf" data/*-2022q1.json
vg $VG audit -q -T tekst -o - --onderzoek tests/audit/onderzoek-deels.json data/inburgering-2022q1.json
vg $VG audit -q --tekst --onderzoek tests/audit/onderzoek-fout.json data/inburgering-2022q1.json
echo "valgrind: $pass passed, $fail failed"
[ $fail = 0 ]
