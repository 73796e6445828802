//! Accounts: registration, sign-in, profiles, and the administrator made from the command
//! line. There is never a default password.

pub mod admin;
pub mod author;
pub mod recovery;

pub use admin::{ACCOUNTS_PAGE, list, restore, set_role, suspend};

use super::entities::user;
use super::{OrInternal, now, passwords, sessions, sign_in_guard};
use crate::backend::found;
use crate::domain::validation::{
    ValidProfile, validate_email, validate_password, validate_profile, validate_registration,
};
use crate::domain::{
    AppError, Capacity, Field, FieldProblems, Problem, Profile, ProfileForm, RegistrationForm,
    Role, StakeholderGroup, Viewer,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, SqlErr,
    TransactionSession, TransactionTrait,
};

fn viewer_of(user: &user::Model) -> Viewer {
    Viewer {
        id: user.id,
        display_name: user.display_name.clone(),
        role: user.role,
    }
}

fn profile_of(user: &user::Model) -> Profile {
    Profile {
        email: user.email.clone(),
        display_name: user.display_name.clone(),
        stakeholder_group: user.stakeholder_group,
        country: user.country.clone(),
        organisation: user.organisation.clone(),
        capacity: user.capacity,
        role: user.role,
        verified: user.email_verified_at.is_some(),
        notify_outcomes: user.notify_outcomes,
        notify_versions: user.notify_versions,
    }
}

pub async fn find_by_email(
    db: &impl ConnectionTrait,
    email: &str,
) -> Result<Option<user::Model>, AppError> {
    user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(db)
        .await
        .or_internal()
}

fn email_taken() -> AppError {
    AppError::conflict(Field::Email, Problem::EmailTaken)
}

/// The row of a new account with this checked profile, made at `at`: by registration, by
/// an administrator, or by an import for a sender who has none.
pub(crate) fn new_row(
    email: String,
    password_hash: String,
    profile: &ValidProfile,
    role: Role,
    at: time::OffsetDateTime,
    verified: bool,
) -> user::ActiveModel {
    user::ActiveModel {
        email: Set(email),
        password_hash: Set(password_hash),
        display_name: Set(profile.display_name.clone()),
        stakeholder_group: Set(profile.stakeholder_group),
        country: Set(profile.country.clone()),
        organisation: Set(profile.organisation.clone()),
        capacity: Set(profile.capacity),
        role: Set(role),
        suspended_at: Set(None),
        created_at: Set(at),
        updated_at: Set(at),
        email_verified_at: Set(verified.then_some(at)),
        language: Set(crate::i18n::Locale::default().code().to_owned()),
        notify_outcomes: Set(true),
        notify_versions: Set(true),
        failed_sign_ins: Set(0),
        last_failed_sign_in_at: Set(None),
        ..Default::default()
    }
}

/// Inserts an account; the unique index on the lower-cased e-mail is the last word on
/// duplicates, so two registrations racing each other still end in one account.
async fn insert(
    db: &impl ConnectionTrait,
    email: String,
    password: String,
    profile: ValidProfile,
    role: Role,
    verified: bool,
) -> Result<user::Model, AppError> {
    if find_by_email(db, &email).await?.is_some() {
        return Err(email_taken());
    }
    refuse_common(&password, &[&email, &profile.display_name])?;
    let password_hash = passwords::hash(password).await?;
    let result = new_row(email, password_hash, &profile, role, now(), verified)
        .insert(db)
        .await;
    match result {
        Ok(user) => Ok(user),
        Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            Err(email_taken())
        }
        Err(err) => Err(super::internal(err)),
    }
}

/// Registers a stakeholder, in the language of the page they registered on, and signs
/// them in: returns who they are and a session token. The account, its session and the
/// message with the link that verifies its address are written in one transaction.
pub async fn register<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    form: &RegistrationForm,
    language: crate::i18n::Locale,
) -> Result<(Viewer, String), AppError> {
    let valid = validate_registration(form).map_err(AppError::Validation)?;
    if find_by_email(db, &valid.email).await?.is_some() {
        return Err(email_taken());
    }
    refuse_common(
        &valid.password,
        &[&valid.email, &valid.profile.display_name],
    )?;
    // Hashed before the transaction: argon2 is slow and needs no lock.
    let password_hash = passwords::hash(valid.password).await?;
    let mut row = new_row(
        valid.email,
        password_hash,
        &valid.profile,
        Role::Stakeholder,
        now(),
        false,
    );
    row.language = Set(language.code().to_owned());
    let txn = super::write_transaction(db).await?;
    let user = match row.insert(&txn).await {
        Ok(user) => user,
        Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            return Err(email_taken());
        }
        Err(err) => return Err(super::internal(err)),
    };
    let token = sessions::create(&txn, user.id).await?;
    recovery::send_verification(&txn, &user).await?;
    txn.commit().await.or_internal()?;
    Ok((viewer_of(&user), token))
}

/// A sign-in as it reaches the server: the browser's token from its cookie, if it has one
/// (see [`sign_in_guard`](super::sign_in_guard)), and the address it comes from.
#[derive(Clone, Copy, Debug)]
pub struct SignInAttempt<'a> {
    pub email: &'a str,
    pub password: &'a str,
    pub browser: Option<&'a str>,
    pub address: &'a str,
}

/// What a successful sign-in gives: who, the session's token, the browser's token, and how
/// many wrong passwords were given for the account since its owner last signed in.
#[derive(Debug)]
pub struct SignedIn {
    pub viewer: Viewer,
    pub session: String,
    pub browser: String,
    pub failed_attempts: u32,
}

/// Checks an e-mail and password and starts a fresh session. A wrong password and an
/// unknown e-mail give the same answer, after the same amount of work. `limit_account`
/// counts the attempt against the account (by its e-mail) unless the browser or the
/// address has signed in to it before.
pub async fn sign_in(
    db: &impl ConnectionTrait,
    attempt: SignInAttempt<'_>,
    limit_account: impl FnOnce(&str) -> Result<(), AppError>,
) -> Result<SignedIn, AppError> {
    let bad = || AppError::Validation(FieldProblems::one(Field::Form, Problem::BadCredentials));
    let email = validate_email(attempt.email).unwrap_or_default();
    let user = if email.is_empty() {
        None
    } else {
        find_by_email(db, &email).await?
    };
    let known = match &user {
        Some(user) => {
            sign_in_guard::is_known(db, user.id, attempt.browser, attempt.address).await?
        }
        None => false,
    };
    if !known {
        limit_account(attempt.email)?;
    }
    let ok = passwords::verify(
        attempt.password.to_owned(),
        user.as_ref().map(|u| u.password_hash.clone()),
    )
    .await?;
    let user = match user {
        Some(user) if ok => user,
        Some(user) => {
            sign_in_guard::record_failure(db, user.id).await?;
            return Err(bad());
        }
        None => return Err(bad()),
    };
    if user.suspended_at.is_some() {
        return Err(AppError::validation(Field::Form, Problem::AccountSuspended));
    }
    let failed_attempts = sign_in_guard::take_failures(db, &user).await?;
    let browser = sign_in_guard::remember(db, user.id, attempt.browser, attempt.address).await?;
    let session = sessions::create(db, user.id).await?;
    Ok(SignedIn {
        viewer: viewer_of(&user),
        session,
        browser,
        failed_attempts,
    })
}

pub async fn profile(db: &impl ConnectionTrait, user_id: i64) -> Result<Profile, AppError> {
    let user = user::Entity::find_by_id(user_id)
        .one(db)
        .await
        .or_internal()?;
    user.as_ref().map(profile_of).ok_or(AppError::NotFound)
}

pub async fn update_profile(
    db: &impl ConnectionTrait,
    user_id: i64,
    form: &ProfileForm,
) -> Result<Profile, AppError> {
    let valid = validate_profile(form).map_err(AppError::Validation)?;
    let user = update_user(db, user_id, |active| {
        active.display_name = Set(valid.display_name);
        active.stakeholder_group = Set(valid.stakeholder_group);
        active.country = Set(valid.country);
        active.organisation = Set(valid.organisation);
        active.capacity = Set(valid.capacity);
    })
    .await?;
    Ok(profile_of(&user))
}

/// Who may be made from the command line, and how.
pub struct NewAccount {
    pub email: String,
    pub password: String,
    pub display_name: String,
    pub stakeholder_group: StakeholderGroup,
    pub country: String,
    pub organisation: Option<String>,
    pub role: Role,
}

/// Makes an account with a given role (`server create-admin`, the demo data). The same
/// validation as registration applies.
pub async fn create_account(
    db: &impl ConnectionTrait,
    new: NewAccount,
) -> Result<Viewer, AppError> {
    let capacity = if new.organisation.is_some() {
        Capacity::Organisation
    } else {
        Capacity::Personal
    };
    let form = RegistrationForm {
        email: new.email,
        password: new.password,
        display_name: new.display_name,
        stakeholder_group: new.stakeholder_group.code().to_owned(),
        country: new.country,
        organisation: new.organisation.unwrap_or_default(),
        capacity: capacity.code().to_owned(),
    };
    let valid = validate_registration(&form).map_err(AppError::Validation)?;
    // An account an administrator makes is vouched for: its address counts as verified.
    let user = insert(
        db,
        valid.email,
        valid.password,
        valid.profile,
        new.role,
        true,
    )
    .await?;
    Ok(viewer_of(&user))
}

fn refuse_common(password: &str, context: &[&str]) -> Result<(), AppError> {
    if passwords::too_common(password, context) {
        Err(AppError::validation(
            Field::Password,
            Problem::PasswordTooCommon,
        ))
    } else {
        Ok(())
    }
}

/// Sets a new password for an account found by e-mail (the demo data resets its accounts).
pub async fn set_password(
    db: &impl ConnectionTrait,
    email: &str,
    password: &str,
) -> Result<(), AppError> {
    validate_password(password).map_err(|p| AppError::validation(Field::Password, p))?;
    refuse_common(password, &[email])?;
    let user = find_by_email(db, &email.to_lowercase())
        .await?
        .ok_or(AppError::NotFound)?;
    let hash = passwords::hash(password.to_owned()).await?;
    update_user(db, user.id, |active| active.password_hash = Set(hash)).await?;
    sessions::end_all(db, user.id).await
}

/// Whether an account with this e-mail exists.
pub async fn exists(db: &impl ConnectionTrait, email: &str) -> Result<bool, AppError> {
    Ok(find_by_email(db, &email.to_lowercase()).await?.is_some())
}

/// Changes an account: loads it (`NotFound` if there is none), applies `change`, and
/// stamps the time of the change. The one way an account row is updated.
async fn update_user(
    db: &impl ConnectionTrait,
    user_id: i64,
    change: impl FnOnce(&mut user::ActiveModel),
) -> Result<user::Model, AppError> {
    let mut active: user::ActiveModel = found::<user::Entity>(db, user_id).await?.into();
    change(&mut active);
    active.updated_at = Set(now());
    active.update(db).await.or_internal()
}
