//! Router tests: documents attached to a comment, as the comment form sends them without
//! JavaScript (a multipart post): the receipt lists the file, its author downloads it,
//! a visitor cannot before it is published; a refused file brings the form back with the
//! problem named and the text as typed, and stores nothing.

use crate::contributions::{BOUNDARY, body_of, fixture, get, location, multipart, text_of};
use crate::support::{demo_router_and_db, send, session_of};
use app::backend::demo::CONSULTATION_SLUG;
use app::backend::entities::{comment, stored_file};
use app::domain::Role;
use axum::body::Body;
use axum::http::{StatusCode, header};
use sea_orm::{EntityTrait, PaginatorTrait};

fn comment_post(cookie: &str, body: Vec<u8>) -> http::Request<Body> {
    http::Request::post(format!(
        "/consultations/{CONSULTATION_SLUG}/papers/WP-ROOT/comments"
    ))
    .header(header::HOST, "127.0.0.1:3000")
    .header(header::ORIGIN, "http://127.0.0.1:3000")
    .header(header::ACCEPT, "text/html")
    .header(
        header::CONTENT_TYPE,
        format!("multipart/form-data; boundary={BOUNDARY}"),
    )
    .header(header::CONTENT_LENGTH, body.len())
    .header(header::COOKIE, cookie)
    .body(Body::from(body))
    .unwrap()
}

const BODY: &str = "Our ministry's position on the authorization of root zone changes is attached.";

fn comment_fields(token: &str) -> Vec<(&'static str, &str)> {
    vec![
        ("form_token", token),
        ("paragraph", "2.2"),
        ("quote", ""),
        ("body", BODY),
        // As the browser sends the form's checkboxes.
        ("tags[]", "root-servers"),
        ("consent", "name_and_organisation"),
    ]
}

fn file_links(page: &str) -> Vec<String> {
    let html = scraper::Html::parse_document(page);
    let link = scraper::Selector::parse(".attachments ul.files a").unwrap();
    html.select(&link)
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn a_comment_sent_with_a_pdf_lists_it_on_the_receipt_and_serves_it_to_its_author_only() {
    let (router, db) = demo_router_and_db().await;
    let author = session_of(&db, "ministry@example.org", Role::Stakeholder).await;
    let pdf = fixture("position.pdf");
    let body = multipart(
        &comment_fields("BBBBBBBBBBBBBBBBBBBBBB"),
        &[("Position paper.pdf", &pdf)],
    );
    let res = send(&router, comment_post(&author, body)).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let receipt = location(&res);
    assert!(receipt.starts_with("/my/comments/"), "{receipt}");
    assert!(receipt.ends_with("?received=1"), "{receipt}");

    let page = text_of(send(&router, get(&receipt, Some(&author))).await).await;
    assert!(
        page.contains("Attached documents"),
        "the receipt names its files"
    );
    assert!(page.contains(BODY.split('\'').next().unwrap()));
    assert!(
        page.contains("Root servers"),
        "the ticked tag came with the files"
    );
    let links = file_links(&page);
    assert_eq!(links.len(), 1, "{links:?}");
    let href = &links[0];
    assert!(href.ends_with("/files/1/Position%20paper.pdf"), "{href}");

    let served = send(&router, get(href, Some(&author))).await;
    assert_eq!(served.status(), StatusCode::OK);
    assert_eq!(served.headers()[header::CONTENT_TYPE], "application/pdf");
    assert_eq!(served.headers()["x-content-type-options"], "nosniff");
    assert_eq!(
        body_of(served).await,
        pdf,
        "the author gets the file byte for byte"
    );

    assert_eq!(
        send(&router, get(href, None)).await.status(),
        StatusCode::NOT_FOUND,
        "a pending comment's file is not served to a visitor"
    );
    let other = session_of(&db, "other@example.org", Role::Stakeholder).await;
    assert_eq!(
        send(&router, get(href, Some(&other))).await.status(),
        StatusCode::NOT_FOUND
    );

    // The same form posted again (a double tap) goes to the same receipt.
    let again = multipart(
        &comment_fields("BBBBBBBBBBBBBBBBBBBBBB"),
        &[("Position paper.pdf", &pdf)],
    );
    let res = send(&router, comment_post(&author, again)).await;
    assert_eq!(location(&res), receipt);
    assert_eq!(stored_file::Entity::find().count(&db).await.unwrap(), 1);
}

#[tokio::test]
async fn a_refused_file_brings_the_form_back_with_the_problem_named_and_stores_nothing() {
    let (router, db) = demo_router_and_db().await;
    let author = session_of(&db, "ministry@example.org", Role::Stakeholder).await;
    let before = comment::Entity::find().count(&db).await.unwrap();
    let body = multipart(
        &comment_fields("CCCCCCCCCCCCCCCCCCCCCC"),
        &[("report.pdf", &fixture("program.pdf"))],
    );
    let res = send(&router, comment_post(&author, body)).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let back = location(&res);
    assert!(
        back.starts_with(&format!(
            "/consultations/{CONSULTATION_SLUG}/papers/WP-ROOT/comment?p=2.2&__path="
        )),
        "{back}"
    );
    assert!(back.contains("&__err="), "{back}");
    assert_eq!(comment::Entity::find().count(&db).await.unwrap(), before);
    assert_eq!(stored_file::Entity::find().count(&db).await.unwrap(), 0);

    let page = text_of(send(&router, get(&back, Some(&author))).await).await;
    let html = scraper::Html::parse_document(&page);
    let error = scraper::Selector::parse("#files-error").unwrap();
    let message: String = html
        .select(&error)
        .next()
        .map(|e| e.text().collect())
        .unwrap_or_default();
    assert!(
        message.contains("“report.pdf” is not a PDF, DOCX, ODT, text or Markdown file"),
        "the file's problem is named beside the file input: {message:?}"
    );
    let body = scraper::Selector::parse("textarea#body").unwrap();
    let typed: String = html
        .select(&body)
        .next()
        .map(|e| e.text().collect())
        .unwrap_or_default();
    assert_eq!(typed, BODY, "the text comes back as typed");
}
