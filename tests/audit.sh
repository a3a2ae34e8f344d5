#!/bin/sh
# The audit: its findings over the sample opgaven and over a corpus made to
# make every rule both pass and fail (text output, compared with the
# expected lines), the whole document as page text (-T tekst) with and
# without the review file of seed 004, a review file with parts still to
# write, a review file with errors (its diagnostics, nothing written), the
# rule table in docs/audit-rules.md equal to what the program prints, the
# PDF sound, and unreadable input refused with nothing written. REGEN=1
# rewrites the expected files.
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

Q1="data/gelijke-kansen-onderwijs-2022q1.json data/inburgering-2022q1.json data/kansrijke-start-2022q1.json
	data/meedoen-schuldenvrij-2022q1.json"
golden vgk $Q1
golden vgk-onderzoek --onderzoek data/onderzoek/vgk-2022.json $Q1
golden onderzoek-deels --onderzoek tests/audit/onderzoek-deels.json data/inburgering-2022q1.json

pages() { # name, inputs...: the document's page text and the diagnostics
	name=$1; shift
	$VG audit -q -T tekst -o - "$@" >"$tmp/$name.txt" 2>"$tmp/$name.err"; echo "exit $?" >>"$tmp/$name.err"
	if [ "${REGEN:-0}" = 1 ]; then
		cp "$tmp/$name.txt" "tests/audit/$name.expected.txt"; cp "$tmp/$name.err" "tests/audit/$name.expected.err"; return
	fi
	if diff -u "tests/audit/$name.expected.txt" "$tmp/$name.txt" >"$tmp/diff" &&
		diff -u "tests/audit/$name.expected.err" "$tmp/$name.err" >>"$tmp/diff"; then ok 1 ""; else
		ok 0 "$name: paginatekst of meldingen wijken af:"; head -n 20 "$tmp/diff"; fi
}
pages vgk-onderzoek --onderzoek data/onderzoek/vgk-2022.json $Q1
pages vgk-bewijs $Q1
pages onderzoek-fout --onderzoek tests/audit/onderzoek-fout.json data/inburgering-2022q1.json

# the review's chapters follow seed 004: summary, questions, evidence, conclusions, recommendations, response
order=$(grep '^# [0-9]' "$tmp/vgk-onderzoek.txt" | sed 's/^# [0-9]*//; s/^[^A-Za-z]*//' | grep -v '^Opgave ' | tr '\n' '|')
[ "$order" = "Samenvatting|Onderzoeksvragen|Integraal beeld|Conclusies|Aanbevelingen|Bestuurlijke reactie|Bijlage: herkomst van de cijfers|Bijlage: de toegepaste regels|" ]
ok $(($? == 0)) "hoofdstukken van het onderzoek niet in de volgorde van seed 004: $order"
# without a review, the audit says what the auditor still has to write, and invents none of it
grep -q '^# 2.*Nog te schrijven door de auditor$' "$tmp/vgk-bewijs.txt" && ! grep -q '^# [0-9].*Conclusies$' "$tmp/vgk-bewijs.txt"
ok $(($? == 0)) "zonder onderzoeksbestand: geen hoofdstuk 'Nog te schrijven', of toch conclusies"
# every table note's Herkomst label is in the appendix
for h in $(grep -o 'Herkomst: H[0-9]*' "$tmp/vgk-onderzoek.txt" | sed 's/.* //' | sort -u); do
	grep -q "^$h " "$tmp/vgk-onderzoek.txt"; ok $(($? == 0)) "herkomst $h staat niet in de bijlage"
done
# one line per finding: six tab-separated fields on every line that is not a comment
bad=$(grep -v '^#' "$tmp/vgk-onderzoek.tsv" | grep -v '^exit ' | awk -F '\t' 'NF != 6' | wc -l)
ok $((bad == 0)) "audit --tekst: $bad regels zonder precies zes velden"
golden regels tests/cases/minimaal.json tests/cases/geen-ongelijk-investeren.json tests/cases/totaal-wijkt-af.json \
	tests/cases/grafieken.json tests/cases/kosten-per-eenheid.json tests/audit/leeg.json

# every rule fires somewhere and stays silent somewhere
for id in $($VG audit --regels | sed -n 's/^| \([A-Z][0-9]\) .*/\1/p'); do
	yes=$(cat "$tmp"/*.tsv | awk -F '\t' -v id="$id" '$2 == id && $4 == "voldoet"' | wc -l)
	no=$(cat "$tmp"/*.tsv | awk -F '\t' -v id="$id" '$2 == id && ($4 == "deels" || $4 == "ontbreekt")' | wc -l)
	[ "$yes" -gt 0 ] && [ "$no" -gt 0 ]; r=$?
	ok $((r == 0)) "regel $id: voldoet $yes keer, faalt $no keer; elke regel moet beide laten zien"
done

# cost per unit: the Q4 sample's figure, the same in the report and in the audit (one definition, money.h)
q4=data/meedoen-schuldenvrij-2022q4.json
a=$($VG audit -q -T tekst -o - $q4 2>/dev/null | grep 'signalen 8.000 8.210 ')
r=$($VG render -q -T tekst -o - $q4 2>/dev/null | grep 'signalen 8.000 8.210 ')
[ -n "$a" ] && [ "$a" = "$r" ] && case $a in *'65,90') true ;; *) false ;; esac
ok $(($? == 0)) "kosten per eenheid in audit ($a) en rapport ($r) niet gelijk, of niet € 65,90"

# the review files against docs/schema/onderzoek.schema.json, where python3 has jsonschema
if python3 -c 'import jsonschema' 2>/dev/null; then
	for f in data/onderzoek/vgk-2022.json tests/audit/onderzoek-deels.json; do
		python3 -c 'import json, sys, jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))' \
			"$f" docs/schema/onderzoek.schema.json 2>/dev/null; ok $(($? == 0)) "$f volgt docs/schema/onderzoek.schema.json niet"
	done
	python3 -c 'import json, sys, jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))' \
		tests/audit/onderzoek-fout.json docs/schema/onderzoek.schema.json 2>/dev/null; ok $(($? != 0)) "het schema keurt onderzoek-fout.json goed"
fi

$VG audit --regels >"$tmp/rules.md"
sed -n '/^| regel /,$p' docs/audit-rules.md | cmp -s - "$tmp/rules.md"; ok $(($? == 0)) "docs/audit-rules.md volgt 'voortgang audit --regels' niet"

$VG audit -q -o "$tmp/audit.pdf" data/*.json 2>"$tmp/err"; r=$?
[ $r = 0 ] && qpdf --check "$tmp/audit.pdf" >/dev/null 2>&1; ok $(($? == 0)) "audit-PDF niet geschreven of beschadigd: $(cat "$tmp/err")"

$VG audit -q -o "$tmp/onderzoek.pdf" --onderzoek data/onderzoek/vgk-2022.json $Q1 2>"$tmp/err"; r=$?
[ $r = 0 ] && qpdf --check "$tmp/onderzoek.pdf" >/dev/null 2>&1; ok $(($? == 0)) "audit-PDF met onderzoek niet geschreven of beschadigd: $(cat "$tmp/err")"
# the audit records the files it was made from: verifieer knows the reports and the review file
$VG verifieer "$tmp/onderzoek.pdf" $Q1 data/onderzoek/vgk-2022.json 2>/dev/null >"$tmp/verify"
[ "$(grep -c '^  klopt ' "$tmp/verify")" = 5 ]; ok $(($? == 0)) "verifieer kent de bestanden van de audit niet: $(head -n 3 "$tmp/verify")"

mkdir "$tmp/out"
$VG audit -q -o "$tmp/out/a.pdf" data/inburgering-2022q1.json tests/bad/afgekapt.json 2>/dev/null; r=$?
[ $r = 1 ] && [ -z "$(ls -A "$tmp/out")" ]; ok $(($? == 0)) "onleesbare invoer: status $r, of toch iets geschreven"
$VG audit -q -o "$tmp/out/b.pdf" --onderzoek tests/audit/onderzoek-fout.json data/inburgering-2022q1.json 2>/dev/null; r=$?
[ $r = 1 ] && [ -z "$(ls -A "$tmp/out")" ]; ok $(($? == 0)) "onderzoeksbestand met fouten: status $r, of toch iets geschreven"

echo "audit: $pass passed, $fail failed"
[ $fail = 0 ]
