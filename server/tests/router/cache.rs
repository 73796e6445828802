//! Router tests: the visitors' page cache, what signed-in readers share, and response
//! compression.

use crate::support::{demo_router_and_db, form_post, router, router_and_db, send, session_of};
use app::domain::Role;
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

#[tokio::test]
async fn signed_in_readers_share_what_every_reader_sees_and_each_gets_a_page_of_their_own() {
    let (router, db) = demo_router_and_db().await;
    let stakeholder = session_of(&db, "reader@example.org", Role::Stakeholder).await;
    let secretariat = session_of(&db, "desk@example.org", Role::Secretariat).await;
    let paper = format!(
        "/consultations/{}/papers/WP-ROOT?p=2.1",
        app::backend::demo::CONSULTATION_SLUG
    );
    let page = |cookie: &str| {
        let request = http::Request::get(&paper)
            .header(header::COOKIE, cookie)
            .body(Body::empty())
            .unwrap();
        let router = router.clone();
        async move {
            let res = send(&router, request).await;
            assert_eq!(res.status(), StatusCode::OK);
            String::from_utf8_lossy(&res.into_body().collect().await.unwrap().to_bytes())
                .into_owned()
        }
    };
    // Each reader's page is theirs, though the paper and its comments are read once.
    // (Only the secretariat is offered its desk.)
    let theirs = page(&stakeholder).await;
    assert!(theirs.contains("Signed in as") && !theirs.contains("Secretariat desk"));
    let desk = page(&secretariat).await;
    assert!(desk.contains("Signed in as") && desk.contains("Secretariat desk"));
    let theirs_again = page(&stakeholder).await;
    assert!(!theirs_again.contains("Secretariat desk"));
    // Another server process renames the consultation: within a second, this one still
    // shows what it read; then the new title.
    let rename = |title: &'static str| {
        let now = time::OffsetDateTime::now_utc();
        app::backend::consultations::upsert_consultation(
            &db,
            app::backend::consultations::NewConsultation {
                slug: app::backend::demo::CONSULTATION_SLUG,
                title,
                description: "",
                status: app::domain::ConsultationStatus::Open,
                opens_at: now - time::Duration::days(1),
                closes_at: now + time::Duration::days(30),
            },
        )
    };
    rename("Renamed by another process").await.unwrap();
    assert!(
        !page(&stakeholder)
            .await
            .contains("Renamed by another process")
    );
    tokio::time::sleep(app::backend::fresh::FRESH_FOR).await;
    assert!(
        page(&stakeholder)
            .await
            .contains("Renamed by another process")
    );
    // A change made through this process is seen at once.
    rename("Renamed here").await.unwrap();
    let res = send(&router, form_post("/language", "lang=en&back=%2F")).await;
    assert!(res.status().is_redirection());
    assert!(page(&stakeholder).await.contains("Renamed here"));
}
