#!/bin/sh
# The JSON Schema (docs/schema/voortgang.schema.json) against the loader:
# every sample in data/ and every golden case that renders without an
# error must be valid, and every key the loader accepts
# (src/input/report_json.c) must be a property somewhere in the schema.
# Needs python3 with jsonschema (Debian: python3-jsonschema).
set -u
PY=${PYTHON:-python3}
[ -x /usr/bin/python3 ] && PY=${PYTHON:-/usr/bin/python3}
if ! $PY -c 'import jsonschema' 2>/dev/null; then
	echo "schema: python3-jsonschema ontbreekt (make deps)"
	exit 1
fi
exec $PY - <<'PYEOF'
import glob, json, re, sys
import jsonschema

schema = json.load(open("docs/schema/voortgang.schema.json"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
passed = failed = 0
for f in sorted(glob.glob("data/*.json")) + sorted(glob.glob("tests/cases/*.json")):
    name = f.rsplit("/", 1)[1][:-5]
    try:
        err = open(f"tests/cases/{name}.expected.err").read()
    except OSError:
        err = ""
    if not err.rstrip().endswith("exit 0") or "onbekend veld" in err:
        continue  # a case about bad input or unknown keys: the schema rejects those too
    errors = list(validator.iter_errors(json.load(open(f, encoding="utf-8-sig"))))  # a byte order mark is allowed
    if errors:
        failed += 1
        for e in errors[:3]:
            path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in e.absolute_path)
            print(f"schema: {f}: {path}: {e.message[:200]}")
    else:
        passed += 1

def names(node, out):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "properties" and isinstance(v, dict):
                out.update(v.keys())
            names(v, out)
    elif isinstance(node, list):
        for v in node:
            names(v, out)
    return out

known = names(schema, set())
src = open("src/input/report_json.c").read()
for lst in re.findall(r"static const char \*const (?:\w*keys|k_\w+)\[\] = \{([^}]*)\}", src):
    for key in re.findall(r'"([^"]+)"', lst):
        if key in known:
            passed += 1
        else:
            failed += 1
            print(f"schema: de lader kent veld \"{key}\", het schema niet")
print(f"schema: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PYEOF
