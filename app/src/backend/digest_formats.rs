//! The digest as files: Markdown, CSV (RFC 4180, UTF-8 with a byte-order mark for
//! spreadsheets, one row per comment), JSON, and a word-processor document (DOCX, written
//! with docx-rs) that the secretariat edits further. Labels in files are English, so that their
//! columns and keys stay the same whoever downloads them. The same digest gives the same
//! bytes.

use super::OrInternal;
use super::digest::Selection;
use crate::domain::AppError;
use crate::domain::comment::{Attribution, CommentStatus};
use crate::domain::countries::{self, Region};
use crate::domain::digest::{Digest, DigestComment};
use crate::domain::user_text::{csv_cell, isolate, markdown_text};
use crate::i18n::Locale;
use futures::{Stream, StreamExt, TryStreamExt};
use sea_orm::DatabaseConnection;
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::Write;

/// A file format of the digest: the CSV is streamed from the database; the documents are
/// rendered from the built [`Digest`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Document(Document),
}

/// A format rendered from the whole digest model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Document {
    Markdown,
    Json,
    Docx,
}

impl Format {
    pub fn from_extension(ext: &str) -> Option<Self> {
        match ext {
            "md" => Some(Self::Document(Document::Markdown)),
            "csv" => Some(Self::Csv),
            "json" => Some(Self::Document(Document::Json)),
            "docx" => Some(Self::Document(Document::Docx)),
            _ => None,
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Self::Csv => "text/csv; charset=utf-8",
            Self::Document(Document::Markdown) => "text/markdown; charset=utf-8",
            Self::Document(Document::Json) => "application/json",
            Self::Document(Document::Docx) => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::Document(Document::Markdown) => "md",
            Self::Document(Document::Json) => "json",
            Self::Document(Document::Docx) => "docx",
        }
    }
}

pub fn render(digest: &Digest, format: Document) -> Result<Vec<u8>, AppError> {
    match format {
        Document::Markdown => Ok(markdown(digest).into_bytes()),
        Document::Json => serde_json::to_vec_pretty(digest).or_internal(),
        Document::Docx => docx(digest),
    }
}

fn en() -> &'static crate::i18n::Texts {
    Locale::En.texts()
}

fn country_name(code: &str) -> String {
    countries::country(code).map_or_else(|| code.to_owned(), |c| (en().country_name)(c).to_owned())
}

/// "Name, Organisation (Civil society, Brazil)": only what the author consented to. The
/// name and organisation are isolated, so that a right-to-left name (or an override in one)
/// does not turn the group and country after it around.
pub fn attribution(a: &Attribution) -> String {
    attribution_with(a, isolate)
}

/// The attribution with the author's own words put in by `user` (isolated, and escaped
/// for Markdown in the Markdown digest).
fn attribution_with(a: &Attribution, user: impl Fn(&str) -> String) -> String {
    let group = (en().group)(a.group);
    let country = country_name(&a.country);
    let name = a.name.as_deref().map(&user);
    let organisation = a.organisation.as_deref().map(&user);
    match (name, organisation) {
        (Some(n), Some(o)) => format!("{n}, {o} ({group}, {country})"),
        (Some(n), None) => format!("{n} ({group}, {country})"),
        (None, Some(o)) => format!("{o} ({group}, {country})"),
        (None, None) => format!("{group}, {country}"),
    }
}

fn place(paper: &str, paragraph: Option<&str>) -> String {
    match paragraph {
        Some(p) => format!("{paper} ¶ {p}"),
        None => format!("{paper}, the paper as a whole"),
    }
}

/// User text in the Markdown digest: isolated (it sits inside the app's words) and escaped,
/// one line at a time. Identifiers the app checks (references, paper codes, paragraph
/// numbers, dates) cannot hold Markdown and are written as they are.
fn md(text: &str) -> String {
    markdown_text(&isolate(text))
}

/// Tag names after "tags: ", each isolated, as `user` puts them in.
fn tag_names(c: &DigestComment, user: impl Fn(&str) -> String) -> String {
    c.tags
        .iter()
        .map(|t| user(&t.name_en))
        .collect::<Vec<_>>()
        .join(", ")
}

fn status_name(s: CommentStatus) -> &'static str {
    (en().c.status_name)(s)
}

fn markdown_comment(out: &mut String, c: &DigestComment, indent: &str) {
    let _ = writeln!(
        out,
        "{indent}- **{}** — {}",
        c.reference,
        attribution_with(&c.author, md)
    );
    let mut facts = vec![c.submitted_at.clone()];
    if c.status != CommentStatus::Published {
        facts.push(status_name(c.status).to_owned());
    }
    if c.late {
        facts.push("late".to_owned());
    }
    if !c.tags.is_empty() {
        facts.push(format!("tags: {}", tag_names(c, md)));
    }
    let _ = writeln!(out, "{indent}  {}", facts.join(" · "));
    if let Some(q) = &c.quote {
        let _ = writeln!(out, "{indent}  > {}", md(q));
    }
    for line in c.body.lines() {
        let _ = writeln!(out, "{indent}  {}", md(line));
    }
    if let Some(d) = c.disposition {
        let _ = write!(
            out,
            "{indent}  *Disposition: {}*",
            (en().d.disposition_name)(d)
        );
        match &c.response {
            Some(r) => {
                let _ = writeln!(out, " — {}", md(r));
            }
            None => out.push('\n'),
        }
    }
    for r in &c.replies {
        markdown_comment(out, r, &format!("{indent}  "));
    }
}

pub fn markdown(d: &Digest) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Comment digest: {}\n", md(&d.consultation_title));
    for p in &d.papers {
        let _ = writeln!(out, "- {} {} (version {})", p.code, md(&p.title), p.version);
    }
    let _ = writeln!(
        out,
        "\nStatus: {}. Generated {}. {} comments.\n",
        if d.filter.all_statuses {
            "all (internal)"
        } else {
            "published"
        },
        d.generated_at,
        d.total
    );
    let pairs = d.filter.query_pairs();
    if !pairs.is_empty() {
        let _ = writeln!(
            out,
            "Filters: {}\n",
            pairs
                .iter()
                .map(|(k, v)| format!("{k} = {}", md(v)))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let _ = writeln!(out, "## Comments by stakeholder group and region\n");
    let regions: Vec<&str> = Region::ALL.iter().map(|r| (en().region)(*r)).collect();
    let _ = writeln!(
        out,
        "| Stakeholder group | {} | Other | Total |",
        regions.join(" | ")
    );
    let _ = writeln!(out, "|---|{}---|---|", "---|".repeat(regions.len()));
    for row in &d.by_group_region {
        let cells: Vec<String> = row.counts.iter().map(u64::to_string).collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            (en().group)(row.group),
            cells.join(" | "),
            row.total
        );
    }
    let _ = writeln!(
        out,
        "\n## Comments by tag\n\n| Tag | Cluster | Comments |\n|---|---|---|"
    );
    for t in &d.by_tag {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            md(&t.tag.name_en),
            (en().cluster_name)(t.tag.cluster),
            t.count
        );
    }
    let _ = writeln!(
        out,
        "\n## Most-commented paragraphs\n\n| Paragraph | Comments |\n|---|---|"
    );
    for h in &d.by_paragraph {
        let _ = writeln!(
            out,
            "| {} | {} |",
            place(&h.paper_code, h.paragraph.as_deref()),
            h.count
        );
    }
    let _ = writeln!(
        out,
        "\n## Dispositions\n\n| Disposition | Comments |\n|---|---|"
    );
    for c in &d.by_disposition {
        let name = c
            .disposition
            .map_or("None yet", |k| (en().d.disposition_name)(k));
        let _ = writeln!(out, "| {name} | {} |", c.count);
    }
    let _ = writeln!(out, "\n## Comments by paragraph");
    for s in &d.sections {
        let _ = writeln!(
            out,
            "\n### {}\n",
            place(&s.paper_code, s.paragraph.as_deref())
        );
        if let Some(text) = &s.paragraph_text {
            let _ = writeln!(out, "> {}\n", md(text));
        }
        for g in &s.groups {
            let _ = writeln!(out, "#### {}\n", (en().group)(g.group));
            for c in &g.comments {
                markdown_comment(&mut out, c, "");
            }
            out.push('\n');
        }
    }
    if !d.campaigns.is_empty() {
        let _ = writeln!(out, "\n## Campaigns\n");
        for c in &d.campaigns {
            let _ = writeln!(
                out,
                "### Campaign {} — {} near-identical comments on {}\n",
                c.id,
                c.size,
                place(&c.paper_code, c.paragraph.as_deref())
            );
            for line in c.text.lines() {
                let _ = writeln!(out, "> {}", md(line));
            }
            let _ = writeln!(out, "\nSent by:\n");
            for m in &c.members {
                let _ = writeln!(
                    out,
                    "- {} — {}",
                    m.reference,
                    attribution_with(&m.author, md)
                );
            }
            out.push('\n');
        }
    }
    out
}

/// The CSV columns, in order.
pub const CSV_COLUMNS: [&str; 20] = [
    "reference",
    "paper",
    "paragraph",
    "status",
    "stakeholder_group",
    "country",
    "region",
    "name",
    "organisation",
    "tags",
    "submitted_at",
    "late",
    "in_reply_to",
    "campaign",
    "campaign_size",
    "disposition",
    "response",
    "quote",
    "body",
    "attribution",
];

/// The digest's CSV, streamed: the byte-order mark and header, then the rows a chunk at a
/// time in reference order, so that memory stays bounded whatever the number of comments.
pub async fn csv_stream(
    db: DatabaseConnection,
    selection: Selection,
) -> Result<impl Stream<Item = Result<Vec<u8>, AppError>> + Send + 'static, AppError> {
    let sizes = selection.campaign_sizes(&db).await?;
    let mut head = Vec::from("\u{feff}".as_bytes());
    head.extend(csv_records([CSV_COLUMNS.map(Cow::Borrowed)])?);
    // A producer reads and encodes the next chunks while the earlier ones are sent; the
    // channel holds two, so memory stays bounded, and it stops when the client goes away.
    let (sender, receiver) = tokio::sync::mpsc::channel::<Result<Vec<u8>, AppError>>(2);
    tokio::spawn(async move {
        let mut rows = selection.rows();
        loop {
            let bytes = match rows.next(&db).await {
                Ok(Some(chunk)) => csv_records(chunk.iter().map(|r| csv_row(&r.comment, &sizes))),
                Ok(None) => break,
                Err(err) => Err(err),
            };
            let failed = bytes.is_err();
            if sender.send(bytes).await.is_err() || failed {
                break;
            }
        }
    });
    let rows = futures::stream::unfold(receiver, |mut receiver| async move {
        receiver.recv().await.map(|item| (item, receiver))
    });
    // Fused: a body layer (compression) may poll once more after the end.
    Ok(futures::stream::once(async { Ok(head) }).chain(rows).fuse())
}

/// The whole CSV in memory (tests and small digests).
pub async fn csv(db: &DatabaseConnection, selection: Selection) -> Result<Vec<u8>, AppError> {
    let chunks: Vec<Vec<u8>> = csv_stream(db.clone(), selection)
        .await?
        .try_collect()
        .await?;
    Ok(chunks.concat())
}

fn csv_records<'a, R: IntoIterator<Item = [Cow<'a, str>; CSV_COLUMNS.len()]>>(
    records: R,
) -> Result<Vec<u8>, AppError> {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for record in records {
        writer
            .write_record(record.iter().map(|f| f.as_bytes()))
            .or_internal()?;
    }
    writer.into_inner().or_internal()
}

/// One comment's row. Every cell of user text goes through [`csv_cell`], so that none
/// starts a formula in a spreadsheet; the app's own codes, dates and numbers are written
/// as they are.
fn csv_row<'a>(
    c: &'a DigestComment,
    sizes: &HashMap<i64, u64>,
) -> [Cow<'a, str>; CSV_COLUMNS.len()] {
    let text = |s: &'a Option<String>| csv_cell(s.as_deref().unwrap_or_default());
    let owned = |s: String| Cow::Owned(csv_cell(&s).into_owned());
    [
        Cow::Borrowed(&c.reference),
        csv_cell(&c.paper_code),
        text(&c.paragraph),
        Cow::Borrowed(c.status.code()),
        Cow::Borrowed(c.author.group.code()),
        Cow::Borrowed(&c.author.country),
        Cow::Borrowed(c.author.region.map_or("", |r| r.code())),
        text(&c.author.name),
        text(&c.author.organisation),
        owned(
            c.tags
                .iter()
                .map(|t| t.slug.as_str())
                .collect::<Vec<_>>()
                .join(";"),
        ),
        Cow::Borrowed(&c.submitted_at),
        Cow::Borrowed(if c.late { "yes" } else { "no" }),
        text(&c.parent_reference),
        Cow::Owned(c.campaign.map(|id| id.to_string()).unwrap_or_default()),
        Cow::Owned(
            c.campaign
                .and_then(|id| sizes.get(&id))
                .map(u64::to_string)
                .unwrap_or_default(),
        ),
        Cow::Borrowed(c.disposition.map_or("", |k| k.code())),
        text(&c.response),
        text(&c.quote),
        csv_cell(&c.body),
        owned(attribution(&c.author)),
    ]
}

fn text_paragraph(text: &str) -> docx_rs::Paragraph {
    docx_rs::Paragraph::new().add_run(docx_rs::Run::new().add_text(text))
}

fn heading(level: u8, text: &str) -> docx_rs::Paragraph {
    text_paragraph(text).style(&format!("Heading{level}"))
}

fn table(header: &[String], rows: Vec<Vec<String>>) -> docx_rs::Table {
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
    let mut facts = vec![c.submitted_at.clone()];
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

pub fn docx(d: &Digest) -> Result<Vec<u8>, AppError> {
    use docx_rs::{Docx, Style, StyleType};
    let mut doc = Docx::new()
        .created_at(&d.generated_at)
        .updated_at(&d.generated_at);
    for (level, size) in [(1u8, 36usize), (2, 30), (3, 26), (4, 23)] {
        doc = doc.add_style(
            Style::new(format!("Heading{level}"), StyleType::Paragraph)
                .name(format!("Heading {level}"))
                .bold()
                .size(size),
        );
    }
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
    doc = doc.add_paragraph(text_paragraph(&format!(
        "Status: {}. Generated {}. {} comments.",
        if d.filter.all_statuses {
            "all (internal)"
        } else {
            "published"
        },
        d.generated_at,
        d.total
    )));
    let pairs = d.filter.query_pairs();
    if !pairs.is_empty() {
        doc = doc.add_paragraph(text_paragraph(&format!(
            "Filters: {}",
            pairs
                .iter()
                .map(|(k, v)| format!("{k} = {}", isolate(v)))
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    let mut header = vec!["Stakeholder group".to_owned()];
    header.extend(Region::ALL.iter().map(|r| (en().region)(*r).to_owned()));
    header.extend(["Other".to_owned(), "Total".to_owned()]);
    doc = doc
        .add_paragraph(heading(2, "Comments by stakeholder group and region"))
        .add_table(table(
            &header,
            d.by_group_region
                .iter()
                .map(|r| {
                    let mut row = vec![(en().group)(r.group).to_owned()];
                    row.extend(r.counts.iter().map(u64::to_string));
                    row.push(r.total.to_string());
                    row
                })
                .collect(),
        ));
    doc = doc
        .add_paragraph(heading(2, "Comments by tag"))
        .add_table(table(
            &[
                "Tag".to_owned(),
                "Cluster".to_owned(),
                "Comments".to_owned(),
            ],
            d.by_tag
                .iter()
                .map(|t| {
                    vec![
                        t.tag.name_en.clone(),
                        (en().cluster_name)(t.tag.cluster).to_owned(),
                        t.count.to_string(),
                    ]
                })
                .collect(),
        ));
    doc = doc
        .add_paragraph(heading(2, "Most-commented paragraphs"))
        .add_table(table(
            &["Paragraph".to_owned(), "Comments".to_owned()],
            d.by_paragraph
                .iter()
                .map(|h| {
                    vec![
                        place(&h.paper_code, h.paragraph.as_deref()),
                        h.count.to_string(),
                    ]
                })
                .collect(),
        ));
    doc = doc
        .add_paragraph(heading(2, "Dispositions"))
        .add_table(table(
            &["Disposition".to_owned(), "Comments".to_owned()],
            d.by_disposition
                .iter()
                .map(|c| {
                    vec![
                        c.disposition
                            .map_or("None yet", |k| (en().d.disposition_name)(k))
                            .to_owned(),
                        c.count.to_string(),
                    ]
                })
                .collect(),
        ));
    doc = doc.add_paragraph(heading(2, "Comments by paragraph"));
    for s in &d.sections {
        doc = doc.add_paragraph(heading(3, &place(&s.paper_code, s.paragraph.as_deref())));
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
    let mut out = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut out).or_internal()?;
    Ok(out.into_inner())
}
