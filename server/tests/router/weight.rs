//! Router tests: what a first visit costs. Every page a visitor or a stakeholder uses is
//! plain HTML with one small inline script, and weighs under its budget as sent (brotli);
//! only the desk's pages load the application's WASM. Byte counts, not timings: the same
//! page weighs the same on any machine.

use crate::support::{DEMO_PASSWORD, demo_router_and_db, form_post, send, set_cookies};
use app::backend::demo::{
    CONSULTATION_SLUG, PAGE_BUDGET as BUDGET, stakeholder_pages, visitor_pages,
};
use axum::body::Body;
use axum::http::{StatusCode, header};
use http_body_util::BodyExt;

/// The page's HTML, and its size on the wire as sent to a browser that takes brotli.
async fn fetch(router: &axum::Router, uri: &str, cookie: Option<&str>) -> (String, usize) {
    let get = |encoding: &'static str| {
        let mut request = http::Request::get(uri).header(header::ACCEPT_ENCODING, encoding);
        if let Some(cookie) = cookie {
            request = request.header(header::COOKIE, cookie);
        }
        send(router, request.body(Body::empty()).unwrap())
    };
    let sent = get("br, gzip").await;
    assert_eq!(sent.status(), StatusCode::OK, "{uri}");
    assert_eq!(sent.headers()[header::CONTENT_ENCODING], "br", "{uri}");
    let bytes = sent.into_body().collect().await.unwrap().to_bytes().len();
    let plain = get("identity").await;
    let html = plain.into_body().collect().await.unwrap().to_bytes();
    (String::from_utf8(html.to_vec()).unwrap(), bytes)
}

/// The stylesheet every page names, at its full uncompressed size (an upper bound: it is
/// sent compressed, and cached after the first page).
fn stylesheet_bytes() -> usize {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../style/main.css");
    std::fs::metadata(path).unwrap().len() as usize
}

fn assert_plain(uri: &str, html: &str, bytes: usize) {
    let doc = scraper::Html::parse_document(html);
    let select = |s: &str| scraper::Selector::parse(s).unwrap();
    let external: Vec<String> = doc
        .select(&select(
            "script[src], link[rel=modulepreload], link[rel=preload]",
        ))
        .map(|e| e.html())
        .collect();
    assert!(external.is_empty(), "{uri} loads {external:?}");
    assert!(!html.contains(".wasm"), "{uri} names a WASM file");
    // The page's own script, and Leptos' few bytes of empty resource lists.
    let inline: Vec<_> = doc.select(&select("script")).collect();
    assert!(
        inline.iter().all(|s| s.value().attr("nonce").is_some()),
        "{uri}: nonces"
    );
    let enhancing = inline
        .iter()
        .filter(|s| s.html().contains("data-enhanced"))
        .count();
    assert_eq!(enhancing, 1, "{uri}: the plain page's script");
    let total = bytes + stylesheet_bytes();
    assert!(total < BUDGET, "{uri}: {total} bytes on a first load");
}

#[tokio::test]
async fn every_page_of_visitors_and_stakeholders_is_plain_html_under_its_budget() {
    let (router, db) = demo_router_and_db().await;
    app::backend::digest::set_public(&db, CONSULTATION_SLUG, 1, true)
        .await
        .unwrap();
    for uri in visitor_pages() {
        let (html, bytes) = fetch(&router, &uri, None).await;
        assert_plain(&uri, &html, bytes);
    }

    let signed_in = send(
        &router,
        form_post(
            "/api/sign_in",
            &format!(
                "email=civil%40demo.consult.example&password={}",
                DEMO_PASSWORD.replace(' ', "+")
            ),
        ),
    )
    .await;
    let cookie = set_cookies(&signed_in)
        .into_iter()
        .find_map(|c| c.split(';').next().map(str::to_owned))
        .unwrap();
    let (mine, bytes) = fetch(&router, "/my/comments", Some(&cookie)).await;
    assert_plain("/my/comments", &mine, bytes);
    let doc = scraper::Html::parse_document(&mine);
    let receipt = doc
        .select(&scraper::Selector::parse("a[href^='/my/comments/']").unwrap())
        .filter_map(|a| a.value().attr("href"))
        .find(|href| !href.ends_with("/edit"))
        .expect("the demo stakeholder's comments are listed")
        .to_owned();
    for uri in stakeholder_pages(&receipt) {
        let (html, bytes) = fetch(&router, &uri, Some(&cookie)).await;
        assert_plain(&uri, &html, bytes);
    }
}

#[tokio::test]
async fn the_desk_hydrates_with_the_application_script() {
    let (router, db) = demo_router_and_db().await;
    let cookie =
        crate::support::session_of(&db, "officer@example.org", app::domain::Role::Secretariat)
            .await;
    for uri in ["/desk", "/desk/consultations"] {
        let (html, _) = fetch(&router, uri, Some(&cookie)).await;
        let doc = scraper::Html::parse_document(&html);
        let scripts = doc
            .select(&scraper::Selector::parse("script").unwrap())
            .filter(|s| s.html().contains("hydrate"))
            .count();
        assert!(scripts > 0, "{uri} hydrates");
        assert!(
            !html.contains("data-enhanced"),
            "{uri} has no plain page's script"
        );
    }
}
