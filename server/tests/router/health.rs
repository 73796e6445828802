//! Router tests of `/healthz`: healthy when the database takes a write and the site's assets are there.

use crate::support::{router, router_and_db};
use app::backend::AppState;
use axum::Router;
use axum::body::Body;
use axum::http::StatusCode;
use http_body_util::BodyExt;
use tower::ServiceExt;

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
    let router = server::router::app(
        state,
        server::router::leptos_options("127.0.0.1:3000", &empty.display().to_string()),
    );
    let (status, body) = health_of(router).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(body.contains("the site's assets are missing"), "{body}");
    assert!(body.contains("consult.css"), "{body}");
}
