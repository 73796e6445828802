//! Reaching the owner of an address: verifying it after registration, choosing a new
//! password when the old one is lost (also the way an imported account, which has none,
//! gets one), and turning notices off from a message. Each writes its message to the
//! outbox in the transaction that makes its change.

use super::{find_by_email, refuse_common, update_user};
use crate::backend::account_tokens::{self, Purpose};
use crate::backend::entities::user;
use crate::backend::mail::{self, SITE, letters};
use crate::backend::{OrInternal, found, now, passwords, sessions, write_transaction};
use crate::domain::validation::validate_password;
use crate::domain::{AppError, Field};
use sea_orm::{ConnectionTrait, Set, TransactionSession, TransactionTrait};

/// Writes the verification link of a new (or changed) address to the outbox, inside the
/// caller's transaction.
pub async fn send_verification(
    db: &impl ConnectionTrait,
    user: &user::Model,
) -> Result<(), AppError> {
    let token = account_tokens::issue(db, user.id, Purpose::Verify, None).await?;
    let link = format!("{SITE}/verify-email?token={token}");
    mail::put(
        db,
        vec![letters::verify(&letters::Recipient::of(user), &link)],
    )
    .await
}

/// Sends the verification link again, to an account whose address is not verified.
pub async fn resend_verification<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    user_id: i64,
) -> Result<(), AppError> {
    let txn = write_transaction(db).await?;
    let user = found::<user::Entity>(&txn, user_id).await?;
    if user.email_verified_at.is_none() {
        send_verification(&txn, &user).await?;
    }
    txn.commit().await.or_internal()
}

/// What following a verification link did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verified {
    /// The account's address is verified.
    Address,
    /// The account now uses the new address the link was sent to (verified with it).
    NewAddress,
}

/// Verifies the address a link was sent to: a new account's (from then on its comments
/// reach the moderation queue, see `desk::queue`), or a new address, which then replaces
/// the account's.
pub async fn verify<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    token: &str,
) -> Result<Verified, AppError> {
    let txn = write_transaction(db).await?;
    let (link, outcome) = match account_tokens::redeem(&txn, Purpose::Verify, token).await {
        Ok(link) => (link, Verified::Address),
        Err(AppError::NotFound) => (
            account_tokens::redeem(&txn, Purpose::EmailChange, token).await?,
            Verified::NewAddress,
        ),
        Err(err) => return Err(err),
    };
    let new_email = link.data.clone();
    let changed = update_user(&txn, link.user_id, |active| {
        active.email_verified_at = Set(Some(now()));
        if let Some(email) = new_email {
            active.email = Set(email);
        }
    })
    .await;
    match changed {
        Ok(_) => {}
        // Another account took the address meanwhile.
        Err(AppError::Internal { .. }) if outcome == Verified::NewAddress => {
            return Err(super::email_taken());
        }
        Err(err) => return Err(err),
    }
    txn.commit().await.or_internal()?;
    Ok(outcome)
}

/// A signed-in person asks to change their address: with their password, to an address no
/// account uses. A link goes to the new address, and a word of it to the present one; the
/// account's address changes only when the link is followed.
pub async fn request_email_change<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    user_id: i64,
    new_email: &str,
    password: &str,
) -> Result<(), AppError> {
    use crate::domain::validation::validate_email;
    let new_email = validate_email(new_email).map_err(|p| AppError::validation(Field::Email, p))?;
    let user = found::<user::Entity>(db, user_id).await?;
    if !passwords::verify(password.to_owned(), Some(user.password_hash.clone())).await? {
        return Err(AppError::validation(
            Field::Password,
            crate::domain::Problem::BadCredentials,
        ));
    }
    if new_email == user.email || find_by_email(db, &new_email).await?.is_some() {
        return Err(super::email_taken());
    }
    let txn = write_transaction(db).await?;
    let token = account_tokens::issue_change(&txn, user.id, &new_email).await?;
    let link = format!("{SITE}/verify-email?token={token}");
    let present = letters::Recipient::of(&user);
    let to_new = letters::Recipient {
        email: new_email.clone(),
        ..present.clone()
    };
    mail::put(
        &txn,
        vec![
            letters::change_address(&to_new, &link),
            letters::change_notice(&present, &new_email),
        ],
    )
    .await?;
    txn.commit().await.or_internal()
}

/// "Forgot your password?": a link to choose a new one goes to the address if an account
/// uses it (and is not suspended). The caller answers the same either way, so that nobody
/// learns from it whether an address has an account; it also limits how often an address
/// and a client may ask.
pub async fn request_reset<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    email: &str,
) -> Result<(), AppError> {
    let email = email.trim().to_lowercase();
    let Some(user) = find_by_email(db, &email).await? else {
        return Ok(());
    };
    if user.suspended_at.is_some() {
        return Ok(());
    }
    let txn = write_transaction(db).await?;
    let token = account_tokens::issue(&txn, user.id, Purpose::Reset, None).await?;
    let link = format!("{SITE}/reset-password?token={token}");
    mail::put(
        &txn,
        vec![letters::reset(&letters::Recipient::of(&user), &link)],
    )
    .await?;
    txn.commit().await.or_internal()
}

/// Sets the new password a recovery link was for: the link is spent (and every other of
/// the account's), every session of the account ends, the address counts as verified (the
/// link reached it), and a notice that the password changed goes to it.
pub async fn reset_password<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    token: &str,
    password: &str,
) -> Result<(), AppError> {
    validate_password(password).map_err(|p| AppError::validation(Field::Password, p))?;
    // Checked before the link is spent: a refused password leaves it usable.
    let link = account_tokens::live(db, Purpose::Reset, token).await?;
    let user = found::<user::Entity>(db, link.user_id).await?;
    refuse_common(password, &[&user.email, &user.display_name])?;
    let hash = passwords::hash(password.to_owned()).await?;
    let txn = write_transaction(db).await?;
    account_tokens::redeem(&txn, Purpose::Reset, token).await?;
    account_tokens::spend_all(&txn, user.id, Purpose::Reset).await?;
    let verified = user.email_verified_at.unwrap_or_else(now);
    let user = update_user(&txn, user.id, |active| {
        active.password_hash = Set(hash);
        active.email_verified_at = Set(Some(verified));
        active.failed_sign_ins = Set(0);
    })
    .await?;
    sessions::end_all(&txn, user.id).await?;
    mail::put(
        &txn,
        vec![letters::password_changed(&letters::Recipient::of(&user))],
    )
    .await?;
    txn.commit().await.or_internal()
}

/// Turns every notice of the account off (the one-click link of a notice).
pub async fn notices_off<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    token: &str,
) -> Result<(), AppError> {
    let link = account_tokens::redeem(db, Purpose::NoticesOff, token).await?;
    set_notices(db, link.user_id, false, false).await
}

/// The notices an account chooses to get (receipts and security messages always come).
pub async fn set_notices(
    db: &impl ConnectionTrait,
    user_id: i64,
    outcomes: bool,
    versions: bool,
) -> Result<(), AppError> {
    update_user(db, user_id, |active| {
        active.notify_outcomes = Set(outcomes);
        active.notify_versions = Set(versions);
    })
    .await?;
    Ok(())
}
