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

[ "${REGEN:-0}" = 1 ] && { echo "bad: verwachte meldingen opnieuw geschreven"; exit 0; }
echo "bad: $pass passed, $fail failed"
[ $fail = 0 ]
