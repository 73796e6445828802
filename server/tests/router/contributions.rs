//! Router tests: contributions as a browser sends them, a plain multipart form with no
//! JavaScript: sent, refused with nothing stored, sent twice, published and read, and
//! their files served so that nothing in them can run.

use crate::support::{demo_router_and_db, form_post, send, session_of};
use app::backend::demo::CONSULTATION_SLUG;
use app::backend::entities::{contribution, stored_file};
use app::domain::Role;
use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use http_body_util::BodyExt;
use sea_orm::{EntityTrait, PaginatorTrait};

pub(crate) const BOUNDARY: &str = "----consult-test-boundary-7MA4YWxkTrZu0gW";

pub(crate) fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../app/tests/fixtures/documents")
        .join(name);
    std::fs::read(path).unwrap()
}

/// A multipart body of text fields and files, as a browser builds it.
pub(crate) fn multipart(fields: &[(&str, &str)], files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    for (file_name, bytes) in files {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

fn upload(cookie: &str, body: Vec<u8>) -> http::Request<Body> {
    http::Request::post(format!("/consultations/{CONSULTATION_SLUG}/contributions"))
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

pub(crate) fn get(uri: &str, cookie: Option<&str>) -> http::Request<Body> {
    let mut req = http::Request::get(uri)
        .header(header::HOST, "127.0.0.1:3000")
        .body(Body::empty())
        .unwrap();
    if let Some(cookie) = cookie {
        req.headers_mut()
            .insert(header::COOKIE, HeaderValue::from_str(cookie).unwrap());
    }
    req
}

pub(crate) async fn body_of(res: Response) -> Vec<u8> {
    res.into_body().collect().await.unwrap().to_bytes().to_vec()
}

pub(crate) async fn text_of(res: Response) -> String {
    String::from_utf8(body_of(res).await).unwrap()
}

pub(crate) fn location(res: &Response) -> String {
    res.headers()[header::LOCATION].to_str().unwrap().to_owned()
}

const TOKEN: &str = "AAAAAAAAAAAAAAAAAAAAAA";

fn position_form(title: &str, token: &str) -> Vec<(&'static str, String)> {
    vec![
        ("title", title.to_owned()),
        (
            "summary",
            "The ministry supports the multistakeholder model.".to_owned(),
        ),
        ("consent", "name_and_organisation".to_owned()),
        ("paper", String::new()),
        ("token", token.to_owned()),
    ]
}

fn fields<'a>(form: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    form.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

async fn counts(db: &sea_orm::DatabaseConnection) -> (u64, u64) {
    (
        contribution::Entity::find().count(db).await.unwrap(),
        stored_file::Entity::find().count(db).await.unwrap(),
    )
}

#[tokio::test]
async fn a_stakeholder_sends_a_pdf_the_secretariat_publishes_it_and_a_visitor_reads_it() {
    let (router, db) = demo_router_and_db().await;
    let author = session_of(&db, "ministry@example.org", Role::Stakeholder).await;
    let secretariat = session_of(&db, "desk@example.org", Role::Secretariat).await;
    let pdf = fixture("position.pdf");
    let form = position_form("Position of the Ministry", TOKEN);
    let res = send(
        &router,
        upload(
            &author,
            multipart(&fields(&form), &[("position.pdf", &pdf)]),
        ),
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let receipt = location(&res);
    assert!(receipt.starts_with("/contributions/"), "{receipt}");
    assert!(receipt.ends_with("?sent=1"), "{receipt}");
    let page_href = receipt.trim_end_matches("?sent=1").to_owned();

    // The author sees the reference and where it stands; a visitor sees nothing yet.
    let page = text_of(send(&router, get(&receipt, Some(&author))).await).await;
    assert!(page.contains("C-0000"), "the reference is on the receipt");
    assert!(page.contains("Waiting for the secretariat"));
    assert!(page.contains("Position of the Ministry"));
    assert!(page.contains("position.pdf"));
    let hidden = send(&router, get(&page_href, None)).await;
    assert_eq!(hidden.status(), StatusCode::NOT_FOUND);
    let file_href = {
        let html = scraper::Html::parse_document(&page);
        let link = scraper::Selector::parse("ul.files a").unwrap();
        let href = html.select(&link).next().unwrap().value().attr("href");
        href.unwrap().to_owned()
    };
    assert!(file_href.ends_with("/files/1/position.pdf"), "{file_href}");
    assert_eq!(
        send(&router, get(&file_href, None)).await.status(),
        StatusCode::NOT_FOUND,
        "a pending file is not served to a visitor"
    );

    // The secretariat reads the text taken from the PDF on the desk, and publishes.
    let desk = text_of(send(&router, get("/desk/contributions", Some(&secretariat))).await).await;
    assert!(desk.contains("Position of the Ministry"));
    assert!(
        desk.contains("Multistakeholder governance of the Internet"),
        "the desk shows the text read from the file"
    );
    let id = page_href.trim_start_matches("/contributions/");
    let mut decide = form_post(
        "/api/decide_contribution",
        &format!("id={id}&decision_code=publish&back=/desk/contributions"),
    );
    decide
        .headers_mut()
        .insert(header::COOKIE, HeaderValue::from_str(&secretariat).unwrap());
    let decided = send(&router, decide).await;
    assert!(decided.status().is_success(), "{}", decided.status());

    // A visitor finds it on the consultation's list, opens it and downloads the PDF.
    let list = text_of(
        send(
            &router,
            get(
                &format!("/consultations/{CONSULTATION_SLUG}/contributions"),
                None,
            ),
        )
        .await,
    )
    .await;
    assert!(list.contains("Position of the Ministry"));
    assert!(list.contains(&page_href));
    let filtered = text_of(
        send(
            &router,
            get(
                &format!("/consultations/{CONSULTATION_SLUG}/contributions?group=private_sector"),
                None,
            ),
        )
        .await,
    )
    .await;
    assert!(
        !filtered.contains("Position of the Ministry"),
        "the author is civil society: another group's filter leaves it out"
    );
    let file = send(&router, get(&file_href, None)).await;
    assert_eq!(file.status(), StatusCode::OK);
    let headers = file.headers().clone();
    assert_eq!(headers[header::CONTENT_TYPE], "application/pdf");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert!(
        headers[header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap()
            .starts_with("inline; filename=\"position.pdf\"")
    );
    let policy = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    assert!(policy.contains("default-src 'none'"), "{policy}");
    assert_eq!(
        body_of(file).await,
        pdf,
        "the file comes back byte for byte"
    );
}

#[tokio::test]
async fn a_refused_upload_stores_nothing_and_the_form_comes_back_as_sent() {
    let (router, db) = demo_router_and_db().await;
    let author = session_of(&db, "someone@example.org", Role::Stakeholder).await;
    let hostile_title = "</textarea><script>alert(1)</script> Position";
    let form = position_form(hostile_title, "BBBBBBBBBBBBBBBBBBBBBB");
    let js = fixture("javascript.pdf");
    let res = send(
        &router,
        upload(
            &author,
            multipart(&fields(&form), &[("../../etc/\tevil.pdf", &js)]),
        ),
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&res),
        format!("/consultations/{CONSULTATION_SLUG}/contribute?refused=1")
    );
    assert_eq!(counts(&db).await, (0, 0), "nothing is stored");
    let page = text_of(send(&router, get(&location(&res), Some(&author))).await).await;
    assert!(page.contains("There is a problem"));
    assert!(
        page.contains("evil.pdf") && page.contains("contains scripts"),
        "the file and its problem are named"
    );
    assert!(
        !page.contains("<script>alert(1)"),
        "the hostile title comes back as text"
    );
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; Position"));
    assert!(
        page.contains("multistakeholder model"),
        "the summary comes back"
    );
}

#[tokio::test]
async fn the_same_form_sent_twice_is_one_contribution_and_the_same_file_is_stored_once() {
    let (router, db) = demo_router_and_db().await;
    let author = session_of(&db, "twice@example.org", Role::Stakeholder).await;
    let docx = fixture("position.docx");
    let form = position_form("Sent on a slow line", TOKEN);
    let body = multipart(&fields(&form), &[("position.docx", &docx)]);
    let first = location(&send(&router, upload(&author, body.clone())).await);
    let second = location(&send(&router, upload(&author, body)).await);
    assert_eq!(first, second, "the second post finds the first");
    let other = position_form(
        "The same file in another contribution",
        "CCCCCCCCCCCCCCCCCCCCCC",
    );
    let third = send(
        &router,
        upload(&author, multipart(&fields(&other), &[("copy.docx", &docx)])),
    )
    .await;
    assert_ne!(location(&third), first);
    assert_eq!(
        counts(&db).await,
        (2, 1),
        "two contributions, one stored file"
    );
}

#[tokio::test]
async fn a_document_larger_than_any_other_request_is_taken_whole() {
    let (router, db) = demo_router_and_db().await;
    let author = session_of(&db, "large@example.org", Role::Stakeholder).await;
    // Three megabytes: more than any other request may carry (2 MB), less than a file may.
    let text = "Multistakeholder governance of the Internet. ".repeat(70_000);
    assert!(text.len() > 3_000_000);
    let form = position_form("A long study", TOKEN);
    let res = send(
        &router,
        upload(
            &author,
            multipart(&fields(&form), &[("study.txt", text.as_bytes())]),
        ),
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(location(&res).ends_with("?sent=1"), "{}", location(&res));
    let stored = stored_file::Entity::find().one(&db).await.unwrap().unwrap();
    assert_eq!(stored.size as usize, text.len());
}

#[tokio::test]
async fn uploads_need_an_account_and_this_site() {
    let (router, db) = demo_router_and_db().await;
    let author = session_of(&db, "site@example.org", Role::Stakeholder).await;
    let form = position_form("From elsewhere", TOKEN);
    let body = multipart(&fields(&form), &[("notes.txt", b"Some notes.")]);
    let mut signed_out = upload(&author, body.clone());
    signed_out.headers_mut().remove(header::COOKIE);
    let res = send(&router, signed_out).await;
    assert!(res.status().is_redirection());
    assert_eq!(location(&res), "/sign-in");
    let mut cross_site = upload(&author, body);
    cross_site.headers_mut().insert(
        header::ORIGIN,
        HeaderValue::from_static("https://attacker.example"),
    );
    assert_eq!(
        send(&router, cross_site).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(counts(&db).await, (0, 0));
}
