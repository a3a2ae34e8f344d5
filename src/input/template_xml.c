#include "template_xml.h"

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../model/fields.h"
#include "../model/template.h"
#include "../util/arena.h"
#include "../util/diag.h"
#include "../util/xalloc.h"
#include "datadir.h"
#include "files.h"
#include "template_body.h"

#define MM (72.0 / 25.4)



/* A well-formedness error of libxml2's parser in Dutch, by its code. */
static const char *parser_error(int code)
{
	switch (code) {
	case XML_ERR_DOCUMENT_EMPTY: return "het bestand is leeg of bevat geen element";
	case XML_ERR_DOCUMENT_END:
	case XML_ERR_EXTRA_CONTENT: return "er staat nog iets na het laatste element";
	case XML_ERR_INVALID_CHAR:
	case XML_ERR_INVALID_ENCODING: return "een teken dat in XML niet mag, of geen UTF-8";
	case XML_ERR_ENTITYREF_SEMICOL_MISSING:
	case XML_ERR_UNDECLARED_ENTITY:
	case XML_WAR_UNDECLARED_ENTITY: return "een onbekende entiteit; schrijf &amp; voor een losse &";
	case XML_ERR_LT_IN_ATTRIBUTE: return "een < in een attribuutwaarde; schrijf &lt;";
	case XML_ERR_STRING_NOT_CLOSED:
	case XML_ERR_ATTRIBUTE_NOT_STARTED:
	case XML_ERR_ATTRIBUTE_NOT_FINISHED:
	case XML_ERR_ATTRIBUTE_WITHOUT_VALUE: return "een attribuut zonder waarde tussen aanhalingstekens";
	case XML_ERR_ATTRIBUTE_REDEFINED: return "een attribuut staat twee keer in hetzelfde element";
	case XML_ERR_NAME_REQUIRED:
	case XML_ERR_SPACE_REQUIRED: return "een element- of attribuutnaam ontbreekt of is ongeldig";
	case XML_ERR_GT_REQUIRED:
	case XML_ERR_LTSLASH_REQUIRED:
	case XML_ERR_TAG_NOT_FINISHED: return "een element is niet afgesloten";
	case XML_ERR_TAG_NAME_MISMATCH:
	case XML_ERR_NOT_WELL_BALANCED: return "begin- en eindtag horen niet bij elkaar";
	case XML_ERR_HYPHEN_IN_COMMENT: return "-- in een commentaar";
	case XML_ERR_NS_DECL_ERROR: return "een ongeldige naamruimte";
	default: return NULL;
	}
}

/* libxml2's messages are English and may give advice meant for
 * programmers ("use XML_PARSE_HUGE"): what is not translated here or in
 * translate() becomes a Dutch sentence with libxml2's error number. */
static void dutch(const xmlError *e, char *text, size_t sz)
{
	const char *nl = e->domain == XML_FROM_PARSER ? parser_error(e->code) : NULL;
	if (strstr(text, "XML_PARSE_HUGE") != NULL || strstr(text, "Excessive depth") != NULL ||
	    strstr(text, "huge") != NULL)
		snprintf(text, sz, "het sjabloon is dieper genest of bevat een langere tekst dan libxml2 toelaat; "
		                   "vereenvoudig het");
	else if (nl != NULL)
		snprintf(text, sz, "%s (XML-fout %d)", nl, e->code);
	else if (e->domain == XML_FROM_RELAXNGV || e->domain == XML_FROM_RELAXNGP)
		snprintf(text, sz, "het sjabloon volgt templates/sjabloon.rng niet (schemafout %d)", e->code);
	else
		snprintf(text, sz, "het XML is niet goed gevormd (XML-fout %d)", e->code);
}

/* The common RelaxNG messages in Dutch; 0 when translated. */
static int translate(char *text, size_t sz)
{
	static const struct {
		const char *en, *nl; /* English pattern with one %s, Dutch with one %s */
	} tr[] = {
	    {"Element %127[^ ] failed to validate attributes", "element <%s> heeft een ongeldig of ontbrekend attribuut"},
	    {"Did not expect element %127[^ ] there", "element <%s> is hier niet toegestaan"},
	    {"Expecting an element %127[^,], got nothing", "element <%s> ontbreekt"},
	    {"Expecting element %127[^,], got", "element <%s> verwacht"},
	    {"Element %127[^ ] has extra content", "element <%s> bevat iets wat het schema niet kent"},
	    {"Invalid attribute %127[^ ]", "onbekend attribuut \"%s\""},
	};
	char word[128];
	for (size_t i = 0; i < sizeof tr / sizeof tr[0]; i++)
		if (sscanf(text, tr[i].en, word) == 1) {
			int n = snprintf(text, sz, tr[i].nl, word);
			if (n > 0 && (size_t)n < sz)
				snprintf(text + n, sz - (size_t)n, " (zie templates/sjabloon.rng)");
			return 0;
		}
	return -1;
}

static int xml_errors; /* errors reported for the current document */

/* libxml2 reports errors here; we turn them into our format. Only the
 * first error of a document is shown: the rest usually follow from it. */
static void xml_error(void *ctx, xmlErrorPtr e)
{
	const char *file = ctx;
	char text[512];
	size_t n;
	if (e == NULL || e->level == XML_ERR_WARNING || xml_errors++ > 0)
		return;
	snprintf(text, sizeof text, "%s", e->message != NULL ? e->message : "onbekende fout");
	n = strlen(text);
	while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == ' '))
		text[--n] = '\0';
	if (translate(text, sizeof text) != 0)
		dutch(e, text, sizeof text);
	msg_at(D_TEMPLATE, e->file != NULL ? e->file : file, e->line, e->int2,
	       "sjabloon ongeldig: %s", text);
}

/* Parses with network, DTDs and entity substitution off. A document that
 * declares a DOCTYPE is refused outright (no XXE, no entity bombs). */
static xmlDocPtr parse_safely(const char *path, const char *data, size_t len)
{
	int opts = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES;
	xmlDocPtr doc;
	xmlSetStructuredErrorFunc((void *)path, xml_error);
	doc = xmlReadMemory(data, (int)len, path, "UTF-8", opts);
	if (doc != NULL && (doc->intSubset != NULL || doc->extSubset != NULL)) {
		msg_at(D_TEMPLATE, path, 0, 0,
		       "sjabloon bevat een DOCTYPE; dat is niet toegestaan (geen DTD of entiteiten)");
		xmlFreeDoc(doc);
		doc = NULL;
	}
	return doc;
}

static int validate(const char *path, xmlDocPtr doc)
{
	char *rng = datadir_path("templates", "sjabloon.rng");
	xmlRelaxNGParserCtxtPtr pctx = xmlRelaxNGNewParserCtxt(rng);
	xmlRelaxNGPtr schema = NULL;
	xmlRelaxNGValidCtxtPtr vctx = NULL;
	int rc = -1;

	if (pctx == NULL)
		goto out;
	xmlRelaxNGSetParserStructuredErrors(pctx, xml_error, rng);
	schema = xmlRelaxNGParse(pctx);
	if (schema == NULL) {
		msg_at(D_TEMPLATE, rng, 0, 0, "het schema kan niet worden gelezen; installeer voortgang opnieuw");
		goto out;
	}
	vctx = xmlRelaxNGNewValidCtxt(schema);
	xmlRelaxNGSetValidStructuredErrors(vctx, xml_error, (void *)path);
	rc = xmlRelaxNGValidateDoc(vctx, doc) == 0 ? 0 : -1;
out:
	xmlRelaxNGFreeValidCtxt(vctx);
	xmlRelaxNGFree(schema);
	xmlRelaxNGFreeParserCtxt(pctx);
	free(rng);
	return rc;
}

/* An attribute copied into the arena (NULL when absent). */
static const char *attr(struct arena *a, xmlNodePtr n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	const char *s;
	if (v == NULL)
		return NULL;
	s = arena_strdup(a, (const char *)v);
	xmlFree(v);
	return s;
}

static double attr_num(xmlNodePtr n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	double d = v != NULL ? strtod((const char *)v, NULL) : 0;
	xmlFree(v);
	return d;
}

static struct rgb attr_colour(xmlNodePtr n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	unsigned long x = v != NULL ? strtoul((const char *)v + 1, NULL, 16) : 0;
	struct rgb c = {((x >> 16) & 0xFF) / 255.0, ((x >> 8) & 0xFF) / 255.0, (x & 0xFF) / 255.0};
	xmlFree(v);
	return c;
}

/* "#0072B2 #E69F00 ...": the schema has checked the form. */
static void attr_palette(xmlNodePtr n, struct template *t)
{
	xmlChar *v = n ? xmlGetProp(n, (const xmlChar *)"kleuren") : NULL;
	const char *p = (const char *)v;
	t->npalette = 0;
	while (p != NULL && *p == '#' && t->npalette < sizeof t->palette / sizeof *t->palette) {
		char *end;
		unsigned long x = strtoul(p + 1, &end, 16);
		t->palette[t->npalette++] = (struct rgb){((x >> 16) & 0xFF) / 255.0, ((x >> 8) & 0xFF) / 255.0,
		                                         (x & 0xFF) / 255.0};
		p = end;
		while (*p == ' ')
			p++;
	}
	xmlFree(v);
}

static xmlNodePtr child(xmlNodePtr parent, const char *name)
{
	for (xmlNodePtr n = parent->children; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0)
			return n;
	return NULL;
}

/* Resolves a font file name inside the data folder's fonts/. */
static const char *font_path(struct arena *a, const char *tpl, xmlNodePtr n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	char *p = datadir_path("fonts", (const char *)v);
	struct stat st;
	const char *s = NULL;
	if (stat(p, &st) == 0 && S_ISREG(st.st_mode))
		s = arena_strdup(a, p);
	else if (stat(p, &st) == 0) /* there, but a folder, a pipe, a device */
		msg_at(D_FONT, tpl, xmlGetLineNo(n), 0,
		       "lettertype \"%s\" staat in de lettertypemap fonts/ van voortgang, maar is geen gewoon bestand; "
		       "installeer voortgang opnieuw",
		       (const char *)v);
	else
		msg_at(D_FONT, tpl, xmlGetLineNo(n), 0,
		       "lettertype \"%s\" staat niet in de lettertypemap fonts/ van voortgang; kies een "
		       "lettertype uit die map",
		       (char *)v);
	xmlFree(v);
	free(p);
	return s;
}

static int running(const char *path, xmlNodePtr n, const char *what, const char *s)
{
	return tpl_check_text(path, (int)xmlGetLineNo(n), what, s, SCOPE_REPORT, 1);
}

/* Fills the template from a schema-valid document; -1 on a font error. */
static int read_template(struct arena *a, const char *path, xmlNodePtr root, struct template *t)
{
	static const char *const font_attr[FONT_STYLE_MAX] = {"normaal", "vet", "cursief", "vetcursief"};
	static const char *const colour_attr[COLOUR_MAX] = {"tekst", "accent", "gedempt", "lijn", "vlak"};
	xmlNodePtr pagina = child(root, "pagina"), fonts = child(root, "lettertypen");
	xmlNodePtr kleuren = child(root, "kleuren"), kop = child(root, "kop"), voet = child(root, "voet");
	xmlChar *desc = xmlNodeGetContent(child(root, "beschrijving"));
	int rc = 0;

	t->path = arena_strdup(a, path);
	t->naam = attr(a, root, "naam");
	t->versie = attr(a, root, "versie");
	t->beschrijving = arena_strdup(a, (const char *)desc);
	xmlFree(desc);
	t->page_w = 210 * MM;
	t->page_h = 297 * MM;
	t->margin_top = attr_num(pagina, "marge-boven") * MM;
	t->margin_bottom = attr_num(pagina, "marge-onder") * MM;
	t->margin_left = attr_num(pagina, "marge-links") * MM;
	t->margin_right = attr_num(pagina, "marge-rechts") * MM;
	for (int i = 0; i < FONT_STYLE_MAX; i++)
		if ((t->font_file[i] = font_path(a, path, fonts, font_attr[i])) == NULL)
			rc = -1;
	t->font_size = attr_num(fonts, "grootte");
	t->line_height = attr_num(fonts, "regelafstand");
	if (t->line_height < t->font_size)
		t->line_height = t->font_size * 1.2;
	for (int i = 0; i < COLOUR_MAX; i++)
		t->colour[i] = attr_colour(kleuren, colour_attr[i]);
	attr_palette(child(root, "grafieken"), t);
	t->kop_links = attr(a, kop, "links");
	t->kop_rechts = attr(a, kop, "rechts");
	t->voet_links = attr(a, voet, "links");
	t->voet_rechts = attr(a, voet, "rechts");
	if (tpl_read_blocks(a, path, child(root, "opbouw"), SCOPE_REPORT, &t->sections, &t->nsections) != 0)
		rc = -1;
	if (running(path, kop, "kop links", t->kop_links) || running(path, kop, "kop rechts", t->kop_rechts) ||
	    running(path, voet, "voet links", t->voet_links) || running(path, voet, "voet rechts", t->voet_rechts))
		rc = -1;
	return rc;
}

struct template *template_load_buffer(struct arena *a, const char *path, const char *data, size_t len)
{
	struct template *t = NULL;
	xmlDocPtr doc;
	if (len > INT_MAX) {
		msg_at(D_FILE_SIZE, path, 0, 0, "sjabloon is te groot");
		return NULL;
	}
	xmlMemSetup(free, xmalloc, xrealloc, xstrdup); /* one allocation-failure path */
	xml_errors = 0;
	doc = parse_safely(path, data, len);
	if (doc != NULL && (xml_errors = 0, validate(path, doc) == 0)) {
		t = arena_alloc(a, sizeof(*t));
		if (read_template(a, path, xmlDocGetRootElement(doc), t) != 0)
			t = NULL;
	}
	xmlSetStructuredErrorFunc(NULL, NULL);
	xmlFreeDoc(doc);
	return t;
}

struct template *template_load(struct arena *a, const char *name_or_path)
{
	size_t n = strlen(name_or_path), len;
	int is_path = strchr(name_or_path, '/') != NULL || (n > 4 && strcmp(name_or_path + n - 4, ".xml") == 0);
	char *path, *data;
	struct template *t = NULL;

	if (is_path) {
		path = xstrdup(name_or_path);
	} else {
		char *file = xmalloc(n + 5);
		struct stat st;
		sprintf(file, "%s.xml", name_or_path);
		path = datadir_path("templates", file);
		free(file);
		if (stat(path, &st) != 0) {
			msg(D_TEMPLATE, NULL,
			    "sjabloon \"%s\" bestaat niet; kies een sjabloon uit de map templates/ van voortgang "
			    "of geef met -t het pad van een .xml-bestand",
			    name_or_path);
			free(path);
			return NULL;
		}
	}
	if ((data = files_read(path, path, &len)) != NULL)
		t = template_load_buffer(a, path, data, len);
	free(data);
	free(path);
	return t;
}
