#include "provenance_read.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "../model/source.h"
#include "../util/arena.h"
#include "../util/diag.h"
#include "../util/xalloc.h"

#define PROV_MAX_PDF (1024L * 1024L * 1024L) /* a report larger than 1 GB is not ours */
#define PROV_MAX_FILES 10000

/* The whole file, or NULL after a message. */
static char *slurp(const char *path, size_t *len)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC); /* a FIFO must not hang us */
	struct stat st;
	FILE *fp;
	char *data;
	long n;
	if (fd < 0) {
		msg_at(D_FILE_READ, path, 0, 0, "kan het rapport niet openen: %s", diag_strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || (fp = fdopen(fd, "rb")) == NULL) {
		msg_at(D_FILE_READ, path, 0, 0, "kan het rapport niet lezen: het is geen gewoon bestand");
		close(fd);
		return NULL;
	}
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	if (fseek(fp, 0, SEEK_END) != 0 || (n = ftell(fp)) < 0 || n > PROV_MAX_PDF || fseek(fp, 0, SEEK_SET) != 0) {
		msg_at(D_FILE_READ, path, 0, 0, "kan het rapport niet lezen (geen gewoon bestand, of groter dan 1 GB)");
		fclose(fp);
		return NULL;
	}
	data = xmalloc((size_t)n + 1);
	*len = fread(data, 1, (size_t)n, fp);
	fclose(fp);
	data[*len] = '\0';
	return data;
}

static const char *find(const char *hay, size_t n, const char *needle)
{
	size_t k = strlen(needle);
	for (const char *p = hay; n >= k && (size_t)(p - hay) <= n - k; p++) {
		p = memchr(p, needle[0], n - k - (size_t)(p - hay) + 1);
		if (p == NULL)
			return NULL;
		if (memcmp(p, needle, k) == 0)
			return p;
	}
	return NULL;
}

static int is_ours(xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && n->ns != NULL &&
	       strcmp((const char *)n->ns->href, XMP_NS_HERKOMST) == 0 && strcmp((const char *)n->name, name) == 0;
}

static const char *text_of(struct arena *a, xmlNode *n)
{
	xmlChar *t = xmlNodeGetContent(n);
	const char *s = arena_strdup(a, t ? (const char *)t : "");
	xmlFree(t);
	return s;
}

/* One rdf:li of vg:Invoer: 64 hex digits, two spaces, the path. */
static int add_file(struct arena *a, struct provenance *p, const char *li, size_t *cap)
{
	size_t k = strspn(li, "0123456789abcdef");
	if (k != 64 || strncmp(li + 64, "  ", 2) != 0 || li[66] == '\0' || p->nfiles >= PROV_MAX_FILES)
		return -1;
	if (p->nfiles == *cap) {
		struct source_file *grown = arena_alloc(a, (*cap = *cap ? 2 * *cap : 16) * sizeof *grown);
		if (p->nfiles)
			memcpy(grown, p->files, p->nfiles * sizeof *grown);
		p->files = grown;
	}
	memcpy(p->files[p->nfiles].sha256, li, 64);
	p->files[p->nfiles].sha256[64] = '\0';
	p->files[p->nfiles++].path = li + 66;
	return 0;
}

/* Walks the packet for our properties. */
static int walk(struct arena *a, xmlNode *n, struct provenance *p, size_t *cap, int *found)
{
	for (; n != NULL; n = n->next) {
		if (is_ours(n, "Gereedschap")) {
			p->tool = text_of(a, n);
			*found = 1;
		} else if (is_ours(n, "Sjabloon")) {
			p->template_id = text_of(a, n);
		} else if (is_ours(n, "Invoer")) {
			*found = 1;
			for (xmlNode *seq = n->children; seq != NULL; seq = seq->next)
				for (xmlNode *li = seq->type == XML_ELEMENT_NODE ? seq->children : NULL; li; li = li->next)
					if (li->type == XML_ELEMENT_NODE && add_file(a, p, text_of(a, li), cap) != 0)
						return -1;
		} else if (walk(a, n->children, p, cap, found) != 0) {
			return -1;
		}
	}
	return 0;
}

int provenance_read(struct arena *a, const char *path, struct provenance *p)
{
	size_t len = 0, cap = 0;
	char *data = slurp(path, &len);
	const char *at, *from, *end;
	int found = 0, rc = -1;
	memset(p, 0, sizeof *p);
	if (data == NULL)
		return -1;
	if (len < 8 || memcmp(data, "%PDF-", 5) != 0) {
		msg_at(D_VERIFY, path, 0, 0, "dit is geen PDF-bestand");
		free(data);
		return -1;
	}
	/* the packet that declares our namespace; images may carry others */
	for (at = data; (from = find(at, len - (size_t)(at - data), "<x:xmpmeta")) != NULL; at = end) {
		end = find(from, len - (size_t)(from - data), "</x:xmpmeta>");
		if (end == NULL)
			break;
		end += strlen("</x:xmpmeta>"); /* the next search starts here: one pass over the file */
		if (find(from, (size_t)(end - from), XMP_NS_HERKOMST) == NULL)
			continue;
		xmlDoc *doc = xmlReadMemory(from, (int)(end - from), "xmp.xml", "UTF-8",
		                            XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
		if (doc != NULL) {
			rc = walk(a, xmlDocGetRootElement(doc), p, &cap, &found) == 0 && found ? 0 : -1;
			xmlFreeDoc(doc);
		}
		break;
	}
	free(data);
	if (rc != 0)
		msg_at(D_VERIFY, path, 0, 0, "dit rapport draagt geen (leesbare) herkomstgegevens van voortgang: het is "
		                              "met een ander programma gemaakt, of het bestand is beschadigd");
	return rc;
}
