#!/usr/bin/env python3
"""Turns the shared benchmark reference (../shared/bench/reference/ms-2022q1.json)
into voortgang input with the same content the peers render: the five
narrative sections, each printed three times (repeats headed "(vervolg)"),
the budget table, four indicator trend charts with their targets and the
comparison between wijken as horizontal bars.

Usage: convert.py REFERENCE.json OUTPUT.json [--pages N]
--pages N repeats the narrative until the report has about N pages (the
stress report)."""
import json
import sys


def main():
    src, dst = sys.argv[1], sys.argv[2]
    pages = int(sys.argv[sys.argv.index("--pages") + 1]) if "--pages" in sys.argv else 0
    ref = json.load(open(src, encoding="utf-8"))
    # each repeat adds about 2.3 pages of narrative (measured: 250 repeats, 577 pages)
    repeat = 3 if pages == 0 else max(3, round(pages / 2.3))

    def narrative(text):
        parts = [text]
        for _ in range(repeat - 1):
            parts.append("### (vervolg)\n\n" + text)
        return "\n\n".join(parts)

    keys = {"Gedeelde waarden": "gedeelde_waarden", "Kaders en randvoorwaarden": "kaders_en_randvoorwaarden",
            "Data en informatie": "data_en_informatie", "Leren en verbeteren": "leren_en_verbeteren"}
    year, quarter = ref["period"].split("-Q")
    out = {
        "rapport": {"soort": "voortgangsrapportage", "titel": ref["title"], "periode": ref["period"],
                    "datum": "%s-04-14" % year, "gemeente": "Utrecht", "organisatie": ref["organisation"]},
        "opgave": {"naam": ref["opgave"], "fase": "uitvoering"},
    }
    for s in ref["sections"]:
        if s["quadrant"] in keys:
            out[keys[s["quadrant"]]] = {"tekst": narrative(s["text"])}
        else:
            out["ongelijk_investeren"] = {
                "perspectieven": ["basis", "herverdelen"], "waar": ["Overvecht", "Kanaleneiland", "Zuilen"],
                "wie": ["huishoudens met problematische schulden"], "tekst": narrative(s["text"]),
                "analyse": "Zie de tekst.", "doel": "Zie de tekst.", "beleidstheorie": "Zie de tekst.",
                "niet_meer_doen": "Zie de tekst.", "nadeel": "Zie de tekst.", "monitoring": "Zie de tekst."}
    b = ref["budget"]
    out["kaders_en_randvoorwaarden"]["middelen"] = {
        "eenheid": b["unit"], "jaren": b["years"],
        "posten": [{"naam": name, "begroot": values} for name, values in b["rows"]], "totaal": b["total"]}
    indicators = []
    for i in ref["indicators"]:
        lower = i["name"].lower().startswith("gemiddelde schuld")
        indicators.append({
            "naam": i["name"], "eenheid": i["unit"], "bron": "Referentie",
            "richting": "lager_is_beter" if lower else "hoger_is_beter",
            "reeks": [{"periode": str(y), "waarde": v} for y, v in zip(i["years"], i["values"])],
            "basis": {"periode": str(i["years"][0]), "waarde": i["values"][0]},
            "streefwaarde": i["target"], "streefjaar": i["target_year"]})
    w = ref["wijken"]
    indicators.append({
        "naam": w["indicator"], "eenheid": "%", "bron": "Referentie", "grafiek": "vergelijking",
        "reeks": [{"periode": "2021", "waarde": sum(w["values"]) / len(w["values"])}],
        "vergelijking": {"periode": "2021",
                         "waarden": [{"naam": n, "waarde": v} for n, v in zip(w["labels"], w["values"])]}})
    out["data_en_informatie"]["indicatoren"] = indicators
    json.dump(out, open(dst, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
