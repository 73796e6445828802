//! Router tests: digests over HTTP: making one public, and a public digest streamed whole, plain and compressed.

use crate::support::{demo_router_and_db, form_post, session_of};
use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

#[tokio::test]
async fn the_digest_is_made_public_by_what_forms_and_scripts_send_and_other_values_are_refused() {
    let (router, db) = demo_router_and_db().await;
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

#[tokio::test]
async fn a_public_digest_streams_whole_plain_and_compressed() {
    let (router, db) = demo_router_and_db().await;
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
