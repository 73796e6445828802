//! The sender: a task in each server process that delivers what the outbox holds.
//!
//! Each round it claims the messages that are due, a batch at a time, in a short write
//! transaction (on PostgreSQL with `FOR UPDATE SKIP LOCKED`, so that two processes never
//! take the same message; on SQLite the write lock does the same), marking them with its
//! own claim for a few minutes. It then sends them one by one and records each outcome:
//! sent; refused for good (failed, kept with the server's answer); or not sent now, tried
//! again after a wait that doubles from 15 seconds up to an hour, for two days. A process
//! that stops mid-round leaves its claims to expire; another process, or itself after a
//! restart, takes them up then. Each message carries a `Message-ID` made from its row, so a
//! message sent again after such a stop is the same message to the receiving server.

use super::transport::{SendError, Transport};
use super::{MailConfig, SITE};
use crate::backend::entities::outbox;
use crate::backend::{OrInternal, now, write_transaction};
use crate::domain::AppError;
use lettre::Message;
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use sea_orm::sea_query::{LockBehavior, LockType};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect,
};
use std::time::Duration;

/// Messages claimed at once.
const BATCH: u64 = 20;
/// How long a claim holds: longer than a batch takes to send.
const CLAIM_FOR: Duration = Duration::from_secs(5 * 60);
/// How often an idle sender looks for due messages.
const POLL: Duration = Duration::from_secs(2);
/// The first wait after a failed attempt; it doubles up to [`LONGEST_WAIT`].
const FIRST_WAIT: Duration = Duration::from_secs(15);
const LONGEST_WAIT: Duration = Duration::from_secs(60 * 60);
/// Attempts before a message is given up: some two days.
const MOST_ATTEMPTS: i32 = 56;

/// The wait after the `attempts`-th failed attempt.
pub fn backoff(attempts: i32) -> Duration {
    let doublings = u32::try_from(attempts.saturating_sub(1))
        .unwrap_or(0)
        .min(16);
    FIRST_WAIT
        .saturating_mul(2u32.saturating_pow(doublings))
        .min(LONGEST_WAIT)
}

fn after(at: time::OffsetDateTime, wait: Duration) -> time::OffsetDateTime {
    at + time::Duration::try_from(wait).unwrap_or(time::Duration::HOUR)
}

/// Starts this process's sender; it runs until the process ends.
pub fn spawn(db: DatabaseConnection, config: MailConfig) -> Result<(), String> {
    let transport = Transport::new(&config.transport)?;
    let claim = hex::encode(rand::random::<[u8; 8]>());
    tokio::spawn(async move {
        loop {
            match deliver_due(&db, &transport, &config, &claim).await {
                Ok(handled) if handled as u64 == BATCH => continue,
                Ok(_) => {}
                Err(err) => tracing::warn!(?err, "the mail sender could not read the outbox"),
            }
            tokio::time::sleep(POLL).await;
        }
    });
    Ok(())
}

/// One round: claims what is due and tries to send it. Returns how many it handled.
pub async fn deliver_due(
    db: &DatabaseConnection,
    transport: &Transport,
    config: &MailConfig,
    claim: &str,
) -> Result<usize, AppError> {
    let due = take(db, claim).await?;
    for message in &due {
        let outcome = match compose(message, config) {
            Ok(composed) => transport.send(composed).await,
            Err(err) => Err(SendError::Permanent(err)),
        };
        let site = transport.is_files().then_some(config.site_url.as_str());
        record(db, message, claim, outcome, site).await?;
    }
    Ok(due.len())
}

/// Claims up to [`BATCH`] due messages for `claim`.
async fn take(db: &DatabaseConnection, claim: &str) -> Result<Vec<outbox::Model>, AppError> {
    let due_at = |at| {
        outbox::Entity::find()
            .filter(outbox::Column::SentAt.is_null())
            .filter(outbox::Column::FailedAt.is_null())
            .filter(outbox::Column::NextAttemptAt.lte(at))
            .filter(
                Condition::any()
                    .add(outbox::Column::ClaimedUntil.is_null())
                    .add(outbox::Column::ClaimedUntil.lt(at)),
            )
    };
    // A look first, without the write lock: an idle sender takes no lock every round.
    if due_at(now()).one(db).await.or_internal()?.is_none() {
        return Ok(Vec::new());
    }
    let txn = write_transaction(db).await?;
    let at = now();
    let mut due = due_at(at).order_by_asc(outbox::Column::Id).limit(BATCH);
    if txn.get_database_backend() == DbBackend::Postgres {
        due = due.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
    }
    let due = due.all(&txn).await.or_internal()?;
    if !due.is_empty() {
        outbox::Entity::update_many()
            .col_expr(outbox::Column::Claim, claim.into())
            .col_expr(outbox::Column::ClaimedUntil, after(at, CLAIM_FOR).into())
            .filter(outbox::Column::Id.is_in(due.iter().map(|m| m.id)))
            .exec(&txn)
            .await
            .or_internal()?;
    }
    txn.commit().await.or_internal()?;
    Ok(due)
}

/// Writes the outcome of an attempt, if the message is still this sender's.
async fn record(
    db: &impl ConnectionTrait,
    message: &outbox::Model,
    claim: &str,
    outcome: Result<(), SendError>,
    // The site's address when messages go to files: their links are written to the log.
    to_files: Option<&str>,
) -> Result<(), AppError> {
    let at = now();
    let update = outbox::Entity::update_many()
        .filter(outbox::Column::Id.eq(message.id))
        .filter(outbox::Column::Claim.eq(claim))
        .col_expr(outbox::Column::Claim, Option::<String>::None.into())
        .col_expr(
            outbox::Column::ClaimedUntil,
            Option::<time::OffsetDateTime>::None.into(),
        );
    let update = match outcome {
        Ok(()) => {
            if let Some(site) = to_files {
                // The demo has no mail server: whoever runs it follows the links from here.
                let links: Vec<String> = message
                    .text_body
                    .split_whitespace()
                    .filter(|w| w.starts_with(SITE))
                    .map(|w| w.replace(SITE, site))
                    .collect();
                tracing::info!(to = %message.recipient, subject = %message.subject, ?links, "mail written to the outbox folder");
            } else {
                tracing::debug!(id = message.id, kind = %message.kind, "mail sent");
            }
            update.col_expr(outbox::Column::SentAt, Some(at).into())
        }
        Err(SendError::Permanent(err)) => {
            tracing::warn!(id = message.id, kind = %message.kind, %err, "mail refused for good");
            update
                .col_expr(outbox::Column::FailedAt, Some(at).into())
                .col_expr(outbox::Column::LastError, Some(err).into())
        }
        Err(SendError::Transient(err)) => {
            let attempts = message.attempts + 1;
            tracing::info!(id = message.id, attempts, %err, "mail not sent; trying again later");
            let update = update
                .col_expr(outbox::Column::Attempts, attempts.into())
                .col_expr(outbox::Column::LastError, Some(err).into());
            if attempts >= MOST_ATTEMPTS {
                update.col_expr(outbox::Column::FailedAt, Some(at).into())
            } else {
                update.col_expr(
                    outbox::Column::NextAttemptAt,
                    after(at, backoff(attempts)).into(),
                )
            }
        }
    };
    update.exec(db).await.or_internal()?;
    Ok(())
}

/// The message an outbox row stands for: multipart plain text and HTML, in its language,
/// with `List-Unsubscribe` (and its one-click form) for a notice one may turn off.
pub fn compose(row: &outbox::Model, config: &MailConfig) -> Result<Message, String> {
    let from = config.from.as_str();
    let from: Mailbox = from
        .parse()
        .map_err(|e| format!("the sender's address {from:?}: {e}"))?;
    let to: Mailbox = row
        .recipient
        .parse()
        .map_err(|e| format!("the address {:?}: {e}", row.recipient))?;
    let domain = from.email.domain().to_owned();
    let mut builder = Message::builder()
        .from(from)
        .to(to)
        .subject(row.subject.clone())
        .message_id(Some(format!(
            "<outbox-{}-{}@{domain}>",
            row.id,
            row.created_at.unix_timestamp()
        )))
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("Content-Language"),
            row.language.clone(),
        ));
    if let Some(unsubscribe) = &row.list_unsubscribe {
        let unsubscribe = unsubscribe.replace(SITE, &config.site_url);
        builder = builder
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe"),
                format!("<{unsubscribe}>"),
            ))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                "List-Unsubscribe=One-Click".to_owned(),
            ));
    }
    builder
        .multipart(MultiPart::alternative_plain_html(
            row.text_body.replace(SITE, &config.site_url),
            row.html_body.replace(SITE, &config.site_url),
        ))
        .map_err(|e| e.to_string())
}
