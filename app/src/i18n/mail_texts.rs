//! The words of the e-mail Consult sends and of the pages its links open (verification,
//! password recovery, "this was not me"), in one language.

use crate::domain::comment::CommentStatus;

pub struct MailTexts {
    /// "Dear {name},"
    pub greeting: fn(&str) -> String,
    /// The closing line of every message.
    pub signature: &'static str,
    /// Under a notice one may turn off: why it came, before the link to the profile.
    pub notice_footer: &'static str,
    /// The label of that link.
    pub change_notices: &'static str,

    // Verification of an address.
    pub verify_subject: &'static str,
    pub verify_intro: &'static str,
    pub verify_link: &'static str,
    /// Valid 48 hours; ignore it if you did not register.
    pub verify_note: &'static str,

    // A change of address.
    pub change_subject: &'static str,
    /// Follow the link to make this the account's address; the old one works until then.
    pub change_intro: &'static str,
    pub change_link: &'static str,
    /// To the old address: a change to {new} was asked; if it was not you, what to do.
    pub change_notice_subject: &'static str,
    pub change_notice_body: fn(&str) -> String,
    /// The profile's form.
    pub change_legend: &'static str,
    pub change_new_email: &'static str,
    pub change_password: &'static str,
    pub change_submit: &'static str,
    /// "A link is on its way to {new}; your address changes once you follow it."
    pub change_sent: fn(&str) -> String,
    /// The verification page, after a change.
    pub changed_address: &'static str,

    // Password recovery.
    pub reset_subject: &'static str,
    pub reset_intro: &'static str,
    pub reset_link: &'static str,
    /// Valid one hour, once; ignore it if you did not ask.
    pub reset_note: &'static str,
    pub changed_subject: &'static str,
    /// Your password was changed, every session ended; if it was not you, what to do.
    pub changed_body: &'static str,

    // Receipts.
    /// "Comment {reference} received"
    pub receipt_subject: fn(&str) -> String,
    /// "We received your comment {reference} on {paper}, {where}."
    pub receipt_body: fn(&str, &str, &str) -> String,
    /// "the paper as a whole" / "paragraph 2.1"
    pub receipt_where: fn(Option<&str>) -> String,
    /// What happens next (moderation), and that the address is to be verified first when it is not.
    pub receipt_next: &'static str,
    pub receipt_unverified: &'static str,
    pub receipt_link: &'static str,
    /// "If you did not send this comment, tell us:" before the "not me" link.
    pub not_me_intro: &'static str,
    pub not_me_link: &'static str,
    /// "Contribution {reference} received"
    pub contribution_subject: fn(&str) -> String,
    /// "We received your contribution {reference}, “{title}”."
    pub contribution_body: fn(&str, &str) -> String,

    // Outcomes.
    /// "Your comment {reference}: {outcome}"
    pub decision_subject: fn(&str, CommentStatus) -> String,
    /// What the secretariat decided, with its reason when it gave one.
    pub decision_body: fn(&str, CommentStatus, Option<&str>) -> String,
    /// "The secretariat answered your comment {reference}"
    pub disposition_subject: fn(&str) -> String,
    /// "{disposition}" and the response.
    pub disposition_body: fn(&str, &str, &str) -> String,
    /// "{paper} has a new version"
    pub version_subject: fn(&str, i32) -> String,
    /// "{paper} ({title}), which you commented on, has a version {n}: …"
    pub version_body: fn(&str, &str, i32) -> String,
    pub read_link: &'static str,

    // The pages the links open.
    pub forgot_title: &'static str,
    pub forgot_intro: &'static str,
    pub forgot_submit: &'static str,
    /// The same answer whether or not the address has an account.
    pub forgot_sent: &'static str,
    /// The link on the sign-in page.
    pub forgot_link: &'static str,
    pub reset_title: &'static str,
    pub reset_submit: &'static str,
    /// After a new password: sign in with it.
    pub reset_done: &'static str,
    /// An expired, used or unknown link.
    pub link_invalid: &'static str,
    pub verify_title: &'static str,
    pub verified: &'static str,
    pub resend: &'static str,
    pub resent: &'static str,
    /// Shown to a signed-in person whose address is not verified yet.
    pub unverified_notice: &'static str,
    /// On the author's own comment: it waits for the address to be verified.
    pub waiting_verification: &'static str,
    pub not_me_title: &'static str,
    pub not_me_explain: &'static str,
    pub not_me_submit: &'static str,
    pub not_me_done: &'static str,

    // The profile's choice of notices.
    pub notices_legend: &'static str,
    pub notify_outcomes: &'static str,
    pub notify_versions: &'static str,
    pub notices_saved: &'static str,
    pub notices_submit: &'static str,
    /// Receipts and security messages are always sent.
    pub notices_hint: &'static str,

    // How a comment arrived, on the desk and in digests.
    pub arrived_verified: &'static str,
    pub arrived_import: &'static str,
    pub arrived_unverified: &'static str,
}
