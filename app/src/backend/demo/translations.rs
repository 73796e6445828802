//! The demo's papers in other languages: WP-SPAM in Arabic, French and Spanish, entered as
//! the secretariat enters a translation (and so checked block for block against the paper).

use super::super::accounts;
use super::super::translations;
use crate::domain::AppError;
use crate::domain::translations::TranslationForm;

/// `<language>|title|…` and `<language>|abstract|…` lines.
const TEXTS: &str = include_str!("translations.txt");

const TRANSLATED: [(&str, &str, &str); 3] = [
    ("WP-SPAM", "ar", include_str!("wp-spam.ar.md")),
    ("WP-SPAM", "fr", include_str!("wp-spam.fr.md")),
    ("WP-SPAM", "es", include_str!("wp-spam.es.md")),
];

fn text_of(language: &str, field: &str) -> String {
    TEXTS
        .lines()
        .find_map(|line| {
            let mut parts = line.splitn(3, '|');
            (parts.next() == Some(language) && parts.next() == Some(field))
                .then(|| parts.next().unwrap_or_default().trim().to_owned())
        })
        .unwrap_or_default()
}

/// Saves the demo's translations as its secretariat officer (`secretariat`, an e-mail).
pub(super) async fn seed(
    db: &sea_orm::DatabaseConnection,
    slug: &str,
    secretariat: &str,
) -> Result<(), AppError> {
    let by = accounts::find_by_email(db, secretariat)
        .await?
        .map_or(0, |officer| officer.id);
    for (code, language, markdown) in TRANSLATED {
        let form = TranslationForm {
            title: text_of(language, "title"),
            abstract_text: text_of(language, "abstract"),
            markdown: markdown.to_owned(),
            version: 0,
        };
        translations::save(db, slug, code, language, &form, by).await?;
    }
    Ok(())
}
