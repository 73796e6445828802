//! What the router tests share: the application router on a fresh in-memory database,
//! sessions of new accounts, and requests as a browser's form sends them. The tests call
//! the router with `tower::ServiceExt::oneshot`, without a socket.

use app::backend::{AppState, sessions};
use axum::Router;
use axum::body::Body;
use axum::http::header;
use axum::response::Response;
use tower::ServiceExt;

pub async fn router() -> Router {
    router_and_db().await.0
}

pub async fn router_and_db() -> (Router, sea_orm::DatabaseConnection) {
    let db = app::backend::db::scratch().await.unwrap();
    let state = AppState::new(db.clone(), db.clone(), false, Default::default());
    (
        server::router::app(
            state,
            server::router::leptos_options("127.0.0.1:3000", &crate::common::site()),
        ),
        db,
    )
}

/// The password of every demo account [`demo_router_and_db`] seeds.
pub const DEMO_PASSWORD: &str = "a demo pass phrase here";

/// The router on a fresh database holding the demo consultation, and the database.
pub async fn demo_router_and_db() -> (Router, sea_orm::DatabaseConnection) {
    let (router, db) = router_and_db().await;
    app::backend::demo::seed(&db, DEMO_PASSWORD).await.unwrap();
    (router, db)
}

/// What `router` answers `request`; the router stays ready for the next one.
pub async fn send(router: &Router, request: http::Request<Body>) -> Response {
    router.clone().oneshot(request).await.unwrap()
}

/// The cookie of a fresh session of a new account with `role`.
pub async fn session_of(
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

pub fn form_post(uri: &str, body: &str) -> http::Request<Body> {
    http::Request::post(uri)
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ORIGIN, "http://127.0.0.1:3000")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "application/json")
        .body(Body::from(body.to_owned()))
        .unwrap()
}

pub fn set_cookies(res: &Response) -> Vec<String> {
    res.headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect()
}

/// A comment sent by the form's server function as `author` (a session cookie) on
/// paragraph `paragraph` of the demo's `paper`, then published by `secretariat`; its id.
pub async fn published_comment(
    router: &Router,
    db: &sea_orm::DatabaseConnection,
    (author, secretariat): (&str, &str),
    paper: &str,
    paragraph: &str,
    body: &str,
) -> i64 {
    use app::backend::entities::comment;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let slug = app::backend::demo::CONSULTATION_SLUG;
    let form = format!(
        "slug={slug}&code={paper}&paragraph={paragraph}&quote=&body={}&consent=name_and_organisation",
        form_urlencoded::byte_serialize(body.as_bytes()).collect::<String>()
    );
    let mut req = form_post("/api/submit_comment", &form);
    req.headers_mut()
        .insert(header::COOKIE, author.parse().unwrap());
    assert!(send(router, req).await.status().is_success());
    let stored = comment::Entity::find()
        .filter(comment::Column::Body.eq(body))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let decide = format!(
        "ids[]={}&decision_code=publish&reason=&other_reason=&back=%2Fdesk",
        stored.id
    );
    let mut req = form_post("/api/decide_comments", &decide);
    req.headers_mut()
        .insert(header::COOKIE, secretariat.parse().unwrap());
    assert!(send(router, req).await.status().is_success());
    stored.id
}
