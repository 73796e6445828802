//! The administration, for administrators only: the [`accounts`], their roles, suspension
//! and erasure. It shares the desk's navigation.

mod accounts;

pub use accounts::AccountsPage;
