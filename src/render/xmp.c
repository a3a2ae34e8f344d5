#include "xmp.h"

#include <string.h>

#include "../model/source.h"
#include "../util/buf.h"
#include "../util/utf8.h"

void xmp_escape(struct buf *out, const char *s)
{
	size_t n = strlen(s), i = 0, k;
	uint32_t cp;
	while (i < n) {
		k = utf8_decode(s + i, n - i, &cp);
		if (k == 0) { /* not UTF-8: one replacement per bad byte */
			buf_puts(out, "\xEF\xBF\xBD");
			i++;
			continue;
		}
		if (cp == '&')
			buf_puts(out, "&amp;");
		else if (cp == '<')
			buf_puts(out, "&lt;");
		else if (cp == '>')
			buf_puts(out, "&gt;");
		else if (cp == '"')
			buf_puts(out, "&quot;");
		else if (cp == '\'')
			buf_puts(out, "&apos;");
		else if (!utf8_xml_char(cp))
			buf_puts(out, "\xEF\xBF\xBD");
		else
			buf_append(out, s + i, k);
		i += k;
	}
}

/* <tag>value</tag> on a line of its own. */
static void simple(struct buf *out, const char *tag, const char *value)
{
	if (value == NULL)
		return;
	buf_printf(out, "   <%s>", tag);
	xmp_escape(out, value);
	buf_printf(out, "</%s>\n", tag);
}

/* A language alternative with only the default language. */
static void alt(struct buf *out, const char *tag, const char *value)
{
	if (value == NULL)
		return;
	buf_printf(out, "   <%s><rdf:Alt><rdf:li xml:lang=\"x-default\">", tag);
	xmp_escape(out, value);
	buf_printf(out, "</rdf:li></rdf:Alt></%s>\n", tag);
}

/* A property of an extension schema (PDF/A-1, 6.7.8). */
static void ext_property(struct buf *out, const char *name, const char *type, const char *desc)
{
	buf_printf(out,
	           "        <rdf:li rdf:parseType=\"Resource\">\n"
	           "         <pdfaProperty:name>%s</pdfaProperty:name>\n"
	           "         <pdfaProperty:valueType>%s</pdfaProperty:valueType>\n"
	           "         <pdfaProperty:category>external</pdfaProperty:category>\n"
	           "         <pdfaProperty:description>%s</pdfaProperty:description>\n"
	           "        </rdf:li>\n",
	           name, type, desc);
}

static void ext_schema_begin(struct buf *out, const char *title, const char *ns, const char *prefix)
{
	buf_printf(out,
	           "     <rdf:li rdf:parseType=\"Resource\">\n"
	           "      <pdfaSchema:schema>%s</pdfaSchema:schema>\n"
	           "      <pdfaSchema:namespaceURI>%s</pdfaSchema:namespaceURI>\n"
	           "      <pdfaSchema:prefix>%s</pdfaSchema:prefix>\n"
	           "      <pdfaSchema:property>\n"
	           "       <rdf:Seq>\n",
	           title, ns, prefix);
}

static void ext_schema_end(struct buf *out)
{
	buf_puts(out, "       </rdf:Seq>\n      </pdfaSchema:property>\n     </rdf:li>\n");
}

/* The extension schemas: PDF/A-1 allows only its predefined schemas
 * unless the packet describes the others. */
static void extensions(struct buf *out, const struct xmp_info *x)
{
	buf_puts(out, "  <rdf:Description rdf:about=\"\"\n"
	              "    xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
	              "    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
	              "    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
	              "   <pdfaExtension:schemas>\n    <rdf:Bag>\n");
	if (x->pdfua) {
		ext_schema_begin(out, "PDF/UA Universal Accessibility Schema", "http://www.aiim.org/pdfua/ns/id/",
		                 "pdfuaid");
		ext_property(out, "part", "Integer", "Part of ISO 14289 the document conforms to");
		ext_schema_end(out);
	}
	ext_schema_begin(out, "voortgang: herkomst van het rapport", XMP_NS_HERKOMST, "vg");
	ext_property(out, "Gereedschap", "Text", "Programma en versie waarmee het rapport is gemaakt");
	ext_property(out, "Sjabloon", "Text", "Naam en versie van het sjabloon");
	ext_property(out, "Invoer", "seq Text",
	             "Elk invoerbestand als SHA-256 (hexadecimaal), twee spaties en het pad, zoals sha256sum");
	ext_schema_end(out);
	buf_puts(out, "    </rdf:Bag>\n   </pdfaExtension:schemas>\n  </rdf:Description>\n");
}

static void provenance(struct buf *out, const struct xmp_info *x)
{
	buf_puts(out, "  <rdf:Description rdf:about=\"\" xmlns:vg=\"" XMP_NS_HERKOMST "\">\n");
	simple(out, "vg:Gereedschap", x->tool);
	simple(out, "vg:Sjabloon", x->template_id);
	buf_puts(out, "   <vg:Invoer><rdf:Seq>\n");
	for (size_t i = 0; i < x->nsources; i++) {
		buf_printf(out, "    <rdf:li>%s  ", x->sources[i].sha256);
		xmp_escape(out, x->sources[i].path);
		buf_puts(out, "</rdf:li>\n");
	}
	buf_puts(out, "   </rdf:Seq></vg:Invoer>\n  </rdf:Description>\n");
}

void xmp_build(struct buf *out, const struct xmp_info *x)
{
	buf_puts(out, "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
	              "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
	              " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
	              "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
	              "   <dc:format>application/pdf</dc:format>\n");
	alt(out, "dc:title", x->title);
	if (x->author != NULL) {
		buf_puts(out, "   <dc:creator><rdf:Seq><rdf:li>");
		xmp_escape(out, x->author);
		buf_puts(out, "</rdf:li></rdf:Seq></dc:creator>\n");
	}
	alt(out, "dc:description", x->subject);
	if (x->lang != NULL) {
		buf_puts(out, "   <dc:language><rdf:Bag><rdf:li>");
		xmp_escape(out, x->lang);
		buf_puts(out, "</rdf:li></rdf:Bag></dc:language>\n");
	}
	buf_puts(out, "  </rdf:Description>\n"
	              "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
	simple(out, "xmp:CreatorTool", x->creator_tool);
	simple(out, "xmp:CreateDate", x->date);
	simple(out, "xmp:ModifyDate", x->date);
	simple(out, "xmp:MetadataDate", x->date);
	buf_puts(out, "  </rdf:Description>\n"
	              "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
	simple(out, "pdf:Producer", x->producer);
	simple(out, "pdf:Keywords", x->keywords);
	buf_puts(out, "  </rdf:Description>\n");
	if (x->pdfa)
		buf_puts(out, "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
		              "   <pdfaid:part>1</pdfaid:part>\n"
		              "   <pdfaid:conformance>B</pdfaid:conformance>\n"
		              "  </rdf:Description>\n");
	if (x->pdfua)
		buf_puts(out, "  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
		              "   <pdfuaid:part>1</pdfuaid:part>\n"
		              "  </rdf:Description>\n");
	provenance(out, x);
	extensions(out, x);
	buf_puts(out, " </rdf:RDF>\n</x:xmpmeta>\n");
	/* room to edit the packet in place, as XMP recommends */
	for (int i = 0; i < 4; i++)
		buf_puts(out, "                                                                               \n");
	buf_puts(out, "<?xpacket end=\"w\"?>");
}
