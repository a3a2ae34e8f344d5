#!/bin/sh
# The floors of src/format/ and src/chart/ (docs/architecture.md), from
# their #include lines: a file includes headers of its own folder only
# from a lower floor, or from its own group on the same floor; the files
# form no circle; every file has a floor; the other folders include only
# the public headers. Each header stands for the .c file that defines what
# it declares (the node column), so an include is a call.
# Usage: sh tests/layers.sh   (from the top of the source tree)
cd "$(dirname "$0")/.." || exit 2

# floor group file [node]: floors count upwards from 0; a file may include
# a header of a lower floor, or of its own group.
FLOORS='
format 0 base      fmt_base.h
format 0 base      fmt_base.c
format 1 contents  contents.h
format 1 contents  contents.c
format 1 indic     indicators.h
format 1 indic     indicators.c
format 1 finance   finance.h
format 1 finance   finance.c
format 1 message   message.h
format 1 message   message.c
format 1 yparts    year_parts.h
format 1 yparts    year_parts.c
format 2 lang      lang.h
format 2 lang      blocks.c
format 2 lang      fields.c
format 3 report    report_fmt.h
format 3 report    report_fmt.c
format 3 quadr     quadrants.h
format 3 quadr     quadrants.c
format 3 overview  overview.h
format 3 overview  overview.c
format 3 year      year_fmt_int.h    year_fmt
format 3 year      year_fmt.c
format 3 year      year_quadrants.h
format 3 year      year_quadrants.c
format 3 colophon  colophon.h
format 3 colophon  colophon.c
format 3 audit     audit.h           audit_fmt
format 3 audit     audit_fmt.c
format 3 audit     audit_review.h
format 3 audit     audit_review.c
format 3 audit     audit_evidence.h
format 3 audit     audit_evidence.c
format 3 audit     audit_trace.h
format 3 audit     audit_trace.c
format 4 top       format.h          format
format 4 top       year_fmt.h        format
format 4 top       format.c
chart  0 canvas    canvas.h
chart  0 canvas    canvas.c
chart  0 scale     scale.h
chart  0 scale     scale.c
chart  1 parts     frame.h           parts
chart  1 parts     parts.h
chart  1 parts     parts.c
chart  2 trend     trend.h
chart  2 trend     trend.c
chart  2 bars      bars.h
chart  2 bars      bars.c
chart  2 budget    budget.h
chart  2 budget    budget.c
chart  3 multiples multiples.h
chart  3 multiples multiples.c
chart  4 public    chart.h
'
# The headers other folders (and tests) may include.
PUBLIC='format/format.h format/audit.h format/year_fmt.h chart/chart.h chart/canvas.h chart/scale.h'

fail=0
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
echo "$FLOORS" | awk 'NF >= 4 { n = $4; sub(/\.[ch]$/, "", n); print $1 "/" $4, $2, $1 "/" $3, $1 "/" ($5 ? $5 : n) }' >"$tmp/table"

# every file has a floor
for f in src/format/*.[ch] src/chart/*.[ch]; do
	k=${f#src/}
	grep -q "^$k " "$tmp/table" || { echo "layers: $f has no floor: add it to the table in tests/layers.sh"; fail=1; }
done

# includes inside the folders: down, or within the group
: >"$tmp/edges"
while read -r file floor group node; do
	[ -f "src/$file" ] || { echo "layers: src/$file is in the table but not in the tree"; fail=1; continue; }
	dir=${file%%/*}
	for inc in $(sed -n 's/^#include "\([^"]*\)".*/\1/p' "src/$file"); do
		case $inc in
		../format/* | ../chart/*)
			k=${inc#../}
			case " $PUBLIC " in *" $k "*) ;; *) echo "layers: src/$file includes $inc, not a public header"; fail=1 ;; esac
			[ "$dir" = chart ] && [ "${k%%/*}" = format ] && { echo "layers: src/$file (chart/) includes $inc (format/)"; fail=1; }
			continue ;;
		../*) continue ;;
		esac
		line=$(grep "^$dir/$inc " "$tmp/table") || { echo "layers: src/$file includes $inc, which has no floor"; fail=1; continue; }
		set -- $line
		if [ "$2" -gt "$floor" ]; then
			echo "layers: src/$file (floor $floor) includes $inc (floor $2): a call upwards"; fail=1
		elif [ "$2" -eq "$floor" ] && [ "$3" != "$group" ]; then
			echo "layers: src/$file includes $inc: another formatter on the same floor ($floor)"; fail=1
		fi
		[ "$4" != "$node" ] && echo "$node $4" >>"$tmp/edges"
	done
done <"$tmp/table"

# no circle between files (tsort names the loop)
if ! tsort "$tmp/edges" >/dev/null 2>"$tmp/loop"; then
	echo "layers: the files call each other in a circle:"; sed 's/^/  /' "$tmp/loop"; fail=1
fi

# the rest of the program includes only the public headers
for f in $(grep -rlE '#include "(\.\./)?(format|chart)/' src tests/unit tests/fuzz 2>/dev/null); do
	case $f in src/format/* | src/chart/*) continue ;; esac
	for inc in $(sed -n 's/^#include "\(\.\.\/\)\{0,1\}\(\(format\|chart\)\/[^"]*\)".*/\2/p' "$f"); do
		case " $PUBLIC " in *" $inc "*) ;; *) echo "layers: $f includes $inc, internal to ${inc%%/*}/"; fail=1 ;; esac
	done
done

n=$(wc -l <"$tmp/table")
if [ $fail -eq 0 ]; then
	echo "layers: $n files on their floors, $(sort -u "$tmp/edges" | wc -l) calls, no circle"
fi
exit $fail
