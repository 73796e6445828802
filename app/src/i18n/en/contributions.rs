//! Contributions: documents sent to a consultation.

use crate::domain::comment::CommentStatus;
use crate::domain::contributions::FileRefusal;
use crate::i18n::ContributionTexts;

pub(super) const CONTRIBUTIONS: ContributionTexts = ContributionTexts {
    form_title: "Send a contribution",
    form_heading: |c| format!("Send a contribution to {c}"),
    form_intro: "A contribution is a document: a position paper, a statement, a study. Give it a title and a short summary, attach the files, and say how you agree to be shown. The secretariat reads it before it is published.",
    attach: "Attach documents (optional)",
    attach_hint: |n, mb| {
        format!(
            "If your comment refers to a document, attach it: up to {n} files of at most {mb} MB each, PDF, Word (DOCX), OpenDocument (ODT), plain text or Markdown. They are published with your comment."
        )
    },
    attached: "Attached documents",
    paragraphs: "Paragraphs it concerns",
    paragraphs_hint: "Optional, with a paper: the paragraph numbers, separated by commas (for example 2.1, 3.4).",
    concerned: "Comments on these paragraphs",
    no_concerned: "No published comment on these paragraphs yet.",
    report: "Report this contribution",
    reported: "Thank you. The secretariat will look at this contribution.",
    reported_by_readers: "Reported by readers",
    keep: "Keep published",
    sign_in_needed: "Please sign in to send a contribution, or register: it takes a minute.",
    closed: "This consultation does not take contributions now.",
    title: "Title",
    summary: "Summary",
    summary_hint: "A few sentences on what the document says; readers see it before they download anything.",
    files: "Files",
    files_hint: |n, mb| {
        format!(
            "Up to {n} files of at most {mb} MB each: PDF, Word (DOCX), OpenDocument (ODT), plain text or Markdown. Files with passwords or macros cannot be accepted."
        )
    },
    paper: "Working paper it concerns",
    paper_hint: "Optional: the paper your contribution answers.",
    no_paper: "The consultation as a whole",
    submit: "Send the contribution",
    refusal: |name, refusal| {
        let name = if name.is_empty() {
            "A file".to_owned()
        } else {
            format!("“{name}”")
        };
        match refusal {
            FileRefusal::Empty => format!("{name} is empty."),
            FileRefusal::TooLarge { max } => {
                format!("{name} is larger than {} MB.", max / (1024 * 1024))
            }
            FileRefusal::UnknownType => format!(
                "{name} is not a PDF, DOCX, ODT, text or Markdown file (whatever its name says)."
            ),
            FileRefusal::Encrypted => format!(
                "{name} is encrypted or protected by a password (or is an old .doc file): save it again without a password, as PDF or DOCX."
            ),
            FileRefusal::Macros => {
                format!("{name} contains macros: save it again as a plain DOCX or PDF.")
            }
            FileRefusal::ActiveContent => format!(
                "{name} contains scripts, embedded files or web page code: save it again as a plain PDF."
            ),
            FileRefusal::Malformed => {
                format!("{name} is damaged or not what it claims to be inside.")
            }
            FileRefusal::TooManyBytesInside => {
                format!("{name} would take too much space once unpacked.")
            }
            FileRefusal::TooMany { max } => format!("Send at most {max} files at once."),
            FileRefusal::Missing => {
                format!("{name} cannot be found in the folder of the import file.")
            }
        }
    },
    received: |r| format!("Thank you: your contribution was received under the reference {r}."),
    received_next: "The secretariat reads it before it is published; this page shows where it stands. Keep the reference to quote it.",
    status: |s| match s {
        CommentStatus::Pending => "Waiting for the secretariat",
        CommentStatus::Published => "Published",
        CommentStatus::Rejected => "Not published",
        CommentStatus::Hidden => "Withdrawn from publication by the secretariat",
        CommentStatus::Withdrawn => "Withdrawn by its author",
    },
    list_title: |c| format!("Contributions to {c}"),
    list_intro: "Documents sent by stakeholders and published by the secretariat, newest first.",
    send: "Send a contribution",
    count: |n| match n {
        0 => "No contribution published yet.".to_owned(),
        1 => "1 contribution".to_owned(),
        n => format!("{n} contributions"),
    },
    concerns: "on",
    pages: |n| {
        if n == 1 {
            "1 page".to_owned()
        } else {
            format!("{n} pages")
        }
    },
    text_not_extracted: "text not extracted",
    bytes: |n| format!("{n} bytes"),
    kilobytes: |n| format!("{n} kB"),
    megabytes: |n| format!("{n} MB"),
    desk_title: "Contributions to review",
    desk_empty: "No contribution waits for a decision.",
    desk_count: |n| {
        if n == 1 {
            "1 contribution waits".to_owned()
        } else {
            format!("{n} contributions wait")
        }
    },
    text_of: |f| format!("Text read from {f}"),
    reject_reason: "Reason (needed to reject; its author sees it)",
    on_consultation: |n| match n {
        0 => "Contributions (documents)".to_owned(),
        n => format!("Contributions (documents): {n}"),
    },
    heading: "Contributions",
    digest_csv: "Contributions (CSV)",
};
