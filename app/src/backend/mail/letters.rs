//! The messages Consult sends, in the recipient's language: each is a greeting, a few
//! paragraphs, at most one link shown as a button, notes, and the signature, written once
//! as plain text and once as simple HTML (every piece of text escaped).

use super::Letter;
use crate::domain::comment::CommentStatus;
use crate::i18n::{Locale, MailTexts};

/// Someone a message goes to.
#[derive(Clone, Debug)]
pub struct Recipient {
    pub email: String,
    pub name: String,
    pub locale: Locale,
}

impl Recipient {
    /// An account as its messages address it, in its language.
    pub fn of(user: &crate::backend::entities::user::Model) -> Self {
        Self {
            email: user.email.clone(),
            name: user.display_name.clone(),
            locale: Locale::from_code(&user.language).unwrap_or_default(),
        }
    }

    fn t(&self) -> &'static MailTexts {
        self.locale.texts().m
    }
}

/// What a message says, before it is written out.
struct Body<'a> {
    paragraphs: Vec<String>,
    link: Option<(&'a str, &'a str)>,
    notes: Vec<String>,
    /// A notice the recipient may turn off: where (their profile), and the one-click
    /// address that turns notices off.
    unsubscribe: Option<Notice<'a>>,
}

/// Where the recipient of a notice chooses their notices, and the address that turns them
/// off in one click (`List-Unsubscribe`, RFC 8058).
#[derive(Clone, Copy, Debug)]
pub struct Notice<'a> {
    pub profile: &'a str,
    pub off: &'a str,
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn paragraph_html(text: &str) -> String {
    let lines: Vec<String> = text.lines().map(escape).collect();
    format!("<p>{}</p>", lines.join("<br>"))
}

fn letter(to: &Recipient, kind: &'static str, subject: String, body: Body<'_>) -> Letter {
    let t = to.t();
    let greeting = (t.greeting)(&to.name);
    let mut text = format!("{greeting}\n\n");
    let mut html = format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title></head>\
         <body style=\"font-family: sans-serif; line-height: 1.5; max-width: 36em\">{}",
        to.locale.code(),
        escape(&subject),
        paragraph_html(&greeting)
    );
    for p in &body.paragraphs {
        text.push_str(p);
        text.push_str("\n\n");
        html.push_str(&paragraph_html(p));
    }
    if let Some((label, url)) = body.link {
        text.push_str(&format!("{label}:\n{url}\n\n"));
        html.push_str(&format!(
            "<p><a href=\"{}\" style=\"display: inline-block; padding: 0.5em 1em; background: #1d4e89; color: #fff; text-decoration: none; border-radius: 4px\">{}</a></p>\
             <p style=\"font-size: 0.9em; color: #444\">{}</p>",
            escape(url),
            escape(label),
            escape(url)
        ));
    }
    for n in &body.notes {
        text.push_str(n);
        text.push_str("\n\n");
        html.push_str(&paragraph_html(n));
    }
    text.push_str(t.signature);
    text.push('\n');
    html.push_str(&paragraph_html(t.signature));
    if let Some(notice) = &body.unsubscribe {
        text.push_str(&format!(
            "\n--\n{}\n{}: {}\n",
            t.notice_footer, t.change_notices, notice.profile
        ));
        html.push_str(&format!(
            "<hr><p style=\"font-size: 0.9em; color: #444\">{} <a href=\"{}\">{}</a></p>",
            escape(t.notice_footer),
            escape(notice.profile),
            escape(t.change_notices)
        ));
    }
    html.push_str("</body></html>");
    Letter {
        kind,
        to: to.email.clone(),
        language: to.locale.code().to_owned(),
        subject,
        text,
        html,
        unsubscribe: body.unsubscribe.map(|n| n.off.to_owned()),
    }
}

/// A message of one paragraph, with at most a link, a note and a notice's footer: what
/// every message but a comment's receipt is.
fn single(
    to: &Recipient,
    kind: &'static str,
    subject: String,
    paragraph: String,
    link: Option<(&str, &str)>,
    note: Option<&str>,
    unsubscribe: Option<Notice<'_>>,
) -> Letter {
    letter(
        to,
        kind,
        subject,
        Body {
            paragraphs: vec![paragraph],
            link,
            notes: note.map(str::to_owned).into_iter().collect(),
            unsubscribe,
        },
    )
}

/// The link that verifies a new account's address.
pub fn verify(to: &Recipient, link: &str) -> Letter {
    let t = to.t();
    single(
        to,
        "verify",
        t.verify_subject.to_owned(),
        t.verify_intro.to_owned(),
        Some((t.verify_link, link)),
        Some(t.verify_note),
        None,
    )
}

/// The link that confirms a new address, sent to it (`to` holds the new address).
pub fn change_address(to: &Recipient, link: &str) -> Letter {
    let t = to.t();
    single(
        to,
        "change_address",
        t.change_subject.to_owned(),
        t.change_intro.to_owned(),
        Some((t.change_link, link)),
        Some(t.verify_note),
        None,
    )
}

/// To the present address: a change to `new` was asked.
pub fn change_notice(to: &Recipient, new: &str) -> Letter {
    let t = to.t();
    single(
        to,
        "change_notice",
        t.change_notice_subject.to_owned(),
        (t.change_notice_body)(new),
        None,
        None,
        None,
    )
}

/// The link that sets a new password.
pub fn reset(to: &Recipient, link: &str) -> Letter {
    let t = to.t();
    single(
        to,
        "reset",
        t.reset_subject.to_owned(),
        t.reset_intro.to_owned(),
        Some((t.reset_link, link)),
        Some(t.reset_note),
        None,
    )
}

/// The notice that an account's password changed.
pub fn password_changed(to: &Recipient) -> Letter {
    let t = to.t();
    single(
        to,
        "password_changed",
        t.changed_subject.to_owned(),
        t.changed_body.to_owned(),
        None,
        None,
        None,
    )
}

/// What a comment's receipt says.
#[derive(Clone, Debug)]
pub struct CommentReceipt<'a> {
    pub reference: &'a str,
    pub paper: &'a str,
    pub paragraph: Option<&'a str>,
    /// Where its author reads it.
    pub link: &'a str,
    /// Where the owner of the address says they did not send it.
    pub not_me: &'a str,
    /// Whether the author's address is verified (otherwise it waits for that).
    pub verified: bool,
}

/// The receipt of a comment, with the "this was not me" link.
pub fn comment_receipt(to: &Recipient, r: &CommentReceipt<'_>) -> Letter {
    let t = to.t();
    let mut paragraphs = vec![
        (t.receipt_body)(r.reference, r.paper, &(t.receipt_where)(r.paragraph)),
        if r.verified {
            t.receipt_next.to_owned()
        } else {
            t.receipt_unverified.to_owned()
        },
    ];
    paragraphs.retain(|p| !p.is_empty());
    letter(
        to,
        "receipt",
        (t.receipt_subject)(r.reference),
        Body {
            paragraphs,
            link: Some((t.receipt_link, r.link)),
            notes: vec![format!(
                "{}\n{}: {}",
                t.not_me_intro, t.not_me_link, r.not_me
            )],
            unsubscribe: None,
        },
    )
}

/// The receipt of a contribution.
pub fn contribution_receipt(to: &Recipient, reference: &str, title: &str, link: &str) -> Letter {
    let t = to.t();
    single(
        to,
        "contribution_receipt",
        (t.contribution_subject)(reference),
        (t.contribution_body)(reference, title),
        Some((t.receipt_link, link)),
        None,
        None,
    )
}

/// The secretariat's decision on a comment (published, not published, withdrawn).
pub fn decision(
    to: &Recipient,
    reference: &str,
    status: CommentStatus,
    reason: Option<&str>,
    link: &str,
    notice: Notice<'_>,
) -> Letter {
    let t = to.t();
    single(
        to,
        "decision",
        (t.decision_subject)(reference, status),
        (t.decision_body)(reference, status, reason),
        Some((t.read_link, link)),
        None,
        Some(notice),
    )
}

/// The secretariat's answer to a comment (its disposition and response).
pub fn disposition(
    to: &Recipient,
    reference: &str,
    disposition: &str,
    response: &str,
    link: &str,
    notice: Notice<'_>,
) -> Letter {
    let t = to.t();
    single(
        to,
        "disposition",
        (t.disposition_subject)(reference),
        (t.disposition_body)(reference, disposition, response),
        Some((t.read_link, link)),
        None,
        Some(notice),
    )
}

/// A new version of a paper the recipient commented on.
pub fn new_version(
    to: &Recipient,
    code: &str,
    title: &str,
    version: i32,
    link: &str,
    notice: Notice<'_>,
) -> Letter {
    let t = to.t();
    single(
        to,
        "new_version",
        (t.version_subject)(code, version),
        (t.version_body)(code, title, version),
        Some((t.read_link, link)),
        None,
        Some(notice),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_escapes_what_people_wrote_in_its_html_and_keeps_it_in_its_text() {
        let to = Recipient {
            email: "ana@example.org".into(),
            name: "Ana <script>alert(1)</script> & co".into(),
            locale: Locale::En,
        };
        let l = decision(
            &to,
            "C-2026-000001",
            CommentStatus::Rejected,
            Some("Off topic <b>really</b>"),
            "https://consult.example/my/comments/1",
            Notice {
                profile: "https://consult.example/profile",
                off: "https://consult.example/notices/off?token=abc",
            },
        );
        assert!(!l.html.contains("<script>"), "{}", l.html);
        assert!(l.html.contains("Ana &lt;script&gt;"));
        assert!(l.html.contains("&lt;b&gt;really"));
        assert!(l.text.contains("Ana <script>alert(1)</script> & co"));
        assert!(l.text.contains("https://consult.example/my/comments/1"));
        assert_eq!(
            l.unsubscribe.as_deref(),
            Some("https://consult.example/notices/off?token=abc")
        );
        assert!(l.text.contains("https://consult.example/profile"));
        assert_eq!(l.language, "en");
    }
}
