//! The translation catalogue: every user-facing string, in the six languages of the United
//! Nations.
//!
//! The words are Fluent files, one folder per language under `app/locales/` ([`catalogue`]);
//! the shape is Rust ([`Texts`] and the structs it holds), built once per language from the
//! files ([`build`]), so call sites stay typed. The language is chosen per request (the
//! person's choice, then the browser's `Accept-Language`) and written into `<html lang dir>`,
//! where the browser half reads it back.

mod build;
pub mod catalogue;
mod contribution_texts;
mod countries;
mod desk_texts;
mod mail_texts;
pub mod numbers;
mod theme_texts;

pub use contribution_texts::ContributionTexts;
pub use desk_texts::{DeskTexts, DigestFileTexts, DigestTexts, EditorTexts};
pub use mail_texts::MailTexts;
pub use theme_texts::ThemeTexts;

use crate::domain::comment::{CommentStatus, Consent};
use crate::domain::countries::{Country, Region};
use crate::domain::{
    AppError, Capacity, ConsultationStatus, Field, IssueCluster, Problem, Role, StakeholderGroup,
};
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// The name of the cookie that keeps the visitor's language.
pub const LANGUAGE_COOKIE: &str = "consult_lang";

/// A language of the interface. The index of each (its discriminant) is its place in
/// [`catalogue::CODES`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    #[default]
    En = 0,
    Fr = 1,
    Ar = 2,
    Zh = 3,
    Ru = 4,
    Es = 5,
}

impl Locale {
    /// The languages in the order the United Nations lists them (by their English names).
    pub const ALL: [Self; 6] = [Self::Ar, Self::Zh, Self::En, Self::Fr, Self::Ru, Self::Es];

    /// The BCP 47 tag, as in `<html lang>` and the language cookie.
    pub fn code(self) -> &'static str {
        catalogue::CODES[self.index()]
    }

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn from_index(index: usize) -> Self {
        Self::ALL
            .into_iter()
            .find(|l| l.index() == index)
            .unwrap_or_default()
    }

    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        self == Self::Ar
    }

    /// The value of `dir` on the page's `<html>`.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// The language's own name, as shown on the switch (the catalogue's `endonym`, kept
    /// here too so that showing the switch reads no other language's file).
    pub fn endonym(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Fr => "Français",
            Self::Ar => "العربية",
            Self::Zh => "中文",
            Self::Ru => "Русский",
            Self::Es => "Español",
        }
    }

    pub fn texts(self) -> &'static Texts {
        &TEXTS[self.index()]
    }

    /// The best language for an `Accept-Language` header, by its quality values.
    pub fn negotiate(accept_language: &str) -> Option<Self> {
        let mut best: Option<(Self, f32)> = None;
        for item in accept_language.split(',') {
            let mut parts = item.split(';');
            let tag = parts.next().unwrap_or_default();
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            if let Some(locale) = Self::from_code(tag)
                && q > 0.0
                && best.is_none_or(|(_, bq)| q > bq)
            {
                best = Some((locale, q));
            }
        }
        best.map(|(l, _)| l)
    }
}

/// The name of a language a text is written in (BCP 47, one the detector knows), in
/// `locale`: "French" in English, "الفرنسية" in Arabic.
pub fn language_name(locale: Locale, code: &str) -> Option<&'static str> {
    countries::language(locale.index(), code)
}

static TEXTS: [LazyLock<Texts>; 6] = [
    LazyLock::new(build::texts::<0>),
    LazyLock::new(build::texts::<1>),
    LazyLock::new(build::texts::<2>),
    LazyLock::new(build::texts::<3>),
    LazyLock::new(build::texts::<4>),
    LazyLock::new(build::texts::<5>),
];

/// Every string the interface shows, for one language.
pub struct Texts {
    pub site_name: &'static str,
    pub site_tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub nav_home: &'static str,
    pub nav_sign_in: &'static str,
    pub nav_register: &'static str,
    pub nav_profile: &'static str,
    pub sign_out: &'static str,
    pub signed_in_as: &'static str,
    pub language: &'static str,
    pub footer: &'static str,
    pub loading: &'static str,
    /// A submit button while its form is being sent.
    pub sending: &'static str,

    pub home_title: &'static str,
    pub home_intro: &'static str,
    pub home_open: &'static str,
    pub home_closed: &'static str,
    pub home_none_open: &'static str,
    pub opens: &'static str,
    pub closes: &'static str,
    pub paper_count: fn(u64) -> String,

    pub papers: &'static str,
    pub cluster: &'static str,
    pub version: &'static str,
    pub read_paper: &'static str,
    pub back_to_consultation: &'static str,
    pub paper_contents: &'static str,
    pub paragraph_label: fn(&str) -> String,

    pub register_title: &'static str,
    pub register_intro: &'static str,
    pub register_submit: &'static str,
    pub register_have_account: &'static str,
    /// Shown on the page a newcomer lands on once registered.
    pub welcome: &'static str,
    pub email: &'static str,
    pub password: &'static str,
    pub password_hint: &'static str,
    pub display_name: &'static str,
    pub display_name_hint: &'static str,
    pub stakeholder_group: &'static str,
    pub country: &'static str,
    pub country_hint: &'static str,
    pub organisation: &'static str,
    pub organisation_hint: &'static str,
    pub capacity: &'static str,
    pub choose: &'static str,
    pub required_mark: &'static str,
    pub form_has_problems: &'static str,

    pub sign_in_title: &'static str,
    pub sign_in_submit: &'static str,
    pub sign_in_no_account: &'static str,

    pub profile_title: &'static str,
    pub profile_intro: &'static str,
    pub profile_role: &'static str,
    pub profile_save: &'static str,
    pub profile_saved: &'static str,
    /// Wrong passwords given for the account since its owner last signed in.
    pub profile_failed_sign_ins: fn(u32) -> String,
    pub profile_sign_in_needed: &'static str,
    pub sign_out_everywhere: &'static str,
    pub sign_out_everywhere_hint: &'static str,
    pub my_data: &'static str,
    pub my_data_hint: &'static str,
    pub my_data_link: &'static str,

    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub not_found_home: &'static str,

    pub problem: fn(&Problem) -> String,
    pub error: fn(&AppError) -> String,
    /// The heading of a form's error summary: "There is a problem".
    pub problems_title: &'static str,
    /// The tab's title of a page whose form came back with problems: "Error: {title}".
    pub error_title: fn(&str) -> String,
    /// A field's name, before its problem in the error summary ("E-mail: …").
    pub field_name: fn(Field) -> &'static str,

    pub group: fn(StakeholderGroup) -> &'static str,
    pub capacity_name: fn(Capacity) -> &'static str,
    pub role: fn(Role) -> &'static str,
    pub cluster_name: fn(IssueCluster) -> &'static str,
    pub status: fn(ConsultationStatus) -> &'static str,
    pub region: fn(Region) -> &'static str,
    pub country_name: fn(&Country) -> &'static str,
    /// The countries' codes, separated by spaces, in the order of their names (CLDR collation).
    pub country_order: &'static str,
    /// A UTC time as `RFC 3339` made readable, with the time zone named.
    pub datetime: fn(&str) -> String,

    pub nav_my_comments: &'static str,
    pub nav_search: &'static str,
    /// Commenting: the paper page, the comment form, "My comments", search.
    pub c: &'static CommentTexts,
    /// The secretariat's desk, flags and dispositions.
    pub d: &'static DeskTexts,
    /// The secretariat's editor of consultations and papers.
    pub e: &'static EditorTexts,
    /// The comment digest.
    pub g: &'static DigestTexts,
    /// Contributions: documents sent to a consultation.
    pub k: &'static ContributionTexts,
    /// E-mail, and the pages its links open.
    pub m: &'static MailTexts,
}

/// The strings of commenting, reading comments and searching them.
pub struct CommentTexts {
    pub whole_paper: &'static str,
    /// Before the list of a paper's languages.
    pub read_in: &'static str,
    /// After the name of a paper's own language in that list.
    pub original_mark: &'static str,
    /// Over a translated paper: the name of the language of its original.
    pub translation_note: fn(&str) -> String,
    pub comment_count: fn(u64) -> String,
    pub comments_on_count: fn(&str, u64) -> String,
    pub comments_on: fn(&str) -> String,
    pub comments_on_whole: &'static str,
    /// The comments on text of earlier versions that is not in this one.
    pub comments_on_removed: &'static str,
    /// "(1 from earlier versions)".
    pub carried_count: fn(u64) -> String,
    /// "Written on version 1, paragraph 2.2": a comment carried from an earlier version.
    pub written_on: fn(i32, Option<&str>) -> String,
    pub text_written_on: &'static str,
    /// The page of what changed in a version.
    pub changes_link: fn(i32) -> String,
    pub changes_title: fn(&str, i32) -> String,
    pub changes_intro: fn(i32, i32) -> String,
    /// "Paragraph 2.2 → edited → 2.3".
    pub changed_heading: fn(&str, &str, &[String]) -> String,
    pub added_heading: fn(&[String]) -> String,
    pub comments_on_earlier_text: &'static str,
    pub unchanged_paragraphs: &'static str,
    /// The disposition report of the comments on a version: its link, title and intro.
    pub dispositions_link: fn(i32) -> String,
    pub dispositions_title: fn(&str, i32) -> String,
    pub dispositions_intro: fn(i32, i32) -> String,
    pub dispositions_csv: &'static str,
    pub dispositions_docx: &'static str,
    pub col_reference: &'static str,
    pub col_paragraph: &'static str,
    pub col_comment: &'static str,
    pub col_disposition: &'static str,
    pub no_disposition: &'static str,
    pub none_here: &'static str,
    pub more: &'static str,
    pub close: &'static str,
    pub comment_on_this: &'static str,
    /// A campaign's copies shown as one text: "Sent by 5 stakeholders (the same letter)".
    pub sent_by: fn(usize) -> String,
    /// Before a copy's own text, when its words differ from the one shown.
    pub copy_differs: &'static str,
    /// The name of a paragraph's "Comment on this paragraph" link: "Comment on paragraph 2.1".
    pub comment_on_numbered: fn(&str) -> String,
    pub comment_on_paper: &'static str,
    pub closed_note: &'static str,
    pub filter_title: &'static str,
    pub any_group: &'static str,
    pub region: &'static str,
    pub any_region: &'static str,
    pub tag: &'static str,
    pub any_tag: &'static str,
    /// The filter by the language a comment is written in.
    pub language: &'static str,
    pub any_language: &'static str,
    pub apply_filter: &'static str,
    pub clear_filter: &'static str,
    pub tags_label: &'static str,
    pub quoted: &'static str,
    pub late: &'static str,
    pub reply: &'static str,
    pub replies: &'static str,

    pub form_title: fn(&str) -> String,
    pub reply_title: fn(&str) -> String,
    pub form_intro: &'static str,
    pub paragraph: &'static str,
    pub paragraph_hint: &'static str,
    pub quote: &'static str,
    pub quote_hint: &'static str,
    pub body: &'static str,
    pub body_hint: &'static str,
    /// The comment form's choice of the comment's language.
    pub comment_language: &'static str,
    pub comment_language_hint: &'static str,
    pub language_detect: &'static str,
    pub tags_legend: fn(usize) -> String,
    pub tags_hint: &'static str,
    pub consent: &'static str,
    pub consent_hint: &'static str,
    pub consent_name: fn(Consent) -> &'static str,
    pub submit: &'static str,
    pub sign_in_to_comment: &'static str,

    pub my_title: &'static str,
    pub my_intro: &'static str,
    pub my_none: &'static str,
    pub reference: &'static str,
    pub where_label: &'static str,
    pub status: &'static str,
    pub status_name: fn(CommentStatus) -> &'static str,
    pub reason: &'static str,
    pub submitted: &'static str,
    pub older: &'static str,
    pub comment_title: fn(&str) -> String,
    pub received: fn(&str) -> String,
    pub saved: &'static str,
    pub withdrawn: &'static str,
    pub in_reply_to: &'static str,
    pub history: &'static str,
    pub revisions: fn(u64) -> String,
    pub edit: &'static str,
    pub withdraw: &'static str,
    /// What withdrawing does, asked before it is done, and the button that does it.
    pub withdraw_hint: &'static str,
    pub withdraw_confirm: &'static str,
    pub edit_hint: &'static str,
    pub edit_title: fn(&str) -> String,
    pub edit_intro: &'static str,
    pub back_to_comment: &'static str,
    pub save: &'static str,

    pub search_title: &'static str,
    pub search_intro: &'static str,
    pub search_label: &'static str,
    pub results: fn(usize, bool) -> String,
}

#[cfg(test)]
mod cldr_names;
#[cfg(test)]
mod tests;
