/*
 * Post-processing of a libharu 2.3.0 document before it is saved.
 *
 * With HPDF_UseUTFEncodings() and an embedded TrueType font fetched with
 * the "UTF-8" encoding, libharu writes text as 2-byte codes under
 * /Encoding /Identity-H, where code = CID = Unicode scalar value (BMP
 * only) and /CIDToGIDMap maps CIDs to glyphs.  Its /ToUnicode stream is
 * the wrong kind of CMap (a CID CMap: "begincidrange <0000> <FFFF> 0"),
 * which poppler rejects with "Invalid 'begincidrange' operator".  The
 * stream is built once, when HPDF_GetFont() creates the font, so it can
 * be rewritten in place at any later time.
 */
#ifndef VG_PDFFIX_H
#define VG_PDFFIX_H
#include <hpdf.h>

/*
 * Rewrites the /ToUnicode CMap of every UTF-8 TrueType (Type0) font in
 * the document so that it maps exactly the CIDs whose glyphs are marked
 * as used to their Unicode values, as a valid ToUnicode CMap
 * (beginbfchar/beginbfrange, at most 100 entries per block).  A glyph is
 * marked used once libharu measured or drew a character with it, so call
 * this after all text is drawn and measured, right before
 * HPDF_SaveToFile()/HPDF_SaveToStream(); calling it again is harmless
 * and picks up glyphs used since.  The stream keeps its object number
 * and is compressed like the font when compression is on.  The font's
 * CIDToGIDMap is rewritten to the same codes (every other code maps to
 * glyph 0; the map ends after the highest used code).
 * Returns 0, or -1 when pdf is not a document or is in an error state,
 * before or after the rewrite (libharu's error handler has then been
 * called and HPDF_GetError() tells why; reset it with HPDF_ResetError()).
 */
int pdffix_tounicode(HPDF_Doc pdf);

/*
 * Fills used (0x10000 / 8 bytes, bit code & 7 of byte code >> 3) with the
 * codes of a UTF-8 TrueType font whose glyphs are in its subset, as the
 * ToUnicode CMap lists them. Returns 0, or -1 for any other font.
 */
int pdffix_used_codes(HPDF_Font font, unsigned char *used);

/*
 * Sets /Lang in the document catalog to lang, a language tag such as
 * "nl-NL" (letters, digits and hyphens only, 1 to 63 characters; it is
 * written as a literal string).  Replaces an earlier /Lang.
 * Returns 0, or -1 for an invalid document, a document in an error
 * state, or a malformed tag (then the catalog is left alone).
 */
int pdffix_set_lang(HPDF_Doc pdf, const char *lang);

#endif
