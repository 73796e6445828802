//! Service tests of the comment forms as a browser sends them: one comment per form token
//! (posted twice one after the other, or twice at the same moment), and a refused form kept
//! as its author's draft, token and consent included, so that it comes back as typed.
#![cfg(feature = "ssr")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    clippy::string_slice,
    reason = "test set-up helpers fail the test when they fail"
)]

mod common;

use app::backend::comments::forms;
use app::backend::entities::{comment, form_draft};
use app::backend::form_tokens::{FormOf, FormToken};
use app::backend::personal_data;
use app::domain::comment::{CommentForm, FormStart, MyComment};
use app::domain::{AppError, Field, Problem};
use common::*;
use sea_orm::{EntityTrait, PaginatorTrait};

const THIS_FORM: FormOf<'static> = FormOf::Comment {
    slug: SLUG,
    code: PAPER,
    reply_to: None,
};

async fn send(
    w: &World,
    author: i64,
    fields: &CommentForm,
    token: &str,
) -> Result<MyComment, AppError> {
    forms::submit(
        &w.db,
        &w.writer,
        &author_of(&w.db, author).await,
        on_paper(),
        fields,
        FormToken::parse(token),
        Default::default(),
    )
    .await
}

async fn comments_stored(w: &World) -> u64 {
    comment::Entity::find().count(&w.db).await.unwrap()
}

async fn start(w: &World, user: i64, form: FormOf<'_>, after_refusal: bool) -> FormStart {
    forms::start(&w.db, user, form, after_refusal)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_form_posted_twice_makes_one_comment_and_both_posts_get_its_receipt() {
    let w = open_world().await;
    let token = start(&w, w.ana, THIS_FORM, false).await.token;
    let fields = form("1.1", BODY, &["privacy"], "anonymous");
    let first = send(&w, w.ana, &fields, &token).await.unwrap();
    let again = send(&w, w.ana, &fields, &token).await.unwrap();
    assert_eq!(again.id, first.id);
    assert_eq!(again.reference, first.reference);
    assert_eq!(comments_stored(&w).await, 1);

    // A new form has a new token: the same text sent from it is a second comment.
    let next = start(&w, w.ana, THIS_FORM, false).await.token;
    assert_ne!(next, token);
    let second = send(&w, w.ana, &fields, &next).await.unwrap();
    assert_ne!(second.id, first.id);
    // Another author's form with a token equal to Ana's is theirs alone.
    let bens = send(&w, w.ben, &fields, &token).await.unwrap();
    assert_ne!(bens.id, first.id);
    assert_eq!(comments_stored(&w).await, 3);
}

#[tokio::test]
async fn two_posts_of_one_form_at_the_same_moment_make_one_comment() {
    let w = open_world().await;
    let token = FormToken::new();
    let fields = form("1.2", BODY, &[], "organisation_only");
    let (a, b) = tokio::join!(
        send(&w, w.ana, &fields, token.as_str()),
        send(&w, w.ana, &fields, token.as_str())
    );
    assert_eq!(a.unwrap().id, b.unwrap().id);
    assert_eq!(comments_stored(&w).await, 1);
}

#[tokio::test]
async fn a_form_without_a_token_is_written_each_time_it_is_sent() {
    // Scripts and imports send no token; nothing is merged for them.
    let w = open_world().await;
    let fields = form("", BODY, &[], "anonymous");
    send(&w, w.ana, &fields, "").await.unwrap();
    send(&w, w.ana, &fields, "made up by hand").await.unwrap();
    assert_eq!(comments_stored(&w).await, 2);
}

#[tokio::test]
async fn a_form_sent_without_a_consent_is_refused_and_comes_back_as_it_was_typed() {
    let w = open_world().await;
    let token = start(&w, w.ana, THIS_FORM, false).await.token;
    let typed = CommentForm {
        quote: "Who authorizes changes".to_owned(),
        ..form("2.1", BODY, &["privacy", "root-servers"], "")
    };
    let refused = send(&w, w.ana, &typed, &token).await.unwrap_err();
    let problems = refused.field_problems().unwrap();
    assert_eq!(problems.get(Field::Consent), Some(&Problem::Required));
    assert_eq!(comments_stored(&w).await, 0);

    // The browser comes back to the form: every field as typed, and the same token.
    let back = start(&w, w.ana, THIS_FORM, true).await;
    assert_eq!(back.token, token);
    assert_eq!(back.draft.as_ref(), Some(&typed));
    // Opened afresh, the form is empty and has a new token; nobody else sees the draft.
    let fresh = start(&w, w.ana, THIS_FORM, false).await;
    assert_eq!(fresh.draft, None);
    assert_ne!(fresh.token, token);
    assert_eq!(start(&w, w.ben, THIS_FORM, true).await.draft, None);

    // The author chooses a consent and only that: the comment is theirs, once.
    let chosen = CommentForm {
        consent: "anonymous".to_owned(),
        ..typed.clone()
    };
    let written = send(&w, w.ana, &chosen, &back.token).await.unwrap();
    assert_eq!(written.consent.code(), "anonymous");
    assert_eq!(written.quote.as_deref(), Some("Who authorizes changes"));
    // Its draft is spent: coming back to the form after a later error starts it afresh.
    let later = start(&w, w.ana, THIS_FORM, true).await;
    assert_eq!(later.draft, None);
    assert_ne!(later.token, token);
}

#[tokio::test]
async fn erasing_an_account_erases_the_forms_kept_for_it() {
    let w = open_world().await;
    let typed = form("1.1", "Too short, with my private phone number", &[], "");
    send(&w, w.ana, &typed, FormToken::new().as_str())
        .await
        .unwrap_err();
    assert!(start(&w, w.ana, THIS_FORM, true).await.draft.is_some());
    personal_data::erase(&w.db, w.ana).await.unwrap();
    assert_eq!(form_draft::Entity::find().count(&w.db).await.unwrap(), 0);
}

#[tokio::test]
async fn a_refused_edit_comes_back_as_typed_and_the_comment_is_unchanged() {
    let w = open_world().await;
    let id = submit(&w, w.ana, "1.1", BODY, &[], "anonymous").await;
    let typed = form("1.2", "Too short", &["privacy"], "organisation_only");
    let refused = forms::save_edit(&w.db, w.ana, id, &typed)
        .await
        .unwrap_err();
    assert_eq!(
        refused.field_problems().unwrap().get(Field::Body),
        Some(&Problem::TooShort { min: 20 })
    );
    let back = start(&w, w.ana, FormOf::Edit(id), true).await;
    assert_eq!(back.draft, Some(typed));
    assert_eq!(back.token, "");
    let stored = comment::Entity::find_by_id(id)
        .one(&w.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.body, BODY);
    assert_eq!(stored.consent.code(), "anonymous");
}
