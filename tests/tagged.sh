#!/bin/sh
# Tagged PDF: every sample report, in every template, and the audit have a
# structure tree (headings, paragraphs, lists, tables with header cells,
# figures with alt text, TOC), every text and painting operator inside
# marked content or an artifact (tests/tagcheck.awk), headings in reading
# order, and the catalog and XMP entries of PDF/UA.
set -u
VG=${VG:-./voortgang}
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1650000000

ok() { if [ "$1" = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "tagged: $2"; fi; }

for t in voortgangsrapportage raadsbrief samenvatting; do
	mkdir -p "$tmp/$t"
	$VG render -q -t "$t" -o "$tmp/$t" data/*.json tests/cases/grafieken.json tests/cases/dertig-jaren.json \
		tests/cases/csv-excel.json tests/cases/word.json tests/cases/markdown-gfm.json 2>/dev/null ||
		ok 0 "$t: renderen mislukt"
done
$VG audit -q -o "$tmp/audit.pdf" data/*.json 2>/dev/null || ok 0 "audit: renderen mislukt"

for f in $(find "$tmp" -name '*.pdf' | sort); do
	name=${f#"$tmp"/}
	qpdf --qdf --object-streams=disable "$f" "$tmp/q.pdf" 2>/dev/null
	if awk -f tests/tagcheck.awk "$tmp/q.pdf" >"$tmp/check" 2>&1; then ok 1 ""; else
		ok 0 "$name: inhoud buiten de structuur:"; head -n 5 "$tmp/check"; fi
	pdfinfo -struct-text "$f" >"$tmp/struct" 2>&1
	# the element kinds this kind of document must have
	case $name in
	voortgangsrapportage/grafieken.pdf) need="Document H1 H2 P Table THead TH TD Caption Figure" ;;
	voortgangsrapportage/dertig-jaren.pdf | voortgangsrapportage/csv-excel.pdf) need="Document H1 H2 P Table TH TD" ;;
	voortgangsrapportage/word.pdf | voortgangsrapportage/markdown-gfm.pdf) # a narrative's table is a real table
		need="Document H1 H2 H3 P L LI Lbl LBody Table THead TBody TH TD Link" ;;
	voortgangsrapportage/*) need="Document H1 H2 P L LI Lbl LBody Table THead TH TD Caption TOC TOCI Link Figure" ;;
	audit.pdf) need="Document H1 H2 P Table TH TD TOC TOCI Link" ;;
	*) need="Document P Table TD" ;;
	esac
	for s in $need; do
		if grep -q "^ *$s\\b" "$tmp/struct"; then ok 1 ""; else ok 0 "$name: geen $s in de structuur"; fi
	done
	# every Figure carries alt text
	nfig=$(grep -c '^  /S /Figure$' "$tmp/q.pdf")
	nalt=$(awk '/^[0-9]+ 0 obj$/ { alt = 0 } /^  \/Alt / { alt = 1 } /^  \/S \/Figure$/ && alt { n++ } END { print n + 0 }' "$tmp/q.pdf")
	if [ "$nfig" = "$nalt" ]; then ok 1 ""; else ok 0 "$name: $nalt van $nfig figuren hebben een /Alt"; fi
	# no empty elements (a repeated table header is an artifact, not a row)
	nempty=$(grep -c '/K \[\]' "$tmp/q.pdf")
	if [ "$nempty" = 0 ]; then ok 1 ""; else ok 0 "$name: $nempty lege structuurelementen"; fi
	# TH cells say what they head
	nth=$(grep -c '^  /S /TH$' "$tmp/q.pdf"); nscope=$(grep -c '/Scope /\(Column\|Row\)' "$tmp/q.pdf")
	if [ "$nth" = "$nscope" ]; then ok 1 ""; else ok 0 "$name: $nscope van $nth TH-cellen met /Scope"; fi
	# catalog and metadata of PDF/UA
	for want in '/Marked true' '/DisplayDocTitle true' '/Lang (nl-NL)' '/StructTreeRoot' '/Tabs /S' '/StructParents 0'; do
		if grep -aq "$want" "$tmp/q.pdf"; then ok 1 ""; else ok 0 "$name: $want ontbreekt"; fi
	done
	if grep -aq '<pdfuaid:part>1</pdfuaid:part>' "$f" && grep -aq '<dc:title>' "$f"; then ok 1 ""; else
		ok 0 "$name: XMP mist pdfuaid:part of dc:title"; fi
	# headings of the structure in the order the pages show them
	sed -n '/^ *H[1-3] (block)$/{n;s/^ *"\(.*\)"$/\1/p}' "$tmp/struct" | sed 's/\xe2\x80\x82/ /g' | head -n 40 >"$tmp/heads"
	pdftotext -layout "$f" - 2>/dev/null | tr -s ' ' >"$tmp/text"
	last=0 order=1
	while IFS= read -r h; do
		n=$(grep -nF -- "$(printf '%s' "$h" | cut -c1-30)" "$tmp/text" | awk -F: -v l="$last" '$1 > l { print $1; exit }')
		if [ -z "$n" ]; then order=0; echo "tagged: $name: kop \"$h\" niet na regel $last"; break; fi
		last=$n
	done <"$tmp/heads"
	ok "$order" "$name: koppen niet in leesvolgorde"
done

# words stay apart across lines, pages and links; link text is inside its Link
pdfinfo -struct-text "$tmp/voortgangsrapportage/inburgering-2022q1.pdf" >"$tmp/struct"
for glued in contractenvoor UtrechtMonitor Utrechterskunnen; do
	if grep -q "$glued" "$tmp/struct"; then ok 0 "inburgering: woorden aan elkaar: $glued"; else ok 1 ""; fi
done
if grep -A1 'Link (inline)' "$tmp/struct" | grep -q '"  *Utrecht"'; then ok 1 ""; else ok 0 "inburgering: linktekst niet in Link"; fi

echo "tagged: $pass passed, $fail failed"
[ "$fail" = 0 ]
