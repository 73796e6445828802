//! The digest as Markdown, with the user's text isolated and escaped.

use super::labels::{
    attribution_with, contribution_date, contribution_place, count_tables, en, file_names, filters,
    place, section_place, status_line, status_name, tag_names,
};
use crate::domain::comment::CommentStatus;
use crate::domain::contributions::DigestContribution;
use crate::domain::digest::{Digest, DigestComment};
use crate::domain::user_text::{isolate, markdown_text};
use std::fmt::Write;

/// User text in the Markdown digest: isolated (it sits inside the app's words) and escaped,
/// one line at a time. Identifiers the app checks (references, paper codes, paragraph
/// numbers, dates) cannot hold Markdown and are written as they are.
fn md(text: &str) -> String {
    markdown_text(&isolate(text))
}

fn markdown_comment(out: &mut String, c: &DigestComment, indent: &str) {
    let _ = writeln!(
        out,
        "{indent}- **{}** — {}",
        c.reference,
        attribution_with(&c.author, md)
    );
    let mut facts = vec![(en().datetime)(&c.submitted_at)];
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
    for f in &c.files {
        let _ = writeln!(out, "{indent}  Attached: [{}]({})", md(&f.name), f.href);
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

/// The contributions, each under its reference and title: who sent it, when and on what,
/// its page, its files and the start of its text. Nothing when there are none.
fn markdown_contributions(out: &mut String, list: &[DigestContribution]) {
    if list.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n## {}\n", en().k.heading);
    for c in list {
        let k = &c.card;
        let _ = writeln!(out, "### {} — {}\n", k.reference, md(&k.title));
        let _ = writeln!(out, "{}\n", attribution_with(&k.author, md));
        let _ = writeln!(
            out,
            "Published {} · {} · page: {}\n",
            contribution_date(c, str::to_owned),
            contribution_place(c),
            c.url
        );
        if !k.files.is_empty() {
            let _ = writeln!(out, "Files: {}\n", file_names(c, md));
        }
        let _ = writeln!(out, "> {}\n", md(&c.excerpt));
    }
}

pub fn markdown(d: &Digest) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Comment digest: {}\n", md(&d.consultation_title));
    for p in &d.papers {
        let _ = writeln!(out, "- {} {} (version {})", p.code, md(&p.title), p.version);
    }
    let _ = writeln!(out, "\n{}\n", status_line(d));
    if let Some(list) = filters(d, md) {
        let _ = writeln!(out, "Filters: {list}\n");
    }
    for table in count_tables(d, md) {
        let _ = writeln!(out, "## {}\n", table.title);
        let _ = writeln!(out, "| {} |", table.header.join(" | "));
        let _ = writeln!(out, "|{}", "---|".repeat(table.header.len()));
        for row in &table.rows {
            let _ = writeln!(out, "| {} |", row.join(" | "));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "## Comments by paragraph");
    for s in &d.sections {
        let _ = writeln!(out, "\n### {}\n", section_place(s));
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
    markdown_contributions(&mut out, &d.contributions);
    out
}
