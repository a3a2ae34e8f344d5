#!/bin/sh
# Checks every sample PDF as a reader's tools see it: qpdf finds no damage,
# every font is embedded, poppler extracts the text without a warning, the
# quadrant headings and the mandatory paragraph are there, document info and
# /Lang are set, rendering twice gives the same bytes, charts are vector
# paths (no image at all in the PDF), and --grafieken writes a valid PNG
# and SVG for every "Figuur"; the samenvatting is exactly one page.
set -u
VG=${VG:-./voortgang}
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1650000000

check() { # name, condition description; reads $ok
	if [ "$ok" = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "pdfcheck: $1: $2"; fi
}

for input in "$@"; do
	name=$(basename "$input" .json)
	pdf=$tmp/$name.pdf
	if ! $VG render -q -o "$pdf" "$input" 2>"$tmp/err"; then
		ok=0; check "$name" "render mislukt: $(cat "$tmp/err")"; continue
	fi
	ok=1; qpdf --check "$pdf" >"$tmp/qpdf" 2>&1 || ok=0
	grep -qi warning "$tmp/qpdf" && ok=0
	check "$name" "qpdf --check: $(tail -n 3 "$tmp/qpdf")"
	ok=1; pdffonts "$pdf" | awk 'NR>2 && $(NF-4) != "yes" {bad=1} END {exit bad}' || ok=0
	check "$name" "niet alle lettertypen zijn ingebed"
	ok=1; pdftotext -enc UTF-8 "$pdf" "$tmp/text" 2>"$tmp/poppler" || ok=0
	[ -s "$tmp/poppler" ] && ok=0
	check "$name" "pdftotext waarschuwt: $(head -n 3 "$tmp/poppler")"
	for heading in "Gedeelde waarden zijn het startpunt" \
		"Kaders en randvoorwaarden zijn scherp geformuleerd" \
		"Data en informatie brengt de beweging in kaart" \
		"Leren en verbeteren via interactie en dialoog" \
		"Ongelijk investeren voor gelijke kansen"; do
		ok=1; grep -q "$heading" "$tmp/text" || ok=0
		check "$name" "kop ontbreekt in de tekst: $heading"
	done
	ok=1; want=$($VG dump "$input" 2>/dev/null | sed -n '1s/^rapport: //p')
	got=$(pdfinfo -enc UTF-8 "$pdf" | sed -n 's/^Title: *//p')
	[ -n "$want" ] && [ "$want" = "$got" ] || ok=0
	check "$name" "titel in de documentinformatie is \"$got\", verwacht \"$want\""
	ok=1; pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}'); grep -q "pagina $pages van $pages" "$tmp/text" || ok=0
	check "$name" "voettekst 'pagina N van M' ontbreekt op de laatste pagina"
	ok=1; root=$(qpdf --show-object=trailer "$pdf" | sed -n 's/.*\/Root \([0-9]*\) \([0-9]*\) R.*/\1,\2/p')
	qpdf --show-object="$root" "$pdf" | grep -q '/Lang (nl-NL)' || ok=0
	check "$name" "catalogus heeft geen /Lang (nl-NL)"
	ok=1; $VG render -q -o "$tmp/again.pdf" "$input" 2>/dev/null && cmp -s "$pdf" "$tmp/again.pdf" || ok=0
	check "$name" "twee keer renderen geeft niet dezelfde bytes"
	figures=$(grep -c '^Figuur [0-9]' "$tmp/text")
	ok=1; [ "$(pdfimages -list "$pdf" 2>/dev/null | tail -n +3 | wc -l)" = 0 ] || ok=0
	check "$name" "de PDF bevat afbeeldingen; grafieken horen vectorpaden te zijn"
	if [ "$figures" -gt 0 ]; then
		ok=1; qpdf --qdf --object-streams=disable "$pdf" "$tmp/qdf.pdf" 2>/dev/null
		[ "$(grep -ac ' c$' "$tmp/qdf.pdf")" -ge "$figures" ] || ok=0
		check "$name" "$figures figuren, maar te weinig vectorpaden (Bézierkrommen) in de paginainhoud"
	fi
	rm -rf "$tmp/g"
	ok=1; $VG render -q -o "$tmp/g.pdf" --grafieken "$tmp/g" --dpi 96 "$input" 2>"$tmp/err" || ok=0
	[ "$(ls "$tmp/g" 2>/dev/null | grep -c '\.png$')" = "$figures" ] || ok=0
	[ "$(ls "$tmp/g" 2>/dev/null | grep -c '\.svg$')" = "$figures" ] || ok=0
	for f in "$tmp"/g/*.png; do [ -e "$f" ] || continue
		[ "$(head -c 8 "$f" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || ok=0; done
	for f in "$tmp"/g/*.svg; do [ -e "$f" ] || continue; xmllint --noout "$f" 2>/dev/null || ok=0; done
	check "$name" "--grafieken schrijft niet voor elk van de $figures figuren een geldige PNG en SVG"
	for t in samenvatting samenvatting-neutraal; do
		ok=1; $VG render -q -t $t -o "$tmp/s.pdf" "$input" 2>/dev/null || ok=0
		[ "$(pdfinfo "$tmp/s.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')" = 1 ] || ok=0
		check "$name" "de $t is niet precies één pagina"
	done
done
echo "pdfcheck: $pass passed, $fail failed"
[ $fail = 0 ]
