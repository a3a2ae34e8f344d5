#!/bin/sh
# Archive mode: every sample report (and the annual report, when the
# command exists) rendered with --archief must be valid PDF/A-1b for
# Apache PDFBox Preflight; the same inputs and SOURCE_DATE_EPOCH give the
# same bytes, another date gives another /ID; provenance is in the file.
set -u
VG=${VG:-./voortgang}
case $VG in /*) ;; *) VG=$PWD/$VG ;; esac
J=/usr/share/java
CP=$J/preflight.jar:$J/pdfbox2.jar:$J/fontbox2.jar:$J/xmpbox.jar:$J/commons-logging.jar:$J/javax.activation.jar:$J/jaxb-api.jar
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1650000000

ok() { if [ "$1" = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "archive: $2"; fi; }

# --- every template over the samples, in archive mode
for t in voortgangsrapportage voortgangsrapportage-neutraal raadsbrief samenvatting; do
	mkdir -p "$tmp/$t"
	$VG render -q --archief -t "$t" -o "$tmp/$t" data/*.json tests/cases/grafieken.json 2>"$tmp/err" ||
		{ ok 0 "$t: renderen mislukt"; cat "$tmp/err"; }
done
if $VG jaar --help >/dev/null 2>&1; then
	mkdir -p "$tmp/jaar"
	$VG jaar -q --jaar 2022 -o "$tmp/jaar" data/meedoen-schuldenvrij-2022q*.json 2>"$tmp/err" ||
		{ ok 0 "jaar: renderen mislukt"; cat "$tmp/err"; }
fi
find "$tmp" -name '*.pdf' | sort >"$tmp/list"
n=$(wc -l <"$tmp/list")
java -cp "$CP" org.apache.pdfbox.preflight.Validator_A1b xml group "$tmp/list" >/dev/null 2>"$tmp/java.err"
if [ ! -s "$tmp/list.preflight.xml" ]; then
	ok 0 "Preflight gaf geen uitslag (java of libpdfbox2-java ontbreekt?)"; cat "$tmp/java.err"
else
	valid=$(grep -c '<isValid type="PDF/A1-b">true</isValid>' "$tmp/list.preflight.xml")
	if [ "$valid" = "$n" ] && [ "$n" -gt 0 ]; then ok 1 ""; else
		ok 0 "Preflight: $valid van $n bestanden geldig PDF/A-1b:"
		grep -E '<preflight name|<details>' "$tmp/list.preflight.xml" | sort | uniq -c | sort -rn | head -n 30
	fi
fi

# --- determinism: twice the same bytes; another date, another /ID
f=data/meedoen-schuldenvrij-2022q1.json
$VG render -q --archief -o "$tmp/a.pdf" "$f" && $VG render -q --archief -o "$tmp/b.pdf" "$f"
if cmp -s "$tmp/a.pdf" "$tmp/b.pdf"; then ok 1 ""; else ok 0 "twee keer renderen geeft verschillende bytes"; fi
$VG render -q -o "$tmp/p1.pdf" "$f" && $VG render -q -o "$tmp/p2.pdf" "$f"
if cmp -s "$tmp/p1.pdf" "$tmp/p2.pdf"; then ok 1 ""; else ok 0 "zonder --archief: verschillende bytes"; fi
SOURCE_DATE_EPOCH=1700000000 $VG render -q --archief -o "$tmp/c.pdf" "$f"
id() { qpdf --show-object=trailer "$1" | sed -n 's/.*\/ID \[ <\([0-9a-f]*\)>.*/\1/p'; }
ida=$(id "$tmp/a.pdf"); idc=$(id "$tmp/c.pdf")
if [ -n "$ida" ] && [ "$ida" != "$idc" ] && [ "$ida" != 00000000000000000000000000000000 ]; then ok 1 ""; else
	ok 0 "/ID hangt niet van de inhoud af ($ida, $idc)"; fi

# --- provenance: every input with its SHA-256 in the XMP packet
for src in "$f" data/teksten/meedoen-schuldenvrij/*.md; do
	grep -q "\"${src#data/}\"" "$f" || [ "$src" = "$f" ] || continue
	sum=$(sha256sum "$src" | cut -d' ' -f1)
	if grep -aq "<rdf:li>$sum  " "$tmp/a.pdf"; then ok 1 ""; else ok 0 "herkomst mist $src"; fi
done

# --- the colophon prints the same digests
pdftotext "$tmp/a.pdf" "$tmp/a.txt"
sum=$(sha256sum "$f" | cut -c1-8)
if grep -q "^Colofon" "$tmp/a.txt" && grep -q "$sum" "$tmp/a.txt"; then ok 1 ""; else ok 0 "colofon ontbreekt of mist $f"; fi
if pdftotext "$tmp/p1.pdf" - | grep -q "^Colofon"; then ok 0 "colofon zonder --archief"; else ok 1 ""; fi

# --- verifieer: the recorded paths, a changed file, a stranger, a non-PDF, part of the inputs
vf() { # expected status, expected text, args...
	want=$1 text=$2; shift 2
	$VG verifieer "$@" >"$tmp/v.out" 2>&1; got=$?
	if [ "$got" = "$want" ] && grep -q -- "$text" "$tmp/v.out"; then ok 1 ""; else
		ok 0 "verifieer $*: status $got (verwacht $want), tekst \"$text\" niet gevonden:"; cat "$tmp/v.out"; fi
}
vf 0 "precies deze bestanden" "$tmp/a.pdf"
vf 0 "precies deze bestanden" "$tmp/p1.pdf"
cp data/teksten/meedoen-schuldenvrij/kaders.md "$tmp/kaders.md"; echo "Een extra zin." >>"$tmp/kaders.md"
vf 1 "GEWIJZIGD.*kaders.md" "$tmp/a.pdf" "$f" "$tmp/kaders.md"
vf 1 "NIET GEBRUIKT.*inburgering" "$tmp/a.pdf" data/inburgering-2022q1.json
vf 0 "niet opgegeven.*samenvatting.md" "$tmp/a.pdf" "$f"
vf 1 "geen PDF-bestand" README.md
head -c 2000 "$tmp/a.pdf" >"$tmp/kapot.pdf"
vf 1 "geen (leesbare) herkomstgegevens" "$tmp/kapot.pdf"
vf 1 "een map, geen bestand" "$tmp/a.pdf" data
vf 1 "NIET uit deze bestanden gemaakt: 1 bestand wijkt af" "$tmp/a.pdf" "$tmp/kaders.md"
(cd "$tmp" && $VG verifieer a.pdf >v2.out 2>&1; echo "exit $?" >>v2.out)
if grep -q "niet worden gelezen en dus niet gecontroleerd" "$tmp/v2.out" && ! grep -q "niet opgegeven" "$tmp/v2.out" && grep -q "exit 1" "$tmp/v2.out"; then ok 1 ""; else ok 0 "verifieer buiten de map:"; cat "$tmp/v2.out"; fi
vf 1 "kan het rapport niet openen" "$tmp/bestaat-niet.pdf"

echo "archive: $pass passed, $fail failed"
[ "$fail" = 0 ]
