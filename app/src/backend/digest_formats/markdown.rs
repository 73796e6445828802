//! The digest as Markdown, with the user's text isolated and escaped.

use super::labels::Words;
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

fn markdown_comment(out: &mut String, w: Words, c: &DigestComment, indent: &str) {
    let _ = writeln!(
        out,
        "{indent}- **{}** — {}",
        c.reference,
        w.attribution_with(&c.author, md)
    );
    let _ = writeln!(out, "{indent}  {}", w.comment_facts(c, md));
    if let Some(q) = &c.quote {
        let _ = writeln!(out, "{indent}  > {}", md(q));
    }
    for line in c.body.lines() {
        let _ = writeln!(out, "{indent}  {}", md(line));
    }
    for f in &c.files {
        let file = format!("[{}]({})", md(&f.name), f.href);
        let _ = writeln!(out, "{indent}  {}", (w.f().attached)(&file));
    }
    if let Some(d) = c.disposition {
        let name = (w.f().disposition)((w.t().d.disposition_name)(d));
        let _ = write!(out, "{indent}  *{name}*");
        match &c.response {
            Some(r) => {
                let _ = writeln!(out, " — {}", md(r));
            }
            None => out.push('\n'),
        }
    }
    for r in &c.replies {
        markdown_comment(out, w, r, &format!("{indent}  "));
    }
}

/// The contributions, each under its reference and title: who sent it, when and on what,
/// its page, its files and the start of its text. Nothing when there are none.
fn markdown_contributions(out: &mut String, w: Words, list: &[DigestContribution]) {
    if list.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n## {}\n", w.t().k.heading);
    for c in list {
        let k = &c.card;
        let _ = writeln!(out, "### {} — {}\n", k.reference, md(&k.title));
        let _ = writeln!(out, "{}\n", w.attribution_with(&k.author, md));
        let _ = writeln!(out, "{}\n", w.contribution_facts(c, str::to_owned));
        if !k.files.is_empty() {
            let _ = writeln!(out, "{}\n", w.file_names(c, md));
        }
        let _ = writeln!(out, "> {}\n", md(&c.excerpt));
    }
}

pub fn markdown(d: &Digest, w: Words) -> String {
    let f = w.f();
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", (f.title)(&md(&d.consultation_title)));
    for p in &d.papers {
        let _ = writeln!(out, "- {}", (f.paper)(&p.code, &md(&p.title), p.version));
    }
    let _ = writeln!(out, "\n{}\n", w.status_line(d));
    if let Some(line) = w.filters(d, md) {
        let _ = writeln!(out, "{line}\n");
    }
    for table in w.count_tables(d, md) {
        let _ = writeln!(out, "## {}\n", table.title);
        let _ = writeln!(out, "| {} |", table.header.join(" | "));
        let _ = writeln!(out, "|{}", "---|".repeat(table.header.len()));
        for row in &table.rows {
            let _ = writeln!(out, "| {} |", row.join(" | "));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "## {}", w.t().g.by_paragraph_heading);
    for s in &d.sections {
        let _ = writeln!(out, "\n### {}\n", w.section_place(s));
        if let Some(text) = &s.paragraph_text {
            let _ = writeln!(out, "> {}\n", md(text));
        }
        for g in &s.groups {
            let _ = writeln!(out, "#### {}\n", (w.t().group)(g.group));
            for c in &g.comments {
                markdown_comment(&mut out, w, c, "");
            }
            out.push('\n');
        }
    }
    if !d.campaigns.is_empty() {
        let _ = writeln!(out, "\n## {}\n", w.t().g.campaigns);
        for c in &d.campaigns {
            let place = w.place(&c.paper_code, c.paragraph.as_deref());
            let _ = writeln!(out, "### {}\n", (f.campaign)(c.id, c.size, &place));
            for line in c.text.lines() {
                let _ = writeln!(out, "> {}", md(line));
            }
            let _ = writeln!(out, "\n{}\n", f.sent_by);
            for m in &c.members {
                let _ = writeln!(
                    out,
                    "- {} — {}",
                    m.reference,
                    w.attribution_with(&m.author, md)
                );
            }
            out.push('\n');
        }
    }
    if !d.themes.is_empty() {
        let _ = writeln!(out, "\n## {}\n", w.t().d.th.digest_heading);
        for t in &d.themes {
            let l = super::themes::lines(w, t);
            let _ = writeln!(out, "### {}\n", md(&l.heading));
            let _ = writeln!(out, "{}\n", l.size);
            let _ = writeln!(out, "{}\n", md(&l.key_terms));
            for (reference, excerpt) in &l.quotes {
                let _ = writeln!(out, "> {reference}: {}", md(excerpt));
            }
            let _ = writeln!(out, "\n{}\n", l.references);
        }
    }
    markdown_contributions(&mut out, w, &d.contributions);
    out
}
