//! A one-second cache of the pages visitors read (no session): a paper page read by hundreds
//! of people at once is rendered once a second, not once per reader.
//!
//! - Only `GET`s of pages, without a session cookie, answered `200` in HTML without a cookie
//!   being set, are kept; the key is the address with its query, the cookies (the language)
//!   and `Accept-Language`.
//! - The pages are kept in the store of what the process's readers share
//!   (`app::backend::fresh`). Any request that may change something (every method but `GET`
//!   and `HEAD`) empties it, so a change made here is seen at once, and a page rendered
//!   while something changed is not kept. Another server process on the same database
//!   serves its own copy for at most [`FRESH_FOR`].
//! - Every answer gets a nonce of its own: the cached page's nonce is replaced, so the
//!   page's Content-Security-Policy stays one-use.

use app::backend::fresh::Fresh;
use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine;

/// How long a rendered page is served again.
pub use app::backend::fresh::FRESH_FOR;
/// Pages larger than this are not kept.
const LARGEST_PAGE: usize = 16 * 1024 * 1024;
/// Paths that are never pages for visitors or change with every request.
const NOT_CACHED: [&str; 7] = [
    "/api/",
    "/pkg/",
    "/digests/",
    "/my/",
    "/desk",
    "/healthz",
    "/language",
];

#[derive(Clone)]
struct Page {
    headers: HeaderMap,
    body: axum::body::Bytes,
    nonce: Option<String>,
}

/// The pages of one server process, kept with what its readers share
/// (`app::backend::fresh`): one store, one second, emptied at once by a change.
#[derive(Clone, Default)]
pub struct PageCache {
    fresh: Fresh,
}

impl PageCache {
    /// The cache of a process whose readers share `fresh`.
    pub fn new(fresh: Fresh) -> Self {
        Self { fresh }
    }
}

/// The cache's key for a request, or `None` when its answer must not be cached.
fn key(req: &Request) -> Option<String> {
    if req.method() != Method::GET {
        return None;
    }
    let path = req.uri().path();
    if NOT_CACHED.iter().any(|p| path.starts_with(p)) {
        return None;
    }
    let header = |name| {
        req.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    };
    let cookies = header(header::COOKIE);
    if cookies.contains(app::backend::sessions::SESSION_COOKIE) {
        return None;
    }
    let target = req.uri().path_and_query().map_or(path, |p| p.as_str());
    // "page …": apart from the shared reads' keys in the same store.
    Some(format!(
        "page {target}\n{cookies}\n{}",
        header(header::ACCEPT_LANGUAGE)
    ))
}

/// The nonce of a rendered page, read from its Content-Security-Policy.
fn nonce_of(body: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(body).ok()?;
    let (_, from) = text.split_once("'nonce-")?;
    let (nonce, _) = from.split_once('\'')?;
    Some(nonce.to_owned())
}

fn fresh_nonce() -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(rand::random::<[u8; 16]>())
}

fn answer(page: Page) -> Response {
    let body = match &page.nonce {
        Some(old) => {
            let text = String::from_utf8_lossy(&page.body).replace(old.as_str(), &fresh_nonce());
            Body::from(text)
        }
        None => Body::from(page.body),
    };
    let mut response = Response::new(body);
    *response.headers_mut() = page.headers;
    response
}

pub async fn middleware(State(cache): State<PageCache>, req: Request, next: Next) -> Response {
    let changes = !matches!(*req.method(), Method::GET | Method::HEAD);
    let Some(key) = key(&req) else {
        let response = next.run(req).await;
        if changes {
            cache.fresh.clear();
        }
        return response;
    };
    if let Some(page) = cache.fresh.get::<Page>(&key) {
        return answer(page);
    }
    // A page rendered while something changed is not kept (it may show the old state).
    let generation = cache.fresh.generation();
    let response = next.run(req).await;
    let html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if response.status() != StatusCode::OK
        || !html
        || response.headers().contains_key(header::SET_COOKIE)
    {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(body) = to_bytes(body, LARGEST_PAGE).await else {
        tracing::error!("a page could not be read whole for the cache");
        let mut failed = Response::new(Body::from("The page could not be made.\n"));
        *failed.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
        return failed;
    };
    let mut headers = parts.headers.clone();
    // An answer from the cache carries another nonce: its length is its own.
    headers.remove(header::CONTENT_LENGTH);
    let page = Page {
        headers,
        nonce: nonce_of(&body),
        body: body.clone(),
    };
    cache.fresh.keep(key, page, generation);
    Response::from_parts(parts, Body::from(body))
}
