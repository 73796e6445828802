//! Downloads as plain HTTP: a person's own data (`GET /my/data.json`), and digests: `GET /digests/{slug}/{file}` where the file is
//! `all.<ext>` for the whole consultation or `<PAPER-CODE>.<ext>`, or `contributions.csv`
//! for the consultation's contributions, and the query carries the filter. The same access
//! rule as the digest page. And the disposition of comments on a paper's version (public).

use app::backend::comments;
use app::backend::digest::{self, Scope, Selection};
use app::backend::digest_formats::{
    Document, Format, Words, contributions_csv, csv_stream, dispositions_csv, dispositions_docx,
    render,
};
use app::backend::sessions::CurrentSession;
use app::backend::{AppState, OrInternal, personal_data};
use app::domain::changes::PaperChanges;
use app::domain::digest::{CONTRIBUTIONS_CSV, DigestFilter};
use app::domain::{AppError, Viewer};
use app::i18n::Locale;
use axum::body::Body;
use axum::extract::{Extension, Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;

fn refusal(err: &AppError) -> Response {
    let status = StatusCode::from_u16(err.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let text = match err {
        AppError::Unauthorized => "Please sign in first.",
        AppError::Forbidden => "You are not allowed to download this file.",
        AppError::NotFound => "No such file.",
        _ => "Something went wrong; please try again.",
    };
    (status, text).into_response()
}

pub async fn digest_file(
    State(state): State<AppState>,
    Path((slug, file)): Path<(String, String)>,
    Query(query): Query<HashMap<String, String>>,
    session: Option<Extension<CurrentSession>>,
) -> Response {
    let q = |k: &str| query.get(k).map(String::as_str).unwrap_or_default();
    let filter = DigestFilter::from_query(
        q("status"),
        q("group"),
        q("region"),
        q("tag"),
        q("from"),
        q("to"),
        q("language"),
    );
    let words = file_words(&query);
    let viewer = session.as_ref().map(|s| s.viewer());
    // Before `<PAPER-CODE>.<ext>`: not the CSV of a paper coded "contributions".
    if file == CONTRIBUTIONS_CSV {
        return contributions_file(&state, &slug, &filter, viewer.as_ref()).await;
    }
    let Some((name, ext)) = file.rsplit_once('.') else {
        return refusal(&AppError::NotFound);
    };
    let Some(format) = Format::from_extension(ext) else {
        return refusal(&AppError::NotFound);
    };
    if let Err(err) = digest::may_read(&state.db, &slug, viewer.as_ref(), &filter).await {
        return refusal(&err);
    }
    let scope = Scope {
        slug: &slug,
        paper: (name != "all").then_some(name),
    };
    let selection = match Selection::new(&state.db, scope, &filter).await {
        Ok(s) => s,
        Err(err) => return refusal(&err),
    };
    // The number of comments listed, for the page's progress display.
    let total = match selection.total(&state.db).await {
        Ok(n) => n,
        Err(err) => return refusal(&err),
    };
    let mut response = match format {
        Format::Csv => match csv_stream(state.db.clone(), selection, words).await {
            Ok(stream) => Body::from_stream(stream).into_response(),
            Err(err) => return refusal(&err),
        },
        Format::Document(document) => {
            let built = match digest::build_from(&state.db, selection, app::backend::now()).await {
                Ok(d) => d,
                Err(err) => return refusal(&err),
            };
            match render(&built, document, words) {
                Ok(bytes) => bytes.into_response(),
                Err(err) => return refusal(&err),
            }
        }
    };
    let filename = format!(
        "digest-{slug}-{}{}{}.{}",
        name.to_ascii_lowercase(),
        if filter.all_statuses { "-internal" } else { "" },
        language_suffix(words),
        format.extension()
    );
    response
        .headers_mut()
        .insert("x-digest-comments", HeaderValue::from(total));
    attachment(response, format.content_type(), &filename)
}

/// `GET /digests/{slug}/contributions.csv`: the consultation's published contributions the
/// digest lists (narrowed by the filter's group and region), one row each, with the same
/// access rule as the digest.
async fn contributions_file(
    state: &AppState,
    slug: &str,
    filter: &DigestFilter,
    viewer: Option<&Viewer>,
) -> Response {
    match contributions_bytes(state, slug, filter, viewer).await {
        Ok(bytes) => {
            // Published contributions only, whatever the status asked: never "-internal".
            let filename = format!("digest-{slug}-contributions.csv");
            attachment(bytes.into_response(), Format::Csv.content_type(), &filename)
        }
        Err(err) => refusal(&err),
    }
}

async fn contributions_bytes(
    state: &AppState,
    slug: &str,
    filter: &DigestFilter,
    viewer: Option<&Viewer>,
) -> Result<Vec<u8>, AppError> {
    digest::may_read(&state.db, slug, viewer, filter).await?;
    let scope = Scope { slug, paper: None };
    let list = Selection::new(&state.db, scope, filter)
        .await?
        .contributions(&state.db)
        .await?;
    contributions_csv(&list)
}

/// `GET /consultations/{slug}/papers/{code}/dispositions.csv?v=2`: the disposition of the
/// comments written on the version before `v` (the current version when none is given).
/// Public, like the paper and its "what changed" page.
pub async fn dispositions_csv_file(
    state: State<AppState>,
    path: Path<(String, String)>,
    query: Query<HashMap<String, String>>,
) -> Response {
    dispositions_file(state, path, query, Format::Csv, dispositions_csv).await
}

/// `GET /consultations/{slug}/papers/{code}/dispositions.docx?v=2`: the same as a
/// word-processor document.
pub async fn dispositions_docx_file(
    state: State<AppState>,
    path: Path<(String, String)>,
    query: Query<HashMap<String, String>>,
) -> Response {
    let docx = Format::Document(Document::Docx);
    dispositions_file(state, path, query, docx, dispositions_docx).await
}

/// The disposition report as `render` writes it, served as a file of `format`.
async fn dispositions_file(
    State(state): State<AppState>,
    Path((slug, code)): Path<(String, String)>,
    Query(query): Query<HashMap<String, String>>,
    format: Format,
    render: fn(&PaperChanges, Words) -> Result<Vec<u8>, AppError>,
) -> Response {
    let version = query.get("v").and_then(|v| v.parse::<i32>().ok());
    let changes = match comments::changes::changes(&state.db, &slug, &code, version).await {
        Ok(changes) => changes,
        Err(err) => return refusal(&err),
    };
    let words = file_words(&query);
    match render(&changes, words) {
        Ok(bytes) => {
            let filename = format!(
                "dispositions-{}-v{}{}.{}",
                changes.paper_code.to_ascii_lowercase(),
                changes.version,
                language_suffix(words),
                format.extension()
            );
            attachment(bytes.into_response(), format.content_type(), &filename)
        }
        Err(err) => refusal(&err),
    }
}

/// The language of a file's words: `?lang=` (one of the interface's), English when none is
/// asked, so that a script's download stays the same.
fn file_words(query: &HashMap<String, String>) -> Words {
    let locale = query.get("lang").and_then(|code| Locale::from_code(code));
    Words::new(locale.unwrap_or(Locale::En))
}

/// How a file's name says its language: nothing for English (the names scripts know),
/// `-fr` for French, so that the same digest saved in two languages is two files.
fn language_suffix(words: Words) -> String {
    match words.locale {
        Locale::En => String::new(),
        other => format!("-{}", other.code()),
    }
}

/// A file to save: its type and name, and never kept in a shared cache (unpublished comments,
/// personal data).
fn attachment(mut response: Response, content_type: &'static str, filename: &str) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    response
}

/// `GET /my/data.json`: everything the system holds about the signed-in person.
pub async fn my_data(
    State(state): State<AppState>,
    session: Option<Extension<CurrentSession>>,
) -> Response {
    let Some(Extension(session)) = session else {
        return refusal(&AppError::Unauthorized);
    };
    let bytes = match personal_data::export(&state.db, session.account.id)
        .await
        .and_then(|data| serde_json::to_vec_pretty(&data).or_internal())
    {
        Ok(bytes) => bytes,
        Err(err) => return refusal(&err),
    };
    attachment(
        bytes.into_response(),
        "application/json",
        "consult-my-data.json",
    )
}
