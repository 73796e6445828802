//! The accounts of an import's senders: those suspended, those that exist, and those the
//! import makes.

use super::{ROWS_PER_STATEMENT, Row};
use crate::backend::OrInternal;
use crate::backend::accounts::author::Author;
use crate::backend::entities::user;
use crate::domain::AppError;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter};
use std::collections::{HashMap, HashSet};

/// The rows whose sender has a suspended account.
pub(super) async fn suspended(
    db: &DatabaseConnection,
    emails: &[(u64, String)],
) -> Result<Vec<(u64, String)>, AppError> {
    let blocked: HashSet<String> = user::Entity::find()
        .filter(user::Column::Email.is_in(emails.iter().map(|(_, e)| e.clone())))
        .filter(user::Column::SuspendedAt.is_not_null())
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|u| u.email)
        .collect();
    Ok(emails
        .iter()
        .filter(|(_, e)| blocked.contains(e))
        .cloned()
        .collect())
}

/// The account just made for a sender, as it was written.
pub(super) fn new_account(id: i64, row: &Row) -> Author {
    Author {
        id,
        display_name: row.profile.display_name.clone(),
        stakeholder_group: row.profile.stakeholder_group,
        country: row.profile.country.clone(),
        organisation: row.profile.organisation.clone(),
        capacity: row.profile.capacity,
        email: row.email.clone(),
        language: crate::i18n::Locale::default().code().to_owned(),
        verified: false,
    }
}

pub(super) async fn accounts_of(
    db: &impl ConnectionTrait,
    emails: &[String],
) -> Result<HashMap<String, Author>, AppError> {
    let mut found = HashMap::with_capacity(emails.len());
    for part in emails.chunks(ROWS_PER_STATEMENT * 4) {
        for account in user::Entity::find()
            .filter(user::Column::Email.is_in(part.iter().cloned()))
            .all(db)
            .await
            .or_internal()?
        {
            found.insert(account.email.clone(), Author::from(&account));
        }
    }
    Ok(found)
}
