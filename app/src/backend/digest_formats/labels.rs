//! The English words the digest files share: attributions, places, tag and status names,
//! and what is said of a contribution.

use crate::domain::comment::{Attribution, CommentStatus};
use crate::domain::contributions::DigestContribution;
use crate::domain::countries::{self, Region};
use crate::domain::digest::{Digest, DigestComment, DigestSection};
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

/// What a contribution concerns: "on WP-1", or the consultation as a whole.
pub(super) fn contribution_place(c: &DigestContribution) -> String {
    match &c.card.paper_code {
        Some(code) => format!("on {code}"),
        None => "on the consultation as a whole".to_owned(),
    }
}

/// When a contribution was published (when it was sent, for a row without the date), as
/// `date` writes it.
pub(super) fn contribution_date(c: &DigestContribution, date: impl Fn(&str) -> String) -> String {
    date(c.published_at.as_deref().unwrap_or(&c.card.submitted_at))
}

/// A contribution's file names after "Files: ", each as `user` puts it in.
pub(super) fn file_names(c: &DigestContribution, user: impl Fn(&str) -> String) -> String {
    c.card
        .files
        .iter()
        .map(|f| user(&f.name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Tag names after "tags: ", each isolated, as `user` puts them in.
pub(super) fn tag_names(c: &DigestComment, user: impl Fn(&str) -> String) -> String {
    c.tags
        .iter()
        .map(|t| user(t.name("en")))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn status_name(s: CommentStatus) -> &'static str {
    (en().c.status_name)(s)
}

/// "Status: published. Generated …. 12 comments.": what the digest holds.
pub(super) fn status_line(d: &Digest) -> String {
    format!(
        "Status: {}. Generated {}. {} comments.",
        if d.filter.all_statuses {
            "all (internal)"
        } else {
            "published"
        },
        (en().datetime)(&d.generated_at),
        d.total
    )
}

/// The digest's filters after "Filters: ", each value as `user` puts it in; `None` when
/// nothing is filtered.
pub(super) fn filters(d: &Digest, user: impl Fn(&str) -> String) -> Option<String> {
    let pairs = d.filter.query_pairs();
    if pairs.is_empty() {
        return None;
    }
    Some(
        pairs
            .iter()
            .map(|(k, v)| format!("{k} = {}", user(v)))
            .collect::<Vec<_>>()
            .join(", "),
    )
}

/// One of the digest's tables of counts: its heading, its header row and its rows.
pub(super) struct CountTable {
    pub title: &'static str,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Header cells from their words.
fn words(list: &[&str]) -> Vec<String> {
    list.iter().copied().map(str::to_owned).collect()
}

/// A table of counts with a `row` for each of `items`.
fn count_table<T>(
    title: &'static str,
    header: Vec<String>,
    items: &[T],
    row: impl Fn(&T) -> Vec<String>,
) -> CountTable {
    CountTable {
        title,
        header,
        rows: items.iter().map(row).collect(),
    }
}

/// The digest's tables of counts, in order: by stakeholder group and region, by tag (its
/// name as `user` puts it in), the most-commented paragraphs, and by disposition.
pub(super) fn count_tables(d: &Digest, user: impl Fn(&str) -> String) -> [CountTable; 4] {
    let mut header = vec!["Stakeholder group".to_owned()];
    header.extend(Region::ALL.iter().map(|r| (en().region)(*r).to_owned()));
    header.extend(["Other".to_owned(), "Total".to_owned()]);
    let title = "Comments by stakeholder group and region";
    let by_group_region = count_table(title, header, &d.by_group_region, |r| {
        let mut row = vec![(en().group)(r.group).to_owned()];
        row.extend(r.counts.iter().map(u64::to_string));
        row.push(r.total.to_string());
        row
    });
    let header = words(&["Tag", "Cluster", "Comments"]);
    let by_tag = count_table("Comments by tag", header, &d.by_tag, |t| {
        let cluster = (en().cluster_name)(t.tag.cluster).to_owned();
        vec![user(t.tag.name("en")), cluster, t.count.to_string()]
    });
    let header = words(&["Paragraph", "Comments"]);
    let by_paragraph = count_table("Most-commented paragraphs", header, &d.by_paragraph, |h| {
        let at = place(&h.paper_code, h.paragraph.as_deref());
        vec![at, h.count.to_string()]
    });
    let header = words(&["Disposition", "Comments"]);
    let by_disposition = count_table("Dispositions", header, &d.by_disposition, |c| {
        let name = c
            .disposition
            .map_or("None yet", |k| (en().d.disposition_name)(k));
        vec![name.to_owned(), c.count.to_string()]
    });
    [by_group_region, by_tag, by_paragraph, by_disposition]
}
