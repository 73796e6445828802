//! Mail that is never lost. Whatever causes a message (a registration, a receipt, a
//! decision) writes it to the `outbox` table in its own transaction ([`put`]): it exists if
//! and only if the event committed. A [`sender`] task in each server process delivers what
//! is due, through the configured [`transport`] (SMTP with STARTTLS or TLS and
//! authentication, or `.eml` files in a folder for the demo), with retries and backoff;
//! several processes on one PostgreSQL database each take their own messages, so none is
//! sent twice by two of them.
//!
//! Messages are written in the recipient's language, as plain text and simple HTML
//! ([`letters`]). A leaf: it uses the entities, `i18n` and nothing else of the backend.

pub mod letters;
pub mod sender;
pub mod transport;

use crate::backend::entities::outbox;
use crate::backend::{OrInternal, now};
use crate::domain::AppError;
use sea_orm::{ConnectionTrait, EntityTrait, Set};

/// What links in a stored message start with; the sender puts the site's address in its
/// place ([`MailConfig::site_url`]), so that whatever writes a message needs no
/// configuration, and a site that moves sends its waiting messages with the new address.
pub const SITE: &str = "{site}";

/// A message to one person, ready for the outbox.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    /// What it is about: `verify`, `reset`, `password_changed`, `receipt`, `decision`, …
    pub kind: &'static str,
    pub to: String,
    /// The language it is written in (`en`, `fr`, …).
    pub language: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// For a notice its recipient may turn off: where to turn it off.
    pub unsubscribe: Option<String>,
}

/// How a process sends mail and what its links point to.
#[derive(Clone, Debug)]
pub struct MailConfig {
    /// The sender's address, such as `Consult <consult@example.org>`.
    pub from: String,
    /// The site's address as people reach it, without a trailing slash
    /// (`https://consult.example.org`): every link in a message starts with it.
    pub site_url: String,
    pub transport: transport::TransportConfig,
}

/// Writes messages to the outbox, inside the caller's transaction: they are sent once it
/// commits, and never if it does not.
pub async fn put(db: &impl ConnectionTrait, letters: Vec<Letter>) -> Result<(), AppError> {
    if letters.is_empty() {
        return Ok(());
    }
    let at = now();
    for chunk in letters.chunks(500) {
        outbox::Entity::insert_many(chunk.iter().map(|l| outbox::ActiveModel {
            kind: Set(l.kind.to_owned()),
            recipient: Set(l.to.clone()),
            subject: Set(l.subject.clone()),
            text_body: Set(l.text.clone()),
            html_body: Set(l.html.clone()),
            language: Set(l.language.clone()),
            list_unsubscribe: Set(l.unsubscribe.clone()),
            created_at: Set(at),
            next_attempt_at: Set(at),
            attempts: Set(0),
            claim: Set(None),
            claimed_until: Set(None),
            sent_at: Set(None),
            failed_at: Set(None),
            last_error: Set(None),
            ..Default::default()
        }))
        .exec_without_returning(db)
        .await
        .or_internal()?;
    }
    Ok(())
}
