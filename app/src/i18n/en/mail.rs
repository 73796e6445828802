//! The e-mail Consult sends, and the pages its links open.

use crate::domain::comment::CommentStatus;
use crate::i18n::MailTexts;

pub(super) const MAIL: MailTexts = MailTexts {
    greeting: |name| format!("Dear {name},"),
    signature: "The secretariat, through Consult",
    notice_footer: "You receive this notice because you chose to on your profile.",
    change_notices: "Change which notices you receive",

    verify_subject: "Confirm your e-mail address",
    verify_intro: "Please follow the link below to confirm your e-mail address. Your comments reach the secretariat only once your address is confirmed.",
    verify_link: "Confirm my address",
    verify_note: "The link is valid for 48 hours. If you did not register on Consult, ignore this message: nothing will happen.",

    change_subject: "Confirm your new e-mail address",
    change_intro: "Please follow the link below to make this the e-mail address of your account on Consult. Until you do, your account keeps its present address.",
    change_link: "Confirm my new address",
    change_notice_subject: "A change of your e-mail address was asked",
    change_notice_body: |new| {
        format!(
            "Someone signed in to your account asked to change its e-mail address to {new}. The change takes effect only once the link sent to that address is followed. If it was not you, sign in, change your password, and tell the secretariat."
        )
    },
    change_legend: "Change your e-mail address",
    change_new_email: "New e-mail address",
    change_password: "Your password",
    change_submit: "Send the confirmation link",
    change_sent: |new| {
        format!(
            "A confirmation link is on its way to {new}. Your address changes once you follow it."
        )
    },
    changed_address: "Thank you: your account now uses this e-mail address.",

    reset_subject: "Choose a new password",
    reset_intro: "Someone, we hope you, asked to reset the password of your account on Consult. Follow the link below to choose a new one.",
    reset_link: "Choose a new password",
    reset_note: "The link is valid for one hour and can be used once. If you did not ask for it, ignore this message: your password stays as it is.",
    changed_subject: "Your password was changed",
    changed_body: "The password of your account on Consult was changed, and every session was signed out. If it was not you, use “Forgot your password?” on the sign-in page at once, and tell the secretariat.",

    receipt_subject: |r| format!("Comment {r} received"),
    receipt_body: |reference, paper, where_| {
        format!("We received your comment {reference} on {paper}, {where_}.")
    },
    receipt_where: |p| match p {
        Some(n) => format!("paragraph {n}"),
        None => "the paper as a whole".to_owned(),
    },
    receipt_next: "The secretariat reads every comment before it is published. We will tell you what it decides.",
    receipt_unverified: "Your e-mail address is not confirmed yet: your comment will reach the secretariat once you confirm it with the link we sent you.",
    receipt_link: "See your comment",
    not_me_intro: "If you did not send this comment, someone used your address. Tell us and it will not be published:",
    not_me_link: "I did not send this comment",
    contribution_subject: |r| format!("Contribution {r} received"),
    contribution_body: |r, title| {
        format!(
            "We received your contribution {r}, “{title}”. The secretariat reads it before it is published."
        )
    },

    decision_subject: |reference, status| match status {
        CommentStatus::Pending => format!("Your comment {reference} is back under review"),
        CommentStatus::Published => format!("Your comment {reference} is published"),
        CommentStatus::Rejected => format!("Your comment {reference} was not published"),
        CommentStatus::Hidden => {
            format!("Your comment {reference} was withdrawn from publication")
        }
        CommentStatus::Withdrawn => format!("Your comment {reference} was withdrawn"),
    },
    decision_body: |reference, status, reason| {
        let decision = match status {
            CommentStatus::Pending => format!(
                "The secretariat put your comment {reference} back under review. It is not shown on Consult until the secretariat decides again; we will tell you what it decides."
            ),
            CommentStatus::Published => format!(
                "The secretariat published your comment {reference}. Everyone can now read it on Consult."
            ),
            CommentStatus::Rejected => {
                format!("The secretariat decided not to publish your comment {reference}.")
            }
            CommentStatus::Hidden => format!(
                "The secretariat withdrew your comment {reference} from publication. It is no longer shown on Consult."
            ),
            CommentStatus::Withdrawn => {
                format!("Your comment {reference} was withdrawn. It will not be published.")
            }
        };
        match reason {
            Some(reason) if !reason.trim().is_empty() => {
                format!("{decision}\n\nThe secretariat gave this reason: {reason}")
            }
            _ => decision,
        }
    },
    disposition_subject: |r| format!("The secretariat answered your comment {r}"),
    disposition_body: |reference, disposition, response| {
        let recorded = format!(
            "The secretariat recorded how your comment {reference} was taken into account: {disposition}."
        );
        if response.trim().is_empty() {
            recorded
        } else {
            format!("{recorded}\n\n{response}")
        }
    },
    version_subject: |code, n| format!("{code}: version {n} is published"),
    version_body: |code, title, n| {
        format!(
            "{code}, “{title}”, which you commented on, has a new version ({n}). Comments on earlier versions are carried to the paragraphs that continue them; see what changed:"
        )
    },
    read_link: "Read it on Consult",

    forgot_title: "Forgot your password?",
    forgot_intro: "Give the e-mail address of your account. We will send a link to choose a new password.",
    forgot_submit: "Send the link",
    forgot_sent: "If an account uses this address, a link to choose a new password is on its way. It is valid for one hour.",
    forgot_link: "Forgot your password?",
    reset_title: "Choose a new password",
    reset_submit: "Save the new password",
    reset_done: "Your password is changed and every session was signed out. Sign in with the new password.",
    link_invalid: "This link has expired or was already used. Ask for a new one.",
    verify_title: "Confirm your e-mail address",
    verified: "Thank you: your e-mail address is confirmed. Your comments now go to the secretariat.",
    resend: "Send the confirmation link again",
    resent: "A new confirmation link is on its way.",
    unverified_notice: "Please confirm your e-mail address with the link we sent you: until then your comments wait and are not published.",
    waiting_verification: "Waiting for you to confirm your e-mail address",
    not_me_title: "A comment you did not send",
    not_me_explain: "If you did not send this comment, confirm below: it will not be published, and the secretariat will look into it.",
    not_me_submit: "I did not send this comment",
    not_me_done: "Thank you. The comment is withdrawn from publication and the secretariat will look into it.",

    notices_legend: "E-mail notices",
    notify_outcomes: "When the secretariat decides on or answers my comments",
    notify_versions: "When a paper I commented on has a new version",
    notices_submit: "Save my choice of notices",
    notices_saved: "Your choice is saved.",
    notices_hint: "Receipts and messages about your account's security are always sent.",

    arrived_verified: "confirmed address",
    arrived_import: "imported by the secretariat",
    arrived_unverified: "address not confirmed",
};
