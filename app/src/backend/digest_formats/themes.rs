//! The confirmed themes in the digest files (Markdown and DOCX alike): each theme's name
//! and place, its size, its key terms, its representative comments and every comment's
//! reference. JSON holds them as they are.

use super::labels::Words;
use crate::domain::digest::DigestTheme;

/// What the files write of a theme: its heading, then its lines (the quotes are user text).
pub(super) struct ThemeLines {
    pub heading: String,
    pub size: String,
    pub key_terms: String,
    /// (reference, excerpt).
    pub quotes: Vec<(String, String)>,
    pub references: String,
}

pub(super) fn lines(w: Words, t: &DigestTheme) -> ThemeLines {
    let th = &w.t().d.th;
    let v = &t.theme;
    let place = w.place(&t.paper_code, t.paragraph.as_deref());
    let size = th.size_line(v.size, v.in_campaigns, v.campaigns);
    ThemeLines {
        heading: format!("{} — {place}", v.label),
        size,
        key_terms: format!("{} {}", th.key_terms, v.key_terms),
        quotes: v
            .quotes
            .iter()
            .map(|q| (q.reference.clone(), q.excerpt.clone()))
            .collect(),
        references: format!(
            "{}: {}",
            (th.references)(v.references.len()),
            v.references.join(", ")
        ),
    }
}
