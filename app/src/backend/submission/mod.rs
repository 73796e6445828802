//! The path of a new comment: [`prepare`] checks it, the process's [`writer`] writes it
//! with the others that arrive at the same time ([`store`]), and the [`placer`] puts it in
//! its campaign after the commit.

pub mod placer;
pub mod prepare;
pub mod store;
pub mod writer;

/// The log target of the writer and the placer, as it was before they moved into
/// `submission/`: the documented `CONSULT_BENCH_SERVER_LOG=app::backend::writer=debug`
/// still shows each group commit.
const LOG_TARGET: &str = "app::backend::writer";

use self::prepare::{Target, prepare};
use self::writer::Writer;
use crate::backend::accounts::author::Author;
use crate::backend::attachments;
use crate::backend::documents::Accepted;
use crate::backend::form_tokens::FormToken;
use crate::domain::AppError;
use crate::domain::comment::{CommentForm, MyComment};
use sea_orm::{ConnectionTrait, TransactionTrait};

/// A stakeholder submits a comment: it is checked and looked up here, its attachments (if
/// any, already checked) are stored, and it is written by the process's
/// [`Writer`](writer::Writer) together with the submissions that arrive at the same time,
/// in one transaction. The receipt comes only once it is committed.
/// The comment keeps the form's one-time token, if it came with one: a second comment with
/// the same author and token is refused by the database (see
/// [`form_tokens`](crate::backend::form_tokens)).
pub async fn submit<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    writer: &Writer,
    author: &Author,
    target: Target<'_>,
    form: &CommentForm,
    token: Option<&FormToken>,
    files: &[Accepted],
) -> Result<MyComment, AppError> {
    let (prepared, receipt) = prepare(db, author, target, form).await?;
    let stored = attachments::store_all(db, files).await?;
    match writer
        .write(prepared.attached(stored.clone()).sent_with(token))
        .await
    {
        // Built from what was written, not read back: every statement counts under load.
        Ok(id) => Ok(receipt.of(id)),
        Err(err) => {
            if let Err(forgetting) = attachments::forget(db, &stored).await {
                tracing::warn!(
                    ?forgetting,
                    "could not forget the files of a comment not written"
                );
            }
            Err(err)
        }
    }
}
