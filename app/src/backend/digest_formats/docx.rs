//! The digest as a word-processor document (DOCX, written with docx-rs) that the
//! secretariat edits further.

use super::labels::Words;
use crate::backend::OrInternal;
use crate::domain::AppError;
use crate::domain::contributions::DigestContribution;
use crate::domain::digest::{Digest, DigestComment};
use crate::domain::user_text::isolate;
use docx_rs::{Paragraph, Run};

/// An empty paragraph running in the language's direction (right to left for Arabic).
pub(super) fn paragraph(w: Words) -> Paragraph {
    let mut p = Paragraph::new();
    if w.rtl() {
        p.property = p.property.bidi(true);
    }
    p
}

pub(super) fn text_paragraph(w: Words, text: &str) -> Paragraph {
    paragraph(w).add_run(Run::new().add_text(text))
}

pub(super) fn heading(w: Words, level: u8, text: &str) -> Paragraph {
    text_paragraph(w, text).style(&format!("Heading{level}"))
}

pub(super) fn table(w: Words, header: &[String], rows: Vec<Vec<String>>) -> docx_rs::Table {
    use docx_rs::{TableCell, TableRow};
    let cell = |text: &str, bold: bool| {
        let run = Run::new().add_text(text);
        TableCell::new().add_paragraph(paragraph(w).add_run(if bold { run.bold() } else { run }))
    };
    let mut all = vec![TableRow::new(
        header.iter().map(|h| cell(h, true)).collect(),
    )];
    all.extend(
        rows.into_iter()
            .map(|r| TableRow::new(r.iter().map(|c| cell(c, false)).collect())),
    );
    docx_rs::Table::new(all)
}

fn docx_comment(doc: docx_rs::Docx, w: Words, c: &DigestComment, depth: usize) -> docx_rs::Docx {
    let indent = i32::try_from(depth * 567).unwrap_or(0);
    let at = |extra: i32| paragraph(w).indent(Some(indent + extra), None, None, None);
    let mut doc = doc.add_paragraph(
        at(0)
            .add_run(Run::new().add_text(format!("{} — ", c.reference)).bold())
            .add_run(Run::new().add_text(w.attribution(&c.author))),
    );
    let facts = w.comment_facts(c, isolate);
    doc = doc.add_paragraph(at(0).add_run(Run::new().add_text(facts).italic()));
    if let Some(q) = &c.quote {
        doc = doc.add_paragraph(at(567).add_run(Run::new().add_text(q).italic()));
    }
    for para in c.body.split("\n\n").filter(|p| !p.trim().is_empty()) {
        doc = doc.add_paragraph(at(0).add_run(Run::new().add_text(para.replace('\n', " "))));
    }
    for f in &c.files {
        let file = format!("{} ({})", isolate(&f.name), f.href);
        let text = (w.f().attached)(&file);
        doc = doc.add_paragraph(at(0).add_run(Run::new().add_text(text).italic()));
    }
    if let Some(d) = c.disposition {
        let mut text = (w.f().disposition)((w.t().d.disposition_name)(d));
        if let Some(r) = &c.response {
            text.push_str(" — ");
            text.push_str(&isolate(&r.replace('\n', " ")));
        }
        doc = doc.add_paragraph(at(0).add_run(Run::new().add_text(text).bold()));
    }
    for r in &c.replies {
        doc = docx_comment(doc, w, r, depth + 1);
    }
    doc
}

/// The contributions, a section of their own: each under its reference and title, who
/// sent it, when and on what, its page, its files and the start of its text. Nothing when
/// there are none.
fn docx_contributions(
    mut doc: docx_rs::Docx,
    w: Words,
    list: &[DigestContribution],
) -> docx_rs::Docx {
    if list.is_empty() {
        return doc;
    }
    doc = doc.add_paragraph(heading(w, 2, w.t().k.heading));
    for c in list {
        let k = &c.card;
        let facts = w.contribution_facts(c, w.t().datetime);
        let title = format!("{} — {}", k.reference, isolate(&k.title));
        doc = doc
            .add_paragraph(heading(w, 3, &title))
            .add_paragraph(text_paragraph(w, &w.attribution(&k.author)))
            .add_paragraph(paragraph(w).add_run(Run::new().add_text(facts).italic()));
        if !k.files.is_empty() {
            doc = doc.add_paragraph(text_paragraph(w, &w.file_names(c, isolate)));
        }
        doc = doc.add_paragraph(
            paragraph(w)
                .indent(Some(567), None, None, None)
                .add_run(Run::new().add_text(&c.excerpt)),
        );
    }
    doc
}

/// A document with the heading styles the files use.
pub(super) fn styled(mut doc: docx_rs::Docx) -> docx_rs::Docx {
    use docx_rs::{Style, StyleType};
    for (level, size) in [(1u8, 36usize), (2, 30), (3, 26), (4, 23)] {
        doc = doc.add_style(
            Style::new(format!("Heading{level}"), StyleType::Paragraph)
                .name(format!("Heading {level}"))
                .bold()
                .size(size),
        );
    }
    doc
}

/// The document's bytes.
pub(super) fn pack(doc: docx_rs::Docx) -> Result<Vec<u8>, AppError> {
    let mut out = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut out).or_internal()?;
    Ok(out.into_inner())
}

pub fn docx(d: &Digest, w: Words) -> Result<Vec<u8>, AppError> {
    let f = w.f();
    let mut doc = styled(
        docx_rs::Docx::new()
            .created_at(&d.generated_at)
            .updated_at(&d.generated_at),
    );
    doc = doc.add_paragraph(heading(w, 1, &(f.title)(&isolate(&d.consultation_title))));
    for p in &d.papers {
        let line = (f.paper)(&p.code, &isolate(&p.title), p.version);
        doc = doc.add_paragraph(text_paragraph(w, &line));
    }
    doc = doc.add_paragraph(text_paragraph(w, &w.status_line(d)));
    if let Some(line) = w.filters(d, isolate) {
        doc = doc.add_paragraph(text_paragraph(w, &line));
    }
    for t in w.count_tables(d, str::to_owned) {
        doc = doc
            .add_paragraph(heading(w, 2, t.title))
            .add_table(table(w, &t.header, t.rows));
    }
    doc = doc.add_paragraph(heading(w, 2, w.t().g.by_paragraph_heading));
    for s in &d.sections {
        doc = doc.add_paragraph(heading(w, 3, &w.section_place(s)));
        if let Some(text) = &s.paragraph_text {
            doc = doc.add_paragraph(paragraph(w).add_run(Run::new().add_text(text).italic()));
        }
        for g in &s.groups {
            doc = doc.add_paragraph(heading(w, 4, (w.t().group)(g.group)));
            for c in &g.comments {
                doc = docx_comment(doc, w, c, 0);
            }
        }
    }
    if !d.campaigns.is_empty() {
        doc = doc.add_paragraph(heading(w, 2, w.t().g.campaigns));
        for c in &d.campaigns {
            let place = w.place(&c.paper_code, c.paragraph.as_deref());
            doc = doc.add_paragraph(heading(w, 3, &(f.campaign)(c.id, c.size, &place)));
            for para in c.text.split("\n\n").filter(|p| !p.trim().is_empty()) {
                doc = doc.add_paragraph(text_paragraph(w, &para.replace('\n', " ")));
            }
            doc = doc.add_paragraph(text_paragraph(w, f.sent_by));
            for m in &c.members {
                let line = format!("{} — {}", m.reference, w.attribution(&m.author));
                doc = doc.add_paragraph(text_paragraph(w, &line));
            }
        }
    }
    if !d.themes.is_empty() {
        doc = doc.add_paragraph(heading(w, 2, w.t().d.th.digest_heading));
        for t in &d.themes {
            let l = super::themes::lines(w, t);
            doc = doc.add_paragraph(heading(w, 3, &l.heading));
            doc = doc.add_paragraph(text_paragraph(w, &l.size));
            doc = doc.add_paragraph(text_paragraph(w, &l.key_terms));
            for (reference, excerpt) in &l.quotes {
                doc = doc.add_paragraph(text_paragraph(w, &format!("{reference}: {excerpt}")));
            }
            doc = doc.add_paragraph(text_paragraph(w, &l.references));
        }
    }
    pack(docx_contributions(doc, w, &d.contributions))
}
