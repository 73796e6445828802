//! Router tests: the visitors' page cache and response compression.

use crate::support::{form_post, router, router_and_db};
use axum::body::Body;
use axum::extract::Request;
use axum::http::{StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

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
        String::from_utf8_lossy(&res.into_body().collect().await.unwrap().to_bytes()).into_owned()
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
    tokio::time::sleep(server::page_cache::FRESH_FOR).await;
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
    assert!(body.len() < usize::from(server::router::SMALLEST_COMPRESSED));
}
