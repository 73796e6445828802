//! The full-text index of published comments: SQLite FTS5 on SQLite, a `tsvector` with a
//! GIN index on PostgreSQL. A comment is in it exactly while it is published.

use super::OrInternal;
use super::entities::{comment, working_paper};
use crate::domain::AppError;
use sea_orm::sea_query::{Expr, SimpleExpr};
use sea_orm::{ConnectionTrait, DbBackend, EntityTrait, Statement};

/// The words of a query, letters and digits only: nothing a reader types can change the
/// query language's meaning. A word of Chinese (or Japanese, Korean) characters becomes
/// its overlapping pairs, as the index holds it ([`indexable`]).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .flat_map(|w| {
            indexable(&w.to_lowercase())
                .split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .take(16)
        .collect()
}

/// Whether a character belongs to a script written without spaces between its words:
/// Han (Chinese characters), Hiragana, Katakana and Hangul.
fn unspaced(c: char) -> bool {
    matches!(u32::from(c),
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF
            | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Text as the index keeps it. Both engines split words at spaces and punctuation, which a
/// Chinese sentence has none of between its words; so each run of such characters is
/// written as its overlapping pairs ("互联网治理" → "互联 联网 网治 治理"), and a query of a
/// two-character word (or longer: all its pairs) finds it. A lone character stays itself.
pub fn indexable(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut run: Vec<char> = Vec::new();
    let flush = |run: &mut Vec<char>, out: &mut String| {
        match run.len() {
            0 => {}
            1 => {
                out.push(' ');
                out.push(run[0]);
                out.push(' ');
            }
            _ => {
                for pair in run.windows(2) {
                    out.push(' ');
                    out.extend(pair);
                }
                out.push(' ');
            }
        }
        run.clear();
    };
    for c in text.chars() {
        if unspaced(c) {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// A condition on `comments.id` that keeps the comments matching every word of `text`
/// (as a word prefix); `None` when the text has no words.
pub fn matching(backend: DbBackend, text: &str) -> Option<SimpleExpr> {
    let words = words(text);
    if words.is_empty() {
        return None;
    }
    Some(match backend {
        DbBackend::Sqlite => {
            let query = words
                .iter()
                .map(|w| format!("\"{w}\"*"))
                .collect::<Vec<_>>()
                .join(" ");
            Expr::cust_with_values(
                "\"comments\".\"id\" IN (SELECT rowid FROM comment_search WHERE comment_search MATCH ?)",
                [query],
            )
        }
        _ => {
            let query = words
                .iter()
                .map(|w| format!("{w}:*"))
                .collect::<Vec<_>>()
                .join(" & ");
            Expr::cust_with_values(
                "\"comments\".\"id\" IN (SELECT comment_id FROM comment_search WHERE document @@ to_tsquery('simple', $1))",
                [query],
            )
        }
    })
}

/// Adds a comment that has just been published: its quote and body, its paper's code and
/// title, and its tags in every language.
pub async fn add(db: &impl ConnectionTrait, model: &comment::Model) -> Result<(), AppError> {
    let paper = working_paper::Entity::find_by_id(model.paper_id)
        .one(db)
        .await
        .or_internal()?
        .map(|p| format!("{} {}", p.code, p.title))
        .unwrap_or_default();
    let tags = super::lookups::tags_of(db, &[model.id], false)
        .await?
        .remove(&model.id)
        .unwrap_or_default()
        .iter()
        .map(|t| {
            let names: Vec<&str> = t.names.values().map(String::as_str).collect();
            format!("{} {}", t.slug.replace('-', " "), names.join(" "))
        })
        .collect::<Vec<_>>()
        .join(" ");
    let body = match &model.quote {
        Some(quote) => format!("{quote}\n{}", model.body),
        None => model.body.clone(),
    };
    let (body, paper, tags) = (indexable(&body), indexable(&paper), indexable(&tags));
    let backend = db.get_database_backend();
    let statement = match backend {
        DbBackend::Sqlite => Statement::from_sql_and_values(
            backend,
            "INSERT INTO comment_search (rowid, body, paper, tags) VALUES (?, ?, ?, ?)",
            [model.id.into(), body.into(), paper.into(), tags.into()],
        ),
        _ => Statement::from_sql_and_values(
            backend,
            "INSERT INTO comment_search (comment_id, document) VALUES ($1, \
             setweight(to_tsvector('simple', $2), 'A') || to_tsvector('simple', $3) || to_tsvector('simple', $4)) \
             ON CONFLICT (comment_id) DO UPDATE SET document = EXCLUDED.document",
            [model.id.into(), body.into(), paper.into(), tags.into()],
        ),
    };
    db.execute_raw(statement).await.or_internal()?;
    Ok(())
}

/// Takes a comment out of the index (it was hidden).
pub async fn remove(db: &impl ConnectionTrait, comment_id: i64) -> Result<(), AppError> {
    let backend = db.get_database_backend();
    let sql = match backend {
        DbBackend::Sqlite => "DELETE FROM comment_search WHERE rowid = ?",
        _ => "DELETE FROM comment_search WHERE comment_id = $1",
    };
    db.execute_raw(Statement::from_sql_and_values(
        backend,
        sql,
        [comment_id.into()],
    ))
    .await
    .or_internal()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_words_cannot_carry_query_syntax() {
        assert_eq!(
            words("root \"zone\" OR NEAR(x) *"),
            ["root", "zone", "or", "near", "x"]
        );
        assert!(words(" \"* () ").is_empty());
        assert_eq!(words("multilingüisme DNS"), ["multilingüisme", "dns"]);
    }

    #[test]
    fn chinese_is_indexed_and_queried_as_overlapping_pairs() {
        assert_eq!(
            indexable("加强互联网治理。DNS")
                .split_whitespace()
                .collect::<Vec<_>>(),
            ["加强", "强互", "互联", "联网", "网治", "治理", "。DNS"]
        );
        assert_eq!(words("治理"), ["治理"]);
        assert_eq!(words("互联网"), ["互联", "联网"]);
        assert_eq!(words("网"), ["网"]);
        // Arabic and Russian are written with spaces: their words stay whole.
        assert_eq!(words("حوكمة الإنترنت"), ["حوكمة", "الإنترنت"]);
        assert_eq!(words("Управление"), ["управление"]);
    }
}
