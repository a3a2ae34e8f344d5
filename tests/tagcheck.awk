# Reads a PDF rewritten by `qpdf --qdf --object-streams=disable` and checks
# every page content stream: each text-showing operator (Tj TJ ' ") and each
# painting operator (f F f* B B* b b* S s Do sh) lies inside marked content
# (BDC/BMC ... EMC), which nests and closes within the page. Prints one line
# per problem and the counts; exits 1 on any problem.
/^%% Contents for page/ { page = $NF; want = 1; next }
want && /^stream$/ { incontent = 1; depth = 0; want = 0; next }
incontent && /^endstream$/ {
	if (depth != 0) { printf "pagina %s: %d gemarkeerde inhoud niet gesloten\n", page, depth; bad++ }
	incontent = 0; next
}
incontent {
	op = $NF
	if (op == "BDC" || op == "BMC") { depth++; marked++; next }
	if (op == "EMC") { if (depth == 0) { printf "pagina %s: EMC zonder BDC\n", page; bad++ } else depth--; next }
	if (op == "Tj" || op == "TJ" || op == "'" || op == "\"") {
		texts++
		if (depth == 0) { printf "pagina %s: tekst buiten gemarkeerde inhoud: %s\n", page, $0; bad++ }
	}
	if (op ~ /^(f|F|f\*|B|B\*|b|b\*|S|s|Do|sh)$/) {
		paints++
		if (depth == 0) { printf "pagina %s: tekenoperator buiten gemarkeerde inhoud: %s\n", page, op; bad++ }
	}
}
END {
	printf "%d tekstoperatoren, %d tekenoperatoren, %d gemarkeerde stukken, %d problemen\n", texts, paints, marked, bad
	exit bad > 0
}
