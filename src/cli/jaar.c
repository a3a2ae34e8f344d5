/* `voortgang jaar --jaar 2022 [-o BESTAND|MAP|-] [-t SJABLOON] [-T pdf|tekst]
 * [-q] KWARTAAL.json|MAP...`: the annual report (jaarrapportage) of one
 * opgave from its quarterly reports of one year. Every input is loaded and
 * checked as `render` does; inputs that do not make one year (another
 * opgave or year, a quarter twice, a period that is not a quarter) are
 * errors, and any error means nothing is written. A missing quarter is a
 * warning, and the report itself says so. The document is written in
 * archive mode. */
#include "jaar.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../batch.h"
#include "../check/check.h"
#include "../format/year_fmt.h"
#include "../input/files.h"
#include "../input/report_json.h"
#include "../layout/fontset.h"
#include "../layout/layout.h"
#include "../layout/page.h"
#include "../model/report.h"
#include "../model/year.h"
#include "../render/output.h"
#include "../text/nlformat.h"
#include "../text/hyphenate.h"
#include "../util/arena.h"
#include "../util/buf.h"
#include "../util/diag.h"
#include "../util/xalloc.h"
#include "run.h"
#include "../render/pdfdev.h"

#define JAAR_USAGE                                                                                          \
	"gebruik: voortgang jaar --jaar JAAR [-o BESTAND|MAP|-] [-t SJABLOON] [-T pdf|tekst] [-q] "          \
	"KWARTAAL.json|MAP..."

static const char *const ordinal[YEAR_QUARTERS] = {"eerste", "tweede", "derde", "vierde"};

static void help(void)
{
	fputs(JAAR_USAGE "\n\n"
	      "Maakt de jaarrapportage van één opgave uit haar kwartaalrapportages van één jaar:\n"
	      "begroot en besteed over het jaar, indicatoren, prestaties en netwerkpartners per kwartaal,\n"
	      "wat er van kwartaal tot kwartaal veranderde, en de teksten van de kwartalen als bijlage.\n"
	      "Een ontbrekend kwartaal wordt gemeld en in de rapportage vermeld. Standaard uitvoer:\n"
	      "output/<naam>-<jaar>.pdf, waarbij <naam> de naam van het eerste invoerbestand is zonder\n"
	      "het kwartaal (meedoen-schuldenvrij-2022q1.json geeft meedoen-schuldenvrij-2022.pdf).\n\n"
	      "  --jaar JAAR      het jaar van de kwartalen (verplicht)\n"
	      "  -o BESTAND|MAP   uitvoerbestand of uitvoermap; - is standaarduitvoer\n"
	      "  -t SJABLOON      sjabloon (standaard jaarrapportage)\n"
	      "  -T pdf|tekst     uitvoerformaat: PDF (standaard, archiefversie) of platte tekst\n"
	      "  -q               geen regel over het geschreven bestand\n",
	      stdout);
}

/* The year from --jaar: four digits, 1900-2999; 0 when it is not. */
static int parse_year(const char *s)
{
	if (strlen(s) != 4 || strspn(s, "0123456789") != 4)
		return 0;
	return atoi(s) >= 1900 && atoi(s) <= 2999 ? atoi(s) : 0;
}

/* A file name from the opgave's name: "Meedoen en Schuldenvrij" ->
 * "meedoen-en-schuldenvrij"; letters and digits, the rest one hyphen. */
static char *slug(const char *name)
{
	char *s = xmalloc(strlen(name ? name : "") + 8), *o = s;
	for (const char *p = name ? name : ""; *p; p++) {
		char c = *p >= 'A' && *p <= 'Z' ? (char)(*p - 'A' + 'a') : *p;
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			*o++ = c;
		else if (o > s && o[-1] != '-')
			*o++ = '-';
	}
	while (o > s && o[-1] == '-')
		o--;
	if (o == s)
		o += sprintf(s, "opgave");
	*o = '\0';
	return s;
}

static int separator(char c)
{
	return c == '-' || c == '_' || c == '.';
}

/* The name of the annual report without extension: the first input's
 * name without its year and quarter ("meedoen-schuldenvrij-2022q1",
 * "ms_2022-Q1"), or the opgave's name when the input's name has none,
 * then "-<jaar>". Malloc'ed. */
static char *output_stem(const char *input, const char *opgave, int jaar)
{
	char *stem = files_stem(input), *out;
	size_t n = strlen(stem);
	int ok = n >= 6 && (stem[n - 2] == 'q' || stem[n - 2] == 'Q') && stem[n - 1] >= '1' && stem[n - 1] <= '4';
	if (ok) {
		n -= 2;
		if (n > 0 && separator(stem[n - 1]))
			n--;
		ok = n >= 4 && strspn(stem + n - 4, "0123456789") >= 4;
		n -= ok ? 4 : 0;
		while (ok && n > 0 && separator(stem[n - 1]))
			n--;
	}
	if (!ok || n == 0) {
		free(stem);
		stem = slug(opgave);
		n = strlen(stem);
	}
	out = xmalloc(n + 16);
	snprintf(out, n + 16, "%.*s-%d", (int)n, stem, jaar);
	free(stem);
	return out;
}

/* Each problem of the year as a Dutch message naming the input; a
 * missing quarter only when every input could be read (an unreadable one
 * may be that quarter). */
static void report_problems(const struct year *y, struct report *const *r, int with_missing)
{
	for (size_t i = 0; i < y->nproblems; i++) {
		const struct year_problem *p = &y->problems[i];
		if (p->kind == YP_MISSING && !with_missing)
			continue;
		const struct report *in = r[p->input], *other = r[p->other];
		const char *per = in->meta.periode.text ? in->meta.periode.text : "?";
		switch (p->kind) {
		case YP_OTHER_OPGAVE:
			msg_path(D_YEAR_INPUT, in->source, "$.opgave.naam",
			         "gaat over opgave \"%s\", maar %s over \"%s\"; een jaarrapportage gaat over één opgave: geef "
			         "alleen de kwartaalrapportages van die opgave",
			         in->opgave.naam, other->source, other->opgave.naam);
			break;
		case YP_NOT_QUARTER:
			msg_path(D_YEAR_INPUT, in->source, "$.rapport.periode",
			         "periode \"%s\" is geen kwartaal; een jaarrapportage wordt gemaakt uit kwartaalrapportages "
			         "(periode %d-Q1 tot en met %d-Q4)",
			         per, y->jaar, y->jaar);
			break;
		case YP_OTHER_YEAR:
			msg_path(D_YEAR_INPUT, in->source, "$.rapport.periode",
			         "periode \"%s\" ligt niet in %d; geef alleen kwartaalrapportages over %d, of kies het jaar met "
			         "--jaar %d",
			         per, y->jaar, y->jaar, in->meta.periode.year);
			break;
		case YP_DUPLICATE:
			msg_path(D_YEAR_DUPLICATE, in->source, "$.rapport.periode",
			         "het %s kwartaal van %d staat ook in %s; geef elk kwartaal één keer", ordinal[p->quarter - 1],
			         y->jaar, other->source);
			break;
		case YP_OTHER_UNIT:
			msg_path(D_YEAR_INPUT, in->source, "$.kaders_en_randvoorwaarden.middelen.eenheid",
			         "middelen in \"%s\", maar %s rekent in \"%s\"; gebruik in alle kwartalen dezelfde eenheid",
			         in->middelen.eenheid ? in->middelen.eenheid : "", other->source,
			         other->middelen.eenheid ? other->middelen.eenheid : "");
			break;
		case YP_MISSING:
			msg(D_YEAR_MISSING, NULL,
			    "het %s kwartaal van %d ontbreekt: geen invoerbestand heeft periode %d-Q%d; de jaarrapportage "
			    "vermeldt dat, maar voeg de rapportage toe als die er is",
			    ordinal[p->quarter - 1], y->jaar, y->jaar, p->quarter);
			break;
		default:
			break;
		}
	}
}

/* Where quarters contradict each other: a warning naming both quarters,
 * the item and both values. */
static void report_conflicts(const struct year *y)
{
	for (size_t i = 0; i < y->nwarnings; i++) {
		const struct year_warning *w = &y->warnings[i];
		const struct report *to = y->q[w->to];
		char a[64], b[64], per[32];
		switch (w->kind) {
		case YW_UNIT: {
			const struct indicator *x = y->indicatoren[w->item].at[w->from], *z = y->indicatoren[w->item].at[w->to];
			msg_path(D_YEAR_CONFLICT, to->source, "$.data_en_informatie.indicatoren",
			         "indicator \"%s\" heeft in het %s kwartaal eenheid \"%s\", in het %s kwartaal \"%s\"; de reeksen "
			         "zijn dan niet te vergelijken: gebruik één eenheid, of geef de indicator een nieuwe naam",
			         y->indicatoren[w->item].naam, ordinal[w->from], x->eenheid ? x->eenheid : "(geen)",
			         ordinal[w->to], z->eenheid ? z->eenheid : "(geen)");
			break;
		}
		case YW_SPENDING_DOWN: {
			const struct year_budget_row *row = &y->budget.rows[w->item];
			msg_path(D_YEAR_CONFLICT, to->source, "$.kaders_en_randvoorwaarden.middelen",
			         "besteed in %d voor \"%s\" daalt van %s (%s kwartaal) naar %s (%s kwartaal); besteed is "
			         "cumulatief en kan alleen stijgen: controleer de cijfers of licht de correctie toe",
			         y->jaar, row->naam, nl_amount(a, sizeof a, row->besteed[w->from].q, y->budget.decimals),
			         ordinal[w->from], nl_amount(b, sizeof b, row->besteed[w->to].q, y->budget.decimals),
			         ordinal[w->to]);
			break;
		}
		case YW_REVISED:
			msg_path(D_YEAR_CONFLICT, to->source, "$.data_en_informatie.indicatoren",
			         "indicator \"%s\": de waarde over %s is in het %s kwartaal %s en was in het %s kwartaal %s; de "
			         "jaarrapportage toont de herziene waarde",
			         y->indicatoren[w->item].naam, nl_period_short(per, sizeof per, &w->periode), ordinal[w->to],
			         nl_value(b, sizeof b, &w->now), ordinal[w->from], nl_value(a, sizeof a, &w->was));
			break;
		default:
			break;
		}
	}
}

static unsigned error_count(void)
{
	return diag_count(LEVEL_FOUT) + diag_count(LEVEL_SYSTEEM) + diag_count(LEVEL_GEBRUIK);
}

/* Loads and checks every input; the reports that could be read go into
 * r (n of them). Returns 0, or -1 when any input has an error. */
static int load_all(char **inputs, size_t ninputs, struct report **r, size_t *n)
{
	unsigned before = error_count();
	*n = 0;
	for (size_t i = 0; i < ninputs; i++) {
		struct report *rep = report_load(inputs[i]);
		if (rep == NULL)
			continue;
		check_report(rep);
		r[(*n)++] = rep;
	}
	return error_count() > before || *n < ninputs ? -1 : 0;
}

/* Formats, renders and writes the year; 0, or -1 after a message. */
static int write_year(struct run *run, const struct year *y, const char *first_input)
{
	struct layout_doc *d = NULL;
	struct buf out = {0};
	char *stem = NULL, *name = NULL, *path = NULL;
	int rc = -1;
	if (run_resources(run, &y->report) != 0)
		goto out;
	d = format_year(y, run->tpl, run->fonts, run->hyph, run->archive);
	if (d->npages > LAYOUT_MAX_PAGES || d->over_limit) {
		msg(D_JSON_LIMIT, NULL, "de jaarrapportage wordt meer dan %d pagina's, de limiet", LAYOUT_MAX_PAGES);
		goto out;
	}
	if (run_device_render(run, d, &out) != 0)
		goto out;
	stem = output_stem(first_input, y->report.opgave.naam, y->jaar);
	name = xmalloc(strlen(stem) + 6);
	sprintf(name, "%s.json", stem); /* run_output_path takes an input's name */
	path = run_output_path(run, name, 1);
	rc = run_write(run, name, path, &out, NULL);
	if (rc == 0 && path != NULL) {
		if (!run->quiet)
			fprintf(stderr, "voortgang: jaarrapportage %d over %d %s: %zu %s geschreven naar %s\n", y->jaar,
			        y->nquarters, y->nquarters == 1 ? "kwartaal" : "kwartalen", d->npages,
			        d->npages == 1 ? "pagina" : "pagina's", path);
	}
out:
	free(path);
	free(name);
	free(stem);
	buf_free(&out);
	layout_doc_free(d);
	return rc;
}

/* Options into run and *jaar; -1 to stop with *status. */
static int parse_options(int argc, char **argv, struct run *run, int *jaar, int *status)
{
	static const struct option longopts[] = {{"jaar", required_argument, NULL, 'J'},
	                                         {"output", required_argument, NULL, 'o'},
	                                         {"template", required_argument, NULL, 't'},
	                                         {"help", no_argument, NULL, 'h'},
	                                         {NULL, 0, NULL, 0}};
	int c;
	*status = 2;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":o:t:T:qh", longopts, NULL)) != -1) {
		switch (c) {
		case 'J':
			if ((*jaar = parse_year(optarg)) == 0) {
				msg(D_USAGE, NULL, "--jaar \"%s\" is geen jaar; schrijf vier cijfers, bijvoorbeeld --jaar 2022",
				    optarg);
				return -1;
			}
			break;
		case 'o': run->out = optarg; break;
		case 't': run->template_name = optarg; break;
		case 'q': run->quiet = 1; break;
		case 'T':
			if (strcmp(optarg, "pdf") != 0 && strcmp(optarg, "tekst") != 0) {
				msg(D_USAGE, NULL, "onbekend uitvoerformaat \"%s\"; kies pdf of tekst", optarg);
				return -1;
			}
			run->format = strcmp(optarg, "pdf") == 0 ? OUT_PDF : OUT_TEXT;
			break;
		case 'h':
			help();
			*status = run_stdout_status(0);
			return -1;
		case ':':
			msg(D_USAGE, NULL, "optie %s heeft een waarde nodig; " JAAR_USAGE, argv[optind - 1]);
			return -1;
		default:
			msg(D_USAGE, NULL, "onbekende optie \"%s\"; " JAAR_USAGE, argv[optind - 1]);
			return -1;
		}
	}
	if (*jaar == 0) {
		msg(D_USAGE, NULL, "geef het jaar met --jaar, bijvoorbeeld --jaar 2022; " JAAR_USAGE);
		return -1;
	}
	if (optind >= argc) {
		msg(D_USAGE, NULL, "geen invoerbestanden; geef de kwartaalrapportages van het jaar");
		return -1;
	}
	return 0;
}

int cmd_jaar(int argc, char **argv)
{
	struct run run;
	struct report **reports;
	struct year *y = NULL;
	char **inputs;
	size_t ninputs, n = 0;
	int jaar = 0, status = 0, failed;
	memset(&run, 0, sizeof run);
	run.archive = 1; /* the annual report is the archive's copy */
	diag_set_min_level(LEVEL_WAARSCHUWING); /* remarks are for `check` */
	if (parse_options(argc, argv, &run, &jaar, &status) != 0)
		return status;
	inputs = batch_inputs(argv + optind, (size_t)(argc - optind), &ninputs);
	if (ninputs == 0) {
		batch_free_inputs(inputs, ninputs);
		msg(D_USAGE, NULL, "geen .json-bestanden in de opgegeven map");
		return 2;
	}
	reports = xcalloc(ninputs, sizeof *reports);
	failed = load_all(inputs, ninputs, reports, &n);
	if (n > 0) {
		y = year_new((const struct report *const *)reports, n, jaar);
		report_problems(y, reports, !failed);
		failed |= year_errors(y) > 0 ? -1 : 0;
		if (year_errors(y) == 0)
			report_conflicts(y);
	}
	if (failed) {
		msg(D_NOT_RENDERED, NULL, "geen jaarrapportage: de invoer bevat fouten; er is niets geschreven");
	} else {
		output_install_signals();
		run.arena = arena_new();
		if (write_year(&run, y, inputs[0]) != 0 && diag_worst() < LEVEL_FOUT)
			msg(D_NOT_RENDERED, NULL, "geen jaarrapportage geschreven");
		pdfdev_pool_free(run.pdfpool);
		fontset_free(run.fonts);
		hyphenator_free(run.hyph);
		arena_free(run.arena);
	}
	year_free(y);
	for (size_t i = 0; i < n; i++)
		report_free(reports[i]);
	free(reports);
	batch_free_inputs(inputs, ninputs);
	return run_stdout_status(diag_exit_status(diag_worst()));
}
