//! The administration of accounts: the administrator's list, roles, suspension. Each change
//! ends the account's sessions where it must, so that it takes effect at once.

use super::update_user;
use crate::backend::entities::user;
use crate::backend::{OrInternal, now, rfc3339, sessions};
use crate::domain::desk::{AccountRow, AccountsPage};
use crate::domain::{AppError, Role};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

/// Changes an account's role and ends its sessions, so the change takes effect at once.
pub async fn set_role(db: &impl ConnectionTrait, user_id: i64, role: Role) -> Result<(), AppError> {
    update_user(db, user_id, |active| active.role = Set(role)).await?;
    sessions::end_all(db, user_id).await
}

/// Suspends an account: its sessions end at once; its comments stay.
pub async fn suspend(db: &impl ConnectionTrait, user_id: i64) -> Result<(), AppError> {
    update_user(db, user_id, |active| active.suspended_at = Set(Some(now()))).await?;
    sessions::end_all(db, user_id).await
}

/// Lets a suspended account sign in again.
pub async fn restore(db: &impl ConnectionTrait, user_id: i64) -> Result<(), AppError> {
    update_user(db, user_id, |active| active.suspended_at = Set(None)).await?;
    Ok(())
}

/// Accounts per page of the administrator's list.
pub const ACCOUNTS_PAGE: u64 = 50;

/// The administrator's list: accounts whose name, e-mail or organisation contains `q`, in
/// the order they were made, a page after the id `after`.
pub async fn list(
    db: &impl ConnectionTrait,
    q: &str,
    after: Option<i64>,
) -> Result<AccountsPage, AppError> {
    let mut query = user::Entity::find().filter(user::Column::Id.gt(after.unwrap_or(0)));
    let q = q.trim();
    if !q.is_empty() {
        query = query.filter(
            Condition::any()
                .add(crate::backend::contains_text(user::Column::Email, q))
                .add(crate::backend::contains_text(user::Column::DisplayName, q))
                .add(crate::backend::contains_text(user::Column::Organisation, q)),
        );
    }
    let mut users = query
        .order_by_asc(user::Column::Id)
        .limit(ACCOUNTS_PAGE + 1)
        .all(db)
        .await
        .or_internal()?;
    let next_after = crate::backend::page_end(&mut users, ACCOUNTS_PAGE, |u| u.id);
    Ok(AccountsPage {
        accounts: users
            .into_iter()
            .map(|u| AccountRow {
                id: u.id,
                email: u.email,
                display_name: u.display_name,
                stakeholder_group: u.stakeholder_group,
                country: u.country,
                organisation: u.organisation,
                role: u.role,
                suspended: u.suspended_at.is_some(),
                created_at: rfc3339(u.created_at),
            })
            .collect(),
        next_after,
    })
}
