//! The shape of the secretariat's strings: the digest (`Texts::g`), the editor (`Texts::e`)
//! and the desk (`Texts::d`), one value per language in `en/desk.rs` and `fr/desk.rs`.

use crate::domain::Role;
use crate::domain::desk::{DispositionKind, FlagReason};
use crate::domain::versions::Fate;

/// The strings of the comment digest.
pub struct DigestTexts {
    pub title: &'static str,
    /// After the total: ", of which 40 in 3 campaigns" (copies, campaigns).
    pub in_campaigns: fn(u64, usize) -> String,
    /// "(version 1; now paragraph 2.3)": a section on a paragraph of an earlier version,
    /// and where its comments are read now (`None`: its text was removed).
    pub earlier_place: fn(i32, Option<&str>) -> String,
    pub link: &'static str,
    pub total: fn(u64) -> String,
    pub generated: &'static str,
    pub summary: &'static str,
    pub by_group: &'static str,
    pub by_tag: &'static str,
    pub by_paragraph: &'static str,
    pub by_group_region: &'static str,
    pub other: &'static str,
    pub total_col: &'static str,
    pub by_disposition: &'static str,
    pub no_disposition: &'static str,
    pub by_paragraph_heading: &'static str,
    pub campaigns: &'static str,
    pub senders: &'static str,
    pub not_public: &'static str,
    pub internal: &'static str,
    pub downloads: &'static str,
    pub public_legend: &'static str,
    pub make_public: &'static str,
    pub keep_private: &'static str,
    pub save_public: &'static str,
    pub all_statuses: &'static str,
    pub download_preparing: &'static str,
    /// Comments received so far, of the total.
    pub download_rows: fn(u64, u64) -> String,
    /// Megabytes received so far.
    pub download_bytes: fn(f64) -> String,
    pub download_done: fn(&str) -> String,
    pub download_failed: &'static str,
    /// The words of the digest's files.
    pub file: DigestFileTexts,
}

/// The words of the digest's files (Markdown, DOCX, the CSV's attribution) and of the
/// disposition of comments as a document, in the language chosen for them.
pub struct DigestFileTexts {
    /// "Comment digest: {title}".
    pub title: fn(&str) -> String,
    /// "{code} {title} (version {version})".
    pub paper: fn(&str, &str, i32) -> String,
    /// "{paper} ¶ {paragraph}".
    pub paragraph: fn(&str, &str) -> String,
    /// "{paper}, the paper as a whole".
    pub whole_paper: fn(&str) -> String,
    /// "on {paper}": what a contribution concerns.
    pub on_paper: fn(&str) -> String,
    pub on_consultation: &'static str,
    /// "Status: … Generated {when}. {n} comments.": every status (true) or published only.
    pub status: fn(bool, &str, u64) -> String,
    pub filters: fn(&str) -> String,
    pub col_group: &'static str,
    pub col_total: &'static str,
    pub col_tag: &'static str,
    pub col_cluster: &'static str,
    pub col_paragraph: &'static str,
    pub col_disposition: &'static str,
    pub col_comments: &'static str,
    pub late: &'static str,
    pub tags: fn(&str) -> String,
    pub attached: fn(&str) -> String,
    pub disposition: fn(&str) -> String,
    /// "Published {date} · {place} · page: {url}".
    pub published: fn(&str, &str, &str) -> String,
    pub files: fn(&str) -> String,
    /// "Campaign {id} — {n} near-identical comments on {place}".
    pub campaign: fn(i64, u64, &str) -> String,
    pub sent_by: &'static str,
    /// The disposition of comments: paper, title, from version, to version.
    pub dispositions_title: fn(&str, &str, i32, i32) -> String,
    pub dispositions_intro: fn(i32, i32) -> String,
    pub col_reference: &'static str,
    pub col_from: &'static str,
    pub col_comment: &'static str,
    pub col_disposition_response: &'static str,
    pub the_whole_paper: &'static str,
    /// A paragraph then, what became of it, and the paragraphs it became (may be empty).
    pub paragraph_fate: fn(&str, &str, &str) -> String,
    pub files_in: &'static str,
}

/// The strings of the secretariat's editor of consultations and papers.
pub struct EditorTexts {
    pub title: &'static str,
    pub nav: &'static str,
    pub new_consultation: &'static str,
    pub saved: &'static str,
    pub paper_saved: fn(&str) -> String,
    pub slug: &'static str,
    pub slug_hint: &'static str,
    pub consultation_title: &'static str,
    pub description: &'static str,
    pub opens_at: &'static str,
    pub closes_at: &'static str,
    pub utc_hint: &'static str,
    pub status: &'static str,
    pub save_consultation: &'static str,
    pub new_paper: &'static str,
    pub new_version_note: &'static str,
    pub code: &'static str,
    pub code_hint: &'static str,
    pub paper_title: &'static str,
    pub abstract_label: &'static str,
    pub markdown: &'static str,
    pub markdown_hint: &'static str,
    pub save_paper: &'static str,
    pub preview: &'static str,
    /// The matches of the current version's paragraphs in a new text.
    pub matches_legend: &'static str,
    pub matches_hint: fn(usize) -> String,
    pub match_old: &'static str,
    pub match_new: &'static str,
    pub match_comments: &'static str,
    pub fate_name: fn(Fate) -> &'static str,
    /// "edited → 2.3, 78 % alike".
    pub match_summary: fn(Fate, &[String], u8) -> String,
    pub to_check: &'static str,
    pub choose_match: &'static str,
    pub match_of: fn(&str) -> String,
    pub as_proposed: fn(&str) -> String,
    pub paragraph_choice: fn(&str) -> String,
    pub removed_choice: &'static str,
    pub paper_language: &'static str,
    pub translations: &'static str,
    pub translations_hint: &'static str,
    /// "French translation of WP-ROOT": the language's name, the paper's code.
    pub translation_title: fn(&str, &str) -> String,
    pub translation_none: &'static str,
    /// Up to date: the version it translates.
    pub translation_current: fn(i32) -> String,
    /// Of an earlier version: that version.
    pub translation_outdated: fn(i32) -> String,
    pub translation_saved: fn(&str) -> String,
    pub translation_from_original: &'static str,
    /// The form starts from an earlier version's translation: that version, the current.
    pub translation_from_version: fn(i32, i32) -> String,
    pub save_translation: &'static str,
    pub original_blocks: &'static str,
}

/// The strings of the secretariat's desk, of flags and of dispositions.
pub struct DeskTexts {
    pub nav_desk: &'static str,
    pub desk_nav: &'static str,
    pub sign_in_needed: &'static str,
    pub queue_title: &'static str,
    pub keyboard_hint: &'static str,
    pub totals: fn(u64, u64) -> String,
    pub search: &'static str,
    pub paper: &'static str,
    pub any_paper: &'static str,
    pub flagged_only: &'static str,
    pub bulk: &'static str,
    pub publish_selected: &'static str,
    pub reject_selected: &'static str,
    pub queue_empty: &'static str,
    pub next_page: &'static str,
    pub select: fn(&str) -> String,
    pub paragraph_text: &'static str,
    pub consent_given: &'static str,
    pub campaign: fn(u64) -> String,
    /// A campaign whose letters come from one template, and why they were grouped (above
    /// the skeleton they share).
    pub template_campaign: fn(u64) -> String,
    pub template_why: &'static str,
    pub publish_campaign: &'static str,
    pub reject_campaign: &'static str,
    pub flags: &'static str,
    pub flag_reason: fn(FlagReason) -> &'static str,
    pub earlier: fn(usize) -> String,
    pub publish: &'static str,
    pub reject: &'static str,
    pub keep: &'static str,
    pub hide: &'static str,
    pub reason: &'static str,
    pub choose_reason: &'static str,
    pub other_reason: &'static str,
    pub retag: &'static str,
    pub save_tags: &'static str,
    pub disposition: &'static str,
    pub disposition_kind: &'static str,
    pub disposition_name: fn(DispositionKind) -> &'static str,
    pub response: &'static str,
    pub save_disposition: &'static str,
    pub response_label: &'static str,
    /// The change a disposition caused: the field, its hint, "none", a choice, and the
    /// line readers see under the response.
    pub changed_in: &'static str,
    pub changed_in_hint: &'static str,
    pub no_change: &'static str,
    pub change_choice: fn(&str, i32) -> String,
    pub led_to_change: fn(&str, i32) -> String,
    pub log_title: &'static str,
    pub log_intro: &'static str,
    pub when: &'static str,
    pub change: &'static str,
    pub by: &'static str,
    pub add_reason: &'static str,
    pub accounts_title: &'static str,
    pub search_accounts: &'static str,
    pub actions: &'static str,
    pub suspended: &'static str,
    pub make_role: fn(Role) -> String,
    pub suspend: &'static str,
    /// What suspending an account does, asked before it is done, and the button that does it.
    pub suspend_hint: &'static str,
    pub suspend_confirm: &'static str,
    /// In place of the actions on the administrator's own account.
    pub own_account: &'static str,
    /// What rejecting a campaign does (its pending comments), and the button that does it.
    pub reject_campaign_hint: fn(u64) -> String,
    pub reject_campaign_confirm: &'static str,
    /// Announced once a decision is saved: how many comments it changed.
    pub decided: fn(u64) -> String,
    /// "4 more copies on this page, from:": a campaign's other pending copies on its card.
    pub copies_here: fn(usize) -> String,
    /// Before a copy's own text, when its words differ from the card's.
    pub copy_differs: &'static str,
    /// Announced once a change on the desk is saved.
    pub saved: &'static str,
    pub erase: &'static str,
    pub erase_hint: &'static str,
    pub erase_confirm: &'static str,
    pub restore: &'static str,
    pub report: &'static str,
    pub report_reason: &'static str,
    pub report_note: &'static str,
    pub report_submit: &'static str,
    pub reported: &'static str,
    /// Where a visitor would report: reporting needs an account.
    pub report_sign_in: &'static str,
    /// The themes page.
    pub th: super::ThemeTexts,
}
