#!/bin/sh
# The annual report (voortgang jaar): its text (-T tekst) and diagnostics
# with the exit status compared with tests/jaar/NAME.expected.txt and
# NAME.expected.err, for the four sample quarters, a missing quarter, and
# inputs that do not make one year (another opgave, another year, a quarter
# twice, a period that is not a quarter, another budget unit), each of which
# must write nothing; then the PDF (sound, named after the inputs, the same
# bytes twice) and the command line. REGEN=1 rewrites the expected files.
set -u
VG=${VG:-./voortgang}
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1650000000
ok() { if [ "$1" = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "jaar: $2"; fi; }

MS=data/meedoen-schuldenvrij-2022
golden() { # name, arguments
	name=$1; shift
	exp=tests/jaar/$name
	mkdir -p "$tmp/out-$name"
	$VG jaar -q -T tekst -o - "$@" >"$tmp/out.txt" 2>"$tmp/out.err"
	echo "exit $?" >>"$tmp/out.err"
	if [ "${REGEN:-0}" = 1 ]; then
		cp "$tmp/out.txt" "$exp.expected.txt"
		cp "$tmp/out.err" "$exp.expected.err"
		return
	fi
	for kind in txt err; do
		if [ ! -f "$exp.expected.$kind" ]; then
			ok 0 "$name: $exp.expected.$kind ontbreekt (make regen)"
		elif diff -u "$exp.expected.$kind" "$tmp/out.$kind" >"$tmp/diff"; then
			ok 1 ""
		else
			ok 0 "$name: uitvoer ($kind) wijkt af:"; head -n 40 "$tmp/diff"
		fi
	done
	# an input with an error writes nothing, not even with -o MAP
	if ! grep -q '^exit 0$' "$tmp/out.err"; then
		$VG jaar -q -o "$tmp/out-$name" "$@" 2>/dev/null
		ok $(($(ls -A "$tmp/out-$name" | wc -l) == 0)) "$name: fout in de invoer, maar toch iets geschreven"
	fi
}

golden volledig --jaar 2022 ${MS}q1.json ${MS}q2.json ${MS}q3.json ${MS}q4.json
golden zonder-q2 --jaar 2022 ${MS}q4.json ${MS}q1.json ${MS}q3.json
golden gemengd --jaar 2022 ${MS}q1.json data/kansrijke-start-2022q1.json
golden ander-jaar --jaar 2022 ${MS}q1.json ${MS}q2.json ${MS}q3.json tests/jaar/ms-2021q4.json
golden dubbel --jaar 2022 ${MS}q1.json ${MS}q2.json tests/jaar/ms-2022q2-kopie.json ${MS}q3.json ${MS}q4.json
golden geen-kwartaal --jaar 2022 ${MS}q1.json tests/jaar/ms-2022.json
golden tegenstrijdig --jaar 2022 ${MS}q1.json ${MS}q2.json tests/jaar/ms-2022q3-tegenstrijdig.json ${MS}q4.json
golden eenheid --jaar 2022 ${MS}q1.json ${MS}q2.json tests/jaar/ms-2022q3-euro.json ${MS}q4.json
golden verkeerd-jaar --jaar 2023 ${MS}q1.json
golden minimaal --jaar 2023 tests/jaar/minimaal
golden kapot --jaar 2022 ${MS}q1.json tests/bad/afgekapt.json
[ "${REGEN:-0}" = 1 ] && { echo "jaar: verwachte uitvoer opnieuw geschreven"; exit 0; }

# the PDF: named after the first input without its quarter, sound, archival, the same bytes twice
mkdir "$tmp/pdf"
$VG jaar --jaar 2022 -q -o "$tmp/pdf" ${MS}q1.json ${MS}q2.json ${MS}q3.json ${MS}q4.json 2>"$tmp/err"; r=$?
pdf=$tmp/pdf/meedoen-schuldenvrij-2022.pdf
ok $((r == 0)) "jaarrapportage: status $r: $(cat "$tmp/err")"
[ -f "$pdf" ] && qpdf --check "$pdf" >/dev/null 2>&1; ok $(($? == 0)) "$pdf ontbreekt of is beschadigd"
[ "$(pdfinfo -enc UTF-8 "$pdf" 2>/dev/null | sed -n 's/^Title: *//p')" = "Jaarrapportage Meedoen en Schuldenvrij 2022" ]
ok $(($? == 0)) "titel in de documentinformatie klopt niet"
pdftotext -enc UTF-8 "$pdf" "$tmp/text" 2>/dev/null
for heading in "Gedeelde waarden zijn het startpunt" "Kaders en randvoorwaarden zijn scherp" \
	"Data en informatie brengt de beweging in kaart" "Leren en verbeteren via interactie en dialoog" \
	"Ongelijk investeren voor gelijke kansen" "Wat veranderde per kwartaal" "Colofon"; do
	grep -q "$heading" "$tmp/text"; ok $(($? == 0)) "kop ontbreekt in de PDF: $heading"
done
grep -q "pdfaid:part" "$pdf" || qpdf --qdf --object-streams=disable "$pdf" "$tmp/qdf.pdf" 2>/dev/null
grep -aq "pdfaid:part" "$pdf" "$tmp/qdf.pdf" 2>/dev/null; ok $(($? == 0)) "de jaarrapportage is geen archiefversie (PDF/A)"
$VG jaar --jaar 2022 -q -o "$tmp/again.pdf" ${MS}q4.json ${MS}q3.json ${MS}q2.json ${MS}q1.json 2>/dev/null
cmp -s "$pdf" "$tmp/again.pdf"; ok $(($? == 0)) "twee keer maken (invoer in andere volgorde) geeft niet dezelfde bytes"
# an input name without a quarter: the opgave's name
mkdir "$tmp/min"
$VG jaar --jaar 2023 -q -o "$tmp/min" tests/jaar/minimaal 2>/dev/null
[ -f "$tmp/min/testopgave-2023.pdf" ]; ok $(($? == 0)) "minimaal: verwacht testopgave-2023.pdf, gevonden: $(ls "$tmp/min")"

# the command line
$VG jaar ${MS}q1.json 2>/dev/null; r=$?
ok $((r == 2)) "zonder --jaar: status $r, verwacht 2"
$VG jaar --jaar 22 ${MS}q1.json 2>/dev/null; r=$?
ok $((r == 2)) "--jaar 22: status $r, verwacht 2"
$VG jaar --jaar 2022 2>/dev/null; r=$?
ok $((r == 2)) "zonder invoer: status $r, verwacht 2"
$VG jaar --jaar 2022 -T html ${MS}q1.json 2>/dev/null; r=$?
ok $((r == 2)) "-T html: status $r, verwacht 2"
$VG jaar --help | grep -q "^gebruik: voortgang jaar"; ok $(($? == 0)) "jaar --help toont geen gebruik"

echo "jaar: $pass passed, $fail failed"
[ $fail = 0 ]
