#!/bin/sh
# The audit: its findings over the sample opgaven and over a corpus made to
# make every rule both pass and fail (text output, compared with the
# expected lines), the rule table in docs/audit-rules.md equal to what the
# program prints, the PDF sound, and unreadable input refused with nothing
# written. REGEN=1 rewrites the expected files.
set -u
VG=${VG:-./voortgang}
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { if [ "$1" = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "audit: $2"; fi; }

golden() { # name, inputs...
	name=$1; shift
	$VG audit --tekst "$@" >"$tmp/$name.tsv" 2>"$tmp/err"; echo "exit $?" >>"$tmp/$name.tsv"
	if [ "${REGEN:-0}" = 1 ]; then cp "$tmp/$name.tsv" "tests/audit/$name.expected.tsv"; return; fi
	if diff -u "tests/audit/$name.expected.tsv" "$tmp/$name.tsv" >"$tmp/diff"; then ok 1 ""; else
		ok 0 "$name: bevindingen wijken af:"; head -n 20 "$tmp/diff"; fi
}

golden vgk data/gelijke-kansen-onderwijs-2022q1.json data/inburgering-2022q1.json \
	data/kansrijke-start-2022q1.json data/meedoen-schuldenvrij-2022q1.json
golden regels tests/cases/minimaal.json tests/cases/geen-ongelijk-investeren.json tests/cases/totaal-wijkt-af.json \
	tests/cases/grafieken.json tests/cases/kosten-per-eenheid.json tests/audit/leeg.json

# every rule fires somewhere and stays silent somewhere
for id in $($VG audit --regels | sed -n 's/^| \([A-Z][0-9]\) .*/\1/p'); do
	yes=$(cat "$tmp"/*.tsv | awk -F '\t' -v id="$id" '$2 == id && $4 == "voldoet"' | wc -l)
	no=$(cat "$tmp"/*.tsv | awk -F '\t' -v id="$id" '$2 == id && ($4 == "deels" || $4 == "ontbreekt")' | wc -l)
	[ "$yes" -gt 0 ] && [ "$no" -gt 0 ]; r=$?
	ok $((r == 0)) "regel $id: voldoet $yes keer, faalt $no keer; elke regel moet beide laten zien"
done

$VG audit --regels >"$tmp/rules.md"
sed -n '/^| regel /,$p' docs/audit-rules.md | cmp -s - "$tmp/rules.md"; ok $(($? == 0)) "docs/audit-rules.md volgt 'voortgang audit --regels' niet"

$VG audit -q -o "$tmp/audit.pdf" data/*.json 2>"$tmp/err"; r=$?
[ $r = 0 ] && qpdf --check "$tmp/audit.pdf" >/dev/null 2>&1; ok $(($? == 0)) "audit-PDF niet geschreven of beschadigd: $(cat "$tmp/err")"

mkdir "$tmp/out"
$VG audit -q -o "$tmp/out/a.pdf" data/inburgering-2022q1.json tests/bad/afgekapt.json 2>/dev/null; r=$?
[ $r = 1 ] && [ -z "$(ls -A "$tmp/out")" ]; ok $(($? == 0)) "onleesbare invoer: status $r, of toch iets geschreven"

echo "audit: $pass passed, $fail failed"
[ $fail = 0 ]
