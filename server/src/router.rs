//! The HTTP router: Leptos pages and server functions, the language switch, health, static
//! files, and the layers around them (sessions, compression, request logs).

use app::backend::{AppState, sessions};
use app::i18n::{LANGUAGE_COOKIE, Locale};
use app::{App, shell};
use axum::extract::{Form, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Router, middleware};
use leptos::prelude::*;
use leptos_axum::{AxumRouteListing, LeptosRoutes, generate_route_list};
use std::time::Duration;
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{NotForContentType, Predicate, SizeAbove};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;
use tracing::Span;

#[derive(Clone, axum::extract::FromRef)]
struct RouterState {
    app: AppState,
    leptos_options: LeptosOptions,
    health: HealthCache,
}

/// The last health answer and when it was given: probes within a second share it, so that
/// a flood of probes is not a flood of writes.
type HealthCache =
    std::sync::Arc<tokio::sync::Mutex<Option<(std::time::Instant, StatusCode, String)>>>;

/// Leptos' options for the site in `site_root` served on `addr`, with the names
/// cargo-leptos built it under (from its environment at build time, else the test build's).
pub fn leptos_options(addr: &str, site_root: &str) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name(option_env!("LEPTOS_OUTPUT_NAME").unwrap_or("consult"))
        .site_root(site_root)
        .site_pkg_dir("pkg")
        .site_addr(
            addr.parse()
                .unwrap_or(std::net::SocketAddr::from(([127, 0, 0, 1], 3000))),
        )
        .hash_files(option_env!("LEPTOS_HASH_FILES").is_some_and(|v| v == "true"))
        .hash_file(
            std::env::var("LEPTOS_HASH_FILE_NAME").map_or_else(|_| "hash.txt".into(), Into::into),
        )
        .build()
}

/// The app's routes, found once per process. Finding them renders the app while a flag
/// global to the process holds back every data load (leptos_router's
/// `SuppressResourceLoad`): a page that starts loading its data meanwhile, in another router
/// of the same process, waits for ever (leptos issue #4773). The router tests build a
/// router each, in parallel, and one in about a hundred runs hung so; found once, before any
/// router exists, the routes never are again.
fn routes() -> Vec<AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<AxumRouteListing>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// Builds the whole application router.
pub fn app(state: AppState, leptos_options: LeptosOptions) -> Router {
    let routes = routes();
    let site_root = leptos_options.site_root.to_string();
    let secure = state.secure_cookies;
    let context_state = state.clone();
    let state_for_uploads = state.clone();
    let upload_max = crate::protect::upload_max(state.uploads);
    let fn_state = state.clone();
    let router_state = RouterState {
        app: state.clone(),
        leptos_options: leptos_options.clone(),
        health: HealthCache::default(),
    };

    // Hashed assets never change under their name: cache them for a year.
    let assets = tower::ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=31536000, immutable"),
        ))
        .service(ServeDir::new(format!("{site_root}/pkg")));
    let page_cache = crate::page_cache::PageCache::new(state.fresh.clone());

    Router::new()
        .leptos_routes_with_context(
            &router_state,
            routes,
            move || provide_context(context_state.clone()),
            {
                let options = leptos_options;
                move || shell(options.clone())
            },
        )
        .route(
            "/api/{*fn_name}",
            post(move |req: Request| {
                let state = fn_state.clone();
                leptos_axum::handle_server_fns_with_context(move || provide_context(state.clone()), req)
            }),
        )
        .route("/language", post(set_language))
        .route("/healthz", get(healthz))
        .route("/digests/{slug}/{file}", get(crate::downloads::digest_file))
        .route("/my/data.json", get(crate::downloads::my_data))
        .route(
            "/consultations/{slug}/papers/{code}/dispositions.csv",
            get(crate::downloads::dispositions_csv_file),
        )
        .route(
            "/consultations/{slug}/papers/{code}/dispositions.docx",
            get(crate::downloads::dispositions_docx_file),
        )
        .nest_service("/pkg", assets)
        .fallback(leptos_axum::file_and_error_handler_with_context::<RouterState, _>(
            {
                let state = state.clone();
                move || provide_context(state.clone())
            },
            shell,
        ))
        .layer(middleware::from_fn_with_state(state, sessions::middleware))
        .layer(middleware::from_fn(crate::protect::csrf))
        .layer(middleware::from_fn(unreadable_arguments_are_400))
        .layer(middleware::from_fn(refuse_nul))
        .layer(middleware::from_fn_with_state(
            page_cache,
            crate::page_cache::middleware,
        ))
        .with_state(router_state)
        .merge(notices(state_for_uploads.clone()))
        .merge(uploads(state_for_uploads, upload_max))
        .layer(RequestBodyLimitLayer::new(upload_max))
        .layer(middleware::from_fn(move |req, next| {
            crate::protect::body_limit(upload_max, req, next)
        }))
        .layer(middleware::from_fn(move |req, next| crate::protect::headers(secure, req, next)))
        .layer(CompressionLayer::new().compress_when(worth_compressing()))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|req: &Request| {
                    tracing::info_span!("request", method = %req.method(), path = %req.uri().path())
                })
                .on_request(|_: &Request, _: &Span| {})
                .on_response(|res: &Response, latency: Duration, _: &Span| {
                    tracing::info!(status = res.status().as_u16(), latency_ms = latency.as_secs_f64() * 1000.0, "served");
                }),
        )
}

/// `/notices/off`: the one-click address in every notice. The link's token is its authority,
/// and the mail program that posts it is not this site: no session, no cross-site check.
fn notices(state: AppState) -> Router {
    Router::new()
        .route(
            "/notices/off",
            get(crate::notices::form).post(crate::notices::off),
        )
        .with_state(state)
}

/// The routes that take files. They stream their bodies, so they stand outside the layers
/// that read a whole body first (the NUL check, the page cache), under the same sessions
/// and cross-site check as the rest; their size is bounded by [`crate::protect::upload_max`].
fn uploads(state: AppState, upload_max: usize) -> Router {
    Router::new()
        .route(
            "/consultations/{slug}/contributions",
            post(crate::uploads::contribution::contribution),
        )
        .route(
            "/consultations/{slug}/papers/{code}/comments",
            post(crate::uploads::comment::comment),
        )
        .route(
            "/contributions/{id}/files/{position}/{name}",
            get(crate::uploads::serve::contribution_file),
        )
        .route(
            "/comments/{id}/files/{position}/{name}",
            get(crate::uploads::serve::comment_file),
        )
        .layer(middleware::from_fn_with_state(
            state.clone(),
            sessions::middleware,
        ))
        .layer(middleware::from_fn(crate::protect::csrf))
        // axum's own bound on what an extractor reads (2 MB) would stop any larger file.
        .layer(axum::extract::DefaultBodyLimit::max(upload_max))
        .with_state(state)
}

/// Responses smaller than this go uncompressed: the few hundred bytes of a server
/// function's answer or a redirect would save a handful of bytes, and setting up a brotli
/// encoder for each costs more time than those bytes take on the slowest line.
pub const SMALLEST_COMPRESSED: u16 = 1024;

/// What the compression layer compresses: as tower-http does by default (not gRPC, images
/// or event streams), but only from [`SMALLEST_COMPRESSED`] bytes. A streamed body, whose
/// size is unknown, is compressed.
fn worth_compressing() -> impl Predicate {
    SizeAbove::new(SMALLEST_COMPRESSED)
        .and(NotForContentType::GRPC)
        .and(NotForContentType::IMAGES)
        .and(NotForContentType::SSE)
        // Documents are compressed already (DOCX and ODT are zip files, PDFs compress
        // their streams): compressing them again costs time and saves nothing.
        .and(NotForContentType::const_new("application/pdf"))
        .and(NotForContentType::const_new("application/vnd."))
}

/// Refuses a NUL character (`%00`) in any request's address or body with 400: no field
/// may hold one, and PostgreSQL cannot even compare it. Bodies are read whole, within the
/// request body limit.
async fn refuse_nul(req: Request, next: axum::middleware::Next) -> Response {
    let nul = |text: &[u8]| {
        text.contains(&0)
            || text.windows(3).any(|w| w.eq_ignore_ascii_case(b"%00"))
            || text.windows(6).any(|w| w.eq_ignore_ascii_case(b"\\u0000"))
    };
    let refused = || {
        let error = app::domain::AppError::BadRequest("a NUL character".to_owned());
        let body = serde_json::to_string(&error).unwrap_or_default();
        (
            StatusCode::BAD_REQUEST,
            [(header::CONTENT_TYPE, "application/json")],
            body,
        )
            .into_response()
    };
    if req.uri().query().is_some_and(|q| nul(q.as_bytes())) {
        return refused();
    }
    if matches!(
        *req.method(),
        axum::http::Method::GET | axum::http::Method::HEAD
    ) {
        return next.run(req).await;
    }
    let (parts, body) = req.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, crate::protect::MAX_BODY).await else {
        return (StatusCode::PAYLOAD_TOO_LARGE, "The request is too large.\n").into_response();
    };
    if nul(&bytes) {
        return refused();
    }
    next.run(Request::from_parts(parts, axum::body::Body::from(bytes)))
        .await
}

/// server_fn answers arguments it cannot read (letters for a number, a missing field) with
/// 500, before the function runs; they are the caller's mistake, so the answer is 400 with
/// the [`app::domain::AppError::BadRequest`] that server_fn wrote.
async fn unreadable_arguments_are_400(req: Request, next: axum::middleware::Next) -> Response {
    let server_fn = req.uri().path().starts_with("/api/");
    let response = next.run(req).await;
    if !server_fn || response.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024).await else {
        return (
            StatusCode::INTERNAL_SERVER_ERROR,
            "The answer could not be made.\n",
        )
            .into_response();
    };
    if matches!(
        serde_json::from_slice::<app::domain::AppError>(&bytes),
        Ok(app::domain::AppError::BadRequest(_))
    ) {
        parts.status = StatusCode::BAD_REQUEST;
    }
    Response::from_parts(parts, axum::body::Body::from(bytes))
}

pub async fn serve(
    state: AppState,
    addr: &str,
    site_root: &str,
    limits: crate::connections::Limits,
) -> Result<(), String> {
    let options = leptos_options(addr, site_root);
    if let Some(missing) = crate::site::missing(&options) {
        return Err(missing);
    }
    let router = app(state, options);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    tracing::info!(
        max_connections = limits.max_connections,
        header_timeout_secs = limits.header_timeout.as_secs(),
        "Consult is listening on http://{addr}"
    );
    crate::connections::serve(listener, router, limits, shutdown_signal()).await;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}

#[derive(serde::Deserialize)]
struct LanguageForm {
    lang: String,
    #[serde(default)]
    back: String,
}

/// Keeps the visitor's language for a year and goes back to the page they were on.
async fn set_language(State(state): State<AppState>, Form(form): Form<LanguageForm>) -> Response {
    // No page's address holds one, and a `Location` header cannot: the caller's mistake.
    if form.back.chars().any(char::is_control) {
        return (
            StatusCode::BAD_REQUEST,
            "The page to go back to holds a control character.\n",
        )
            .into_response();
    }
    let locale = Locale::from_code(&form.lang).unwrap_or_default();
    // Only a path of this site: never an absolute or protocol-relative URL.
    let back = if form.back.starts_with('/')
        && !form.back.starts_with("//")
        && !form.back.contains('\\')
    {
        form.back
    } else {
        "/".to_owned()
    };
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    let cookie = format!(
        "{LANGUAGE_COOKIE}={}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax{secure}",
        locale.code()
    );
    let mut response = Redirect::to(&back).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// 200 when the server can serve pages and take comments: the site's assets are there, a
/// write reaches the database, and the submission writer is not held up; 503 with the
/// reason otherwise (also in the log).
async fn healthz(
    State(state): State<AppState>,
    State(options): State<LeptosOptions>,
    State(cache): State<HealthCache>,
) -> (StatusCode, String) {
    let mut last = cache.lock().await;
    if let Some((at, status, text)) = last.as_ref()
        && at.elapsed() < Duration::from_secs(1)
    {
        return (*status, text.clone());
    }
    let problem = match crate::site::missing(&options) {
        Some(problem) => Some(problem),
        None => app::backend::health::problem(&state).await,
    };
    let answer = match problem {
        None => (StatusCode::OK, "ok\n".to_owned()),
        Some(problem) => {
            tracing::error!(%problem, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, format!("{problem}\n"))
        }
    };
    *last = Some((std::time::Instant::now(), answer.0, answer.1.clone()));
    answer
}
