//! Router tests: the language switch: the choice kept in a cookie, and the way back only within the site.

use crate::support::{form_post, router, send, set_cookies};
use axum::http::{StatusCode, header};

#[tokio::test]
async fn the_language_switch_keeps_the_choice_and_only_goes_back_within_the_site() {
    let res = send(
        &router().await,
        form_post("/language", "lang=fr&back=%2Fregister%3Fx%3D1"),
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()[header::LOCATION], "/register?x=1");
    let cookies = set_cookies(&res);
    assert!(cookies[0].starts_with("consult_lang=fr;"), "{cookies:?}");
    assert!(
        cookies[0].contains("HttpOnly"),
        "scripts never need it: {cookies:?}"
    );

    for evil in [
        "https%3A%2F%2Fevil.example%2F",
        "%2F%2Fevil.example",
        "%2F%5Cevil.example",
    ] {
        let body = format!("lang=en&back={evil}");
        let res = send(&router().await, form_post("/language", &body)).await;
        assert_eq!(res.headers()[header::LOCATION], "/", "{evil}");
    }
}

#[tokio::test]
async fn the_language_switch_answers_400_to_control_characters_in_the_page_to_go_back_to() {
    for control in ["%0D%0ASet-Cookie:%20x=1", "%0A", "%09", "%7F", "%C2%85"] {
        let body = format!("lang=fr&back=%2Fregister{control}");
        let res = send(&router().await, form_post("/language", &body)).await;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{control}");
        let cookies = set_cookies(&res);
        assert!(
            !cookies.iter().any(|c| c.starts_with("consult_lang=")),
            "{control}: {cookies:?}"
        );
    }
}
