#!/bin/sh
# Every diagnostic in src/util/diag_codes.h is documented in voortgang.1,
# the man page renders without groff warnings, and every template in
# templates/ is listed by `voortgang templates` and described in
# docs/templates.md.
set -u
pass=0 fail=0
for name in $(sed -n 's/^X([A-Z_]*, [A-Z]*, "\([^"]*\)".*/\1/p' src/util/diag_codes.h); do
	if grep -q "fB$name\\\\fR" voortgang.1; then pass=$((pass + 1)); else
		fail=$((fail + 1)); echo "doccheck: melding $name ontbreekt in voortgang.1"; fi
done
if command -v groff >/dev/null 2>&1; then
	if groff -man -ww -z voortgang.1 2>&1 | grep -q .; then
		fail=$((fail + 1)); echo "doccheck: groff waarschuwt bij voortgang.1"
	else pass=$((pass + 1)); fi
fi
VG=${VG:-./voortgang}
listed=$($VG templates 2>&1)
for f in templates/*.xml; do
	t=$(basename "$f" .xml)
	if printf '%s\n' "$listed" | grep -q "^$t " && grep -q "\`$t\`" docs/templates.md; then pass=$((pass + 1)); else
		fail=$((fail + 1)); echo "doccheck: sjabloon $t niet getoond door 'voortgang templates' of niet in docs/templates.md"; fi
done
echo "doccheck: $pass passed, $fail failed"
[ $fail = 0 ]
