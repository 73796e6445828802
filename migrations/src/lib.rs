//! Consult's schema as an ordered list of migrations. Append only: a landed migration is
//! never edited; a change is a new file.
#![allow(
    clippy::implicit_clone,
    reason = "landed migrations are never edited, and sea-query's builders end in `to_owned`"
)]

pub use sea_orm_migration::prelude::*;

mod m20261122_000001_accounts;
mod m20261122_000002_consultations;
mod m20261122_000003_comments;
mod m20261122_000004_moderation;
mod m20261122_000005_public_digests;
pub mod m20261122_000006_paragraph_counts;
mod m20261122_000007_replace_campaigns;
mod m20261201_000001_health_checks;
mod m20261201_000002_sign_in_guard;
mod m20261206_000001_form_tokens;
mod m20261206_000002_paragraph_links;
mod m20261207_000001_disposition_changes;
mod m20261207_000002_contributions;
mod m20261207_000003_attachments;
mod m20261207_000004_mail;
mod m20261207_000005_comment_languages;
mod m20261207_000006_tag_names;
mod m20261207_000007_paper_translations;
mod m20261208_000001_themes;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261122_000001_accounts::Migration),
            Box::new(m20261122_000002_consultations::Migration),
            Box::new(m20261122_000003_comments::Migration),
            Box::new(m20261122_000004_moderation::Migration),
            Box::new(m20261122_000005_public_digests::Migration),
            Box::new(m20261122_000006_paragraph_counts::Migration),
            Box::new(m20261122_000007_replace_campaigns::Migration),
            Box::new(m20261201_000001_health_checks::Migration),
            Box::new(m20261201_000002_sign_in_guard::Migration),
            Box::new(m20261206_000002_paragraph_links::Migration),
            Box::new(m20261206_000001_form_tokens::Migration),
            Box::new(m20261207_000001_disposition_changes::Migration),
            Box::new(m20261207_000002_contributions::Migration),
            Box::new(m20261207_000003_attachments::Migration),
            Box::new(m20261207_000004_mail::Migration),
            Box::new(m20261207_000005_comment_languages::Migration),
            Box::new(m20261207_000006_tag_names::Migration),
            Box::new(m20261207_000007_paper_translations::Migration),
            Box::new(m20261208_000001_themes::Migration),
        ]
    }
}
