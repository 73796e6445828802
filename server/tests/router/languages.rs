//! Router tests: every page in each of the six languages says everything in that language.
//!
//! Each page is read as a visitor, a stakeholder, the secretariat and an administrator with
//! the language cookie of Arabic, Chinese and Russian. The page must carry its `lang` and
//! `dir`, and none of the interface's English sentences (the English catalogue's messages of
//! two words or more that the language translates differently) may appear in its text or in
//! the attributes read aloud. What people wrote (the demo's papers and comments, in English)
//! is left out: it sits in elements marked with a `lang` of their own.

use crate::support::{demo_router_and_db, published_comment, send, session_of};
use app::domain::Role;
use app::i18n::{Locale, catalogue};
use axum::http::{StatusCode, header};
use http_body_util::BodyExt;
use scraper::{ElementRef, Html, Node};

/// The text a person meets on the page: text outside scripts and outside content marked as
/// written in another language, and the labels read aloud.
fn interface_text(html: &str, page_lang: &str) -> Vec<String> {
    let doc = Html::parse_document(html);
    let mut out = Vec::new();
    for node in doc.tree.nodes() {
        let Some(element) = ElementRef::wrap(node) else {
            if let Node::Text(text) = node.value() {
                let inside = node.ancestors().filter_map(ElementRef::wrap).find(|e| {
                    matches!(e.value().name(), "script" | "style" | "template")
                        || e.value().attr("lang").is_some_and(|l| l != page_lang)
                });
                if inside.is_none() && !text.trim().is_empty() {
                    out.push(text.trim().to_owned());
                }
            }
            continue;
        };
        let foreign = element
            .ancestors()
            .filter_map(ElementRef::wrap)
            .chain([element])
            .any(|e| e.value().attr("lang").is_some_and(|l| l != page_lang));
        if foreign {
            continue;
        }
        for attr in ["aria-label", "placeholder", "title", "alt"] {
            if let Some(v) = element.value().attr(attr) {
                out.push(v.to_owned());
            }
        }
    }
    out
}

#[tokio::test]
async fn every_page_in_arabic_chinese_and_russian_has_no_english_sentence_of_the_interface() {
    let (router, db) = demo_router_and_db().await;
    let slug = app::backend::demo::CONSULTATION_SLUG;
    let stakeholder = session_of(&db, "reader@languages.example", Role::Stakeholder).await;
    let secretariat = session_of(&db, "desk@languages.example", Role::Secretariat).await;
    let admin = session_of(&db, "admin@languages.example", Role::Admin).await;
    let paper = format!("/consultations/{slug}/papers/WP-ROOT");
    let pages: Vec<(String, Option<&str>)> = vec![
        ("/".into(), None),
        ("/register".into(), None),
        ("/sign-in".into(), None),
        ("/forgot-password".into(), None),
        (format!("/consultations/{slug}"), None),
        (format!("{paper}?p=2.1"), None),
        (format!("/consultations/{slug}/contributions"), None),
        ("/search?q=governance".into(), None),
        ("/no-such-page".into(), None),
        ("/profile".into(), Some(&stakeholder)),
        ("/my/comments".into(), Some(&stakeholder)),
        (format!("{paper}/comment?p=2.1"), Some(&stakeholder)),
        (
            format!("/consultations/{slug}/contribute"),
            Some(&stakeholder),
        ),
        ("/desk".into(), Some(&secretariat)),
        ("/desk/log".into(), Some(&secretariat)),
        ("/desk/contributions".into(), Some(&secretariat)),
        ("/desk/consultations".into(), Some(&secretariat)),
        (format!("/desk/consultations/{slug}"), Some(&secretariat)),
        (
            format!("/desk/consultations/{slug}/papers/WP-ROOT"),
            Some(&secretariat),
        ),
        (format!("/digests/{slug}"), Some(&secretariat)),
        ("/admin/accounts".into(), Some(&admin)),
    ];
    let english = catalogue::catalogue(Locale::En.index());
    let mut problems = Vec::new();
    for locale in [Locale::Ar, Locale::Zh, Locale::Ru] {
        let own = catalogue::catalogue(locale.index());
        // The interface's English sentences this language words otherwise.
        let mut sentences: Vec<&str> = english
            .plain()
            .filter(|(key, text)| {
                text.split_whitespace().count() >= 2
                    && !(key.starts_with("country-") || key.starts_with("language-"))
                    && own.plain().find(|(k, _)| k == key).map(|(_, t)| t) != Some(*text)
            })
            .map(|(_, text)| text)
            .collect();
        // The tags' English names (of two words or more, as for the sentences: "Spam" is
        // also in a paper's title): the taxonomy is named in every language too.
        sentences.extend(
            app::backend::demo::TAGS
                .iter()
                .map(|(_, _, names)| names[0])
                .filter(|name| name.split_whitespace().count() >= 2),
        );
        for (path, session) in &pages {
            let cookie = match session {
                Some(s) => format!("{s}; consult_lang={}", locale.code()),
                None => format!("consult_lang={}", locale.code()),
            };
            let req = http::Request::get(path.as_str())
                .header(header::COOKIE, cookie)
                .body(axum::body::Body::empty())
                .unwrap();
            let res = send(&router, req).await;
            let status = res.status();
            let html =
                String::from_utf8_lossy(&res.into_body().collect().await.unwrap().to_bytes())
                    .into_owned();
            assert!(
                status == StatusCode::OK
                    || (path == "/no-such-page" && status == StatusCode::NOT_FOUND),
                "{path}: {status}"
            );
            let opening = format!("<html lang=\"{}\" dir=\"{}\"", locale.code(), locale.dir());
            assert!(
                html.contains(&opening),
                "{path} in {}: no {opening}",
                locale.code()
            );
            let text = interface_text(&html, locale.code()).join("\n");
            for sentence in &sentences {
                if text.contains(sentence) {
                    problems.push(format!("{} {path}: {sentence:?}", locale.code()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// What the router answers a GET of `path` with these cookies, as text.
async fn page(router: &axum::Router, path: &str, cookie: &str) -> String {
    let req = http::Request::get(path)
        .header(header::COOKIE, cookie)
        .body(axum::body::Body::empty())
        .unwrap();
    let res = send(router, req).await;
    assert_eq!(res.status(), StatusCode::OK, "{path}");
    String::from_utf8_lossy(&res.into_body().collect().await.unwrap().to_bytes()).into_owned()
}

#[tokio::test]
async fn a_comment_in_french_is_marked_as_french_on_every_page_but_a_french_one() {
    use app::backend::entities::comment;
    use sea_orm::EntityTrait;
    let (router, db) = demo_router_and_db().await;
    let slug = app::backend::demo::CONSULTATION_SLUG;
    let author = session_of(&db, "auteur@languages.example", Role::Stakeholder).await;
    let secretariat = session_of(&db, "desk@languages.example", Role::Secretariat).await;
    let body = "Le système des serveurs racine devrait être supervisé par un organe international où chaque partie prenante a sa place.";
    let id = published_comment(
        &router,
        &db,
        (&author, &secretariat),
        "WP-ROOT",
        "3.3",
        body,
    )
    .await;
    let stored = comment::Entity::find_by_id(id)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.language.as_deref(), Some("fr"));

    let path = format!("/consultations/{slug}/papers/WP-ROOT?p=3.3");
    for (lang, mark) in [
        ("en", Some("French")),
        ("ar", Some("الفرنسية")),
        ("fr", None),
    ] {
        let html = page(&router, &path, &format!("consult_lang={lang}")).await;
        let doc = Html::parse_document(&html);
        let bodies = scraper::Selector::parse(".comment-body[lang=fr]").unwrap();
        let texts: Vec<String> = doc.select(&bodies).map(|e| e.text().collect()).collect();
        assert_eq!(texts, [body], "{lang}");
        let marks = scraper::Selector::parse(".language-mark").unwrap();
        let marks: Vec<String> = doc.select(&marks).map(|e| e.text().collect()).collect();
        assert_eq!(marks, mark.into_iter().collect::<Vec<_>>(), "{lang}");
    }

    // Readers filter by language, on the paper page and in search.
    let french = scraper::Selector::parse(".comment-body[lang=fr]").unwrap();
    for (filter, shown) in [("fr", 1), ("en", 0), ("", 1)] {
        let at = format!("{path}&language={filter}");
        let html = page(&router, &at, "consult_lang=en").await;
        assert_eq!(
            Html::parse_document(&html).select(&french).count(),
            shown,
            "{at}"
        );
        let at = format!("/search?q=racine&language={filter}");
        let html = page(&router, &at, "consult_lang=en").await;
        assert_eq!(
            Html::parse_document(&html).select(&french).count(),
            shown,
            "{at}"
        );
    }
}
