//! The secretariat's themes: the desk page after a run, and the confirmed themes in the
//! public digest's page and files, a hostile name escaped everywhere.

use crate::support::*;
use axum::body::Body;
use axum::http::{StatusCode, header};
use http_body_util::BodyExt;

const SLUG: &str = "wgig-2005-february";
const NAME: &str = "<script>alert(1)</script> Oversight & \"the root\"";

async fn get(router: &axum::Router, path: &str, cookie: Option<&str>) -> (StatusCode, Vec<u8>) {
    let mut req = http::Request::get(path);
    if let Some(cookie) = cookie {
        req = req.header(header::COOKIE, cookie);
    }
    let res = send(router, req.body(Body::empty()).unwrap()).await;
    let status = res.status();
    (
        status,
        res.into_body().collect().await.unwrap().to_bytes().to_vec(),
    )
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The text of the elements `selector` picks in `html`, joined.
fn picked(html: &str, selector: &str) -> Vec<String> {
    let page = scraper::Html::parse_document(html);
    let selector = scraper::Selector::parse(selector).unwrap();
    page.select(&selector).map(|e| e.text().collect()).collect()
}

#[tokio::test]
async fn themes_found_named_and_confirmed_reach_the_public_digest_escaped() {
    use app::backend::themes::{store, view};
    let (router, db) = demo_router_and_db().await;
    let secretariat = session_of(&db, "sec@example.org", app::domain::Role::Secretariat).await;
    // The secretariat runs the analysis from the page's form.
    let mut req = form_post(
        "/api/run_themes",
        &format!("slug={SLUG}&code=WP-ROOT&paragraph="),
    );
    req.headers_mut()
        .insert(header::COOKIE, secretariat.parse().unwrap());
    assert!(send(&router, req).await.status().is_success());
    let page = view::page(&db, SLUG, "WP-ROOT", None).await.unwrap();
    assert!(
        !page.themes.is_empty(),
        "the demo's comments on WP-ROOT give themes"
    );
    let first = page.themes[0].clone();

    // The desk's page lists them, each with its size and key terms.
    let (status, html) = get(
        &router,
        &format!("/desk/themes/{SLUG}/WP-ROOT"),
        Some(&secretariat),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let html = text(&html);
    assert_eq!(picked(&html, "h1"), ["Themes: WP-ROOT"]);
    assert_eq!(picked(&html, ".theme h2").len(), page.themes.len());
    assert!(
        picked(&html, ".theme")
            .iter()
            .any(|t| t.contains(&first.key_terms))
    );
    // A stakeholder may not see it.
    let stakeholder = session_of(&db, "s@example.org", app::domain::Role::Stakeholder).await;
    let (_, denied) = get(
        &router,
        &format!("/desk/themes/{SLUG}/WP-ROOT"),
        Some(&stakeholder),
    )
    .await;
    assert!(picked(&text(&denied), ".theme").is_empty());

    // Named with hostile text and confirmed.
    let paper = app::backend::lookups::any_paper(&db, SLUG, "WP-ROOT")
        .await
        .unwrap()
        .id;
    store::rename(&db, paper, first.id, NAME).await.unwrap();
    store::confirm(&db, paper, first.id, true).await.unwrap();
    let (_, html) = get(
        &router,
        &format!("/desk/themes/{SLUG}/WP-ROOT"),
        Some(&secretariat),
    )
    .await;
    let html = text(&html);
    assert_eq!(picked(&html, ".theme h2")[0], NAME, "the name, as text");
    assert!(!html.contains("<script>alert(1)"));

    // The public digest shows the confirmed theme, linking to its comments.
    app::backend::digest::set_public(&db, SLUG, 1, true)
        .await
        .unwrap();
    let (status, html) = get(&router, &format!("/digests/{SLUG}"), None).await;
    assert_eq!(status, StatusCode::OK);
    let html = text(&html);
    assert!(!html.contains("<script>alert(1)"));
    let themes = picked(&html, "section.theme h3");
    assert_eq!(themes.len(), 1, "only the confirmed theme");
    assert!(themes[0].starts_with(NAME), "{themes:?}");
    let links = picked(&html, "section.theme .references a");
    assert_eq!(links.len(), first.references.len());
    for link in &links {
        assert_eq!(
            picked(&html, &format!("article[id='{link}']")).len(),
            1,
            "{link} is listed"
        );
    }
    // The files: Markdown (escaped), CSV (a themes column), DOCX, JSON.
    let (_, md) = get(&router, &format!("/digests/{SLUG}/all.md"), None).await;
    let md = text(&md);
    assert!(md.contains("## Themes (confirmed by the secretariat)"));
    assert!(
        md.contains("\\<script\\>") || md.contains("&lt;script&gt;"),
        "{md}"
    );
    let (_, csv) = get(&router, &format!("/digests/{SLUG}/all.csv"), None).await;
    let mut reader = csv::Reader::from_reader(csv.strip_prefix("\u{feff}".as_bytes()).unwrap());
    assert_eq!(&reader.headers().unwrap()[23], "themes");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let themed: Vec<&csv::StringRecord> = rows.iter().filter(|r| !r[23].is_empty()).collect();
    assert_eq!(themed.len(), first.references.len());
    assert!(
        themed
            .iter()
            .all(|r| r[23] == *NAME || r[23] == format!("'{NAME}"))
    );
    let (_, docx) = get(&router, &format!("/digests/{SLUG}/all.docx"), None).await;
    let xml = {
        use std::io::Read;
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
        let mut xml = String::new();
        zip.by_name("word/document.xml")
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        xml
    };
    assert!(
        xml.contains("&lt;script&gt;alert(1)&lt;/script&gt; Oversight"),
        "the DOCX names it"
    );
    let (_, json) = get(&router, &format!("/digests/{SLUG}/all.json"), None).await;
    let json: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(json["themes"][0]["theme"]["label"], NAME);
}
