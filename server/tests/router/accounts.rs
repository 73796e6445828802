//! Router tests: accounts over HTTP: the registration's session cookie, sign-in answers and throttling, a person's own data.

use crate::support::{form_post, router, router_and_db, send, session_of, set_cookies};
use axum::body::Body;
use axum::extract::Request;
use axum::http::{StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

#[tokio::test]
async fn registering_sets_an_httponly_lax_session_cookie_that_signs_later_requests_in() {
    let router = router().await;
    let res = send(
        &router,
        form_post(
            "/api/register",
            "email=ana%40example.org&password=a+long+enough+phrase&display_name=Ana\
             &stakeholder_group=government&country=BR&organisation=&capacity=personal",
        ),
    )
    .await;
    assert!(
        res.status().is_success() || res.status().is_redirection(),
        "{}",
        res.status()
    );
    let cookie = set_cookies(&res)
        .into_iter()
        .find(|c| c.starts_with("consult_session="))
        .expect("a session cookie");
    assert!(cookie.contains("HttpOnly"));
    assert!(cookie.contains("SameSite=Lax"));
    assert!(cookie.contains(&format!("Max-Age={}", 14 * 24 * 3600)));
    assert!(!cookie.contains("Secure"), "plain http here");
    let pair = cookie.split(';').next().unwrap().to_owned();

    let me = send(
        &router,
        http::Request::post("/api/my_profile")
            .header(header::COOKIE, &pair)
            .header(header::ACCEPT, "application/json")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(me.status(), StatusCode::OK);
    let body = me.into_body().collect().await.unwrap().to_bytes();
    let text = String::from_utf8_lossy(&body);
    assert!(text.contains("ana@example.org"), "{text}");
    assert!(!text.contains("argon2"), "never a hash");
}

#[tokio::test]
async fn a_wrong_password_answers_422_with_the_same_words_as_an_unknown_email() {
    let wrong = send(
        &router().await,
        form_post(
            "/api/sign_in",
            "email=nobody%40example.org&password=whatever+it+is",
        ),
    )
    .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = wrong.into_body().collect().await.unwrap().to_bytes();
    assert!(String::from_utf8_lossy(&body).contains("BadCredentials"));
}

#[tokio::test]
async fn repeated_wrong_sign_ins_on_one_account_are_slowed_down_with_retry_after() {
    let router = router().await;
    let attempt = || {
        router.clone().oneshot(form_post(
            "/api/sign_in",
            "email=target%40example.org&password=guessing+a+password",
        ))
    };
    for _ in 0..10 {
        assert_eq!(
            attempt().await.unwrap().status(),
            StatusCode::UNPROCESSABLE_ENTITY
        );
    }
    let refused = attempt().await.unwrap();
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = refused.headers()[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=6).contains(&wait), "{wait}");
}

#[tokio::test]
async fn my_data_is_for_the_signed_in_person_only() {
    let (router, db) = router_and_db().await;
    let visitor = send(
        &router,
        Request::get("/my/data.json").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(visitor.status(), StatusCode::UNAUTHORIZED);
    let cookie = session_of(&db, "wanjiru@example.org", app::domain::Role::Stakeholder).await;
    let mine = send(
        &router,
        Request::get("/my/data.json")
            .header(header::COOKIE, cookie)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(mine.status(), StatusCode::OK);
    assert_eq!(mine.headers()[header::CACHE_CONTROL], "private, no-store");
    let body = mine.into_body().collect().await.unwrap().to_bytes();
    let data: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(data["account"]["email"], "wanjiru@example.org");
}

/// A form post as a browser without JavaScript sends it.
fn browser_post(uri: &str, body: &str) -> http::Request<Body> {
    let mut req = form_post(uri, body);
    req.headers_mut()
        .insert(header::ACCEPT, "text/html".parse().unwrap());
    req.headers_mut().insert(
        header::REFERER,
        "http://127.0.0.1:3000/register".parse().unwrap(),
    );
    req
}

#[tokio::test]
async fn registering_goes_back_where_the_person_was_going_and_only_within_the_site() {
    let router = router().await;
    let registration = |email: &str, next: &str| {
        format!(
            "email={email}&password=a+long+enough+phrase&display_name=Ana\
             &stakeholder_group=government&country=BR&organisation=&capacity=personal&next={next}"
        )
    };
    let back = send(
        &router,
        browser_post(
            "/api/register",
            &registration(
                "ana%40example.org",
                "%2Fconsultations%2Fwgig%2Fpapers%2FWP-ROOT%2Fcomment%3Fp%3D2.1",
            ),
        ),
    )
    .await;
    assert!(back.status().is_redirection(), "{}", back.status());
    assert_eq!(
        back.headers()[header::LOCATION],
        "/consultations/wgig/papers/WP-ROOT/comment?p=2.1&welcome"
    );
    for elsewhere in [
        "%2F%2Fevil.example%2F",
        "https%3A%2F%2Fevil.example%2F",
        "%2F%5Cevil",
    ] {
        let res = send(
            &router,
            browser_post(
                "/api/register",
                &registration(&format!("b{}%40example.org", elsewhere.len()), elsewhere),
            ),
        )
        .await;
        assert_eq!(res.headers()[header::LOCATION], "/?welcome", "{elsewhere}");
    }
}

#[tokio::test]
async fn a_notice_link_turns_notices_off_only_when_posted() {
    use app::backend::account_tokens::{self, Purpose};
    use app::backend::entities::user;
    use sea_orm::EntityTrait;
    let (router, db) = router_and_db().await;
    session_of(&db, "reader@example.org", app::domain::Role::Stakeholder).await;
    let reader = app::backend::accounts::find_by_email(&db, "reader@example.org")
        .await
        .unwrap()
        .unwrap();
    let token = account_tokens::issue(&db, reader.id, Purpose::NoticesOff, None)
        .await
        .unwrap();
    let uri = format!("/notices/off?token={token}");
    let notified = || async {
        let u = user::Entity::find_by_id(reader.id)
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        (u.notify_outcomes, u.notify_versions)
    };
    // A mail scanner following the link changes nothing: a GET shows the button.
    let shown = send(
        &router,
        http::Request::get(&uri)
            .header(header::HOST, "127.0.0.1:3000")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(shown.status(), StatusCode::OK);
    let page = String::from_utf8(
        shown
            .into_body()
            .collect()
            .await
            .unwrap()
            .to_bytes()
            .to_vec(),
    )
    .unwrap();
    assert!(page.contains(&format!("action=\"/notices/off?token={token}\"")));
    assert_eq!(notified().await, (true, true));
    // The one-click POST of a mail program (no Origin of this site) turns them off.
    let off = send(
        &router,
        http::Request::post(&uri)
            .header(header::HOST, "127.0.0.1:3000")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from("List-Unsubscribe=One-Click"))
            .unwrap(),
    )
    .await;
    assert_eq!(off.status(), StatusCode::OK);
    assert_eq!(notified().await, (false, false));
    let unknown = send(
        &router,
        http::Request::post("/notices/off?token=0000")
            .header(header::HOST, "127.0.0.1:3000")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
}
