#!/usr/bin/env python3
"""Makes the broken Word files of tests/bad/word/ (run from this folder).
Each breaks one rule of the .docx reader; good fixtures come from
LibreOffice (tests/cases/word/), these cannot."""
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
      'package/2006/content-types"/>')


def put(z, part, data, method=zipfile.ZIP_DEFLATED):
    # a fixed date, so that running this again gives the same bytes
    z.writestr(zipfile.ZipInfo(part, date_time=(2024, 1, 1, 0, 0, 0)), data, compress_type=method)


def docx(name, parts, method=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(name, 'w') as z:
        put(z, '[Content_Types].xml', CT, method)
        for part, data in parts.items():
            put(z, part, data, method)


def body(xml):
    return f'<?xml version="1.0"?><w:document {W}><w:body>{xml}</w:body></w:document>'


open('geen-zip.docx', 'w').write('Dit is platte tekst met de naam .docx\n')
docx('zip-bom.docx', {'word/document.xml': body('<w:p><w:r><w:t>' + ' ' * (8 << 20) + '</w:t></w:r></w:p>')})
docx('te-groot.docx', {'word/document.xml': body('<w:p/>' * (3 << 20))})
docx('xml-kapot.docx', {'word/document.xml': body('<w:p><w:r><w:t>open</w:r></w:p>')})
docx('doctype.docx', {'word/document.xml': '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa">'
                      '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                      f'<w:document {W}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>'})
docx('geen-document.docx', {'word/styles.xml': f'<w:styles {W}/>'})
docx('werkmap.docx', {'xl/workbook.xml': '<workbook/>'})
with zipfile.ZipFile('veel-onderdelen.docx', 'w') as z:
    put(z, 'word/document.xml', body('<w:p><w:r><w:t>x</w:t></w:r></w:p>'))
    for i in range(1001):
        put(z, f'word/media/leeg{i}.txt', '')
docx('diep.docx', {'word/document.xml': body('<w:p>' + '<w:hyperlink>' * 300 + '<w:r><w:t>diep</w:t></w:r>'
                                              + '</w:hyperlink>' * 300 + '</w:p>')})
docx('te-veel-alineas.docx', {'word/document.xml': body('<w:p/>' * 100001)})
docx('tabel-cellen.docx', {'word/document.xml': body('<w:tbl>' + '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="64"/>'
                                                      '</w:tcPr><w:p/></w:tc></w:tr>' * 1600 + '</w:tbl>')})
