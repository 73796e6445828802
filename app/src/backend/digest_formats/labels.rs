//! The words the digest files share, in the language chosen for them ([`Words`]):
//! attributions, places, tag and status names, tables of counts, and what is said of a
//! contribution. Codes, references, dates in data columns and the CSV's column names stay
//! the same in every language, so that a script reads any language's file alike.

use crate::domain::comment::{Attribution, CommentStatus};
use crate::domain::contributions::DigestContribution;
use crate::domain::countries::{self, Region};
use crate::domain::digest::{Digest, DigestComment, DigestSection};
use crate::domain::user_text::isolate;
use crate::i18n::{DigestFileTexts, Locale, Texts};

/// The words of one language for the files.
#[derive(Clone, Copy)]
pub struct Words {
    pub locale: Locale,
}

impl Words {
    pub fn new(locale: Locale) -> Self {
        Self { locale }
    }

    /// The language's texts.
    pub fn t(&self) -> &'static Texts {
        self.locale.texts()
    }

    /// The words of the files only.
    pub(super) fn f(&self) -> &'static DigestFileTexts {
        &self.t().g.file
    }

    /// Whether the language runs right to left (the DOCX's paragraphs then do).
    pub(super) fn rtl(&self) -> bool {
        self.locale.is_rtl()
    }

    /// A count as the language writes it.
    fn number(&self, n: u64) -> String {
        crate::i18n::numbers::group(self.locale.index(), i64::try_from(n).unwrap_or(i64::MAX))
    }

    fn country_name(&self, code: &str) -> String {
        countries::country(code).map_or_else(
            || code.to_owned(),
            |c| (self.t().country_name)(c).to_owned(),
        )
    }

    /// "Name, Organisation (Civil society, Brazil)": only what the author consented to. The
    /// name and organisation are isolated, so that a right-to-left name (or an override in
    /// one) does not turn the group and country after it around.
    pub fn attribution(&self, a: &Attribution) -> String {
        self.attribution_with(a, isolate)
    }

    /// The attribution with the author's own words put in by `user` (isolated, and escaped
    /// for Markdown in the Markdown digest).
    pub(super) fn attribution_with(
        &self,
        a: &Attribution,
        user: impl Fn(&str) -> String,
    ) -> String {
        let group = (self.t().group)(a.group);
        let country = self.country_name(&a.country);
        let name = a.name.as_deref().map(&user);
        let organisation = a.organisation.as_deref().map(&user);
        match (name, organisation) {
            (Some(n), Some(o)) => format!("{n}, {o} ({group}, {country})"),
            (Some(n), None) => format!("{n} ({group}, {country})"),
            (None, Some(o)) => format!("{o} ({group}, {country})"),
            (None, None) => format!("{group}, {country}"),
        }
    }

    pub(super) fn place(&self, paper: &str, paragraph: Option<&str>) -> String {
        match paragraph {
            Some(p) => (self.f().paragraph)(paper, p),
            None => (self.f().whole_paper)(paper),
        }
    }

    /// A section's place, with, for a paragraph of an earlier version, that version and
    /// where its comments are read now.
    pub(super) fn section_place(&self, s: &DigestSection) -> String {
        let here = self.place(&s.paper_code, s.paragraph.as_deref());
        match &s.earlier {
            Some(e) => format!(
                "{here} {}",
                (self.t().g.earlier_place)(e.version, e.now.as_deref())
            ),
            None => here,
        }
    }

    /// What a contribution concerns: "on WP-1", or the consultation as a whole.
    pub(super) fn contribution_place(&self, c: &DigestContribution) -> String {
        match &c.card.paper_code {
            Some(code) => (self.f().on_paper)(code),
            None => self.f().on_consultation.to_owned(),
        }
    }

    /// "Published … · on WP-1 · page: …", the contribution's date as `date` writes it.
    pub(super) fn contribution_facts(
        &self,
        c: &DigestContribution,
        date: impl Fn(&str) -> String,
    ) -> String {
        let when = date(c.published_at.as_deref().unwrap_or(&c.card.submitted_at));
        (self.f().published)(&when, &self.contribution_place(c), &c.url)
    }

    /// "Files: …", each name as `user` puts it in.
    pub(super) fn file_names(
        &self,
        c: &DigestContribution,
        user: impl Fn(&str) -> String,
    ) -> String {
        let names: Vec<String> = c.card.files.iter().map(|f| user(&f.name)).collect();
        (self.f().files)(&names.join(", "))
    }

    /// The line under a comment's attribution: when, its status unless published, late,
    /// and its tags (each name as `user` puts it in).
    pub(super) fn comment_facts(&self, c: &DigestComment, user: impl Fn(&str) -> String) -> String {
        let mut facts = vec![(self.t().datetime)(&c.submitted_at)];
        if c.status != CommentStatus::Published {
            facts.push((self.t().c.status_name)(c.status).to_owned());
        }
        if c.late {
            facts.push(self.f().late.to_owned());
        }
        if !c.tags.is_empty() {
            let names: Vec<String> = c
                .tags
                .iter()
                .map(|t| user(t.name(self.locale.code())))
                .collect();
            facts.push((self.f().tags)(&names.join(", ")));
        }
        facts.join(" · ")
    }

    /// "Status: published. Generated …. 12 comments.": what the digest holds.
    pub(super) fn status_line(&self, d: &Digest) -> String {
        let generated = (self.t().datetime)(&d.generated_at);
        (self.f().status)(d.filter.all_statuses, &generated, d.total)
    }

    /// "Filters: …", each value as `user` puts it in; `None` when nothing is filtered.
    pub(super) fn filters(&self, d: &Digest, user: impl Fn(&str) -> String) -> Option<String> {
        let pairs = d.filter.query_pairs();
        if pairs.is_empty() {
            return None;
        }
        let list: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{k} = {}", user(v)))
            .collect();
        Some((self.f().filters)(&list.join(", ")))
    }

    /// The digest's tables of counts, in order: by stakeholder group and region, by tag
    /// (its name as `user` puts it in), the most-commented paragraphs, and by disposition.
    pub(super) fn count_tables(
        &self,
        d: &Digest,
        user: impl Fn(&str) -> String,
    ) -> [CountTable; 4] {
        let (t, f) = (self.t(), self.f());
        let mut header = vec![f.col_group.to_owned()];
        header.extend(Region::ALL.iter().map(|r| (t.region)(*r).to_owned()));
        header.extend([t.g.other.to_owned(), f.col_total.to_owned()]);
        let by_group_region = count_table(t.g.by_group_region, header, &d.by_group_region, |r| {
            let mut row = vec![(t.group)(r.group).to_owned()];
            row.extend(r.counts.iter().map(|n| self.number(*n)));
            row.push(self.number(r.total));
            row
        });
        let header = words(&[f.col_tag, f.col_cluster, f.col_comments]);
        let by_tag = count_table(t.g.by_tag, header, &d.by_tag, |c| {
            let cluster = (t.cluster_name)(c.tag.cluster).to_owned();
            vec![
                user(c.tag.name(self.locale.code())),
                cluster,
                self.number(c.count),
            ]
        });
        let header = words(&[f.col_paragraph, f.col_comments]);
        let by_paragraph = count_table(t.g.by_paragraph, header, &d.by_paragraph, |h| {
            vec![
                self.place(&h.paper_code, h.paragraph.as_deref()),
                self.number(h.count),
            ]
        });
        let header = words(&[f.col_disposition, f.col_comments]);
        let by_disposition = count_table(t.g.by_disposition, header, &d.by_disposition, |c| {
            let name = c
                .disposition
                .map_or(t.g.no_disposition, |k| (t.d.disposition_name)(k));
            vec![name.to_owned(), self.number(c.count)]
        });
        [by_group_region, by_tag, by_paragraph, by_disposition]
    }
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
