//! Router tests: cross-site requests, the security headers, the request body limit and the pages' script nonce.

use crate::support::{form_post, router, router_and_db, session_of};
use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

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
