//! The shape of the contribution strings (`Texts::k`), one value per language in
//! `en/contributions.rs` and `fr/contributions.rs`.

use crate::domain::comment::CommentStatus;
use crate::domain::contributions::FileRefusal;

/// The strings of contributions: the form, the list, a contribution's page, the desk.
pub struct ContributionTexts {
    pub form_title: &'static str,
    /// "Send a contribution to {consultation}".
    pub form_heading: fn(&str) -> String,
    pub form_intro: &'static str,
    /// The label of the comment form's file input.
    pub attach: &'static str,
    /// Its hint: at most {n} files of {mb} MB, published with the comment.
    pub attach_hint: fn(usize, u64) -> String,
    /// "Attached documents", above a comment's files.
    pub attached: &'static str,
    /// The label of the paragraphs a contribution concerns, in its form and on its page.
    pub paragraphs: &'static str,
    pub paragraphs_hint: &'static str,
    /// The heading of the published comments on those paragraphs.
    pub concerned: &'static str,
    pub no_concerned: &'static str,
    /// "Report this contribution", and the thanks once reported.
    pub report: &'static str,
    pub reported: &'static str,
    /// The desk: a published contribution readers reported, and the button that keeps it.
    pub reported_by_readers: &'static str,
    pub keep: &'static str,
    pub sign_in_needed: &'static str,
    pub closed: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
    pub summary_hint: &'static str,
    pub files: &'static str,
    /// "Up to {n} files of {mb} MB each: PDF, Word (DOCX), OpenDocument (ODT), text or Markdown."
    pub files_hint: fn(usize, u64) -> String,
    pub paper: &'static str,
    pub paper_hint: &'static str,
    pub no_paper: &'static str,
    pub submit: &'static str,
    /// Why a file was refused, naming it.
    pub refusal: fn(&str, FileRefusal) -> String,
    pub received: fn(&str) -> String,
    pub received_next: &'static str,
    pub status: fn(CommentStatus) -> &'static str,
    /// "Contributions to {consultation}".
    pub list_title: fn(&str) -> String,
    pub list_intro: &'static str,
    pub send: &'static str,
    pub count: fn(usize) -> String,
    /// "concerns" (a paper).
    pub concerns: &'static str,
    pub pages: fn(i32) -> String,
    pub text_not_extracted: &'static str,
    pub bytes: fn(i64) -> String,
    pub kilobytes: fn(String) -> String,
    pub megabytes: fn(String) -> String,
    pub desk_title: &'static str,
    pub desk_empty: &'static str,
    pub desk_count: fn(usize) -> String,
    /// "Text read from {file}".
    pub text_of: fn(&str) -> String,
    pub reject_reason: &'static str,
    /// On the consultation page: the link to its contributions, with their number.
    pub on_consultation: fn(u64) -> String,
    /// The heading of contributions among search results and in digests.
    pub heading: &'static str,
    /// The link to a digest's contributions as a CSV file.
    pub digest_csv: &'static str,
}
