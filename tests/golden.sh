#!/bin/sh
# Golden regression tests: every tests/cases/NAME.json and every sample in
# data/ is rendered with the text device; its text and its diagnostics (with
# the exit status) must equal NAME.expected.txt and NAME.expected.err.
# NAME.args, when present, holds extra options (e.g. -t for a template).
# REGEN=1 rewrites the expected files on purpose (`make regen`).
set -u
VG=${VG:-./voortgang}
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1650000000

for input in tests/cases/*.json data/*.json; do
	name=$(basename "$input" .json)
	exp=tests/cases/$name
	args=
	[ -f "$exp.args" ] && args=$(cat "$exp.args")
	# shellcheck disable=SC2086 # args are words on purpose
	$VG render -q -T tekst -o - $args "$input" >"$tmp/out.txt" 2>"$tmp/out.err"
	echo "exit $?" >>"$tmp/out.err"
	if [ "${REGEN:-0}" = 1 ]; then
		cp "$tmp/out.txt" "$exp.expected.txt"
		cp "$tmp/out.err" "$exp.expected.err"
		continue
	fi
	ok=1
	for kind in txt err; do
		if [ ! -f "$exp.expected.$kind" ]; then
			echo "golden: $name: $exp.expected.$kind ontbreekt (make regen)"
			ok=0
		elif ! diff -u "$exp.expected.$kind" "$tmp/out.$kind" >"$tmp/diff"; then
			echo "golden: $name: uitvoer ($kind) wijkt af:"
			head -n 40 "$tmp/diff"
			ok=0
		fi
	done
	if [ $ok = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
# the samples that council letters and summaries are made from, in those templates too
for t in raadsbrief samenvatting; do
	name=meedoen-schuldenvrij-2022q4-$t
	exp=tests/cases/$name
	$VG render -q -T tekst -o - -t $t data/meedoen-schuldenvrij-2022q4.json >"$tmp/out.txt" 2>"$tmp/out.err"
	echo "exit $?" >>"$tmp/out.err"
	if [ "${REGEN:-0}" = 1 ]; then
		cp "$tmp/out.txt" "$exp.expected.txt"
		cp "$tmp/out.err" "$exp.expected.err"
		continue
	fi
	if diff -u "$exp.expected.txt" "$tmp/out.txt" >"$tmp/diff" 2>&1 && diff -u "$exp.expected.err" "$tmp/out.err" >>"$tmp/diff" 2>&1; then
		pass=$((pass + 1))
	else
		echo "golden: $name: uitvoer wijkt af:"; head -n 40 "$tmp/diff"; fail=$((fail + 1))
	fi
done
[ "${REGEN:-0}" = 1 ] && { echo "golden: verwachte uitvoer opnieuw geschreven"; exit 0; }
# NAME.same names another case whose text must be the same: one content
# given in two forms (a Word file and its Markdown, a workbook and its JSON)
for same in tests/cases/*.same; do
	[ -f "$same" ] || continue
	name=$(basename "$same" .same)
	other=$(cat "$same")
	if cmp -s "tests/cases/$name.expected.txt" "tests/cases/$other.expected.txt"; then pass=$((pass + 1)); else
		echo "golden: $name: tekst wijkt af van $other, terwijl de inhoud dezelfde is:"
		diff -u "tests/cases/$other.expected.txt" "tests/cases/$name.expected.txt" | head -n 20
		fail=$((fail + 1))
	fi
done
# the message first: every sample as raadsbrief and samenvatting opens with its kernboodschap, or
# with the lead made from the statuses, said to be generated (before the quadrants, key figures and money)
for input in data/*.json; do
	for t in raadsbrief raadsbrief-neutraal samenvatting samenvatting-neutraal; do
		$VG render -q -T tekst -o - -t $t "$input" 2>/dev/null >"$tmp/msg.txt"
		first=$(grep -n -m1 '^• ' "$tmp/msg.txt" | cut -d: -f1)
		quad=$(grep -n -m1 'Kwadrant ' "$tmp/msg.txt" | cut -d: -f1)
		if [ -n "$first" ] && [ -n "$quad" ] && [ "$first" -lt "$quad" ] &&
			{ grep -q '"kernboodschap"' "$input" || grep -q '^Samengesteld uit de stand van de indicatoren' "$tmp/msg.txt"; }; then
			pass=$((pass + 1))
		else
			echo "golden: $input als $t opent niet met de kernboodschap (of een gemarkeerde samengestelde tekst)"
			fail=$((fail + 1))
		fi
	done
done
# expected files must not depend on where the repository is checked out
if grep -rlF "$PWD" tests/cases tests/bad; then
	echo "golden: bovenstaande verwachte bestanden bevatten het absolute pad $PWD"
	fail=$((fail + 1))
fi
echo "golden: $pass passed, $fail failed"
[ $fail = 0 ]
