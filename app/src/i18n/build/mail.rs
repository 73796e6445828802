//! Builds [`MailTexts`] for one language from the `m-` messages of `mail.ftl`.

use super::*;
use crate::domain::comment::CommentStatus;

pub(crate) fn build<const L: usize>() -> MailTexts {
    MailTexts {
        greeting: |name| f!(L, "m-greeting", name = name),
        signature: t::<L>("m-signature"),
        notice_footer: t::<L>("m-notice-footer"),
        change_notices: t::<L>("m-change-notices"),
        verify_subject: t::<L>("m-verify-subject"),
        verify_intro: t::<L>("m-verify-intro"),
        verify_link: t::<L>("m-verify-link"),
        verify_note: t::<L>("m-verify-note"),
        change_subject: t::<L>("m-change-subject"),
        change_intro: t::<L>("m-change-intro"),
        change_link: t::<L>("m-change-link"),
        change_notice_subject: t::<L>("m-change-notice-subject"),
        change_notice_body: |new| f!(L, "m-change-notice-body", new_address = new),
        change_legend: t::<L>("m-change-legend"),
        change_new_email: t::<L>("m-change-new-email"),
        change_password: t::<L>("m-change-password"),
        change_submit: t::<L>("m-change-submit"),
        change_sent: |new| f!(L, "m-change-sent", new_address = new),
        changed_address: t::<L>("m-changed-address"),
        reset_subject: t::<L>("m-reset-subject"),
        reset_intro: t::<L>("m-reset-intro"),
        reset_link: t::<L>("m-reset-link"),
        reset_note: t::<L>("m-reset-note"),
        changed_subject: t::<L>("m-changed-subject"),
        changed_body: t::<L>("m-changed-body"),
        receipt_subject: |r| f!(L, "m-receipt-subject", reference = r),
        receipt_body: |reference, paper, where_| {
            f!(
                L,
                "m-receipt-body",
                reference = reference,
                paper = paper,
                place = where_
            )
        },
        receipt_where: |p| match p {
            Some(n) => f!(L, "m-receipt-where-paragraph", paragraph = n),
            None => t::<L>("m-receipt-where-whole").to_owned(),
        },
        receipt_next: t::<L>("m-receipt-next"),
        receipt_unverified: t::<L>("m-receipt-unverified"),
        receipt_link: t::<L>("m-receipt-link"),
        not_me_intro: t::<L>("m-not-me-intro"),
        not_me_link: t::<L>("m-not-me-link"),
        contribution_subject: |r| f!(L, "m-contribution-subject", reference = r),
        contribution_body: |r, title| f!(L, "m-contribution-body", reference = r, title = title),
        decision_subject: |reference, status| match status {
            CommentStatus::Pending => f!(L, "m-decision-subject-pending", reference = reference),
            CommentStatus::Published => {
                f!(L, "m-decision-subject-published", reference = reference)
            }
            CommentStatus::Rejected => f!(L, "m-decision-subject-rejected", reference = reference),
            CommentStatus::Hidden => f!(L, "m-decision-subject-hidden", reference = reference),
            CommentStatus::Withdrawn => {
                f!(L, "m-decision-subject-withdrawn", reference = reference)
            }
        },
        decision_body: |reference, status, reason| {
            let decision = match status {
                CommentStatus::Pending => f!(L, "m-decision-body-pending", reference = reference),
                CommentStatus::Published => {
                    f!(L, "m-decision-body-published", reference = reference)
                }
                CommentStatus::Rejected => f!(L, "m-decision-body-rejected", reference = reference),
                CommentStatus::Hidden => f!(L, "m-decision-body-hidden", reference = reference),
                CommentStatus::Withdrawn => {
                    f!(L, "m-decision-body-withdrawn", reference = reference)
                }
            };
            match reason {
                Some(reason) if !reason.trim().is_empty() => {
                    let reason = f!(L, "m-decision-body-reason", reason = reason);
                    format!("{decision}\n\n{reason}")
                }
                _ => decision,
            }
        },
        disposition_subject: |r| f!(L, "m-disposition-subject", reference = r),
        disposition_body: |reference, disposition, response| {
            let recorded = f!(
                L,
                "m-disposition-body",
                reference = reference,
                disposition = disposition
            );
            if response.trim().is_empty() {
                recorded
            } else {
                format!("{recorded}\n\n{response}")
            }
        },
        version_subject: |code, n| f!(L, "m-version-subject", code = code, version = n),
        version_body: |code, title, n| {
            f!(L, "m-version-body", code = code, title = title, version = n)
        },
        read_link: t::<L>("m-read-link"),
        forgot_title: t::<L>("m-forgot-title"),
        forgot_intro: t::<L>("m-forgot-intro"),
        forgot_submit: t::<L>("m-forgot-submit"),
        forgot_sent: t::<L>("m-forgot-sent"),
        forgot_link: t::<L>("m-forgot-link"),
        reset_title: t::<L>("m-reset-title"),
        reset_submit: t::<L>("m-reset-submit"),
        reset_done: t::<L>("m-reset-done"),
        link_invalid: t::<L>("m-link-invalid"),
        verify_title: t::<L>("m-verify-title"),
        verified: t::<L>("m-verified"),
        resend: t::<L>("m-resend"),
        resent: t::<L>("m-resent"),
        unverified_notice: t::<L>("m-unverified-notice"),
        waiting_verification: t::<L>("m-waiting-verification"),
        not_me_title: t::<L>("m-not-me-title"),
        not_me_explain: t::<L>("m-not-me-explain"),
        not_me_submit: t::<L>("m-not-me-submit"),
        not_me_done: t::<L>("m-not-me-done"),
        notices_legend: t::<L>("m-notices-legend"),
        notify_outcomes: t::<L>("m-notify-outcomes"),
        notify_versions: t::<L>("m-notify-versions"),
        notices_submit: t::<L>("m-notices-submit"),
        notices_saved: t::<L>("m-notices-saved"),
        notices_hint: t::<L>("m-notices-hint"),
        arrived_verified: t::<L>("m-arrived-verified"),
        arrived_import: t::<L>("m-arrived-import"),
        arrived_unverified: t::<L>("m-arrived-unverified"),
    }
}
