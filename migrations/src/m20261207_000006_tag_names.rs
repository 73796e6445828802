//! A tag's names in every language, one JSON object (`{"en": …, "fr": …, "ar": …}`) in
//! place of a column per language: a seventh language needs no migration. The English and
//! French names move into it.

use sea_orm_migration::sea_orm::DatabaseBackend;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("tags")
                    .add_column(text("names").default("{}"))
                    .to_owned(),
            )
            .await?;
        let fill = match manager.get_database_backend() {
            DatabaseBackend::Postgres => {
                "UPDATE tags SET names = json_build_object('en', name_en, 'fr', name_fr)::text"
            }
            _ => "UPDATE tags SET names = json_object('en', name_en, 'fr', name_fr)",
        };
        manager.get_connection().execute_unprepared(fill).await?;
        for column in ["name_en", "name_fr"] {
            manager
                .alter_table(Table::alter().table("tags").drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in ["name_en", "name_fr"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("tags")
                        .add_column(string(column).default(""))
                        .to_owned(),
                )
                .await?;
        }
        let fill = match manager.get_database_backend() {
            DatabaseBackend::Postgres => {
                "UPDATE tags SET name_en = names::json->>'en', name_fr = coalesce(names::json->>'fr', '')"
            }
            _ => {
                "UPDATE tags SET name_en = json_extract(names, '$.en'), \
                 name_fr = coalesce(json_extract(names, '$.fr'), '')"
            }
        };
        manager.get_connection().execute_unprepared(fill).await?;
        manager
            .alter_table(Table::alter().table("tags").drop_column("names").to_owned())
            .await
    }
}
