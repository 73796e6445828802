//! Router tests: access control: every server function and route, answered to each kind of caller as the rules say.

use crate::support::{demo_router_and_db, form_post, router, router_and_db, send, session_of};
use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use tower::ServiceExt;

#[tokio::test]
async fn every_desk_function_refuses_stakeholders_and_the_accounts_ones_refuse_the_secretariat() {
    use app::domain::Role;
    let (router, db) = router_and_db().await;
    let stakeholder = session_of(&db, "s@example.org", Role::Stakeholder).await;
    let secretariat = session_of(&db, "sec@example.org", Role::Secretariat).await;
    let desk = [
        (
            "/api/desk_queue",
            "consultation=&paper=&group=&tag=&flagged=&q=",
        ),
        ("/api/desk_item", "id=1"),
        ("/api/decide_comments", "ids[]=1&decision_code=publish"),
        ("/api/decide_campaign", "campaign=1&decision_code=publish"),
        ("/api/resolve_comment", "id=1&action=keep"),
        ("/api/retag_comment", "id=1&tags[]=privacy"),
        ("/api/set_disposition", "id=1&kind=noted"),
        ("/api/add_rejection_reason", "text=Spam"),
        ("/api/audit_log", "reference="),
        ("/api/pending_contributions", ""),
        ("/api/decide_contribution", "id=1&decision_code=publish"),
        ("/api/editor_list", ""),
        ("/api/editor_consultation", "slug=x"),
        (
            "/api/save_consultation",
            "slug=x&title=X&status=open&opens_at=2005-01-01T00:00&closes_at=2099-01-01T00:00",
        ),
        ("/api/preview_paper", "slug=x&code=WP-X&markdown=%23%23+A"),
        (
            "/api/save_paper",
            "slug=x&code=WP-X&title=X&cluster=development&markdown=Text",
        ),
        ("/api/start_translation", "slug=x&code=WP-X&language=fr"),
        (
            "/api/save_translation",
            "slug=x&code=WP-X&language=fr&title=X&markdown=Text",
        ),
        ("/api/load_themes", "slug=x&code=WP-X&paragraph="),
        ("/api/run_themes", "slug=x&code=WP-X&paragraph="),
        (
            "/api/edit_themes",
            "slug=x&code=WP-X&action=confirm&theme=1",
        ),
    ];
    let admin = [
        ("/api/list_accounts", "q="),
        ("/api/change_account", "id=1&action=suspend"),
    ];
    let call = |path: &'static str, body: &'static str, cookie: Option<String>| {
        let router = router.clone();
        async move {
            let mut req = form_post(path, body);
            if let Some(cookie) = cookie {
                req.headers_mut()
                    .insert(header::COOKIE, HeaderValue::from_str(&cookie).unwrap());
            }
            router.oneshot(req).await.unwrap().status()
        }
    };
    for (path, body) in desk.iter().chain(&admin) {
        assert_eq!(
            call(path, body, None).await,
            StatusCode::UNAUTHORIZED,
            "{path} as a visitor"
        );
        assert_eq!(
            call(path, body, Some(stakeholder.clone())).await,
            StatusCode::FORBIDDEN,
            "{path} as a stakeholder"
        );
    }
    for (path, body) in admin {
        assert_eq!(
            call(path, body, Some(secretariat.clone())).await,
            StatusCode::FORBIDDEN,
            "{path} as the secretariat"
        );
    }
    // The secretariat does reach its desk.
    assert_eq!(
        call(
            "/api/desk_queue",
            "consultation=&paper=&group=&tag=&flagged=&q=",
            Some(secretariat)
        )
        .await,
        StatusCode::OK
    );
}

#[tokio::test]
async fn server_functions_that_need_an_account_answer_401_to_visitors() {
    let res = send(&router().await, form_post("/api/my_profile", "")).await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
}

/// Who calls, in the access-control table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Who {
    Visitor,
    /// The stakeholder who wrote the comment the call is about.
    Owner,
    /// Another stakeholder.
    Other,
    Secretariat,
    Admin,
}

/// Who may do a thing.
#[derive(Clone, Copy, Debug)]
enum Rule {
    Anyone,
    SignedIn,
    /// The author of the comment only; everyone else is told it does not exist.
    Author,
    Secretariat,
    Admin,
}

impl Rule {
    /// Whether `who` is let through; when not, the answer it must get.
    fn answer(self, who: Who) -> Result<(), StatusCode> {
        use Who::*;
        match (self, who) {
            (Rule::Anyone, _) => Ok(()),
            (_, Visitor) => Err(StatusCode::UNAUTHORIZED),
            (Rule::SignedIn, _) => Ok(()),
            (Rule::Author, Owner) => Ok(()),
            (Rule::Author, _) => Err(StatusCode::NOT_FOUND),
            (Rule::Secretariat, Secretariat | Admin) => Ok(()),
            (Rule::Admin, Admin) => Ok(()),
            (Rule::Secretariat | Rule::Admin, _) => Err(StatusCode::FORBIDDEN),
        }
    }
}

#[tokio::test]
async fn every_function_and_route_answers_each_kind_of_caller_as_the_rules_say() {
    use Rule::*;
    use app::domain::Role;
    let (router, db) = demo_router_and_db().await;
    let owner = session_of(&db, "owner@example.org", Role::Stakeholder).await;
    let other = session_of(&db, "other@example.org", Role::Stakeholder).await;
    let secretariat = session_of(&db, "sec@example.org", Role::Secretariat).await;
    let admin = session_of(&db, "admin@example.org", Role::Admin).await;
    let owner_id = app::backend::accounts::find_by_email(&db, "owner@example.org")
        .await
        .unwrap()
        .unwrap()
        .id;
    let writer = app::backend::submission::writer::Writer::start(db.clone());
    let target = app::backend::submission::prepare::Target {
        slug: "wgig-2005-february",
        code: "WP-ROOT",
        reply_to: None,
    };
    let form = app::domain::comment::CommentForm {
        paragraph: "1.1".into(),
        quote: String::new(),
        body: "The owner's own comment on the oversight of the root zone.".into(),
        tags: vec![],
        consent: "anonymous".into(),
        language: String::new(),
    };
    let author = app::backend::accounts::author::Author::of(&db, owner_id)
        .await
        .unwrap();
    let mine = app::backend::submission::submit(&db, &writer, &author, target, &form, None, &[])
        .await
        .unwrap()
        .id;
    // Someone to suspend, so that nobody in the table loses their session.
    session_of(&db, "bystander@example.org", Role::Stakeholder).await;
    let bystander = app::backend::accounts::find_by_email(&db, "bystander@example.org")
        .await
        .unwrap()
        .unwrap()
        .id;
    let published = 1; // The demo's first comment is published.
    let slug = "wgig-2005-february";

    // Server functions, in an order where no call undoes a later one.
    let functions: Vec<(&str, String, Rule)> = vec![
        ("who_am_i", String::new(), Anyone),
        ("list_consultations", String::new(), Anyone),
        ("consultation", format!("slug={slug}"), Anyone),
        ("paper", format!("slug={slug}&code=WP-ROOT"), Anyone),
        ("paper_comments", format!("slug={slug}&code=WP-ROOT&p=1.1"), Anyone),
        ("published_comment", format!("id={published}"), Anyone),
        ("comment_tags", String::new(), Anyone),
        ("search_comments", "q=root".into(), Anyone),
        ("digest_is_public", format!("slug={slug}"), Anyone),
        ("contributions", format!("slug={slug}"), Anyone),
        ("start_contribution", format!("slug={slug}"), SignedIn),
        ("my_profile", String::new(), SignedIn),
        ("update_profile", "display_name=Someone&stakeholder_group=civil_society&country=KE&organisation=&capacity=personal".into(), SignedIn),
        ("my_comments", String::new(), SignedIn),
        ("flag_comment", format!("id={published}&reason=spam&note=&back=%2F"), SignedIn),
        ("submit_comment", format!("slug={slug}&code=WP-ROOT&paragraph=1.2&body=Another+comment+on+the+root+zone+by+whoever+calls.&consent=anonymous"), SignedIn),
        ("my_comment", format!("id={mine}"), Author),
        ("edit_comment", format!("id={mine}&paragraph=1.1&body=The+owner%27s+comment%2C+changed+by+its+author.&consent=anonymous"), Author),
        ("load_digest", format!("slug={slug}"), Secretariat),
        (
            "desk_queue",
            "consultation=&paper=&group=&tag=&flagged=&q=".into(),
            Secretariat,
        ),
        ("desk_item", format!("id={mine}"), Secretariat),
        ("audit_log", "reference=".into(), Secretariat),
        ("pending_contributions", String::new(), Secretariat),
        ("decide_contribution", "id=1&decision_code=reject&back=%2Fdesk".into(), Secretariat),
        ("retag_comment", format!("id={mine}&tags[]=privacy&back=%2Fdesk"), Secretariat),
        ("set_disposition", format!("id={published}&kind=noted&response=Noted.&back=%2Fdesk"), Secretariat),
        ("resolve_comment", format!("id={published}&action=keep&back=%2Fdesk"), Secretariat),
        ("add_rejection_reason", "text=Advertising".into(), Secretariat),
        ("editor_list", String::new(), Secretariat),
        ("editor_consultation", format!("slug={slug}"), Secretariat),
        ("preview_paper", format!("slug={slug}&code=WP-D&markdown=%23%23+A%0A%0AText."), Secretariat),
        ("start_paper_form", format!("slug={slug}&page=WP-ROOT"), Secretariat),
        ("save_consultation", "original=&slug=drafted&title=Drafted&description=&status=draft&opens_at=2030-01-01T00%3A00&closes_at=2030-02-01T00%3A00".into(), Secretariat),
        ("save_paper", "slug=drafted&code=WP-D&title=Drafted&abstract_text=&cluster=development&markdown=%23%23+A%0A%0AText.".into(), Secretariat),
        ("start_translation", format!("slug={slug}&code=WP-ROOT&language=fr"), Secretariat),
        ("save_translation", "slug=drafted&code=WP-D&language=fr&title=Brouillon&abstract_text=&markdown=%23%23+Un%0A%0ATexte.".into(), Secretariat),
        ("decide_campaign", "campaign=999999&decision_code=publish&back=%2Fdesk".into(), Secretariat),
        ("list_accounts", "q=".into(), Admin),
        ("change_account", format!("id={bystander}&action=suspend&back=%2Fdesk%2Faccounts"), Admin),
        ("withdraw_comment", format!("id={mine}"), Author),
        ("set_digest_public", format!("slug={slug}&public=1"), Secretariat),
        ("decide_comments", format!("ids[]={mine}&decision_code=publish&back=%2Fdesk"), Secretariat),
    ];
    let callers = [
        (Who::Visitor, None),
        (Who::Owner, Some(owner.clone())),
        (Who::Other, Some(other.clone())),
        (Who::Secretariat, Some(secretariat.clone())),
        (Who::Admin, Some(admin.clone())),
    ];
    let send = |req: http::Request<Body>, cookie: &Option<String>| {
        let mut req = req;
        if let Some(cookie) = cookie {
            req.headers_mut()
                .insert(header::COOKIE, HeaderValue::from_str(cookie).unwrap());
        }
        router.clone().oneshot(req)
    };
    let mut wrong = Vec::new();
    let mut check = |what: String, who: Who, rule: Rule, status: StatusCode| {
        let fine = match rule.answer(who) {
            Ok(()) => !matches!(status.as_u16(), 401 | 403 | 404) && !status.is_server_error(),
            Err(expected) => status == expected,
        };
        if !fine {
            wrong.push(format!("{what} as {who:?}: {status} (rule {rule:?})"));
        }
    };
    for (function, body, rule) in &functions {
        for (who, cookie) in &callers {
            let res = send(form_post(&format!("/api/{function}"), body), cookie)
                .await
                .unwrap();
            check(format!("/api/{function}"), *who, *rule, res.status());
        }
    }
    // Routes outside the server functions.
    let routes: Vec<(String, Rule)> = vec![
        ("/my/data.json".into(), SignedIn),
        (format!("/digests/{slug}/all.csv"), Anyone), // made public above
        (format!("/digests/{slug}/all.csv?status=all"), Secretariat),
    ];
    for (path, rule) in &routes {
        for (who, cookie) in &callers {
            let req = http::Request::get(path.as_str())
                .body(Body::empty())
                .unwrap();
            let res = send(req, cookie).await.unwrap();
            check(path.clone(), *who, *rule, res.status());
        }
    }
    // Signing out, last: anyone may, and it ends only the caller's own session.
    for (who, cookie) in &callers {
        let res = send(form_post("/api/sign_out", ""), cookie).await.unwrap();
        check("/api/sign_out".into(), *who, Anyone, res.status());
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[tokio::test]
async fn the_desk_links_to_the_accounts_only_for_administrators() {
    use app::domain::Role;
    use http_body_util::BodyExt;
    let (router, db) = demo_router_and_db().await;
    for (email, role, shown) in [
        ("sec@example.org", Role::Secretariat, false),
        ("admin@example.org", Role::Admin, true),
    ] {
        let cookie = session_of(&db, email, role).await;
        let req = http::Request::get("/desk")
            .header(header::COOKIE, cookie)
            .body(Body::empty())
            .unwrap();
        let res = send(&router, req).await;
        assert_eq!(res.status(), StatusCode::OK);
        let html = String::from_utf8_lossy(&res.into_body().collect().await.unwrap().to_bytes())
            .into_owned();
        assert!(
            html.contains("href=\"/desk/log\""),
            "the desk's navigation: {html}"
        );
        assert_eq!(html.contains("href=\"/admin/accounts\""), shown, "{role:?}");
    }
}
