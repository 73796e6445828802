//! The digest as a word-processor document (DOCX, written with docx-rs) that the
//! secretariat edits further.

use super::labels::{
    attribution, contribution_date, contribution_place, count_tables, en, file_names, filters,
    place, section_place, status_line, status_name, tag_names,
};
use crate::backend::OrInternal;
use crate::domain::AppError;
use crate::domain::comment::CommentStatus;
use crate::domain::contributions::DigestContribution;
use crate::domain::digest::{Digest, DigestComment};
use crate::domain::user_text::isolate;

pub(super) fn text_paragraph(text: &str) -> docx_rs::Paragraph {
    docx_rs::Paragraph::new().add_run(docx_rs::Run::new().add_text(text))
}

pub(super) fn heading(level: u8, text: &str) -> docx_rs::Paragraph {
    text_paragraph(text).style(&format!("Heading{level}"))
}

pub(super) fn table(header: &[String], rows: Vec<Vec<String>>) -> docx_rs::Table {
    use docx_rs::{Run, TableCell, TableRow};
    let cell = |text: &str, bold: bool| {
        let run = Run::new().add_text(text);
        TableCell::new().add_paragraph(docx_rs::Paragraph::new().add_run(if bold {
            run.bold()
        } else {
            run
        }))
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

fn docx_comment(doc: docx_rs::Docx, c: &DigestComment, depth: usize) -> docx_rs::Docx {
    use docx_rs::{Paragraph, Run};
    let indent = i32::try_from(depth * 567).unwrap_or(0);
    let mut doc = doc.add_paragraph(
        Paragraph::new()
            .indent(Some(indent), None, None, None)
            .add_run(Run::new().add_text(format!("{} — ", c.reference)).bold())
            .add_run(Run::new().add_text(attribution(&c.author))),
    );
    let mut facts = vec![(en().datetime)(&c.submitted_at)];
    if c.status != CommentStatus::Published {
        facts.push(status_name(c.status).to_owned());
    }
    if !c.tags.is_empty() {
        facts.push(format!("tags: {}", tag_names(c, isolate)));
    }
    doc = doc.add_paragraph(
        Paragraph::new()
            .indent(Some(indent), None, None, None)
            .add_run(Run::new().add_text(facts.join(" · ")).italic()),
    );
    if let Some(q) = &c.quote {
        doc = doc.add_paragraph(
            Paragraph::new()
                .indent(Some(indent + 567), None, None, None)
                .add_run(Run::new().add_text(q).italic()),
        );
    }
    for para in c.body.split("\n\n").filter(|p| !p.trim().is_empty()) {
        doc = doc.add_paragraph(
            Paragraph::new()
                .indent(Some(indent), None, None, None)
                .add_run(Run::new().add_text(para.replace('\n', " "))),
        );
    }
    for f in &c.files {
        doc = doc.add_paragraph(
            Paragraph::new()
                .indent(Some(indent), None, None, None)
                .add_run(
                    Run::new()
                        .add_text(format!("Attached: {} ({})", isolate(&f.name), f.href))
                        .italic(),
                ),
        );
    }
    if let Some(d) = c.disposition {
        let mut text = format!("Disposition: {}", (en().d.disposition_name)(d));
        if let Some(r) = &c.response {
            text.push_str(" — ");
            text.push_str(&isolate(&r.replace('\n', " ")));
        }
        doc = doc.add_paragraph(
            Paragraph::new()
                .indent(Some(indent), None, None, None)
                .add_run(Run::new().add_text(text).bold()),
        );
    }
    for r in &c.replies {
        doc = docx_comment(doc, r, depth + 1);
    }
    doc
}

/// The contributions, a section of their own: each under its reference and title, who
/// sent it, when and on what, its page, its files and the start of its text. Nothing when
/// there are none.
fn docx_contributions(mut doc: docx_rs::Docx, list: &[DigestContribution]) -> docx_rs::Docx {
    use docx_rs::{Paragraph, Run};
    if list.is_empty() {
        return doc;
    }
    doc = doc.add_paragraph(heading(2, en().k.heading));
    for c in list {
        let k = &c.card;
        let facts = format!(
            "Published {} · {} · page: {}",
            contribution_date(c, en().datetime),
            contribution_place(c),
            c.url
        );
        doc = doc
            .add_paragraph(heading(
                3,
                &format!("{} — {}", k.reference, isolate(&k.title)),
            ))
            .add_paragraph(text_paragraph(&attribution(&k.author)))
            .add_paragraph(Paragraph::new().add_run(Run::new().add_text(facts).italic()));
        if !k.files.is_empty() {
            let files = format!("Files: {}", file_names(c, isolate));
            doc = doc.add_paragraph(text_paragraph(&files));
        }
        doc = doc.add_paragraph(
            Paragraph::new()
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

pub fn docx(d: &Digest) -> Result<Vec<u8>, AppError> {
    let mut doc = styled(
        docx_rs::Docx::new()
            .created_at(&d.generated_at)
            .updated_at(&d.generated_at),
    );
    doc = doc.add_paragraph(heading(
        1,
        &format!("Comment digest: {}", isolate(&d.consultation_title)),
    ));
    for p in &d.papers {
        doc = doc.add_paragraph(text_paragraph(&format!(
            "{} {} (version {})",
            p.code,
            isolate(&p.title),
            p.version
        )));
    }
    doc = doc.add_paragraph(text_paragraph(&status_line(d)));
    if let Some(list) = filters(d, isolate) {
        doc = doc.add_paragraph(text_paragraph(&format!("Filters: {list}")));
    }
    for t in count_tables(d, str::to_owned) {
        doc = doc
            .add_paragraph(heading(2, t.title))
            .add_table(table(&t.header, t.rows));
    }
    doc = doc.add_paragraph(heading(2, "Comments by paragraph"));
    for s in &d.sections {
        doc = doc.add_paragraph(heading(3, &section_place(s)));
        if let Some(text) = &s.paragraph_text {
            doc = doc.add_paragraph(
                docx_rs::Paragraph::new().add_run(docx_rs::Run::new().add_text(text).italic()),
            );
        }
        for g in &s.groups {
            doc = doc.add_paragraph(heading(4, (en().group)(g.group)));
            for c in &g.comments {
                doc = docx_comment(doc, c, 0);
            }
        }
    }
    if !d.campaigns.is_empty() {
        doc = doc.add_paragraph(heading(2, "Campaigns"));
        for c in &d.campaigns {
            doc = doc.add_paragraph(heading(
                3,
                &format!(
                    "Campaign {} — {} near-identical comments on {}",
                    c.id,
                    c.size,
                    place(&c.paper_code, c.paragraph.as_deref())
                ),
            ));
            for para in c.text.split("\n\n").filter(|p| !p.trim().is_empty()) {
                doc = doc.add_paragraph(text_paragraph(&para.replace('\n', " ")));
            }
            doc = doc.add_paragraph(text_paragraph("Sent by:"));
            for m in &c.members {
                doc = doc.add_paragraph(text_paragraph(&format!(
                    "{} — {}",
                    m.reference,
                    attribution(&m.author)
                )));
            }
        }
    }
    pack(docx_contributions(doc, &d.contributions))
}
