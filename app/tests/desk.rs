//! Service tests of the secretariat's desk: decisions and their audit events, bulk and
//! campaign decisions, flags, dispositions, retagging, the queue's order and filters, and
//! the accounts list.
#![cfg(feature = "ssr")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    clippy::string_slice,
    reason = "test set-up helpers fail the test when they fail"
)]

mod common;

use app::backend::comments;
use app::backend::desk::{self, QueueFilter};
use app::backend::entities::moderation_event;
use app::backend::{accounts, sessions};
use app::domain::comment::{CommentFilter, CommentStatus};
use app::domain::desk::{DispositionKind, FlagReason};
use app::domain::{AppError, Field, IssueCluster, Problem, Role, StakeholderGroup};
use common::*;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

/// The ids in the desk's queue (its first page), under the default filter as `narrow`
/// changes it.
async fn queue_ids(w: &World, narrow: impl FnOnce(&mut QueueFilter)) -> Vec<i64> {
    let mut filter = QueueFilter::default();
    narrow(&mut filter);
    desk::queue(&w.db, &filter, None)
        .await
        .unwrap()
        .items
        .iter()
        .map(|i| i.id)
        .collect()
}

/// The accounts an administrator's search for `words` lists (its first page).
async fn listed(w: &World, words: &str) -> Vec<app::domain::desk::AccountRow> {
    accounts::list(&w.db, words, None).await.unwrap().accounts
}

/// A third stakeholder, Cy, of the private sector in the US, with no organisation.
async fn cy(w: &World) -> i64 {
    person(
        &w.db,
        "cy@example.org",
        "Cy",
        StakeholderGroup::PrivateSector,
        "US",
        None,
        Role::Stakeholder,
    )
    .await
}

async fn events(w: &World, id: i64) -> Vec<(Option<String>, String, Option<i64>, Option<String>)> {
    moderation_event::Entity::find()
        .filter(moderation_event::Column::CommentId.eq(id))
        .order_by_asc(moderation_event::Column::Id)
        .all(&w.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| {
            (
                e.from_status.map(|s| s.code().to_owned()),
                e.to_status.code().to_owned(),
                e.actor_id,
                e.reason,
            )
        })
        .collect()
}

#[tokio::test]
async fn publishing_and_rejecting_write_their_audit_events() {
    let w = open_world().await;
    let a = submit(&w, w.ana, "1.1", BODY, &[], "anonymous").await;
    let b = submit(&w, w.ben, "1.1", BODY, &[], "anonymous").await;
    desk::decide(&w.db, w.secretariat, &[a], CommentStatus::Published, "")
        .await
        .unwrap();
    assert_eq!(
        desk::decide(&w.db, w.secretariat, &[b], CommentStatus::Rejected, " ")
            .await
            .unwrap_err(),
        AppError::validation(Field::Reason, Problem::Required)
    );
    desk::decide(
        &w.db,
        w.secretariat,
        &[b],
        CommentStatus::Rejected,
        "Outside the scope of the paper",
    )
    .await
    .unwrap();
    assert_eq!(
        events(&w, a).await[1],
        (
            Some("pending".into()),
            "published".into(),
            Some(w.secretariat),
            None
        )
    );
    assert_eq!(
        events(&w, b).await[1],
        (
            Some("pending".into()),
            "rejected".into(),
            Some(w.secretariat),
            Some("Outside the scope of the paper".into())
        )
    );
    let seen = comments::mine(&w.db, w.ben, b).await.unwrap();
    assert_eq!(
        seen.status_reason.as_deref(),
        Some("Outside the scope of the paper")
    );
    // The whole log, newest first, names the officer.
    let log = desk::log(&w.db, None, None).await.unwrap();
    assert_eq!(log.entries[0].reference, seen.reference);
    assert_eq!(log.entries[0].actor.as_deref(), Some("Secretariat"));
    assert_eq!(log.entries.len(), 4);
}

#[tokio::test]
async fn a_bulk_decision_is_all_or_nothing() {
    let w = open_world().await;
    let a = submit(&w, w.ana, "", BODY, &[], "anonymous").await;
    let b = submit(&w, w.ben, "", BODY, &[], "anonymous").await;
    publish(&w, b).await;
    // b is already published: nothing changes, a stays pending, no event is left behind.
    let refused = desk::decide(&w.db, w.secretariat, &[a, b], CommentStatus::Published, "").await;
    assert_eq!(
        refused.unwrap_err(),
        AppError::conflict(Field::Form, Problem::NotAllowedNow)
    );
    assert_eq!(
        comments::mine(&w.db, w.ana, a).await.unwrap().status,
        CommentStatus::Pending
    );
    assert_eq!(events(&w, a).await.len(), 1);
    let c = submit(&w, w.ben, "", BODY, &[], "anonymous").await;
    assert_eq!(
        desk::decide(&w.db, w.secretariat, &[a, c], CommentStatus::Published, "")
            .await
            .unwrap(),
        2
    );
}

#[tokio::test]
async fn near_identical_comments_form_a_campaign_decided_at_once() {
    let w = open_world().await;
    let third = cy(&w).await;
    let a = submit(&w, w.ana, "", LETTER, &[], "anonymous").await;
    let b = submit(
        &w,
        w.ben,
        "",
        &format!("{LETTER}\n\nBen Okafor, Abuja"),
        &[],
        "anonymous",
    )
    .await;
    let other = submit(
        &w,
        w.ben,
        "",
        "An entirely different view on who should authorise changes to the root zone.",
        &[],
        "anonymous",
    )
    .await;
    let c = submit(&w, third, "", &LETTER.to_uppercase(), &[], "anonymous").await;
    let item = desk::item(&w.db, a).await.unwrap();
    let (campaign, size) = item.campaign.unwrap();
    assert_eq!(size, 3);
    assert_eq!(
        desk::item(&w.db, c).await.unwrap().campaign,
        Some((campaign, 3))
    );
    assert_eq!(desk::item(&w.db, other).await.unwrap().campaign, None);
    // The queue shows the campaign once: the first copy's card names the other senders.
    let queue = desk::queue(&w.db, &QueueFilter::default(), None)
        .await
        .unwrap();
    let cards: Vec<i64> = queue.items.iter().map(|i| i.id).collect();
    assert_eq!(cards, [a, other]);
    let copies: Vec<i64> = queue.items[0].copies.iter().map(|c| c.id).collect();
    assert_eq!(copies, [b, c]);
    assert!(queue.items[1].copies.is_empty());
    assert_eq!(queue.pending_total, 4, "every copy still counts as waiting");
    let pending = desk::campaign_pending(&w.db, campaign).await.unwrap();
    assert_eq!(pending, [a, b, c]);
    desk::decide(&w.db, w.secretariat, &pending, CommentStatus::Published, "")
        .await
        .unwrap();
    for id in [a, b, c] {
        assert_eq!(
            desk::item(&w.db, id).await.unwrap().status,
            CommentStatus::Published
        );
    }
    assert_eq!(
        desk::item(&w.db, other).await.unwrap().status,
        CommentStatus::Pending
    );
    // Readers see the published campaign as one text, sent by its three senders.
    let read = app::backend::comments::paper_comments(
        &w.db,
        SLUG,
        PAPER,
        &app::backend::comments::Opened::from_query("whole"),
        &app::domain::comment::CommentFilter::default(),
        None,
    )
    .await
    .unwrap();
    let folded = app::domain::comment::CommentView::fold_campaigns(read.comments);
    let shown: Vec<(i64, Vec<i64>)> = folded
        .iter()
        .map(|(first, copies)| (first.id, copies.iter().map(|c| c.id).collect()))
        .collect();
    assert_eq!(shown, [(a, vec![b, c])]);
}

#[tokio::test]
async fn a_large_campaign_keeps_every_copy_and_stays_one_campaign() {
    // Each submission looks at the latest few comments per band only; a campaign far larger
    // than that is still one campaign holding every copy.
    let w = open_world().await;
    let mut ids = Vec::new();
    for n in 0..30 {
        let signed = format!("{LETTER}\n\nSigned by participant number {n}");
        let author = if n % 2 == 0 { w.ana } else { w.ben };
        ids.push(submit(&w, author, "", &signed, &[], "anonymous").await);
    }
    assert_one_campaign(&w, &ids, 30).await;
}

#[tokio::test]
async fn copies_written_in_the_same_batch_are_one_campaign() {
    // Written together, then placed in one round: the placer compares the round itself.
    let w = open_world().await;
    let letter = |who: &str| form("", &format!("{LETTER}\n\n{who}"), &[], "anonymous");
    let a = prepared(&w, w.ana, &letter("Ana Souza, Rio")).await;
    let b = prepared(&w, w.ben, &letter("Ben Okafor, Abuja")).await;
    let (a, b) = tokio::join!(w.writer.write(a), w.writer.write(b));
    let (a, b) = (a.unwrap(), b.unwrap());
    w.writer.settle().await.unwrap();
    let (campaign, size) = desk::item(&w.db, a).await.unwrap().campaign.unwrap();
    assert_eq!(size, 2);
    assert_eq!(
        desk::item(&w.db, b).await.unwrap().campaign,
        Some((campaign, 2))
    );
}

#[tokio::test]
async fn flags_are_one_per_reader_and_raise_the_comment_in_the_queue() {
    let w = open_world().await;
    let pending = submit(&w, w.ana, "", BODY, &[], "anonymous").await;
    let published = submit(
        &w,
        w.ana,
        "",
        "A published comment that a reader finds offensive.",
        &[],
        "anonymous",
    )
    .await;
    publish(&w, published).await;
    assert_eq!(
        desk::flag_comment(&w.db, w.ben, pending, "spam", "")
            .await
            .unwrap_err(),
        AppError::NotFound,
        "only published comments can be flagged"
    );
    assert_eq!(
        desk::flag_comment(&w.db, w.ben, published, "rude", "")
            .await
            .unwrap_err(),
        AppError::validation(Field::Reason, Problem::UnknownChoice)
    );
    desk::flag_comment(&w.db, w.ben, published, "offensive", "Insults a delegation")
        .await
        .unwrap();
    assert_eq!(
        desk::flag_comment(&w.db, w.ben, published, "spam", "")
            .await
            .unwrap_err(),
        AppError::conflict(Field::Form, Problem::AlreadyFlagged)
    );
    let queue = desk::queue(&w.db, &QueueFilter::default(), None)
        .await
        .unwrap();
    let order: Vec<i64> = queue.items.iter().map(|i| i.id).collect();
    assert_eq!(order, [published, pending], "flagged first");
    assert_eq!((queue.pending_total, queue.flagged_total), (1, 1));
    let flags = &queue.items[0].flags;
    assert_eq!(flags[0].reason, FlagReason::Offensive);
    assert_eq!(flags[0].notes, ["Insults a delegation"]);

    // Keep: the flag is resolved, the comment stays published and leaves the queue.
    desk::keep(&w.db, w.secretariat, published).await.unwrap();
    let queue = desk::queue(&w.db, &QueueFilter::default(), None)
        .await
        .unwrap();
    assert_eq!(
        queue.items.iter().map(|i| i.id).collect::<Vec<_>>(),
        [pending]
    );

    // A second report, then hide: hidden with the reason, the author sees it.
    let third = cy(&w).await;
    desk::flag_comment(&w.db, third, published, "personal_data", "")
        .await
        .unwrap();
    desk::hide(&w.db, w.secretariat, published, "Contains a phone number")
        .await
        .unwrap();
    let seen = comments::mine(&w.db, w.ana, published).await.unwrap();
    assert_eq!(seen.status, CommentStatus::Hidden);
    assert_eq!(
        seen.status_reason.as_deref(),
        Some("Contains a phone number")
    );
    assert_eq!(
        desk::queue(&w.db, &QueueFilter::default(), None)
            .await
            .unwrap()
            .flagged_total,
        0
    );
}

#[tokio::test]
async fn dispositions_are_for_published_comments_and_readers_see_them() {
    let w = open_world().await;
    let id = submit(&w, w.ana, "2.1", BODY, &[], "anonymous").await;
    assert_eq!(
        desk::set_disposition(&w.db, w.secretariat, id, &answer("accepted", ""))
            .await
            .unwrap_err(),
        AppError::conflict(Field::Form, Problem::NotAllowedNow)
    );
    publish(&w, id).await;
    assert_eq!(
        desk::set_disposition(&w.db, w.secretariat, id, &answer("maybe", ""))
            .await
            .unwrap_err(),
        AppError::validation(Field::Disposition, Problem::UnknownChoice)
    );
    dispose(&w, id, "noted", "Will be discussed in Geneva.").await;
    dispose(
        &w,
        id,
        "partly_accepted",
        "Paragraph 2.1 will be redrafted.",
    )
    .await;
    let seen = opened(&w, "2.1", &CommentFilter::default()).await;
    let disposition = seen.comments[0].disposition.clone().unwrap();
    assert_eq!(disposition.kind, DispositionKind::PartlyAccepted);
    assert_eq!(disposition.response, "Paragraph 2.1 will be redrafted.");
}

#[tokio::test]
async fn retagging_may_use_private_tags_that_readers_never_see() {
    let w = open_world().await;
    desk::add_tag(
        &w.db,
        "needs-legal-review",
        IssueCluster::WiderImpact,
        &[("en", "Needs legal review"), ("fr", "Examen juridique")],
        false,
    )
    .await
    .unwrap();
    let id = submit(&w, w.ana, "1.1", BODY, &["privacy"], "anonymous").await;
    publish(&w, id).await;
    desk::retag(
        &w.db,
        w.secretariat,
        id,
        &["root-servers".into(), "needs-legal-review".into()],
    )
    .await
    .unwrap();
    let on_desk: Vec<String> = desk::item(&w.db, id)
        .await
        .unwrap()
        .tags
        .into_iter()
        .map(|t| t.slug)
        .collect();
    assert_eq!(on_desk, ["needs-legal-review", "root-servers"]);
    let public: Vec<String> = opened(&w, "1.1", &CommentFilter::default()).await.comments[0]
        .tags
        .iter()
        .map(|t| t.slug.clone())
        .collect();
    assert_eq!(public, ["root-servers"]);
    // Search follows the new tags.
    assert!(search_hits(&w.db, "privée").await.is_empty());
    assert_eq!(search_hits(&w.db, "racine").await.len(), 1);
    let log = events(&w, id).await;
    assert_eq!(
        log.last().unwrap().3.as_deref(),
        Some("tags: needs-legal-review, root-servers")
    );
}

#[tokio::test]
async fn the_queue_filters_by_paper_group_tag_and_words() {
    let w = open_world().await;
    let a = submit(&w, w.ana, "", BODY, &["privacy"], "anonymous").await;
    let b = submit(
        &w,
        w.ben,
        "",
        "Interconnection costs weigh on developing countries.",
        &["root-servers"],
        "anonymous",
    )
    .await;
    assert_eq!(queue_ids(&w, |_| {}).await, [a, b], "oldest first");
    let government = queue_ids(&w, |f| f.group = Some(StakeholderGroup::Government)).await;
    assert_eq!(government, [b]);
    assert_eq!(queue_ids(&w, |f| f.tag = Some("privacy".into())).await, [a]);
    let words = queue_ids(&w, |f| f.text = Some("Interconnection".into())).await;
    assert_eq!(words, [b]);
    let name = queue_ids(&w, |f| f.text = Some("Okafor".into())).await;
    assert_eq!(name, [b], "by author name");
    let nowhere = queue_ids(&w, |f| f.consultation = Some("nowhere".into())).await;
    assert_eq!(nowhere, Vec::<i64>::new());
    let this_one = queue_ids(&w, |f| f.consultation = Some(SLUG.into())).await;
    assert_eq!(this_one, [a, b]);
    // The desk sees the author in full, whatever the consent.
    let item = desk::item(&w.db, b).await.unwrap();
    assert_eq!(item.author_name, "Ben Okafor");
    assert_eq!(
        item.author_organisation.as_deref(),
        Some("Ministry of Communications")
    );
    assert_eq!(item.earlier.len(), 0);
    let later = submit(&w, w.ben, "1.1", BODY, &[], "anonymous").await;
    assert_eq!(
        desk::item(&w.db, later).await.unwrap().earlier[0].reference,
        item.reference
    );
}

#[tokio::test]
async fn administrators_list_suspend_and_restore_accounts() {
    let w = open_world().await;
    let found = listed(&w, "okafor").await;
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].email, "ben@example.org");
    assert_eq!(
        listed(&w, "BEN@EXAMPLE").await.len(),
        1,
        "the search ignores letter case on both engines"
    );
    assert!(
        listed(&w, "%").await.is_empty(),
        "a % is a character, not a wildcard"
    );
    let (_, token) = common::sign_in_as(&w.db, "ben@example.org").await.unwrap();
    let said = submit(&w, w.ben, "1.1", BODY, &[], "name_and_organisation").await;
    publish(&w, said).await;
    accounts::suspend(&w.db, w.ben).await.unwrap();
    assert!(
        sessions::resolve(&w.db, &token).await.unwrap().is_none(),
        "sessions end at once"
    );
    assert!(listed(&w, "ben@").await[0].suspended);
    // The comments of a suspended account stay, published.
    let seen = opened(&w, "1.1", &CommentFilter::default()).await;
    assert_eq!(
        seen.comments.iter().map(|c| c.id).collect::<Vec<_>>(),
        [said]
    );
    accounts::restore(&w.db, w.ben).await.unwrap();
    assert!(common::sign_in_as(&w.db, "ben@example.org").await.is_ok());
    assert_eq!(listed(&w, "").await.len(), 3);
}
