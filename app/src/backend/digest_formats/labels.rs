//! The English words the digest files share: attributions, places, tag and status names.

use crate::domain::comment::{Attribution, CommentStatus};
use crate::domain::countries;
use crate::domain::digest::{DigestComment, DigestSection};
use crate::domain::user_text::isolate;
use crate::i18n::Locale;

pub(super) fn en() -> &'static crate::i18n::Texts {
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
pub(super) fn attribution_with(a: &Attribution, user: impl Fn(&str) -> String) -> String {
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

pub(super) fn place(paper: &str, paragraph: Option<&str>) -> String {
    match paragraph {
        Some(p) => format!("{paper} ¶ {p}"),
        None => format!("{paper}, the paper as a whole"),
    }
}

/// A section's place, with, for a paragraph of an earlier version, that version and where
/// its comments are read now.
pub(super) fn section_place(s: &DigestSection) -> String {
    let here = place(&s.paper_code, s.paragraph.as_deref());
    match &s.earlier {
        Some(e) => format!(
            "{here} {}",
            (en().g.earlier_place)(e.version, e.now.as_deref())
        ),
        None => here,
    }
}

/// Tag names after "tags: ", each isolated, as `user` puts them in.
pub(super) fn tag_names(c: &DigestComment, user: impl Fn(&str) -> String) -> String {
    c.tags
        .iter()
        .map(|t| user(&t.name_en))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn status_name(s: CommentStatus) -> &'static str {
    (en().c.status_name)(s)
}
