//! Builds the commenting catalogue, `CommentTexts`, for one language from its `comments.ftl`.

use super::*;
use crate::domain::comment::{CommentStatus, Consent};

pub(crate) fn build<const L: usize>() -> CommentTexts {
    CommentTexts {
        whole_paper: t::<L>("c-whole-paper"),
        read_in: t::<L>("c-read-in"),
        original_mark: t::<L>("c-original-mark"),
        translation_note: |language| f!(L, "c-translation-note", language = language),
        comment_count: |n| f!(L, "c-comment-count", n = n),
        comments_on_count: |number, n| f!(L, "c-comments-on-count", number = number, n = n),
        comments_on: |number| f!(L, "c-comments-on", number = number),
        comments_on_whole: t::<L>("c-comments-on-whole"),
        comments_on_removed: t::<L>("c-comments-on-removed"),
        carried_count: |n| f!(L, "c-carried-count", n = n),
        written_on: |version, number| match number {
            Some(number) => f!(L, "c-written-on", version = version, number = number),
            None => f!(L, "c-written-on-whole", version = version),
        },
        text_written_on: t::<L>("c-text-written-on"),
        changes_link: |version| f!(L, "c-changes-link", version = version),
        changes_title: |code, version| f!(L, "c-changes-title", code = code, version = version),
        changes_intro: |old, new| f!(L, "c-changes-intro", old = old, new = new),
        changed_heading: |old, fate, new| {
            if new.is_empty() {
                f!(L, "c-changed-heading", old = old, fate = fate)
            } else {
                let new = new.join(t::<L>("c-list-separator"));
                f!(
                    L,
                    "c-changed-heading-now",
                    old = old,
                    fate = fate,
                    new = new
                )
            }
        },
        added_heading: |new| {
            let new = new.join(t::<L>("c-list-separator"));
            f!(L, "c-added-heading", new = new)
        },
        comments_on_earlier_text: t::<L>("c-comments-on-earlier-text"),
        unchanged_paragraphs: t::<L>("c-unchanged-paragraphs"),
        dispositions_link: |version| f!(L, "c-dispositions-link", version = version),
        dispositions_title: |code, version| {
            f!(L, "c-dispositions-title", code = code, version = version)
        },
        dispositions_intro: |old, new| f!(L, "c-dispositions-intro", old = old, new = new),
        dispositions_csv: t::<L>("c-dispositions-csv"),
        dispositions_docx: t::<L>("c-dispositions-docx"),
        col_reference: t::<L>("c-col-reference"),
        col_paragraph: t::<L>("c-col-paragraph"),
        col_comment: t::<L>("c-col-comment"),
        col_disposition: t::<L>("c-col-disposition"),
        no_disposition: t::<L>("c-no-disposition"),
        none_here: t::<L>("c-none-here"),
        more: t::<L>("c-more"),
        close: t::<L>("c-close"),
        comment_on_this: t::<L>("c-comment-on-this"),
        sent_by: |n| f!(L, "c-sent-by", n = n),
        copy_differs: t::<L>("c-copy-differs"),
        comment_on_numbered: |number| f!(L, "c-comment-on-numbered", number = number),
        comment_on_paper: t::<L>("c-comment-on-paper"),
        closed_note: t::<L>("c-closed-note"),
        filter_title: t::<L>("c-filter-title"),
        any_group: t::<L>("c-any-group"),
        region: t::<L>("c-region"),
        any_region: t::<L>("c-any-region"),
        tag: t::<L>("c-tag"),
        any_tag: t::<L>("c-any-tag"),
        language: t::<L>("c-language"),
        any_language: t::<L>("c-any-language"),
        apply_filter: t::<L>("c-apply-filter"),
        clear_filter: t::<L>("c-clear-filter"),
        tags_label: t::<L>("c-tags-label"),
        quoted: t::<L>("c-quoted"),
        late: t::<L>("c-late"),
        reply: t::<L>("c-reply"),
        replies: t::<L>("c-replies"),
        form_title: |code| f!(L, "c-form-title", code = code),
        reply_title: |reference| f!(L, "c-reply-title", reference = reference),
        form_intro: t::<L>("c-form-intro"),
        paragraph: t::<L>("c-paragraph"),
        paragraph_hint: t::<L>("c-paragraph-hint"),
        quote: t::<L>("c-quote"),
        quote_hint: t::<L>("c-quote-hint"),
        body: t::<L>("c-body"),
        body_hint: t::<L>("c-body-hint"),
        comment_language: t::<L>("c-comment-language"),
        comment_language_hint: t::<L>("c-comment-language-hint"),
        language_detect: t::<L>("c-language-detect"),
        tags_legend: |max| f!(L, "c-tags-legend", max = max),
        tags_hint: t::<L>("c-tags-hint"),
        consent: t::<L>("c-consent"),
        consent_hint: t::<L>("c-consent-hint"),
        consent_name: |c| {
            t::<L>(match c {
                Consent::NameAndOrganisation => "c-consent-name-and-organisation",
                Consent::OrganisationOnly => "c-consent-organisation-only",
                Consent::Anonymous => "c-consent-anonymous",
            })
        },
        submit: t::<L>("c-submit"),
        sign_in_to_comment: t::<L>("c-sign-in-to-comment"),
        my_title: t::<L>("c-my-title"),
        my_intro: t::<L>("c-my-intro"),
        my_none: t::<L>("c-my-none"),
        reference: t::<L>("c-reference"),
        where_label: t::<L>("c-where-label"),
        status: t::<L>("c-status"),
        status_name: |s| {
            t::<L>(match s {
                CommentStatus::Pending => "c-status-pending",
                CommentStatus::Published => "c-status-published",
                CommentStatus::Rejected => "c-status-rejected",
                CommentStatus::Withdrawn => "c-status-withdrawn",
                CommentStatus::Hidden => "c-status-hidden",
            })
        },
        reason: t::<L>("c-reason"),
        submitted: t::<L>("c-submitted"),
        older: t::<L>("c-older"),
        comment_title: |reference| f!(L, "c-comment-title", reference = reference),
        received: |reference| f!(L, "c-received", reference = reference),
        saved: t::<L>("c-saved"),
        withdrawn: t::<L>("c-withdrawn"),
        in_reply_to: t::<L>("c-in-reply-to"),
        history: t::<L>("c-history"),
        revisions: |n| f!(L, "c-revisions", n = n),
        edit: t::<L>("c-edit"),
        withdraw: t::<L>("c-withdraw"),
        withdraw_hint: t::<L>("c-withdraw-hint"),
        withdraw_confirm: t::<L>("c-withdraw-confirm"),
        edit_hint: t::<L>("c-edit-hint"),
        edit_title: |reference| f!(L, "c-edit-title", reference = reference),
        edit_intro: t::<L>("c-edit-intro"),
        back_to_comment: t::<L>("c-back-to-comment"),
        save: t::<L>("c-save"),
        search_title: t::<L>("c-search-title"),
        search_intro: t::<L>("c-search-intro"),
        search_label: t::<L>("c-search-label"),
        results: |n, more| {
            if more {
                f!(L, "c-results-more", n = n)
            } else {
                f!(L, "c-results", n = n)
            }
        },
    }
}
