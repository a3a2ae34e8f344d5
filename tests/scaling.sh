#!/bin/sh
# Cost grows linearly with the input: for a paragraph of soft line breaks,
# a Markdown pipe table, a budget table, budget CSV rows and a template
# looping over a list, the work of n, 2n and 4n items is counted (bytes
# allocated, VOORTGANG_STATS; not timings, which the machine's load would
# blur). The growth from 2n to 4n may be at most 2.3 times the growth from
# n to 2n: linear is 2, quadratic 4.
set -u
VG=${VG:-./voortgang}
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# work FILE [ARGS]: bytes allocated by rendering FILE as text
work() {
	f=$1; shift
	VOORTGANG_STATS=1 $VG render -q -T tekst -o /dev/null "$@" "$f" 2>&1 |
		sed -n 's/^voortgang: statistiek: [0-9]* allocaties, \([0-9]*\) bytes$/\1/p'
}

# make KIND N >FILE: an input with N items of KIND
make_input() {
	awk -v kind="$1" -v n="$2" -v dir="$tmp" 'BEGIN {
		head = "{\"rapport\": {\"soort\": \"voortgangsrapportage\", \"titel\": \"Schaal\", \"periode\": \"2023\", \"datum\": \"2024-01-31\"}, \"opgave\": {\"naam\": \"X\"}, \"ongelijk_investeren\": {\"perspectieven\": [\"basis\"], \"waar\": [\"a\"], \"wie\": [\"b\"], \"analyse\": \"a\", \"doel\": \"d\", \"beleidstheorie\": \"b\", \"monitoring\": \"m\", \"niet_meer_doen\": \"n\", \"nadeel\": \"n\"}";
		if (kind == "alinea") {
			printf "%s, \"gedeelde_waarden\": {\"tekst\": \"", head;
			for (i = 0; i < n; i++) printf "woord%d\\n", i;
			printf "\"}}";
		} else if (kind == "pijptabel") {
			printf "%s, \"gedeelde_waarden\": {\"tekst\": \"| a | b |\\n|---|---|\\n", head;
			for (i = 0; i < n; i++) printf "| %d | x |\\n", i;
			printf "\"}}";
		} else if (kind == "begroting") {
			printf "%s, \"kaders_en_randvoorwaarden\": {\"middelen\": {\"eenheid\": \"x € 1.000\", \"jaren\": [2023, 2024], \"posten\": [", head;
			for (i = 0; i < n; i++) printf "%s{\"naam\": \"Post %d\", \"begroot\": [%d, %d]}", (i ? "," : ""), i, i, i + 1;
			printf "]}}}";
		} else if (kind == "csv") {
			printf "%s, \"kaders_en_randvoorwaarden\": {\"middelen\": {\"eenheid\": \"x € 1.000\", \"csv\": \"b%d.csv\"}}}", head, n;
			f = dir "/b" n ".csv";
			print "post;2023;2024" >f;
			for (i = 0; i < n; i++) printf "Post %d;%d;%d\n", i, i, i + 1 >f;
		} else if (kind == "lus") {
			printf "%s, \"bijlagen\": [", head;
			for (i = 0; i < n; i++) printf "%s{\"titel\": \"B%d\", \"tekst\": \"t\"}", (i ? "," : ""), i;
			printf "]}";
		}
	}'
}

check() { # kind n [args]
	kind=$1 n=$2; shift 2
	for k in 1 2 4; do make_input "$kind" $((n * k)) >"$tmp/$kind-$k.json"; done
	w1=$(work "$tmp/$kind-1.json" "$@") w2=$(work "$tmp/$kind-2.json" "$@") w4=$(work "$tmp/$kind-4.json" "$@")
	if [ -z "$w1" ] || [ -z "$w2" ] || [ -z "$w4" ]; then
		fail=$((fail + 1)); echo "scaling: $kind: geen statistiek"; return
	fi
	verdict=$(awk -v a="$w1" -v b="$w2" -v c="$w4" 'BEGIN { d1 = b - a; d2 = c - b;
		printf "%s %.2f", (d1 > 0 && d2 <= 2.3 * d1) ? "ok" : "fout", (d1 > 0 ? d2 / d1 : 0) }')
	echo "scaling: $kind: $n, $((n * 2)), $((n * 4)) stuks: $w1, $w2, $w4 bytes; groei ${verdict#* }"
	case $verdict in ok*) pass=$((pass + 1)) ;; *) fail=$((fail + 1)); echo "scaling: $kind groeit sneller dan lineair" ;; esac
}

check alinea 2000
check pijptabel 2000
check begroting 500
check csv 1000
check lus 10 -t tests/templates/lus-lang.xml

echo "scaling: $pass passed, $fail failed"
[ $fail = 0 ]
