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

/// The body of `GET path` (with the language cookie `lang`, if any) as text.
async fn get_text(router: &axum::Router, path: &str, lang: Option<&str>) -> String {
    let mut req = Request::get(path);
    if let Some(code) = lang {
        req = req.header(header::COOKIE, format!("consult_lang={code}"));
    }
    let response = router
        .clone()
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    let body = response.into_body().collect().await.unwrap().to_bytes();
    String::from_utf8(body.to_vec()).unwrap()
}

#[tokio::test]
async fn the_files_are_in_the_language_asked_and_the_page_offers_each() {
    let (router, db) = demo_router_and_db().await;
    app::backend::digest::set_public(&db, app::backend::demo::CONSULTATION_SLUG, 1, true)
        .await
        .unwrap();
    // The words before the consultation's title (Fluent isolates the empty title in Arabic).
    let title = |locale: app::i18n::Locale| {
        let words = (locale.texts().g.file.title)("");
        words.trim_end_matches(['\u{2068}', '\u{2069}']).to_owned()
    };
    // Without `lang`, English, so that a script's download stays the same.
    let plain = get_text(&router, "/digests/wgig-2005-february/all.md", Some("fr")).await;
    assert!(plain.starts_with(&format!("# {}", title(app::i18n::Locale::En))));
    let arabic = get_text(&router, "/digests/wgig-2005-february/all.md?lang=ar", None).await;
    // Saved in two languages, the same digest is two files.
    let req = Request::get("/digests/wgig-2005-february/all.md?lang=ar")
        .body(Body::empty())
        .unwrap();
    let res = router.clone().oneshot(req).await.unwrap();
    let disposition = res.headers()[header::CONTENT_DISPOSITION].to_str().unwrap();
    assert_eq!(
        disposition,
        "attachment; filename=\"digest-wgig-2005-february-all-ar.md\""
    );
    assert!(
        arabic.starts_with(&format!("# {}", title(app::i18n::Locale::Ar))),
        "{arabic}"
    );
    assert!(!arabic.contains("Comment digest"));

    // The page in French links to French files, and to the files in each language.
    let page = get_text(&router, "/digests/wgig-2005-february", Some("fr")).await;
    let html = scraper::Html::parse_document(&page);
    let links: Vec<String> = html
        .select(&scraper::Selector::parse("a[download]").unwrap())
        .filter_map(|a| a.attr("href").map(str::to_owned))
        .collect();
    assert!(
        links.iter().any(|h| h.ends_with("/all.md?lang=fr")),
        "{links:?}"
    );
    assert!(links.iter().all(|h| h.contains("lang=fr")), "{links:?}");
    let choices = scraper::Selector::parse(".file-languages a").unwrap();
    let choices: Vec<_> = html.select(&choices).collect();
    assert_eq!(choices.len(), 6);
    let arabic = choices
        .iter()
        .find(|a| a.attr("hreflang") == Some("ar"))
        .unwrap();
    assert_eq!(
        arabic.attr("href"),
        Some("/digests/wgig-2005-february?lang=ar")
    );
    let current: Vec<_> = choices
        .iter()
        .filter(|a| a.attr("aria-current").is_some())
        .collect();
    assert_eq!(current.len(), 1);
    assert_eq!(current[0].attr("hreflang"), Some("fr"));
}
