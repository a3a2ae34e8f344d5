#include "ooxml.h"

#include <libxml/parser.h>
#include <stdlib.h>
#include <string.h>

#include "../util/diag.h"
#include "zipread.h"

/* The part being parsed, for the error handler. */
struct xml_where {
	const char *shown, *part;
	int errors;
};

/* libxml2's first error of a part becomes one D_OFFICE message. */
static void xml_error(void *ctx, xmlErrorPtr e)
{
	struct xml_where *w = ctx;
	char text[256];
	size_t n;
	if (e == NULL || e->level == XML_ERR_WARNING || w->errors++ > 0)
		return;
	snprintf(text, sizeof text, "%s", e->message != NULL ? e->message : "onbekende fout");
	n = strlen(text);
	while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == ' '))
		text[--n] = '\0';
	msg_at(D_OFFICE, w->shown, 0, 0,
	       "onderdeel \"%s\", regel %d: ongeldige XML (%s); sla het bestand opnieuw op",
	       w->part, e->line, text);
}

xmlDocPtr ooxml_parse(const char *data, size_t len, const char *shown, const char *part)
{
	/* no XML_PARSE_NOENT (no entity substitution), no XML_PARSE_HUGE
	 * (libxml2's own depth and text limits stay), no DTD loading */
	int opts = XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR | XML_PARSE_BIG_LINES;
	struct xml_where w = {shown, part, 0};
	xmlDocPtr doc;
	if (len > (size_t)0x7fffffff)
		return NULL;
	xmlSetStructuredErrorFunc(&w, xml_error);
	doc = xmlReadMemory(data, (int)len, part, NULL, opts);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (doc != NULL && (doc->intSubset != NULL || doc->extSubset != NULL)) {
		msg_at(D_OFFICE, shown, 0, 0,
		       "onderdeel \"%s\" bevat een DOCTYPE; dat is niet toegestaan (geen DTD of "
		       "entiteiten)",
		       part);
		xmlFreeDoc(doc);
		return NULL;
	}
	if (doc == NULL && w.errors == 0)
		msg_at(D_OFFICE, shown, 0, 0,
		       "onderdeel \"%s\" is geen XML; sla het bestand opnieuw op", part);
	if (doc != NULL && xmlDocGetRootElement(doc) == NULL) {
		msg_at(D_OFFICE, shown, 0, 0, "onderdeel \"%s\" is leeg", part);
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}

int ooxml_is(const xmlNode *n, const char *name)
{
	return n != NULL && n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

xmlNodePtr ooxml_child(const xmlNode *n, const char *name)
{
	if (n == NULL)
		return NULL;
	for (xmlNodePtr c = n->children; c != NULL; c = c->next)
		if (ooxml_is(c, name))
			return c;
	return NULL;
}

const char *ooxml_attr(const xmlNode *n, const char *name)
{
	if (n == NULL)
		return NULL;
	for (xmlAttrPtr a = n->properties; a != NULL; a = a->next)
		if (strcmp((const char *)a->name, name) == 0 && a->children != NULL &&
		    a->children->type == XML_TEXT_NODE)
			return (const char *)a->children->content;
	return NULL;
}

int ooxml_flag(const xmlNode *prop)
{
	const char *v;
	if (prop == NULL)
		return 0;
	v = ooxml_attr(prop, "val");
	return v == NULL ||
	       !(strcmp(v, "0") == 0 || strcmp(v, "false") == 0 || strcmp(v, "off") == 0);
}

xmlDocPtr ooxml_read_part(struct zipread *z, const char *name, int required, const char *shown, int *broken)
{
	size_t n;
	char *text;
	xmlDocPtr doc;
	if (!required && !zipread_has(z, name))
		return NULL;
	text = zipread_get(z, name, required, &n);
	doc = text != NULL ? ooxml_parse(text, n, shown, name) : NULL;
	free(text);
	if (doc == NULL)
		*broken = 1;
	return doc;
}
