#!/bin/sh
# The bad-input corpus. Each case must give exactly its expected diagnostics
# and exit status (tests/bad/NAME.expected.err), never a crash, and leave the
# output folder empty: no PDF, no temporary file.
# Static cases are tests/bad/NAME.json (+ NAME.args); scripted cases below
# build their input or environment at run time. REGEN=1 rewrites.
set -u
VG=${VG:-./voortgang}
case $VG in /*) ;; *) VG=$PWD/$VG ;; esac
pass=0 fail=0
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT

# compare NAME: checks $tmp/err (with exit line) and that $tmp/out is empty
compare() {
	exp=tests/bad/$1.expected.err
	sed "s|$tmp|TMP|g" "$tmp/err" >"$tmp/err.norm"
	if [ "${REGEN:-0}" = 1 ]; then cp "$tmp/err.norm" "$exp"; return; fi
	ok=1
	if [ ! -f "$exp" ]; then echo "bad: $1: $exp ontbreekt"; ok=0
	elif ! diff -u "$exp" "$tmp/err.norm" >"$tmp/diff"; then echo "bad: $1: meldingen wijken af:"; head -n 20 "$tmp/diff"; ok=0
	fi
	if [ -n "$(ls -A "$tmp/out" 2>/dev/null)" ]; then echo "bad: $1: uitvoermap niet leeg: $(ls -A "$tmp/out")"; ok=0; fi
	grep -q '^exit 0$' "$tmp/err.norm" && { echo "bad: $1: afsluitstatus 0"; ok=0; }
	if [ $ok = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
}

fresh() { rm -rf "$tmp/out"; mkdir -p "$tmp/out"; }

for input in tests/bad/*.json; do
	name=$(basename "$input" .json)
	args=
	[ -f "tests/bad/$name.args" ] && args=$(cat "tests/bad/$name.args")
	fresh
	# shellcheck disable=SC2086
	$VG render -o "$tmp/out" $args "$input" >/dev/null 2>"$tmp/err"
	echo "exit $?" >>"$tmp/err"
	compare "$name"
done

# A 100 MB input: refused by size before it is read.
fresh; truncate -s 100M "$tmp/groot.json"
$VG render -o "$tmp/out" "$tmp/groot.json" 2>"$tmp/err"; echo "exit $?" >>"$tmp/err"; rm -f "$tmp/groot.json"
compare scripted-100mb

# A report of more than 2,000 pages: refused after layout, nothing written.
fresh; awk 'BEGIN { t = ""; for (k = 0; k < 40; k++) t = t "Een zin die de alinea vult met gewone woorden. ";
	printf "{\"rapport\": {\"soort\": \"voortgangsrapportage\", \"titel\": \"Lang\", \"periode\": \"2023\", \"datum\": \"2024-01-31\"}, \"opgave\": {\"naam\": \"X\"}, \"ongelijk_investeren\": {\"perspectieven\": [\"basis\"], \"waar\": [\"a\"], \"wie\": [\"b\"], \"analyse\": \"a\", \"doel\": \"d\", \"beleidstheorie\": \"b\", \"monitoring\": \"m\"}, \"bijlagen\": [";
	for (i = 0; i < 6000; i++) printf "%s{\"titel\": \"Bijlage %d\", \"tekst\": \"%s\"}", (i ? "," : ""), i, t;
	printf "]}" }' >"$tmp/lang-rapport.json"
$VG render -o "$tmp/out" "$tmp/lang-rapport.json" 2>"$tmp/err"; echo "exit $?" >>"$tmp/err"
grep -v 'kwadrant' "$tmp/err" >"$tmp/err2"; mv "$tmp/err2" "$tmp/err"
compare scripted-te-veel-paginas

# A string of 2 MiB: over the string limit.
fresh; { printf '{"rapport": {"titel": "'; head -c 2097152 /dev/zero | tr '\0' a; printf '"}}'; } >"$tmp/lang.json"
$VG render -o "$tmp/out" "$tmp/lang.json" 2>"$tmp/err"; echo "exit $?" >>"$tmp/err"
compare scripted-lange-tekst

# A symlink inside the input folder that points outside it.
fresh; mkdir -p "$tmp/in"; ln -s /etc/hostname "$tmp/in/link.md"
sed 's|"tekst": "Korte tekst.*"|"tekst": "link.md"|' tests/cases/minimaal.json >"$tmp/in/symlink.json"
$VG render -o "$tmp/out" "$tmp/in/symlink.json" 2>"$tmp/err"; echo "exit $?" >>"$tmp/err"
compare scripted-symlink-buiten-map

# An output folder that cannot be written (root ignores modes, /proc does not take files).
fresh; $VG render -o /proc/1/rapport.pdf tests/cases/minimaal.json 2>"$tmp/err"; echo "exit $?" >>"$tmp/err"
compare scripted-onschrijfbare-map

# The output path is an existing directory inside the output folder.
fresh; mkdir -p "$tmp/out2/minimaal.pdf"
$VG render -o "$tmp/out2" tests/cases/minimaal.json 2>"$tmp/err"; echo "exit $?" >>"$tmp/err"
[ -z "$(ls -A "$tmp/out2/minimaal.pdf")" ] && [ "$(ls -A "$tmp/out2" | wc -l)" = 1 ] || echo "extra bestanden" >>"$tmp/err"
rm -rf "$tmp/out2"; compare scripted-uitvoer-is-map

# A full disk, simulated with a file size limit of 4 KiB.
fresh; (ulimit -f 4; $VG render -o "$tmp/out" tests/cases/minimaal.json 2>"$tmp/err"; echo "exit $?" >>"$tmp/err")
compare scripted-schijf-vol

# Standard output closed.
fresh; $VG render -T tekst -o - tests/cases/minimaal.json >&- 2>"$tmp/err"; echo "exit $?" >>"$tmp/err"
compare scripted-stdout-dicht

# Standard output a pipe whose reader has gone (SIGPIPE).
fresh; mkfifo "$tmp/fifo"; (exec 3<"$tmp/fifo"; exec 3<&-) & sleep 0.2
$VG render -T tekst -o - tests/cases/minimaal.json 2>"$tmp/err" >"$tmp/fifo"; echo "exit $?" >>"$tmp/err"; wait
compare scripted-sigpipe

# SIGINT while the PDF is being written: no file, no temporary left behind.
fresh; VOORTGANG_TEST_PAUSE=3 $VG render -o "$tmp/out" tests/cases/minimaal.json 2>"$tmp/err" &
pid=$!; sleep 1; kill -INT $pid; wait $pid; echo "exit $?" >>"$tmp/err"
compare scripted-sigint

# SIGTERM likewise.
fresh; VOORTGANG_TEST_PAUSE=3 $VG render -o "$tmp/out" tests/cases/minimaal.json 2>"$tmp/err" &
pid=$!; sleep 1; kill -TERM $pid; wait $pid 2>/dev/null; echo "exit $?" >>"$tmp/err"
compare scripted-sigterm

# kill -9 while writing leaves only a temporary name; the next run removes it.
fresh; VOORTGANG_TEST_PAUSE=3 $VG render -o "$tmp/out" tests/cases/minimaal.json 2>/dev/null &
pid=$!; sleep 1; kill -KILL $pid; wait $pid 2>/dev/null
left=$(ls -A "$tmp/out" | grep -c '^\.voortgang-')
$VG render -q -o "$tmp/out" tests/cases/minimaal.json 2>"$tmp/err"; echo "herstelrun: afsluitstatus $?" >>"$tmp/err"
echo "tijdelijke bestanden na kill -9: $left; na de volgende run: $(ls -A "$tmp/out" | grep -c '^\.voortgang-')" >>"$tmp/err"
echo "exit 137" >>"$tmp/err" # the killed run
rm -f "$tmp/out/minimaal.pdf"; compare scripted-kill-9

# No output replaces a file the run reads (device and inode compared):
# the JSON input itself, a hard link to it, the Markdown it names, the
# template, and with `jaar` one of the quarters. Each input is unchanged.
fresh; mkdir -p "$tmp/in"; cp tests/cases/minimaal.json "$tmp/in/zelf.json"; cp "$tmp/in/zelf.json" "$tmp/zelf.orig"
$VG render -o "$tmp/in/zelf.json" "$tmp/in/zelf.json" 2>"$tmp/err"; echo "exit $?" >>"$tmp/err"
cmp -s "$tmp/in/zelf.json" "$tmp/zelf.orig" || echo "invoer overschreven" >>"$tmp/err"
compare scripted-uitvoer-is-invoer
fresh; ln "$tmp/in/zelf.json" "$tmp/in/harde-link.pdf"
$VG render -o "$tmp/in/harde-link.pdf" "$tmp/in/zelf.json" 2>"$tmp/err"; echo "exit $?" >>"$tmp/err"
cmp -s "$tmp/in/zelf.json" "$tmp/zelf.orig" || echo "invoer overschreven" >>"$tmp/err"
rm -f "$tmp/in/harde-link.pdf"; compare scripted-uitvoer-is-harde-link
fresh; printf 'Gedeelde tekst uit Markdown.\n' >"$tmp/in/tekst.md"
sed 's|"tekst": "Korte tekst[^"]*"|"tekst": "tekst.md"|' tests/cases/minimaal.json >"$tmp/in/md.json"
$VG render -o "$tmp/in/tekst.md" "$tmp/in/md.json" 2>"$tmp/err"; echo "exit $?" >>"$tmp/err"
grep -q '^Gedeelde tekst uit Markdown.$' "$tmp/in/tekst.md" || echo "Markdown overschreven" >>"$tmp/err"
compare scripted-uitvoer-is-markdown
fresh; cp templates/voortgangsrapportage.xml "$tmp/in/sjabloon.xml"; cp "$tmp/in/sjabloon.xml" "$tmp/sjabloon.orig"
$VG render -t "$tmp/in/sjabloon.xml" -o "$tmp/in/sjabloon.xml" "$tmp/in/zelf.json" 2>"$tmp/err"; echo "exit $?" >>"$tmp/err"
cmp -s "$tmp/in/sjabloon.xml" "$tmp/sjabloon.orig" || echo "sjabloon overschreven" >>"$tmp/err"
compare scripted-uitvoer-is-sjabloon
fresh; mkdir -p "$tmp/kw"; cp data/meedoen-schuldenvrij-2022q*.json "$tmp/kw/"; cp -r data/teksten "$tmp/kw/" 2>/dev/null
cp "$tmp/kw/meedoen-schuldenvrij-2022q2.json" "$tmp/q2.orig"
$VG jaar --jaar 2022 -q -o "$tmp/kw/meedoen-schuldenvrij-2022q2.json" "$tmp/kw" 2>"$tmp/err"; echo "exit $?" >>"$tmp/err"
cmp -s "$tmp/kw/meedoen-schuldenvrij-2022q2.json" "$tmp/q2.orig" || echo "kwartaal overschreven" >>"$tmp/err"
compare scripted-jaar-uitvoer-is-kwartaal

# Two inputs with the same name into one folder: refused before anything is written.
fresh; mkdir -p "$tmp/a" "$tmp/b"; cp tests/cases/minimaal.json "$tmp/a/x.json"; cp tests/cases/minimaal.json "$tmp/b/x.json"
$VG render -o "$tmp/out" "$tmp/a/x.json" "$tmp/b/x.json" 2>"$tmp/err"; echo "exit $?" >>"$tmp/err"
compare scripted-uitvoer-dubbel
fresh; $VG render -j 2 -o "$tmp/out" --grafieken "$tmp/out/grafieken" "$tmp/a/x.json" "$tmp/b" 2>"$tmp/err"; echo "exit $?" >>"$tmp/err"
compare scripted-uitvoer-dubbel-grafieken

# --grafieken is all or nothing per input: a PDF that fits a file
# size limit (56 KB in 512-byte blocks), charts at 600 dpi that do not: no PDF, no chart, no folder.
fresh; (ulimit -f 110; $VG render -o "$tmp/out" --grafieken "$tmp/out/grafieken" --dpi 600 tests/cases/minimaal.json 2>"$tmp/err"; echo "exit $?" >>"$tmp/err")
compare scripted-grafieken-schijf-vol
# An input with errors leaves no (empty) chart folder.
fresh; $VG render -o "$tmp/out" --grafieken "$tmp/out/grafieken" tests/bad/titel-leeg.json 2>"$tmp/err"; echo "exit $?" >>"$tmp/err"
compare scripted-grafieken-fout-geen-map

# A link planted in the output folder is replaced, never followed; the
# file it points to stays as it was. (A link named with -o is followed.)
fresh; echo geheim >"$tmp/slachtoffer"; ln -s "$tmp/slachtoffer" "$tmp/out/minimaal.pdf"
mkdir -p "$tmp/out/g"; ln -s "$tmp/slachtoffer" "$tmp/out/g/minimaal-1.png"
$VG render -q -o "$tmp/out" --grafieken "$tmp/out/g" tests/cases/minimaal.json 2>"$tmp/err"; echo "status $?" >>"$tmp/err"
[ "$(cat "$tmp/slachtoffer")" = geheim ] && echo "doel van de koppeling ongewijzigd" >>"$tmp/err"
[ -f "$tmp/out/minimaal.pdf" ] && [ ! -L "$tmp/out/minimaal.pdf" ] && [ ! -L "$tmp/out/g/minimaal-1.png" ] && echo "koppelingen vervangen door bestanden" >>"$tmp/err"
rm -rf "$tmp/out"/* "$tmp/out"/.[!.]* ; echo "exit 1" >>"$tmp/err"; compare scripted-koppeling-in-uitvoermap

# A temporary file of a live run in another PID namespace or on another
# host (its PID means nothing here) is locked: the cleanup leaves it. An
# unlocked one with contents is a dead run's and goes.
fresh; if command -v flock >/dev/null 2>&1; then
	echo bezig >"$tmp/out/.voortgang-999999999-levend"; echo dood >"$tmp/out/.voortgang-999999998-dood1"
	flock "$tmp/out/.voortgang-999999999-levend" sleep 3 & lk=$!; sleep 0.5
	$VG render -q -o "$tmp/out" tests/cases/minimaal.json 2>"$tmp/err"; echo "status $?" >>"$tmp/err"
	echo "over: $(ls -A "$tmp/out" | tr '\n' ' ')" >>"$tmp/err"; wait $lk
	rm -f "$tmp/out"/* "$tmp/out"/.voortgang-*; echo "exit 1" >>"$tmp/err"; compare scripted-tijdelijk-ander-proces
fi

# Logos are decoded completely when the template is read (MKIMAGES makes
# the images): damage that made libpng abort() inside libharu (bad CRC,
# too little image data, a palette without PLTE), a cut-off file, a JPEG
# of two or four components, are template errors naming the line. Good
# images of every kind reach the PDF as 8-bit gray or RGB, without
# transparency (alpha on white), 16-bit ones too.
if [ -n "${MKIMAGES:-}" ]; then
	mkdir -p "$tmp/img"; $MKIMAGES "$tmp/img"
	for f in crc-fout.png te-weinig-data.png palet-zonder-plte.png afgekapt.png geen-beeld.png \
		twee-kanalen.jpg cmyk.jpg afgekapt.jpg; do
		fresh; sed "s/kapot.png/$f/" tests/templates/taal-logo-kapot.xml >"$tmp/img/t.xml"
		$VG render -t "$tmp/img/t.xml" -o "$tmp/out" tests/cases/minimaal.json 2>"$tmp/err"; echo "exit $?" >>"$tmp/err"
		compare "scripted-logo-${f%.*}-${f#*.}"
	done
	fresh; : >"$tmp/err"
	for f in rgb16.png rgba.png grijs-alfa16.png grijs1.png palet-trns.png rgb.jpg grijs.jpg; do
		sed "s/kapot.png/$f/" tests/templates/taal-logo-kapot.xml >"$tmp/img/t.xml"
		$VG render -q -t "$tmp/img/t.xml" -o "$tmp/out/l.pdf" tests/cases/minimaal.json 2>/dev/null
		echo "$f: status $?: $(pdfimages -list "$tmp/out/l.pdf" 2>&1 | awk 'NR > 2 { print $3, $4, $5, $6, $7, $8 }')" >>"$tmp/err"
		rm -f "$tmp/out/l.pdf"
	done
	echo "exit 1" >>"$tmp/err"; compare scripted-logo-goede-soorten
fi

# A budget CSV of more than 10,000 rows (as a JSON list): refused at the line.
fresh; mkdir -p "$tmp/csv"; awk 'BEGIN { print "post;2023"; for (i = 0; i < 10001; i++) printf "Post %d;%d\n", i, i }' >"$tmp/csv/groot.csv"
sed 's|csv/komma.csv|groot.csv|' tests/bad/csv-komma.json >"$tmp/csv/groot.json"
$VG render -o "$tmp/out" "$tmp/csv/groot.json" 2>"$tmp/err"; echo "exit $?" >>"$tmp/err"
compare scripted-csv-te-veel-regels

# A short template looping over a long list (tests/templates/lus-lang.xml:
# 20 pages per bijlage, 10,000 bijlagen): laying out stops at the page
# limit instead of building 200,000 pages first (was 9 s and 1 GB).
fresh; awk 'BEGIN { printf "{\"rapport\": {\"soort\": \"voortgangsrapportage\", \"titel\": \"Lus\", \"periode\": \"2023\", \"datum\": \"2024-01-31\"}, \"opgave\": {\"naam\": \"X\"}, \"ongelijk_investeren\": {\"perspectieven\": [\"basis\"], \"waar\": [\"a\"], \"wie\": [\"b\"], \"analyse\": \"a\", \"doel\": \"d\", \"beleidstheorie\": \"b\", \"monitoring\": \"m\", \"niet_meer_doen\": \"n\", \"nadeel\": \"n\"}, \"bijlagen\": [";
	for (i = 0; i < 10000; i++) printf "%s{\"titel\": \"B%d\", \"tekst\": \"t\"}", (i ? "," : ""), i; printf "]}" }' >"$tmp/lus.json"
$VG render -t tests/templates/lus-lang.xml -o "$tmp/out" "$tmp/lus.json" 2>"$tmp/err"; echo "exit $?" >>"$tmp/err"
grep -v 'kwadrant' "$tmp/err" >"$tmp/err2"; mv "$tmp/err2" "$tmp/err"
compare scripted-sjabloon-lus-lang

# verifieer treats the PDF as untrusted. Recorded paths (forged here in the
# XMP packet) are opened only relative to the current folder, without "..",
# not through a link out of it, and without blocking (a FIFO hung it);
# a newline in a recorded path cannot forge a "klopt" line or the verdict.
fresh; mkdir -p "$tmp/v/sub"; cp tests/cases/minimaal.json "$tmp/v/a.json"
(cd "$tmp/v" && $VG render -q -o a.pdf a.json && mkfifo fifo && ln -s /etc/hostname sub/uit)
: >"$tmp/err"
for rep in fifo /etc/hostname ../v/a.json sub/uit 'a.json\&#10;  klopt           b.json\&#10;Het rapport is gemaakt uit precies deze bestanden.'; do
	sed "s|  a.json</rdf:li>|  $rep</rdf:li>|" "$tmp/v/a.pdf" >"$tmp/v/f.pdf"
	(cd "$tmp/v" && timeout 10 $VG verifieer f.pdf >>"$tmp/err" 2>&1; echo "status $?" >>"$tmp/err")
done
echo "exit 1" >>"$tmp/err"; compare scripted-verifieer-onbetrouwbaar

# audit --tekst is read by spreadsheets: a cell starting with = + - @ is
# made text with a leading quote (CSV injection).
fresh; : >"$tmp/err"
for name in '=HYPERLINK(A1)' '+1+1' '-2+3' '@SUM(A1)'; do
	sed "s|\"naam\": \"Testopgave\"|\"naam\": \"$name\"|" tests/cases/minimaal.json >"$tmp/inj.json"
	$VG audit --tekst "$tmp/inj.json" 2>/dev/null | grep -v '^#' | head -n 1 | cut -f1 >>"$tmp/err"
done
echo "exit 1" >>"$tmp/err"; compare scripted-audit-formule

# A font that is in fonts/ but is no regular file (a FIFO): said so, not
# "not in fonts/", and no hang.
fresh; mkdir -p "$tmp/dd/fonts"; cp -r templates "$tmp/dd/"; cp fonts/*.ttf "$tmp/dd/fonts/"
rm -f "$tmp/dd/fonts/OpenSans-Bold.ttf"; mkfifo "$tmp/dd/fonts/OpenSans-Bold.ttf"
VOORTGANG_DATADIR="$tmp/dd" timeout 20 $VG render -o "$tmp/out" tests/cases/minimaal.json 2>"$tmp/err"; echo "exit $?" >>"$tmp/err"
rm -rf "$tmp/dd"; compare scripted-lettertype-fifo

# 3,000 headings with nothing between them: they go on over the next pages
# (they were placed below the page edge, and libharu refused the
# destinations with "fout 0x1025"). 4,001 links in one paragraph: more
# than libharu can put in one structure element, a limit named with the
# place, not a hex code. So are 40,000 items in one list (libharu failed
# after 2.4 s with "tekst kan niet in de PDF worden gezet").
fresh; awk 'BEGIN { printf "{\"rapport\": {\"soort\": \"voortgangsrapportage\", \"titel\": \"K\", \"periode\": \"2023\", \"datum\": \"2024-01-31\"}, \"opgave\": {\"naam\": \"X\"}, \"ongelijk_investeren\": {\"perspectieven\": [\"basis\"], \"waar\": [\"a\"], \"wie\": [\"b\"], \"analyse\": \"a\", \"doel\": \"d\", \"beleidstheorie\": \"b\", \"monitoring\": \"m\"}, \"gedeelde_waarden\": {\"tekst\": \"";
	for (i = 0; i < 3000; i++) printf "# Kop %d\\n", i; printf "\"}}" }' >"$tmp/koppen.json"
$VG render -q -o "$tmp/out/k.pdf" "$tmp/koppen.json" 2>/dev/null; echo "koppen: status $?" >"$tmp/err"
rm -f "$tmp/out/k.pdf"
awk 'BEGIN { printf "{\"rapport\": {\"soort\": \"voortgangsrapportage\", \"titel\": \"K\", \"periode\": \"2023\", \"datum\": \"2024-01-31\"}, \"opgave\": {\"naam\": \"X\"}, \"gedeelde_waarden\": {\"tekst\": \"";
	for (i = 0; i < 4001; i++) printf "[k%d](https://example.org/%d) ", i, i; printf "\"}}" }' >"$tmp/links.json"
$VG render -o "$tmp/out" "$tmp/links.json" 2>&1 | grep -v 'kwadrant\|stap\|perspectief\|ongelijk' >>"$tmp/err"
awk 'BEGIN { printf "{\"rapport\": {\"soort\": \"voortgangsrapportage\", \"titel\": \"K\", \"periode\": \"2023\", \"datum\": \"2024-01-31\"}, \"opgave\": {\"naam\": \"X\"}, \"gedeelde_waarden\": {\"tekst\": \"";
	for (i = 0; i < 40000; i++) printf "- punt %d\\n", i; printf "\"}}" }' >"$tmp/lijst.json"
$VG render -o "$tmp/out" "$tmp/lijst.json" 2>&1 | grep -v 'kwadrant\|stap\|perspectief\|ongelijk' >>"$tmp/err"
echo "exit 1" >>"$tmp/err"; compare scripted-koppen-en-links

# More than 1,000 indicators (each a chart: 2,000 took 2 s and 219 MB).
fresh; awk 'BEGIN { printf "{\"rapport\": {\"soort\": \"voortgangsrapportage\", \"titel\": \"I\", \"periode\": \"2023\", \"datum\": \"2024-01-31\"}, \"opgave\": {\"naam\": \"X\"}, \"data_en_informatie\": {\"indicatoren\": [";
	for (i = 0; i < 1001; i++) printf "%s{\"naam\": \"I%d\", \"eenheid\": \"%%\", \"bron\": \"CBS\", \"reeks\": [{\"periode\": \"2022\", \"waarde\": %d}]}", (i ? "," : ""), i, i; printf "]}}" }' >"$tmp/ind.json"
$VG render -o "$tmp/out" "$tmp/ind.json" 2>&1 | grep 'limiet\|niet gerenderd' >"$tmp/err"
echo "exit 1" >>"$tmp/err"; compare scripted-te-veel-indicatoren

[ "${REGEN:-0}" = 1 ] && { echo "bad: verwachte meldingen opnieuw geschreven"; exit 0; }
echo "bad: $pass passed, $fail failed"
[ $fail = 0 ]
