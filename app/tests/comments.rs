//! Service tests of comments: who sees what, the consultation window, the author's edits
//! and withdrawal, replies, tags, consent, search and pagination.
#![cfg(feature = "ssr")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    clippy::string_slice,
    reason = "test set-up helpers fail the test when they fail"
)]

mod common;

use app::backend::comments::{self, Opened};
use app::backend::entities::moderation_event;
use app::backend::paragraph_counts;
use app::backend::submission::{
    self,
    prepare::{self, Target},
};
use app::backend::{accounts, db, demo, moderation};
use app::domain::comment::{CommentFilter, CommentForm, CommentStatus, MyComment, PAGE_SIZE};
use app::domain::countries::Region;
use app::domain::{AppError, ConsultationStatus, Field, Problem, ProfileForm, StakeholderGroup};
use common::*;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use time::{Duration, OffsetDateTime};

/// A comment on paragraph 2.1 with a quote, two tags and a consent other than the default.
fn every_field_filled() -> CommentForm {
    CommentForm {
        quote: "Who authorizes changes".to_owned(),
        ..form(
            "2.1",
            BODY,
            &["root-servers", "privacy"],
            "organisation_only",
        )
    }
}

#[tokio::test]
async fn the_receipt_is_the_comment_as_stored() {
    // The receipt is built from what was written, not read back: it must be exactly what
    // the author finds later under "My comments", for every kind of submission.
    let w = open_world().await;
    let submit_as = |author: i64, reply_to: Option<i64>, form: CommentForm| {
        let (db, writer) = (w.db.clone(), w.writer.clone());
        async move {
            let target = Target {
                reply_to,
                ..on_paper()
            };
            submission::submit(
                &db,
                &writer,
                &author_of(&db, author).await,
                target,
                &form,
                None,
                &[],
            )
            .await
            .unwrap()
        }
    };
    let on_a_paragraph = submit_as(w.ana, None, every_field_filled()).await;
    let on_the_whole = submit_as(w.ben, None, form("", BODY, &[], "anonymous")).await;
    publish(&w, on_a_paragraph.id).await;
    let a_reply = submit_as(
        w.ben,
        Some(on_a_paragraph.id),
        form(
            "",
            "We agree, and would add an appeal procedure.",
            &["privacy"],
            "name_and_organisation",
        ),
    )
    .await;
    assert_eq!(a_reply.paragraph_number.as_deref(), Some("2.1"));
    assert_eq!(
        a_reply.parent_reference.as_deref(),
        Some(on_a_paragraph.reference.as_str())
    );
    for (author, receipt) in [(w.ben, on_the_whole), (w.ben, a_reply)] {
        assert_eq!(
            comments::mine(&w.db, author, receipt.id).await.unwrap(),
            receipt
        );
    }
    // The first, as it was when its receipt was given (before it was published).
    let stored = comments::mine(&w.db, w.ana, on_a_paragraph.id)
        .await
        .unwrap();
    assert_eq!(
        MyComment {
            status: on_a_paragraph.status,
            ..stored
        },
        on_a_paragraph
    );
}

#[tokio::test]
async fn a_comment_is_pending_with_a_receipt_and_a_snapshot_of_its_author() {
    let w = open_world().await;
    let receipt = submit_as(&w, w.ana, on_paper(), &every_field_filled())
        .await
        .unwrap();
    assert_eq!(receipt.status, CommentStatus::Pending);
    let year = OffsetDateTime::now_utc().year();
    assert_eq!(receipt.reference, format!("C-{year}-{:06}", receipt.id));
    assert_eq!(receipt.paragraph_number.as_deref(), Some("2.1"));
    assert_eq!(receipt.quote.as_deref(), Some("Who authorizes changes"));
    let tags: Vec<_> = receipt.tags.iter().map(|t| t.slug.as_str()).collect();
    assert_eq!(tags, ["privacy", "root-servers"]);

    // The audit log starts with the submission, by its author.
    let events = moderation_event::Entity::find()
        .filter(moderation_event::Column::CommentId.eq(receipt.id))
        .all(&w.db)
        .await
        .unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].actor_id, Some(w.ana));
    assert_eq!(events[0].from_status, None);
    assert_eq!(events[0].to_status.code(), "pending");

    // A later change of profile does not change what the comment says of its author.
    accounts::update_profile(
        &w.db,
        w.ana,
        &ProfileForm {
            display_name: "Ana S.".to_owned(),
            stakeholder_group: "academic_technical".to_owned(),
            country: "PT".to_owned(),
            organisation: "University of Lisbon".to_owned(),
            capacity: "organisation".to_owned(),
        },
    )
    .await
    .unwrap();
    publish(&w, receipt.id).await;
    let seen = opened(&w, "2.1", &CommentFilter::default()).await;
    let author = &seen.comments[0].author;
    assert_eq!(author.group, StakeholderGroup::CivilSociety);
    assert_eq!(author.country, "BR");
    assert_eq!(author.region, Some(Region::Americas));
    assert_eq!(author.organisation.as_deref(), Some("Instituto Nupef"));
    assert_eq!(author.name, None, "organisation only");
}

#[tokio::test]
async fn comments_are_refused_outside_the_window_and_when_not_open() {
    for (status, opens, closes) in [
        (
            ConsultationStatus::Open,
            Duration::days(-30),
            Duration::days(-1),
        ),
        (
            ConsultationStatus::Open,
            Duration::days(1),
            Duration::days(30),
        ),
        (
            ConsultationStatus::Closed,
            Duration::days(-1),
            Duration::days(30),
        ),
    ] {
        let w = world(status, opens, closes).await;
        let refused = submit_as(&w, w.ana, on_paper(), &form("", BODY, &[], "anonymous")).await;
        assert_eq!(
            refused.unwrap_err(),
            AppError::validation(Field::Form, Problem::ConsultationClosed),
            "{status:?} {opens} {closes}"
        );
    }
}

#[tokio::test]
async fn the_form_is_checked_on_the_server_too() {
    let w = open_world().await;
    let too_many = submit_as(
        &w,
        w.ana,
        on_paper(),
        &form(
            "",
            BODY,
            &[
                "root-servers",
                "ip-addressing",
                "domain-names",
                "cctld",
                "privacy",
                "spam",
            ],
            "anonymous",
        ),
    )
    .await;
    assert_eq!(
        too_many.unwrap_err(),
        AppError::validation(Field::Tags, Problem::TooManyTags { max: 5 })
    );
    let unknown_tag = submit_as(
        &w,
        w.ana,
        on_paper(),
        &form("", BODY, &["no-such-tag"], "anonymous"),
    )
    .await;
    assert_eq!(
        unknown_tag.unwrap_err(),
        AppError::validation(Field::Tags, Problem::UnknownChoice)
    );
    let unknown_paragraph =
        submit_as(&w, w.ana, on_paper(), &form("9.9", BODY, &[], "anonymous")).await;
    assert_eq!(
        unknown_paragraph.unwrap_err(),
        AppError::validation(Field::Paragraph, Problem::UnknownChoice)
    );
    // "1" is a section heading, not a paragraph.
    let heading = submit_as(&w, w.ana, on_paper(), &form("1", BODY, &[], "anonymous")).await;
    assert_eq!(
        heading.unwrap_err(),
        AppError::validation(Field::Paragraph, Problem::UnknownChoice)
    );
    let short = submit_as(
        &w,
        w.ana,
        on_paper(),
        &form("", "Too short", &[], "anonymous"),
    )
    .await;
    assert!(
        matches!(short, Err(AppError::Validation(p)) if p.get(Field::Body) == Some(&Problem::TooShort { min: 20 }))
    );
    let missing = submit_as(
        &w,
        w.ana,
        Target {
            slug: SLUG,
            code: "WP-NONE",
            reply_to: None,
        },
        &form("", BODY, &[], "anonymous"),
    )
    .await;
    assert_eq!(missing.unwrap_err(), AppError::NotFound);
}

#[tokio::test]
async fn only_published_comments_reach_other_people() {
    let w = open_world().await;
    let pending = named_by_ana(&w, BODY).await;
    let published = named_by_ana(&w, "A second comment that the secretariat publishes.").await;
    publish(&w, published).await;

    // Another stakeholder cannot open the pending one, even by its id.
    assert_eq!(
        comments::mine(&w.db, w.ben, pending).await.unwrap_err(),
        AppError::NotFound
    );
    assert_eq!(
        comments::published(&w.db, pending).await.unwrap_err(),
        AppError::NotFound
    );
    let (bens, _) = comments::my_comments(&w.db, w.ben, None).await.unwrap();
    assert!(bens.is_empty());

    // Readers see one comment on 1.1, in the counts and in the list.
    let seen = opened(&w, "1.1", &CommentFilter::default()).await;
    let ids: Vec<i64> = seen.comments.iter().map(|c| c.id).collect();
    assert_eq!(ids, [published]);
    assert_eq!(seen.counts.iter().map(|c| c.count).sum::<u64>(), 1);
    let found = search_hits(&w.db, "root").await;
    let ids: Vec<i64> = found.iter().map(|h| h.comment.id).collect();
    assert_eq!(ids, [published]);

    // The author sees both, newest first.
    let (mine, next) = comments::my_comments(&w.db, w.ana, None).await.unwrap();
    assert_eq!(
        mine.iter().map(|c| c.id).collect::<Vec<_>>(),
        [published, pending]
    );
    assert_eq!(next, None);
}

#[tokio::test]
async fn consent_decides_what_readers_see() {
    let w = open_world().await;
    for consent in ["name_and_organisation", "organisation_only", "anonymous"] {
        let id = submit(
            &w,
            w.ana,
            "1.2",
            &format!("{BODY} ({consent})"),
            &[],
            consent,
        )
        .await;
        publish(&w, id).await;
    }
    let seen = opened(&w, "1.2", &CommentFilter::default()).await;
    let shown: Vec<(Option<&str>, Option<&str>)> = seen
        .comments
        .iter()
        .map(|c| (c.author.name.as_deref(), c.author.organisation.as_deref()))
        .collect();
    assert_eq!(
        shown,
        [
            (Some("Ana Souza"), Some("Instituto Nupef")),
            (None, Some("Instituto Nupef")),
            (None, None),
        ]
    );
    assert!(
        seen.comments
            .iter()
            .all(|c| c.author.group == StakeholderGroup::CivilSociety && c.author.country == "BR")
    );
    // Not in search either: the anonymous comment's text is found, its author's name is not.
    let by_name = search_hits(&w.db, "Souza").await;
    assert!(by_name.is_empty(), "names are not indexed");
}

#[tokio::test]
async fn the_author_edits_a_pending_comment_and_the_earlier_text_is_kept() {
    let w = open_world().await;
    let id = submit(&w, w.ana, "1.1", BODY, &["root-servers"], "anonymous").await;
    let edited = comments::edit(
        &w.db,
        w.ana,
        id,
        &form(
            "2.1",
            "A better worded comment on oversight of the root.",
            &["privacy"],
            "organisation_only",
        ),
    )
    .await
    .unwrap();
    assert_eq!(
        edited.body,
        "A better worded comment on oversight of the root."
    );
    assert_eq!(edited.paragraph_number.as_deref(), Some("2.1"));
    assert_eq!(
        edited
            .tags
            .iter()
            .map(|t| t.slug.as_str())
            .collect::<Vec<_>>(),
        ["privacy"]
    );
    assert_eq!(edited.revisions, 1);
    let revision = app::backend::entities::comment_revision::Entity::find()
        .filter(app::backend::entities::comment_revision::Column::CommentId.eq(id))
        .one(&w.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(revision.body, BODY);
    assert_eq!(revision.tags, "root-servers");
    assert_eq!(revision.consent.code(), "anonymous");

    // Nobody else can edit it.
    assert_eq!(
        comments::edit(&w.db, w.ben, id, &form("", BODY, &[], "anonymous"))
            .await
            .unwrap_err(),
        AppError::NotFound
    );
    // Once published, it cannot change any more, nor be withdrawn.
    publish(&w, id).await;
    assert_eq!(
        comments::edit(&w.db, w.ana, id, &form("", BODY, &[], "anonymous"))
            .await
            .unwrap_err(),
        AppError::conflict(Field::Form, Problem::NotEditable)
    );
    assert_eq!(
        comments::withdraw(&w.db, w.ana, id).await.unwrap_err(),
        AppError::conflict(Field::Form, Problem::NotEditable)
    );
}

#[tokio::test]
async fn the_author_withdraws_a_pending_comment_and_the_log_says_so() {
    let w = open_world().await;
    let id = submit(&w, w.ana, "", BODY, &[], "anonymous").await;
    assert_eq!(
        comments::withdraw(&w.db, w.ben, id).await.unwrap_err(),
        AppError::NotFound
    );
    let withdrawn = comments::withdraw(&w.db, w.ana, id).await.unwrap();
    assert_eq!(withdrawn.status, CommentStatus::Withdrawn);
    let events = moderation_event::Entity::find()
        .filter(moderation_event::Column::CommentId.eq(id))
        .order_by_asc(moderation_event::Column::Id)
        .all(&w.db)
        .await
        .unwrap();
    let steps: Vec<_> = events
        .iter()
        .map(|e| {
            (
                e.from_status.map(|s| s.code()),
                e.to_status.code(),
                e.actor_id,
            )
        })
        .collect();
    assert_eq!(
        steps,
        [
            (None, "pending", Some(w.ana)),
            (Some("pending"), "withdrawn", Some(w.ana))
        ]
    );
    // A withdrawn comment cannot be published afterwards.
    let late = moderation::transition(
        &w.db,
        Some(w.secretariat),
        id,
        CommentStatus::Published,
        None,
    )
    .await;
    assert_eq!(
        late.unwrap_err(),
        AppError::conflict(Field::Form, Problem::NotAllowedNow)
    );
}

#[tokio::test]
async fn rejecting_or_hiding_needs_a_reason_that_the_author_sees_and_hiding_unlists() {
    let w = open_world().await;
    let id = submit(&w, w.ana, "", BODY, &[], "anonymous").await;
    let no_reason = moderation::transition(
        &w.db,
        Some(w.secretariat),
        id,
        CommentStatus::Rejected,
        Some("  "),
    )
    .await;
    assert_eq!(
        no_reason.unwrap_err(),
        AppError::validation(Field::Reason, Problem::Required)
    );
    moderation::transition(
        &w.db,
        Some(w.secretariat),
        id,
        CommentStatus::Rejected,
        Some("Off topic"),
    )
    .await
    .unwrap();
    let seen = comments::mine(&w.db, w.ana, id).await.unwrap();
    assert_eq!(seen.status, CommentStatus::Rejected);
    assert_eq!(seen.status_reason.as_deref(), Some("Off topic"));

    let other = submit(
        &w,
        w.ana,
        "",
        "Published and then hidden by the secretariat, searchable before.",
        &[],
        "anonymous",
    )
    .await;
    publish(&w, other).await;
    assert_eq!(search_hits(&w.db, "searchable").await.len(), 1);
    moderation::transition(
        &w.db,
        Some(w.secretariat),
        other,
        CommentStatus::Hidden,
        Some("Personal data"),
    )
    .await
    .unwrap();
    assert!(search_hits(&w.db, "searchable").await.is_empty());
    assert!(
        opened(&w, "whole", &CommentFilter::default())
            .await
            .comments
            .is_empty()
    );
}

#[tokio::test]
async fn replies_go_one_level_deep_under_published_comments() {
    let w = open_world().await;
    let parent = submit(&w, w.ana, "2.1", BODY, &[], "anonymous").await;
    let reply = |to: i64| {
        let (db, writer) = (w.db.clone(), w.writer.clone());
        let ben = w.ben;
        async move {
            submission::submit(
                &db,
                &writer,
                &author_of(&db, ben).await,
                Target {
                    slug: SLUG,
                    code: PAPER,
                    reply_to: Some(to),
                },
                &form(
                    "",
                    "We agree, and would add an appeal procedure.",
                    &[],
                    "name_and_organisation",
                ),
                None,
                &[],
            )
            .await
        }
    };
    // Not to a pending comment.
    assert_eq!(
        reply(parent).await.unwrap_err(),
        AppError::validation(Field::Form, Problem::ReplyNotAllowed)
    );
    publish(&w, parent).await;
    let first = reply(parent).await.unwrap();
    assert_eq!(
        first.paragraph_number.as_deref(),
        Some("2.1"),
        "a reply sits where its parent does"
    );
    assert_eq!(
        first.parent_reference,
        Some(comments::published(&w.db, parent).await.unwrap().reference)
    );
    publish(&w, first.id).await;
    // Not to a reply.
    assert_eq!(
        reply(first.id).await.unwrap_err(),
        AppError::validation(Field::Form, Problem::ReplyNotAllowed)
    );

    let seen = opened(&w, "2.1", &CommentFilter::default()).await;
    assert_eq!(
        seen.comments.len(),
        1,
        "replies are listed under their parent"
    );
    assert_eq!(seen.comments[0].replies.len(), 1);
    assert_eq!(
        seen.comments[0].replies[0].author.name.as_deref(),
        Some("Ben Okafor")
    );
}

#[tokio::test]
async fn readers_filter_by_group_region_and_tag() {
    let w = open_world().await;
    let ana = submit(&w, w.ana, "1.1", BODY, &["privacy"], "anonymous").await;
    let ben = submit(&w, w.ben, "1.1", BODY, &["root-servers"], "anonymous").await;
    publish(&w, ana).await;
    publish(&w, ben).await;
    let ids = |f: CommentFilter| {
        let w = &w;
        async move {
            opened(w, "1.1", &f)
                .await
                .comments
                .iter()
                .map(|c| c.id)
                .collect::<Vec<_>>()
        }
    };
    // As a query gives them: group, region and tag.
    let queried = |group, region, tag| ids(CommentFilter::from_query(group, region, tag, ""));
    assert_eq!(ids(CommentFilter::default()).await, [ana, ben]);
    assert_eq!(queried("government", "", "").await, [ben]);
    assert_eq!(queried("", "americas", "").await, [ana]);
    assert_eq!(queried("", "africa", "root-servers").await, [ben]);
    assert_eq!(queried("", "", "privacy").await, [ana]);
    assert!(queried("", "", "no-such-tag").await.is_empty());
    // A paper code typed in lower case finds the paper.
    let lower = comments::paper_comments(
        &w.db,
        SLUG,
        "wp-test",
        &Opened::from_query("1.1"),
        &CommentFilter::default(),
        None,
    )
    .await
    .unwrap();
    assert_eq!(lower.comments.len(), 2);
    // The counts follow the filter.
    let counts = opened(&w, "", &CommentFilter::from_query("government", "", "", ""))
        .await
        .counts;
    assert_eq!(counts.iter().map(|c| c.count).sum::<u64>(), 1);
    // Search takes the same filter, and finds words of tags and of the paper's title.
    let hits = comments::search(
        &w.db,
        "oversight",
        &CommentFilter::from_query("", "", "privacy", ""),
        None,
    )
    .await
    .unwrap();
    assert_eq!(
        hits.hits.iter().map(|h| h.comment.id).collect::<Vec<_>>(),
        [ana]
    );
    let by_tag = search_hits(&w.db, "privée").await;
    assert_eq!(
        by_tag.iter().map(|h| h.comment.id).collect::<Vec<_>>(),
        [ana],
        "French tag name"
    );
    // Query syntax is never interpreted.
    assert!(
        comments::search(&w.db, "\"root* OR) NEAR(", &CommentFilter::default(), None)
            .await
            .is_ok()
    );
}

#[tokio::test]
async fn pages_follow_each_other_by_key_without_gaps_or_repeats() {
    let w = open_world().await;
    let total = PAGE_SIZE as usize + 5;
    let mut ids = Vec::new();
    for i in 0..total {
        let id = submit(
            &w,
            w.ana,
            "1.2",
            &format!("Comment number {i} on the second paragraph."),
            &[],
            "anonymous",
        )
        .await;
        publish(&w, id).await;
        ids.push(id);
    }
    let first = opened(&w, "1.2", &CommentFilter::default()).await;
    assert_eq!(first.comments.len(), PAGE_SIZE as usize);
    let after = first.next_after.unwrap();
    let second = comments::paper_comments(
        &w.db,
        SLUG,
        PAPER,
        &Opened::from_query("1.2"),
        &CommentFilter::default(),
        Some(after),
    )
    .await
    .unwrap();
    assert_eq!(second.comments.len(), 5);
    assert_eq!(second.next_after, None);
    let seen: Vec<i64> = first
        .comments
        .iter()
        .chain(&second.comments)
        .map(|c| c.id)
        .collect();
    assert_eq!(seen, ids);

    let search_first = comments::search(&w.db, "paragraph", &CommentFilter::default(), None)
        .await
        .unwrap();
    let search_second = comments::search(
        &w.db,
        "paragraph",
        &CommentFilter::default(),
        search_first.next_before,
    )
    .await
    .unwrap();
    let mut found: Vec<i64> = search_first
        .hits
        .iter()
        .chain(&search_second.hits)
        .map(|h| h.comment.id)
        .collect();
    found.reverse();
    assert_eq!(found, ids, "newest first, every one once");
}

#[tokio::test]
async fn the_demo_has_published_comments_and_a_pending_one() {
    let db = db::scratch().await.unwrap();
    demo::seed(&db, "demo pass phrase one").await.unwrap();
    demo::seed(&db, "demo pass phrase one").await.unwrap();
    let seen = comments::paper_comments(
        &db,
        demo::CONSULTATION_SLUG,
        "WP-ROOT",
        &Opened::from_query("2.2"),
        &CommentFilter::default(),
        None,
    )
    .await
    .unwrap();
    assert_eq!(seen.comments.len(), 2, "seeding twice adds nothing");
    assert_eq!(seen.comments[0].replies.len(), 1);
    let all = search_hits(&db, "").await;
    assert_eq!(all.len(), 7, "every published comment, replies included");
}

#[tokio::test]
async fn submissions_written_together_commit_together_and_one_failure_sinks_no_other() {
    let w = open_world().await;
    // Many at once: every one gets its own id and is stored.
    let many = futures::future::join_all((0..40).map(|n| {
        let (db, writer, ana) = (w.db.clone(), w.writer.clone(), w.ana);
        async move {
            let body = format!("Submission {n}: the oversight of the root zone should be shared.");
            submission::submit(
                &db,
                &writer,
                &author_of(&db, ana).await,
                on_paper(),
                &form("1.1", &body, &[], "anonymous"),
                None,
                &[],
            )
            .await
            .unwrap()
            .id
        }
    }))
    .await;
    let distinct: std::collections::BTreeSet<i64> = many.iter().copied().collect();
    assert_eq!(distinct.len(), 40);
    assert_eq!(
        comments::my_comments(&w.db, w.ana, None)
            .await
            .unwrap()
            .0
            .len(),
        20,
        "a page"
    );

    // Two in one batch; Ben's account disappears between the check and the write, so his
    // row cannot be written (its author is gone). Ana's is written all the same.
    let good = prepared(&w, w.ana, &form("1.2", BODY, &[], "anonymous")).await;
    let doomed = prepared(&w, w.ben, &form("1.2", BODY, &[], "anonymous")).await;
    app::backend::entities::user::Entity::delete_by_id(w.ben)
        .exec(&w.db)
        .await
        .unwrap();
    let (good, doomed) = tokio::join!(w.writer.write(good), w.writer.write(doomed));
    assert!(doomed.is_err(), "{doomed:?}");
    let id = good.unwrap();
    let stored = comments::mine(&w.db, w.ana, id).await.unwrap();
    assert_eq!(stored.body, BODY);
    assert_eq!(stored.status, CommentStatus::Pending);
}

#[tokio::test]
async fn submissions_are_committed_while_readers_hold_every_other_connection() {
    // A database file as a server opens it: the writer has a connection of its own, so a
    // crowd of readers never holds up a group commit.
    let dir = scratch_folder("writer");
    let url = format!("sqlite://{}/consult.db?mode=rwc", dir.display());
    let db = db::connect_and_migrate(&url).await.unwrap();
    demo::seed(&db, "demo pass phrase one").await.unwrap();
    let writer = app::backend::submission::writer::Writer::start(
        db::connect_writer(&url, &db).await.unwrap(),
    );
    let author = accounts::find_by_email(&db, demo::ACCOUNTS[1].email)
        .await
        .unwrap()
        .unwrap();
    let target = Target {
        slug: demo::CONSULTATION_SLUG,
        code: "WP-ROOT",
        reply_to: None,
    };
    let (prepared, _) = prepare::prepare(
        &db,
        &author_of(&db, author.id).await,
        target,
        &form("1.1", BODY, &[], "anonymous"),
    )
    .await
    .unwrap();
    // Every reading connection is taken, each in a transaction that has read.
    let mut readers = Vec::new();
    for _ in 0..db::reading_connections() {
        let txn = sea_orm::TransactionTrait::begin(&db).await.unwrap();
        comments::my_comments(&txn, author.id, None).await.unwrap();
        readers.push(txn);
    }
    let written = tokio::time::timeout(std::time::Duration::from_secs(10), writer.write(prepared))
        .await
        .expect("the writer waited for a reader's connection")
        .unwrap();
    drop(readers);
    assert_eq!(
        comments::mine(&db, author.id, written).await.unwrap().body,
        BODY
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn paragraph_counts_follow_publishing_and_hiding_and_match_a_recount() {
    let w = open_world().await;
    let counts = |page: app::domain::comment::PaperComments| {
        let mut found: Vec<(bool, u64)> = page
            .counts
            .iter()
            .map(|c| (c.paragraph_id.is_some(), c.count))
            .collect();
        found.sort_unstable();
        found
    };
    let all = CommentFilter::default();
    let a = submit(&w, w.ana, "1.1", BODY, &[], "anonymous").await;
    let b = submit(&w, w.ben, "1.1", BODY, &[], "anonymous").await;
    let whole = submit(&w, w.ben, "", BODY, &[], "anonymous").await;
    assert!(
        counts(opened(&w, "", &all).await).is_empty(),
        "pending: none"
    );
    for id in [a, b, whole] {
        publish(&w, id).await;
    }
    // A published reply is shown under its parent and is not counted.
    let reply = reply(&w, w.ben, a, "We agree with this point.").await;
    publish(&w, reply).await;
    assert_eq!(counts(opened(&w, "", &all).await), [(false, 1), (true, 2)]);
    moderation::transition(
        &w.db,
        Some(w.secretariat),
        b,
        CommentStatus::Hidden,
        Some("Off topic"),
    )
    .await
    .unwrap();
    assert_eq!(counts(opened(&w, "", &all).await), [(false, 1), (true, 1)]);
    paragraph_counts::recount(&w.db).await.unwrap();
    assert_eq!(counts(opened(&w, "", &all).await), [(false, 1), (true, 1)]);
    // A filtered view counts the matching comments themselves.
    let civil = CommentFilter {
        group: Some(StakeholderGroup::CivilSociety),
        ..Default::default()
    };
    assert_eq!(counts(opened(&w, "", &civil).await), [(true, 1)]);
}
