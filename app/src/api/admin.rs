//! Server functions of the administration (administrators only): the accounts, their
//! roles, suspension and erasure.

use crate::domain::AppError;
use crate::domain::desk::AccountsPage;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    super::guard::{back_to, require_role, respond, state},
    crate::backend::accounts,
    crate::domain::Role,
};

#[server(endpoint = "list_accounts")]
pub async fn list_accounts(q: String, after: Option<i64>) -> Result<AccountsPage, AppError> {
    respond(
        async {
            require_role(Role::Admin)?;
            accounts::list(&state()?.db, &q, after).await
        }
        .await,
    )
}

/// Grants or revokes a role, suspends or restores an account, or erases its personal data.
/// The account's sessions end.
#[server(endpoint = "change_account")]
pub async fn change_account(
    id: i64,
    action: String,
    #[server(default)] back: String,
) -> Result<(), AppError> {
    respond(
        async {
            let admin = require_role(Role::Admin)?;
            let db = &state()?.db;
            if id == admin.id {
                // An administrator cannot lock themselves out.
                return Err(AppError::Forbidden);
            }
            match action.as_str() {
                "suspend" => accounts::suspend(db, id).await?,
                "restore" => accounts::restore(db, id).await?,
                "erase" => {
                    crate::backend::personal_data::erase(db, id).await?;
                }
                role => {
                    let role = Role::from_code(role).ok_or(AppError::validation(
                        crate::domain::Field::Form,
                        crate::domain::Problem::UnknownChoice,
                    ))?;
                    accounts::set_role(db, id, role).await?;
                }
            }
            back_to(&back, "/admin/accounts");
            Ok(())
        }
        .await,
    )
}
