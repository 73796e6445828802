//! Builds [`ContributionTexts`] for one language from the `k-` messages of `contributions.ftl`.

use super::*;
use crate::domain::comment::CommentStatus;
use crate::domain::contributions::FileRefusal;

pub(crate) fn build<const L: usize>() -> ContributionTexts {
    ContributionTexts {
        form_title: t::<L>("k-form-title"),
        form_heading: |c| f!(L, "k-form-heading", consultation = c),
        form_intro: t::<L>("k-form-intro"),
        attach: t::<L>("k-attach"),
        attach_hint: |n, mb| f!(L, "k-attach-hint", max_files = n, max_mb = mb),
        attached: t::<L>("k-attached"),
        paragraphs: t::<L>("k-paragraphs"),
        paragraphs_hint: t::<L>("k-paragraphs-hint"),
        concerned: t::<L>("k-concerned"),
        no_concerned: t::<L>("k-no-concerned"),
        report: t::<L>("k-report"),
        reported: t::<L>("k-reported"),
        reported_by_readers: t::<L>("k-reported-by-readers"),
        keep: t::<L>("k-keep"),
        sign_in_needed: t::<L>("k-sign-in-needed"),
        closed: t::<L>("k-closed"),
        title: t::<L>("k-title"),
        summary: t::<L>("k-summary"),
        summary_hint: t::<L>("k-summary-hint"),
        files: t::<L>("k-files"),
        files_hint: |n, mb| f!(L, "k-files-hint", max_files = n, max_mb = mb),
        paper: t::<L>("k-paper"),
        paper_hint: t::<L>("k-paper-hint"),
        no_paper: t::<L>("k-no-paper"),
        submit: t::<L>("k-submit"),
        refusal: |name, refusal| {
            let file = if name.is_empty() {
                t::<L>("k-refusal-unnamed").to_owned()
            } else {
                f!(L, "k-refusal-named", name = name)
            };
            match refusal {
                FileRefusal::Empty => f!(L, "k-refusal-empty", file = file),
                FileRefusal::TooLarge { max } => f!(
                    L,
                    "k-refusal-too-large",
                    file = file,
                    max_mb = max / (1024 * 1024)
                ),
                FileRefusal::UnknownType => f!(L, "k-refusal-unknown-type", file = file),
                FileRefusal::Encrypted => f!(L, "k-refusal-encrypted", file = file),
                FileRefusal::Macros => f!(L, "k-refusal-macros", file = file),
                FileRefusal::ActiveContent => f!(L, "k-refusal-active-content", file = file),
                FileRefusal::Malformed => f!(L, "k-refusal-malformed", file = file),
                FileRefusal::TooManyBytesInside => {
                    f!(L, "k-refusal-too-many-bytes-inside", file = file)
                }
                FileRefusal::TooMany { max } => f!(L, "k-refusal-too-many", max = max),
                FileRefusal::Missing => f!(L, "k-refusal-missing", file = file),
            }
        },
        received: |r| f!(L, "k-received", reference = r),
        received_next: t::<L>("k-received-next"),
        status: |s| {
            t::<L>(match s {
                CommentStatus::Pending => "k-status-pending",
                CommentStatus::Published => "k-status-published",
                CommentStatus::Rejected => "k-status-rejected",
                CommentStatus::Hidden => "k-status-hidden",
                CommentStatus::Withdrawn => "k-status-withdrawn",
            })
        },
        list_title: |c| f!(L, "k-list-title", consultation = c),
        list_intro: t::<L>("k-list-intro"),
        send: t::<L>("k-send"),
        count: |n| f!(L, "k-count", n = n),
        concerns: t::<L>("k-concerns"),
        pages: |n| f!(L, "k-pages", n = n),
        text_not_extracted: t::<L>("k-text-not-extracted"),
        bytes: |n| f!(L, "k-bytes", n = n),
        kilobytes: |n| f!(L, "k-kilobytes", size = n),
        megabytes: |n| {
            let size = n.replace('.', t::<L>("k-decimal-separator"));
            f!(L, "k-megabytes", size = size)
        },
        desk_title: t::<L>("k-desk-title"),
        desk_empty: t::<L>("k-desk-empty"),
        desk_count: |n| f!(L, "k-desk-count", n = n),
        text_of: |file| f!(L, "k-text-of", file = file),
        reject_reason: t::<L>("k-reject-reason"),
        on_consultation: |n| f!(L, "k-on-consultation", n = n),
        heading: t::<L>("k-heading"),
        digest_csv: t::<L>("k-digest-csv"),
    }
}
