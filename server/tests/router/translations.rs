//! Router tests: a paper read in a translation, over HTTP: the reader's language by
//! default, another at a click that keeps their place, the comments of every language on
//! the same paragraph; and the secretariat's translation form.

use crate::support::{demo_router_and_db, published_comment, send, session_of};
use app::backend::{consultations, translations};
use app::domain::Role;
use app::domain::translations::TranslationForm;
use axum::http::{StatusCode, header};
use http_body_util::BodyExt;
use scraper::{Html, Selector};

const SLUG: &str = app::backend::demo::CONSULTATION_SLUG;

async fn page(router: &axum::Router, path: &str, cookie: &str) -> Html {
    let req = axum::http::Request::get(path)
        .header(header::COOKIE, cookie)
        .body(axum::body::Body::empty())
        .unwrap();
    let res = send(router, req).await;
    assert_eq!(res.status(), StatusCode::OK, "{path}");
    let body = res.into_body().collect().await.unwrap().to_bytes();
    Html::parse_document(&String::from_utf8_lossy(&body))
}

fn select<'a>(html: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    html.select(&Selector::parse(css).unwrap()).collect()
}

fn text(e: &scraper::ElementRef<'_>) -> String {
    e.text().collect::<String>().trim().to_owned()
}

#[tokio::test]
async fn a_paper_is_read_in_its_translation_at_the_same_place_with_every_comment() {
    let (router, db) = demo_router_and_db().await;
    let english = consultations::paper(&db, SLUG, "WP-ROOT", "en")
        .await
        .unwrap();
    // A French text of the same structure: every "the " made "le ".
    // The form starts from the paper's own text.
    let start = translations::start(&db, SLUG, "WP-ROOT", "fr", None)
        .await
        .unwrap();
    let markdown = start.form.markdown;
    let form = TranslationForm {
        title: "Supervision du système des serveurs racine".to_owned(),
        abstract_text: "Résumé en français.".to_owned(),
        markdown: markdown.replace("the ", "le ").replace("The ", "Le "),
        version: 0,
    };
    let by = 1;
    translations::save(&db, SLUG, "WP-ROOT", "fr", &form, by)
        .await
        .unwrap();
    let at = english
        .paragraphs
        .iter()
        .find(|p| p.number.contains('.') && p.text.contains("the "))
        .unwrap();
    let number = at.number.clone();
    let french_text = at.text.replace("the ", "le ").replace("The ", "Le ");

    // Asked for French, with paragraph `number` open: its French text, marked French.
    let path = format!("/consultations/{SLUG}/papers/WP-ROOT?p={number}&text=fr");
    let html = page(&router, &path, "consult_lang=en").await;
    let article = select(&html, "article.paper[lang=fr]");
    assert_eq!(article.len(), 1, "the text is marked as French");
    let block = select(
        &html,
        &format!("[id='p-{number}'] .block-body > p[dir=auto]"),
    );
    assert_eq!(text(&block[0]), french_text);
    assert_eq!(text(&select(&html, "h1 bdi[lang=fr]")[0]), form.title);
    assert_eq!(select(&html, ".translation-note").len(), 1);
    // Each language links to the same place: the opened paragraph stays open.
    let links = select(&html, "nav.paper-languages a");
    let codes: Vec<&str> = links.iter().filter_map(|a| a.attr("hreflang")).collect();
    assert_eq!(codes, ["en", "fr"]);
    let back = links[0].attr("href").unwrap();
    assert!(
        back.contains(&format!("p={number}"))
            && back.contains("text=en")
            && back.ends_with(&format!("#p-{number}")),
        "{back}"
    );
    assert_eq!(links[1].attr("aria-current"), Some("true"));
    // Opening another paragraph keeps the language.
    let open = select(&html, ".block-comments a[aria-expanded=false]");
    assert!(open[0].attr("href").unwrap().contains("text=fr"));

    // Comments in English and in French on the paragraph: both under it in every language
    // of the text, each marked with its own; the reader narrows them to one language.
    let author = session_of(&db, "both@languages.example", Role::Stakeholder).await;
    let desk = session_of(&db, "desk@languages.example", Role::Secretariat).await;
    let english_body = "The oversight of this function should be shared by every stakeholder group, openly and with published reasons.";
    let french_body = "La supervision de cette fonction devrait être partagée par tous les groupes de parties prenantes, ouvertement et avec des raisons publiées.";
    for body in [english_body, french_body] {
        published_comment(&router, &db, (&author, &desk), "WP-ROOT", &number, body).await;
    }
    for shown in ["fr", "en"] {
        let at = format!("/consultations/{SLUG}/papers/WP-ROOT?p={number}&text={shown}");
        let html = page(&router, &at, "consult_lang=en").await;
        let opened = format!("[id='p-{number}'] .opened");
        let in_language = |html: &Html, lang: &str| -> Vec<String> {
            select(html, &format!("{opened} .comment-body[lang={lang}]"))
                .iter()
                .map(text)
                .collect()
        };
        assert!(
            in_language(&html, "fr").contains(&french_body.to_owned()),
            "{at}"
        );
        assert!(
            in_language(&html, "en").contains(&english_body.to_owned()),
            "{at}"
        );
        let only = page(&router, &format!("{at}&language=fr"), "consult_lang=en").await;
        let all = select(&only, &format!("{opened} .comment-body"));
        assert_eq!(in_language(&only, "fr"), [french_body], "{at}");
        assert_eq!(all.len(), 1, "{at}: French only");
    }

    // Readers whose language is French read it in French without asking; Arabic readers
    // (no Arabic translation) read the original, and are offered the French.
    let path = format!("/consultations/{SLUG}/papers/WP-ROOT?p={number}");
    let html = page(&router, &path, "consult_lang=fr").await;
    assert_eq!(select(&html, "article.paper[lang=fr]").len(), 1);
    let html = page(&router, &path, "consult_lang=ar").await;
    assert_eq!(select(&html, "article.paper[lang=en]").len(), 1);
    assert!(select(&html, ".translation-note").is_empty());
    assert_eq!(select(&html, "nav.paper-languages a").len(), 2);
    let block = select(
        &html,
        &format!("[id='p-{number}'] .block-body > p[dir=auto]"),
    );
    assert_eq!(text(&block[0]), at.text);
}

#[tokio::test]
async fn the_secretariat_translates_a_paper_beside_its_numbered_blocks() {
    let (router, db) = demo_router_and_db().await;
    let desk = session_of(&db, "translator@desk.example", Role::Secretariat).await;
    let html = page(
        &router,
        &format!("/desk/consultations/{SLUG}/papers/WP-ROOT"),
        &desk,
    )
    .await;
    let links: Vec<String> = select(&html, "section.translations a")
        .iter()
        .filter_map(|a| a.attr("href").map(str::to_owned))
        .collect();
    assert_eq!(
        links.len(),
        5,
        "every language but the paper's own: {links:?}"
    );
    assert!(links.contains(&format!(
        "/desk/consultations/{SLUG}/papers/WP-ROOT/translations/ar"
    )));

    let html = page(&router, &links[0], &desk).await;
    let area = select(&html, "textarea#markdown");
    assert_eq!(area.len(), 1);
    assert!(area[0].attr("lang").is_some());
    assert!(
        !select(&html, "section.preview .num").is_empty(),
        "the paper's numbered blocks"
    );
    // A stakeholder is not let in.
    let stakeholder = session_of(&db, "reader@desk.example", Role::Stakeholder).await;
    let req = axum::http::Request::get(&links[0])
        .header(header::COOKIE, stakeholder)
        .body(axum::body::Body::empty())
        .unwrap();
    let res = send(&router, req).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let body = res.into_body().collect().await.unwrap().to_bytes();
    assert!(!String::from_utf8_lossy(&body).contains("textarea"));
}
