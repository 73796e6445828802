//! Notices to the people who wrote comments, written to the outbox in the transaction of
//! what they report: the secretariat's decision on a comment, its answer (disposition), a
//! new version of a paper they commented on. Each goes only to those who chose it on their
//! profile (on by default), never to a suspended account, and not for comments the
//! secretariat imported (their senders did not use the site). Each carries the address
//! that turns notices off in one click.

use crate::backend::account_tokens::{self, Purpose};
use crate::backend::entities::{account_token, comment, user, working_paper};
use crate::backend::lookups::reference_of;
use crate::backend::mail::letters::{self, Notice, Recipient};
use crate::backend::mail::{self, SITE};
use crate::backend::{OrInternal, found};
use crate::domain::AppError;
use crate::domain::comment::CommentStatus;
use crate::domain::desk::DispositionKind;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

/// How a comment arrived from a file the secretariat imported.
pub const IMPORTED: &str = "import";

/// Whether a notice about this comment may go to its author.
fn reachable(c: &comment::Model, author: &user::Model) -> bool {
    c.arrival != IMPORTED && author.suspended_at.is_none() && author.notify_outcomes
}

/// The one-click address that turns this account's notices off, made for this message.
async fn off_link(db: &impl ConnectionTrait, user_id: i64) -> Result<String, AppError> {
    let token = account_tokens::issue(db, user_id, Purpose::NoticesOff, None).await?;
    Ok(off_address(&token))
}

fn off_address(token: &str) -> String {
    format!("{SITE}/notices/off?token={token}")
}

fn profile() -> String {
    format!("{SITE}/profile")
}

/// The secretariat published, rejected or hid a comment.
pub async fn decision(
    db: &impl ConnectionTrait,
    c: &comment::Model,
    author: &user::Model,
    status: CommentStatus,
    reason: Option<&str>,
) -> Result<(), AppError> {
    if !matches!(
        status,
        CommentStatus::Published | CommentStatus::Rejected | CommentStatus::Hidden
    ) {
        return Ok(());
    }
    if !reachable(c, author) {
        return Ok(());
    }
    let off = off_link(db, author.id).await?;
    let profile = profile();
    let letter = letters::decision(
        &Recipient::of(author),
        &reference_of(c),
        status,
        reason,
        &format!("{SITE}/my/comments/{}", c.id),
        Notice {
            profile: &profile,
            off: &off,
        },
    );
    mail::put(db, vec![letter]).await
}

/// The secretariat recorded how a comment was taken into account, and its response.
pub async fn disposition(
    db: &impl ConnectionTrait,
    c: &comment::Model,
    kind: DispositionKind,
    response: &str,
) -> Result<(), AppError> {
    let author = found::<user::Entity>(db, c.author_id).await?;
    if !reachable(c, &author) {
        return Ok(());
    }
    let to = Recipient::of(&author);
    let label = (to.locale.texts().d.disposition_name)(kind);
    let off = off_link(db, author.id).await?;
    let profile = profile();
    let letter = letters::disposition(
        &to,
        &reference_of(c),
        label,
        response,
        &format!("{SITE}/my/comments/{}", c.id),
        Notice {
            profile: &profile,
            off: &off,
        },
    );
    mail::put(db, vec![letter]).await
}

/// A paper has a new version: a notice to each person who commented on it (once each,
/// whatever the number of their comments), who chose these notices.
pub async fn new_version(
    db: &impl ConnectionTrait,
    paper: &working_paper::Model,
    consultation_slug: &str,
    version: i32,
) -> Result<(), AppError> {
    let authors: Vec<i64> = comment::Entity::find()
        .select_only()
        .column(comment::Column::AuthorId)
        .distinct()
        .filter(comment::Column::PaperId.eq(paper.id))
        .filter(comment::Column::Arrival.ne(IMPORTED))
        .filter(comment::Column::Status.ne(CommentStatus::Withdrawn))
        .into_tuple()
        .all(db)
        .await
        .or_internal()?;
    let profile = profile();
    let link_to_changes = format!(
        "{SITE}/consultations/{consultation_slug}/papers/{}/changes?v={version}",
        paper.code
    );
    let mut letters = Vec::new();
    let mut links = Vec::new();
    let at = crate::backend::now();
    for part in authors.chunks(1_000) {
        let people = user::Entity::find()
            .filter(user::Column::Id.is_in(part.iter().copied()))
            .filter(user::Column::NotifyVersions.eq(true))
            .filter(user::Column::SuspendedAt.is_null())
            .all(db)
            .await
            .or_internal()?;
        for person in people {
            // Each notice's one-click link, written with the others in one statement.
            let (token, link) = account_tokens::new_row(person.id, Purpose::NoticesOff, None, at);
            links.push(link);
            let off = off_address(&token);
            letters.push(letters::new_version(
                &Recipient::of(&person),
                &paper.code,
                &paper.title,
                version,
                &link_to_changes,
                Notice {
                    profile: &profile,
                    off: &off,
                },
            ));
        }
    }
    for chunk in links.chunks(1_000) {
        account_token::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(db)
            .await
            .or_internal()?;
    }
    mail::put(db, letters).await
}
