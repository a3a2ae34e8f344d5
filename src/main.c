/* voortgang: JSON indicators and Markdown narratives into PDF progress
 * reports for Dutch municipal councils. The command line. */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "batch.h"
#include "cli/jaar.h"
#include "cli/run.h"
#include "cli/verifieer.h"
#include "check/check.h"
#include "check/rules.h"
#include "format/audit.h"
#include "format/format.h"
#include "input/datadir.h"
#include "input/files.h"
#include "input/report_json.h"
#include "input/template_xml.h"
#include "layout/fontset.h"
#include "layout/layout.h"
#include "layout/page.h"
#include "model/dump.h"
#include "model/report.h"
#include "model/review.h"
#include "model/template.h"
#include "render/cairo_canvas.h"
#include "render/output.h"
#include "render/pdfdev.h"
#include "render/textdev.h"
#include "text/hyphenate.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/xalloc.h"

#ifndef VOORTGANG_VERSION
#define VOORTGANG_VERSION "0"
#endif

static void usage(FILE *fp)
{
	fputs("gebruik: voortgang render [-o BESTAND|MAP] [-t SJABLOON] [-T pdf|tekst] [-q] [-j N] [--archief]\n"
	      "                        [--grafieken MAP [--dpi N]] INVOER.json|MAP...\n"
	      "        voortgang check INVOER.json...\n"
	      "        voortgang dump INVOER.json\n"
	      "        voortgang audit [--tekst] [--onderzoek ONDERZOEK.json] [-o BESTAND|-] [-t SJABLOON] [-T pdf|tekst] [-q]\n"
	      "                        INVOER.json|MAP... | audit --regels\n"
	      "        voortgang verifieer RAPPORT.pdf [BESTAND...]\n"
	      "        voortgang jaar --jaar JAAR [-o BESTAND|MAP|-] [-t SJABLOON] [-T pdf|tekst] [-q] KWARTAAL.json|MAP...\n"
	      "        voortgang templates\n"
	      "        voortgang --help | --version\n",
	      fp);
}

static void help(void)
{
	usage(stdout);
	fputs("\nMaakt van JSON-gegevens en Markdown-teksten een voortgangsrapportage in PDF,\n"
	      "langs de vier kwadranten van het Utrechtse sturingsmodel.\n\n"
	      "  render   controleert en schrijft een PDF per invoerbestand (standaard in output/)\n"
	      "  check    controleert alleen en meldt alle problemen\n"
	      "  dump     toont het ingelezen model als boom\n"
	      "  audit    onderzoek (art. 213a) over meerdere opgaven: output/audit.pdf, of met --tekst\n"
	      "           een regel per bevinding; --onderzoek geeft de tekst van de auditor\n"
	      "           (onderzoeksvragen, conclusies, aanbevelingen, bestuurlijke reactie)\n"
	      "  verifieer  zegt of een rapport uit deze invoerbestanden is gemaakt (SHA-256)\n"
	      "  jaar     jaarrapportage van één opgave uit haar kwartaalrapportages van een jaar\n"
	      "  templates  toont de sjablonen met hun beschrijving (kies er een met -t)\n\n"
	      "  -o BESTAND|MAP   uitvoerbestand (bij één invoer) of uitvoermap; - is standaarduitvoer\n"
	      "  -t SJABLOON      sjabloonnaam (in templates/) of pad naar een .xml-sjabloon\n"
	      "  -T pdf|tekst     uitvoerformaat: PDF (standaard) of platte tekst\n"
	      "  -q               geen regel per geschreven bestand, geen voortgang en geen samenvatting\n"
	      "  -j N             N werkprocessen tegelijk (standaard 1); een MAP levert zijn .json-bestanden\n"
	      "  --grafieken MAP  schrijft ook elke grafiek als MAP/<rapport>-<n>.png en .svg\n"
	      "  --dpi N          resolutie van die PNG-bestanden (72-1200, standaard 200)\n"
	      "  --archief        PDF/A-1b voor het archief, met een colofon: herkomst en controlegetallen\n\n"
	      "render meldt waarschuwingen en fouten; check meldt ook opmerkingen.\n"
	      "Afsluitstatus: 0 goed (waarschuwingen toegestaan), 1 fouten in de invoer (niets\n"
	      "geschreven), 2 verkeerd aangeroepen, 3 schrijf- of interne fout.\n"
	      "Zie voortgang(1) en docs/input.md.\n",
	      stdout);
}

/* Renders one input; returns 0 when a document was written, 1 when it was
 * written with warnings, -1 when it failed (batch_fn). */
static int render_one(void *ctx, const char *input, size_t ninputs)
{
	struct run *run = ctx;
	unsigned errors = diag_count(LEVEL_FOUT) + diag_count(LEVEL_SYSTEEM) + diag_count(LEVEL_GEBRUIK);
	unsigned warnings = diag_count(LEVEL_WAARSCHUWING);
	struct report *r = report_load(input);
	struct layout_doc *d = NULL;
	struct buf out = {0};
	char *path = NULL;
	int rc = -1;

	if (r == NULL)
		goto out;
	check_report(r);
	if (diag_count(LEVEL_FOUT) + diag_count(LEVEL_SYSTEEM) + diag_count(LEVEL_GEBRUIK) > errors) {
		msg_at(D_NOT_RENDERED, input, 0, 0, "niet gerenderd wegens fouten; er is niets geschreven");
		goto out;
	}
	if (run_resources(run, r) != 0)
		goto out;
	d = format_report(r, run->tpl, run->fonts, run->hyph, run->archive);
	if (d->npages > LAYOUT_MAX_PAGES || d->over_limit) {
		msg_at(D_JSON_LIMIT, input, 0, 0, "het rapport wordt meer dan %d pagina's, de limiet; splits de invoer",
		       LAYOUT_MAX_PAGES);
		goto out;
	}
	if (run_device_render(run, d, &out) != 0)
		goto out;
	path = run_output_path(run, input, ninputs);
	rc = run_write(run, input, path, &out, run->charts_dir != NULL ? d : NULL);
	if (rc == 0 && path != NULL && !run->quiet)
		fprintf(stderr, "voortgang: %s: %zu %s geschreven naar %s\n", input, d->npages,
		        d->npages == 1 ? "pagina" : "pagina's", path);
out:
	free(path);
	buf_free(&out);
	layout_doc_free(d);
	report_free(r);
	return rc != 0 ? -1 : diag_count(LEVEL_WAARSCHUWING) > warnings ? 1 : 0;
}

static int cmd_render(int argc, char **argv)
{
	struct run run;
	int c, jobs = 1;
	size_t ninputs, n;
	char **inputs;
	static const struct option longopts[] = {{"template", required_argument, NULL, 't'},
	                                         {"jobs", required_argument, NULL, 'j'},
	                                         {"output", required_argument, NULL, 'o'},
	                                         {"help", no_argument, NULL, 'h'},
	                                         {"grafieken", required_argument, NULL, 'G'},
	                                         {"dpi", required_argument, NULL, 'D'},
	                                         {"archief", no_argument, NULL, 'A'},
	                                         {NULL, 0, NULL, 0}};
	char *end;
	memset(&run, 0, sizeof run);
	run.charts_dpi = 200;
	opterr = 0; /* we report in Dutch */
	diag_set_min_level(LEVEL_WAARSCHUWING); /* remarks are for `check` */
	while ((c = getopt_long(argc, argv, ":o:t:T:qhj:", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': run.out = optarg; break;
		case 't': run.template_name = optarg; break;
		case 'q': run.quiet = 1; break;
		case 'G': run.charts_dir = optarg; break;
		case 'A': run.archive = 1; break;
		case 'j':
			jobs = strspn(optarg, "0123456789") == strlen(optarg) && strlen(optarg) <= 2 ? atoi(optarg) : 0;
			if (jobs < 1 || jobs > 64) {
				msg(D_USAGE, NULL, "-j \"%s\" is geen aantal werkprocessen van 1 tot 64", optarg);
				return 2;
			}
			break;
		case 'D':
			run.dpi_given = 1;
			errno = 0;
			run.charts_dpi = strtod(optarg, &end);
			if (errno != 0 || end == optarg || *end != '\0' || !(run.charts_dpi >= 72 && run.charts_dpi <= 1200)) {
				msg(D_USAGE, NULL, "--dpi \"%s\" is geen resolutie van 72 tot 1200", optarg);
				return 2;
			}
			break;
		case 'T':
			if (strcmp(optarg, "pdf") == 0)
				run.format = OUT_PDF;
			else if (strcmp(optarg, "tekst") == 0)
				run.format = OUT_TEXT;
			else {
				msg(D_USAGE, NULL, "onbekend uitvoerformaat \"%s\"; kies pdf of tekst", optarg);
				return 2;
			}
			break;
		case 'h':
			help();
			return 0;
		case ':':
			if (optopt == 'G' || optopt == 'D')
				msg(D_USAGE, NULL, "optie --%s heeft een waarde nodig", optopt == 'G' ? "grafieken" : "dpi");
			else
				msg(D_USAGE, NULL, "optie -%c heeft een waarde nodig", optopt);
			usage(stderr);
			return 2;
		default:
			if (optopt)
				msg(D_USAGE, NULL, "onbekende optie -%c", optopt);
			else
				msg(D_USAGE, NULL, "onbekende optie \"%s\"", argv[optind - 1]);
			usage(stderr);
			return 2;
		}
	}
	if (run.dpi_given && run.charts_dir == NULL) {
		msg(D_USAGE, NULL, "--dpi hoort bij --grafieken MAP");
		return 2;
	}
	inputs = batch_inputs(argv + optind, (size_t)(argc - optind), &n);
	ninputs = n;
	if (ninputs == 0) {
		batch_free_inputs(inputs, n);
		msg(D_USAGE, NULL, optind < argc ? "geen .json-bestanden in de opgegeven map" : "geen invoerbestand opgegeven");
		usage(stderr);
		return 2;
	}
	if (run.out != NULL && strcmp(run.out, "-") == 0 && ninputs > 1) {
		msg(D_USAGE, NULL, "-o - (standaarduitvoer) kan maar een invoerbestand aan");
		batch_free_inputs(inputs, n);
		return 2;
	}
	if (run.out != NULL && strcmp(run.out, "-") != 0 && !run_is_dir(run.out) && ninputs > 1) {
		msg(D_USAGE, NULL, "bij meerdere invoerbestanden moet -o een bestaande map zijn");
		batch_free_inputs(inputs, n);
		return 2;
	}
	if (run_check_outputs(&run, inputs, n) != 0) {
		batch_free_inputs(inputs, n);
		return diag_exit_status(diag_worst());
	}
	/* cairo and the chart folder first: neither may fail after a PDF is written */
	if (run.charts_dir != NULL && chart_export_load() != 0) {
		batch_free_inputs(inputs, n);
		return diag_exit_status(diag_worst());
	}
	if (run.charts_dir != NULL && access(run.charts_dir, F_OK) == 0 && !run_is_dir(run.charts_dir)) {
		msg_at(D_OUTPUT, run.charts_dir, 0, 0, "kan de map voor grafieken niet maken: %s",
		       "er bestaat al een bestand met die naam");
		batch_free_inputs(inputs, n);
		return 3;
	}
	output_install_signals();
	run.arena = arena_new();
	batch_run(inputs, n, jobs, run.quiet, render_one, &run);
	batch_free_inputs(inputs, n);
	chart_export_free(run.charts);
	pdfdev_pool_free(run.pdfpool);
	fontset_free(run.fonts);
	hyphenator_free(run.hyph);
	arena_free(run.arena);
	return diag_exit_status(diag_worst());
}

static int cmd_check(int argc, char **argv)
{
	if (argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
		help();
		return 0;
	}
	if (argc < 2) {
		msg(D_USAGE, NULL, "geen invoerbestand opgegeven");
		return 2;
	}
	for (int i = 1; i < argc; i++)
		if (argv[i][0] == '-' && argv[i][1] != '\0') {
			msg(D_USAGE, NULL, "check kent geen opties (\"%s\"); geef alleen invoerbestanden", argv[i]);
			return 2;
		}
	for (int i = 1; i < argc; i++) {
		struct report *r = report_load(argv[i]);
		if (r != NULL)
			check_report(r);
		report_free(r);
	}
	return diag_exit_status(diag_worst());
}

static const char *goal_of(const struct report *r)
{
	return r->opgave.strategische_doelstelling ? r->opgave.strategische_doelstelling : "";
}

/* Reports grouped by strategic goal, in input order within a goal (a
 * stable insertion sort), and the title: the goal they share, or a
 * neutral one. */
static const char *audit_group(struct report **r, size_t n)
{
	int shared = 1;
	for (size_t i = 1; i < n; i++) {
		struct report *x = r[i];
		size_t j = i;
		while (j > 0 && strcmp(goal_of(r[j - 1]), goal_of(x)) > 0) {
			r[j] = r[j - 1];
			j--;
		}
		r[j] = x;
	}
	for (size_t i = 1; i < n; i++)
		shared &= strcmp(goal_of(r[i]), goal_of(r[0])) == 0;
	if (n == 0 || !shared || *goal_of(r[0]) == '\0')
		return shared ? "Opgaven" : "Opgaven onder meerdere strategische doelstellingen";
	return goal_of(r[0]);
}

/* `voortgang audit`: the 213a review over several opgaven, as a PDF or
 * (--tekst) as tab-separated findings. */
static int cmd_audit(int argc, char **argv)
{
	static const struct option longopts[] = {{"tekst", no_argument, NULL, 'x'},
	                                         {"regels", no_argument, NULL, 'r'},
	                                         {"onderzoek", required_argument, NULL, 'O'},
	                                         {"output", required_argument, NULL, 'o'},
	                                         {"template", required_argument, NULL, 't'},
	                                         {NULL, 0, NULL, 0}};
	const char *out = NULL, *tname = "voortgangsrapportage", *review_path = NULL;
	int text = 0, plain = 0, quiet = 0, c, rc = 0;
	struct review *review = NULL;
	size_t n = 0, ninputs;
	char **inputs;
	struct report **reports;
	struct findings *found;
	struct arena *a;
	struct buf doc = {0};
	opterr = 0;
	diag_set_min_level(LEVEL_WAARSCHUWING);
	while ((c = getopt_long(argc, argv, ":o:t:T:q", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': out = optarg; break;
		case 'O': review_path = optarg; break;
		case 'T':
			if (strcmp(optarg, "tekst") != 0 && strcmp(optarg, "pdf") != 0) {
				msg(D_USAGE, NULL, "onbekend uitvoerformaat '%s' bij audit; kies pdf of tekst", optarg);
				return 2;
			}
			plain = strcmp(optarg, "tekst") == 0;
			break;
		case 't': tname = optarg; break;
		case 'q': quiet = 1; break;
		case 'x': text = 1; break;
		case 'r':
			audit_rules_markdown(&doc);
			fwrite(doc.data, 1, doc.len, stdout);
			buf_free(&doc);
			return run_stdout_status(0);
		default:
			msg(D_USAGE, NULL, "onbekende optie of ontbrekende waarde bij audit; gebruik: voortgang audit [--tekst] "
			                   "[--onderzoek ONDERZOEK.json] [-o BESTAND|-] [-t SJABLOON] [-T pdf|tekst] INVOER.json...");
			return 2;
		}
	}
	if (optind >= argc) {
		msg(D_USAGE, NULL, "geen invoerbestanden; geef de rapportages van de opgaven");
		return 2;
	}
	inputs = batch_inputs(argv + optind, (size_t)(argc - optind), &ninputs); /* folders too */
	reports = xcalloc(ninputs + 1, sizeof *reports);
	found = xcalloc(ninputs + 1, sizeof *found);
	a = arena_new();
	for (size_t i = 0; i < ninputs; i++) {
		unsigned errors = diag_count(LEVEL_FOUT);
		struct report *r;
		diag_set_file(inputs[i]);
		if ((r = report_load(inputs[i])) != NULL)
			reports[n++] = r;
		if (r == NULL || diag_count(LEVEL_FOUT) > errors)
			rc = 1; /* an input that cannot be read as a report: no audit built on part of it */
	}
	if (review_path != NULL) {
		unsigned errors = diag_count(LEVEL_FOUT);
		diag_set_file(review_path);
		review = review_load(review_path);
		if (review == NULL || diag_count(LEVEL_FOUT) > errors)
			rc = 1; /* a review that cannot be read: no audit with part of the auditor's text */
	}
	diag_set_file(NULL);
	batch_free_inputs(inputs, ninputs);
	if (n == 0 && rc == 0) {
		msg(D_USAGE, NULL, "geen .json-bestanden in de opgegeven map");
		rc = 2;
	}
	if (rc == 0) {
		struct audit au = {audit_group(reports, n), (const struct report *const *)reports, found, n, {0, 0, 0}, review};
		for (size_t k = 0; k < n; k++) {
			rules_run(reports[k], a, &found[k]);
			if (reports[k]->meta.datum.year * 10000 + reports[k]->meta.datum.month * 100 + reports[k]->meta.datum.day >
			    au.date.year * 10000 + au.date.month * 100 + au.date.day)
				au.date = reports[k]->meta.datum;
		}
		if (text) {
			audit_text(&au, &doc);
		} else {
			struct template *t = template_load(a, tname);
			struct fontset *fs = t ? fontset_load(t) : NULL;
			struct hyphenator *h = fs ? hyphenator_load(HYPHEN_DIC) : NULL;
			struct layout_doc *d = fs ? format_audit(&au, t, fs, h) : NULL;
			struct pdfdev *p = d && !plain ? pdfdev_new(t, NULL) : NULL;
			if (plain) { /* -T tekst: the audit's page text, for golden tests and proofreading */
				struct textdev *td = d ? textdev_new() : NULL;
				rc = td == NULL || render_doc(d, textdev_ops(), td) != 0 || textdev_ops()->end_doc(td, &doc) != 0 ? 3 : 0;
				textdev_free(td);
			} else {
				rc = p == NULL || render_doc(d, pdfdev_ops(), p) != 0 || pdfdev_ops()->end_doc(p, &doc) != 0 ? 3 : 0;
			}
			if (rc == 0 && !quiet)
				fprintf(stderr, "voortgang: audit over %zu %s: %zu pagina's\n", n, n == 1 ? "opgave" : "opgaven", d->npages);
			pdfdev_free(p);
			layout_doc_free(d);
			hyphenator_free(h);
			fontset_free(fs);
		}
	}
	if (rc == 0) {
		if (((text || plain) && out == NULL) || (out != NULL && strcmp(out, "-") == 0)) {
			if (fwrite(doc.data, 1, doc.len, stdout) != doc.len)
				rc = 3;
		} else {
			const char *path = out ? out : "output/audit.pdf";
			if (out == NULL && !run_is_dir("output") && mkdir("output", 0755) != 0 && errno != EEXIST)
				rc = 3;
			else if (output_write(path, doc.data, doc.len, out != NULL) != 0)
				rc = 3;
			else if (!quiet)
				fprintf(stderr, "voortgang: audit geschreven naar %s\n", path);
		}
	}
	buf_free(&doc);
	for (size_t k = 0; k < n; k++) {
		findings_free(&found[k]);
		report_free(reports[k]);
	}
	free(found);
	free(reports);
	review_free(review);
	arena_free(a);
	if (rc == 1)
		msg(D_NOT_RENDERED, NULL, "geen audit: een invoerbestand bevat fouten; er is niets geschreven");
	return rc ? rc : run_stdout_status(diag_exit_status(diag_worst()));
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* `voortgang templates`: every template in the data folder with its
 * description, checked as it would be for a render. */
static int cmd_templates(int argc, char **argv)
{
	char *dir = datadir_path("templates", ""), **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	DIR *d;
	(void)argv;
	if (argc != 1) {
		msg(D_USAGE, NULL, "templates kent geen argumenten");
		free(dir);
		return 2;
	}
	if ((d = opendir(dir)) == NULL) {
		msg_at(D_TEMPLATE, dir, 0, 0, "kan de sjabloonmap niet lezen: %s", diag_strerror(errno));
		free(dir);
		return 3;
	}
	while ((e = readdir(d)) != NULL) {
		size_t len = strlen(e->d_name);
		if (len > 4 && strcmp(e->d_name + len - 4, ".xml") == 0 && e->d_name[0] != '.') {
			names = xgrow(names, &cap, n + 1, sizeof *names);
			names[n] = xstrdup(e->d_name);
			names[n++][len - 4] = '\0'; /* sorted by name: "a" before "a-b" */
		}
	}
	closedir(d);
	qsort(names, n, sizeof *names, by_name);
	for (size_t i = 0; i < n; i++) {
		struct arena *a = arena_new();
		char *file = xmalloc(strlen(names[i]) + 5), *path;
		sprintf(file, "%s.xml", names[i]);
		path = datadir_path("templates", file);
		free(file);
		struct template *t = template_load(a, path);
		if (t != NULL)
			printf("%-30s %s\n", names[i], t->beschrijving ? t->beschrijving : "");
		free(path);
		free(names[i]);
		arena_free(a);
	}
	free(names);
	free(dir);
	return run_stdout_status(diag_exit_status(diag_worst()));
}

static int cmd_dump(int argc, char **argv)
{
	if (argc != 2) {
		msg(D_USAGE, NULL, "geef precies een invoerbestand");
		return 2;
	}
	struct report *r = report_load(argv[1]);
	if (r != NULL)
		report_dump(r, stdout);
	report_free(r);
	return run_stdout_status(diag_exit_status(diag_worst()));
}

/* VOORTGANG_STATS: the work of the run, for the scaling test. */
static void print_stats(void)
{
	fprintf(stderr, "voortgang: statistiek: %lu allocaties, %llu bytes\n", xalloc_count(), xalloc_bytes());
}

int main(int argc, char **argv)
{
	signal(SIGPIPE, SIG_IGN); /* a closed stdout becomes a write error, not a silent death */
	if (getenv("VOORTGANG_STATS") != NULL)
		atexit(print_stats);
	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		help();
		return run_stdout_status(0);
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("voortgang %s\n", VOORTGANG_VERSION);
		return run_stdout_status(0);
	}
	if (strcmp(argv[1], "render") == 0)
		return cmd_render(argc - 1, argv + 1);
	if (strcmp(argv[1], "check") == 0)
		return cmd_check(argc - 1, argv + 1);
	if (strcmp(argv[1], "dump") == 0)
		return cmd_dump(argc - 1, argv + 1);
	if (strcmp(argv[1], "audit") == 0)
		return cmd_audit(argc - 1, argv + 1);
	if (strcmp(argv[1], "verifieer") == 0)
		return cmd_verifieer(argc - 1, argv + 1);
	if (strcmp(argv[1], "jaar") == 0)
		return cmd_jaar(argc - 1, argv + 1);
	if (strcmp(argv[1], "templates") == 0 || strcmp(argv[1], "sjablonen") == 0)
		return cmd_templates(argc - 1, argv + 1);
	msg(D_USAGE, NULL, "onbekende opdracht \"%s\"", argv[1]);
	usage(stderr);
	return 2;
}
