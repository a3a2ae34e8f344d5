#!/bin/sh
# Batch rendering: a folder stands for its .json files; -j 2 renders them in
# two workers; one bad input fails alone (status 1) while the others are
# written, identical to what a single process writes.
set -u
VG=${VG:-./voortgang}
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1650000000
ok() { if [ "$1" = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "batch: $2"; fi; }

mkdir "$tmp/in" "$tmp/one" "$tmp/two"
cp tests/cases/minimaal.json tests/cases/grafieken.json tests/cases/totaal-wijkt-af.json "$tmp/in/"
cp tests/bad/afgekapt.json "$tmp/in/z-kapot.json"
$VG render -q -o "$tmp/one" "$tmp/in" 2>/dev/null; r1=$?
$VG render -q -j 2 -o "$tmp/two" "$tmp/in" 2>"$tmp/err"; r2=$?
ok $((r1 == 1 && r2 == 1)) "een kapotte invoer moet status 1 geven (was $r1 en $r2)"
ok $(($(ls "$tmp/two" | wc -l) == 3)) "-j 2 schreef $(ls "$tmp/two" | wc -l) van de 3 goede rapporten"
same=1
for f in "$tmp"/one/*.pdf; do cmp -s "$f" "$tmp/two/$(basename "$f")" || same=0; done
ok $same "-j 2 schrijft andere PDF's dan één proces"
$VG render -j 2 -o "$tmp/two" "$tmp/in" 2>"$tmp/err" >/dev/null
grep -q "4 invoerbestanden: 1 goed, 2 met waarschuwingen, 1 mislukt" "$tmp/err"
ok $(($? == 0)) "samenvatting ontbreekt of klopt niet: $(tail -n 1 "$tmp/err")"
$VG render -j 0 "$tmp/in" 2>/dev/null; r=$?
ok $((r == 2)) "-j 0 moet een gebruiksfout zijn (status $r)"
# -o naming a pipe (or /dev/null): written through, never replaced by a file
mkfifo "$tmp/pijp"
timeout 20 cat "$tmp/pijp" >"$tmp/uit.pdf" &
$VG render -q -o "$tmp/pijp" tests/cases/minimaal.json 2>/dev/null; r=$?
wait
ok $((r == 0)) "schrijven naar een pijp faalde (status $r)"
ok $([ -p "$tmp/pijp" ] && head -c 5 "$tmp/uit.pdf" | grep -q '%PDF-' && echo 1 || echo 0) "de pijp is vervangen of er kwam geen PDF door"
# -o naming a link: what it points to is replaced, the link stays
echo oud >"$tmp/doel.pdf"
ln -s doel.pdf "$tmp/link.pdf"
$VG render -q -o "$tmp/link.pdf" tests/cases/minimaal.json 2>/dev/null; r=$?
ok $([ $r = 0 ] && [ -L "$tmp/link.pdf" ] && head -c 5 "$tmp/doel.pdf" | grep -q '%PDF-' && echo 1 || echo 0) "een link als uitvoer is vervangen of het doel niet geschreven"
ln -s /proc/self/fd/1 "$tmp/uit"
$VG render -q -o "$tmp/uit" tests/cases/minimaal.json >"$tmp/via-stdout.pdf" 2>/dev/null
ok $([ -L "$tmp/uit" ] && head -c 5 "$tmp/via-stdout.pdf" | grep -q '%PDF-' && echo 1 || echo 0) "een link naar standaarduitvoer is vervangen of er kwam niets door"
echo "batch: $pass passed, $fail failed"
[ $fail = 0 ]
