#!/usr/bin/env python3
"""Makes the documents in app/tests/fixtures/documents/ that app/tests/documents.rs uploads.

The fixtures are committed, so the Rust tests need no Python; this script records how
each one was made and makes them again:

    pip install python-docx==1.2.0 fpdf2==2.8.9 odfpy==1.4.1 pypdf==7.1.1 msoffcrypto-tool==6.1.0
    python3 scripts/make-document-fixtures.py

Good files, which the door accepts and reads:

- position.pdf   two A4 pages (fpdf2, core font Helvetica): "Multistakeholder governance
                 of the Internet" on page 1, "Capacity building in developing countries"
                 on page 2.
- position.docx  python-docx: a heading "Position of the Ministry", a paragraph that
                 starts "Multistakeholder governance of the Internet", and one with a tab
                 and an ampersand ("Priorities:<tab>Security & stability").
- position.odt   odfpy: the same heading and first paragraph, then "Gouvernance de
                 l'Internet, été".
- notes.md       UTF-8 Markdown with English, Arabic and Chinese lines.
- notes.txt      the same kind of text, with a byte-order mark and CRLF line ends.

Hostile or wrong files, which the door refuses:

- encrypted.pdf       position.pdf encrypted by pypdf (RC4-128, user password "secret").
- javascript.pdf      position.pdf whose catalog's /OpenAction is a JavaScript action
                      (pypdf).
- polyglot.pdf        a one-page PDF written by hand whose first line after the header
                      is an HTML page with a script, as a comment; the PDF body and its
                      cross-reference table are valid.
- protected.docx      position.docx encrypted by msoffcrypto-tool (password "secret"): an
                      OLE compound file holding the encrypted package, as Word saves it.
- macros.docm         a zip whose [Content_Types].xml names the macro-enabled main part,
                      with word/document.xml and a word/vbaProject.bin.
- program.pdf         an ELF executable header and binary bytes (NULs included).
- empty.txt           zero bytes.
- not-a-document.zip  a plain zip holding a text file.
- broken.pdf          "%PDF-1.4", the start of an object, then seeded random bytes: no
                      cross-reference table, no trailer.
- spreadsheet.xlsx    a minimal OOXML spreadsheet: a zip with [Content_Types].xml, but
                      no word/document.xml.

Zip bombs are not kept as files: the Rust test builds them when it runs.

Every file but encrypted.pdf, javascript.pdf and protected.docx comes out byte for byte
the same on each run (fixed dates, fixed zip timestamps, a seeded generator); encryption
draws random salts and pypdf a random file identifier, so those three differ each time.
"""

import datetime
import io
import random
import zipfile
from pathlib import Path

import docx
from fpdf import FPDF
from msoffcrypto.format.ooxml import OOXMLFile
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties
from odf.text import H, P
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

OUT = Path(__file__).resolve().parent.parent / "app" / "tests" / "fixtures" / "documents"

GOVERNANCE = "Multistakeholder governance of the Internet"
CAPACITY = "Capacity building in developing countries"
FIXED_DATE = datetime.datetime(2026, 1, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)
ZIP_DATE = (2026, 1, 1, 12, 0, 0)


def write(name: str, data: bytes) -> None:
    path = OUT / name
    path.write_bytes(data)
    print(f"{name:20} {len(data):6} bytes")


def fixed_zip(data: bytes) -> bytes:
    """The same archive with every member dated ZIP_DATE (in the same order, each stored or
    deflated as before), so that making it twice gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            fixed.compress_type = info.compress_type
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def zip_of(members: list[tuple[str, bytes]]) -> bytes:
    """A deflated zip of `members`, in order, dated ZIP_DATE."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, content)
    return out.getvalue()


# Good files.


def position_pdf() -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Position paper")
    pdf.set_author("Ministry of Communications")
    pdf.set_font("Helvetica", size=12)
    pdf.add_page()
    pdf.cell(text="Position paper", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(text=GOVERNANCE + ".", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(text="The Internet is run by many hands.", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.cell(text=CAPACITY + ".", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(text="Training, exchanges and shared infrastructure.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def position_docx() -> bytes:
    document = docx.Document()
    properties = document.core_properties
    properties.author = "Ministry of Communications"
    properties.last_modified_by = "Ministry of Communications"
    properties.created = FIXED_DATE.replace(tzinfo=None)
    properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.revision = 1
    document.add_heading("Position of the Ministry", level=1)
    document.add_paragraph(GOVERNANCE + " is the model we support.")
    # python-docx writes the tab as <w:tab/> and the ampersand as &amp;.
    document.add_paragraph("Priorities:\tSecurity & stability")
    out = io.BytesIO()
    document.save(out)
    return fixed_zip(out.getvalue())


def position_odt() -> bytes:
    document = OpenDocumentText()
    heading = Style(name="Heading 1", family="paragraph")
    heading.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    document.styles.addElement(heading)
    document.text.addElement(H(outlinelevel=1, stylename=heading, text="Position of the Ministry"))
    document.text.addElement(P(text=GOVERNANCE + " is the model we support."))
    document.text.addElement(P(text="Gouvernance de l'Internet, été"))
    out = io.BytesIO()
    document.write(out)
    return fixed_zip(out.getvalue())


NOTES = f"""# Notes on Internet governance

{GOVERNANCE} brings governments, companies, civil society and the technical
community to one table.

## حوكمة الإنترنت

تشارك جميع الأطراف في حوكمة الإنترنت.

## 互联网治理

多利益相关方共同参与互联网治理。
"""


def notes_md() -> bytes:
    return NOTES.encode("utf-8")


def notes_txt() -> bytes:
    text = NOTES.replace("# ", "").replace("#", "")
    return b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")


# Hostile or wrong files.


def encrypted_pdf(plain: bytes) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain)))
    writer.encrypt(user_password="secret", owner_password="secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def javascript_pdf(plain: bytes) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain)))
    # The catalog's /OpenAction becomes a JavaScript action (fpdf2 wrote a page view there).
    writer.root_object[NameObject("/OpenAction")] = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert('This document runs a script.');"),
        }
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def hand_written_pdf(header: bytes, text: str) -> bytes:
    """A one-page PDF with `text` in Helvetica, after `header`, with a correct
    cross-reference table."""
    content = f"BT /F1 12 Tf 72 770 Td ({text}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(header)
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def polyglot_pdf() -> bytes:
    header = b"%PDF-1.4\n%<html><script>alert(1)</script></html>\n"
    return hand_written_pdf(header, GOVERNANCE)


def protected_docx(plain: bytes) -> bytes:
    encrypted = io.BytesIO()
    OOXMLFile(io.BytesIO(plain)).encrypt("secret", encrypted)
    return encrypted.getvalue()


def macros_docm() -> bytes:
    types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    document_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
        "</Relationships>"
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>Enable content to read this position.</w:t></w:r></w:p></w:body>"
        "</w:document>"
    )
    # Not a working VBA project: the OLE signature a real one starts with, then filler.
    vba = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(range(256)) * 4
    return zip_of(
        [
            ("[Content_Types].xml", types.encode()),
            ("_rels/.rels", rels.encode()),
            ("word/document.xml", document.encode()),
            ("word/_rels/document.xml.rels", document_rels.encode()),
            ("word/vbaProject.bin", vba),
        ]
    )


def program_pdf() -> bytes:
    # A 64-byte ELF64 header (x86-64, executable) followed by code-like bytes.
    header = (
        b"\x7fELF\x02\x01\x01\x00" + bytes(8)
        + (2).to_bytes(2, "little") + (0x3E).to_bytes(2, "little") + (1).to_bytes(4, "little")
        + (0x401000).to_bytes(8, "little") + (64).to_bytes(8, "little") + bytes(8)
        + bytes(4) + (64).to_bytes(2, "little") + (56).to_bytes(2, "little")
        + (1).to_bytes(2, "little") + bytes(6)
    )
    assert len(header) == 64
    body = b"\x48\x31\xff\xb8\x3c\x00\x00\x00\x0f\x05" + bytes(54) + bytes(range(256))
    return header + body


def not_a_document_zip() -> bytes:
    return zip_of([("readme.txt", b"Just a text file in a zip.\n")])


def broken_pdf() -> bytes:
    garbage = random.Random(20260101).randbytes(2048)
    return b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Ty" + garbage


def spreadsheet_xlsx() -> bytes:
    types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    )
    workbook_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        "</Relationships>"
    )
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Comments" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'
        + GOVERNANCE
        + "</t></is></c></row></sheetData></worksheet>"
    )
    return zip_of(
        [
            ("[Content_Types].xml", types.encode()),
            ("_rels/.rels", rels.encode()),
            ("xl/workbook.xml", workbook.encode()),
            ("xl/_rels/workbook.xml.rels", workbook_rels.encode()),
            ("xl/worksheets/sheet1.xml", sheet.encode()),
        ]
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    pdf = position_pdf()
    document = position_docx()
    write("position.pdf", pdf)
    write("position.docx", document)
    write("position.odt", position_odt())
    write("notes.md", notes_md())
    write("notes.txt", notes_txt())
    write("encrypted.pdf", encrypted_pdf(pdf))
    write("javascript.pdf", javascript_pdf(pdf))
    write("polyglot.pdf", polyglot_pdf())
    write("protected.docx", protected_docx(document))
    write("macros.docm", macros_docm())
    write("program.pdf", program_pdf())
    write("empty.txt", b"")
    write("not-a-document.zip", not_a_document_zip())
    write("broken.pdf", broken_pdf())
    write("spreadsheet.xlsx", spreadsheet_xlsx())


if __name__ == "__main__":
    main()
