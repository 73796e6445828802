//! The secretariat finds the themes of a paper's comments, names and confirms them, and
//! runs the analysis again: confirmed themes stay and take the new comments that fit.
#![cfg(feature = "ssr")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    reason = "test set-up helpers fail the test when they fail"
)]

mod common;

use app::backend::themes::{store, view};
use app::domain::themes::ThemesPage;
use common::*;

const SPAM: &[&str] = &[
    "Spam floods our mailboxes; the report should ask every country to make unsolicited bulk email an offence.",
    "Unsolicited bulk email costs small providers dearly. Spam laws must be enforced across borders.",
    "We receive thousands of spam messages a day. Filtering spam is not enough without laws against spammers.",
    "Spammers move from country to country; only cooperation between regulators can stop bulk email abuse.",
    "The paper underestimates spam: most email traffic is unsolicited, and spammers are rarely prosecuted.",
    "Le spam coûte cher aux petits fournisseurs; il faut des lois contre le spam et les spammeurs.",
    "Anti-spam laws exist in few developing countries; the report should help them fight spam and spammers.",
    "Bulk email from botnets is the main source of spam; spammers should face penalties everywhere.",
];

const ROOT: &[&str] = &[
    "Oversight of the root zone should not stay with one government; root zone changes need international oversight.",
    "The root zone file is edited under a contract with one government. That oversight must become international.",
    "Changes to the root zone are authorised by a single state; the root zone oversight role should be shared.",
    "We support the present root zone arrangements: the root servers and the root zone have worked reliably.",
    "Who authorises root zone changes? The root zone oversight must be accountable to all governments.",
    "La supervision de la zone racine par un seul gouvernement pose problème; la zone racine doit être internationale.",
    "Root server operators and root zone oversight should stay technical, not political.",
    "An international body could take over root zone oversight without harming the root servers.",
];

const ADDRESSES: &[&str] = &[
    "IP address allocation by the regional registries works; IPv6 addresses should be allocated the same way.",
    "Developing countries received too few IPv4 addresses; regional registries must allocate IPv6 addresses fairly.",
    "The regional internet registries allocate IP addresses through open policy processes, which should continue.",
    "IPv4 addresses are running out; the report should urge a faster move to IPv6 addresses.",
    "Governments might allocate IP addresses nationally, but regional registries have allocated addresses well.",
    "Address allocation policies of the regional registries should give IPv6 addresses to every country.",
    "Les registres régionaux allouent les adresses IP; l'allocation des adresses IPv6 doit rester régionale.",
    "Fair allocation of IPv6 addresses matters more than the history of IPv4 addresses.",
];

/// Every comment of the three subjects, published; their ids by subject.
async fn comments(w: &World) -> Vec<Vec<i64>> {
    let mut ids = Vec::new();
    for subject in [SPAM, ROOT, ADDRESSES] {
        let mut mine = Vec::new();
        for (n, body) in subject.iter().enumerate() {
            let author = if n % 2 == 0 { w.ana } else { w.ben };
            let id = submit(w, author, "", body, &[], "anonymous").await;
            publish(w, id).await;
            mine.push(id);
        }
        ids.push(mine);
    }
    ids
}

/// A comment's reference, as the pages show it.
async fn reference(w: &World, id: i64) -> String {
    use sea_orm::EntityTrait;
    let model = app::backend::entities::comment::Entity::find_by_id(id)
        .one(&w.db)
        .await
        .unwrap()
        .unwrap();
    app::backend::lookups::reference_of(&model)
}

async fn page(w: &World) -> ThemesPage {
    view::page(&w.db, SLUG, PAPER, None).await.unwrap()
}

async fn paper_id(w: &World) -> i64 {
    app::backend::lookups::any_paper(&w.db, SLUG, PAPER)
        .await
        .unwrap()
        .id
}

/// The theme (by its place in the page) each comment is in.
fn theme_of(page: &ThemesPage, reference: &str) -> Option<usize> {
    page.themes
        .iter()
        .position(|t| t.references.iter().any(|r| r == reference))
}

#[tokio::test]
async fn comments_on_three_subjects_give_three_themes_named_by_their_key_terms() {
    let w = open_world().await;
    let subjects = comments(&w).await;
    let paper = paper_id(&w).await;
    let ran = store::run(&w.db, paper, None, false).await.unwrap();
    assert_eq!(ran.kept, 0);
    let p = page(&w).await;
    assert_eq!(p.total, 24);
    assert_eq!(p.themes.len(), 3, "{:#?}", p.themes);
    // Each subject is one theme, comments in English and French alike; a comment that
    // shares too few terms with the others may be left in no theme, never put in another.
    let mut themes_of_subjects = std::collections::BTreeSet::new();
    for ids in &subjects {
        let mut found = std::collections::BTreeSet::new();
        let mut left_out = 0;
        for id in ids {
            match theme_of(&p, &reference(&w, *id).await) {
                Some(t) => {
                    found.insert(t);
                }
                None => left_out += 1,
            }
        }
        assert_eq!(found.len(), 1, "one subject, one theme: {found:?}");
        assert!(left_out <= 2, "{left_out} of 8 left out");
        themes_of_subjects.extend(found);
    }
    assert_eq!(themes_of_subjects.len(), 3);
    assert_eq!(
        p.unthemed.len() as u64,
        p.total - p.themes.iter().map(|t| t.size).sum::<u64>()
    );
    for theme in &p.themes {
        assert!(theme.size >= 5, "{theme:#?}");
        assert_eq!(theme.quotes.len().min(3), theme.quotes.len());
        assert_eq!(
            theme.by_group_region.iter().map(|r| r.total).sum::<u64>(),
            theme.size
        );
    }
    let labels: Vec<&str> = p.themes.iter().map(|t| t.key_terms.as_str()).collect();
    for word in ["spam", "root", "address"] {
        assert!(
            labels.iter().filter(|l| l.contains(word)).count() == 1,
            "one theme's key terms name {word}: {labels:?}"
        );
    }
    // The same comments give the same themes.
    store::run(&w.db, paper, None, false).await.unwrap();
    let again = page(&w).await;
    let terms = |p: &ThemesPage| {
        p.themes
            .iter()
            .map(|t| t.key_terms.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(terms(&p), terms(&again));
}

#[tokio::test]
async fn a_confirmed_theme_keeps_its_name_and_takes_new_comments_that_fit() {
    let w = open_world().await;
    comments(&w).await;
    let paper = paper_id(&w).await;
    store::run(&w.db, paper, None, false).await.unwrap();
    let p = page(&w).await;
    let spam = p
        .themes
        .iter()
        .find(|t| t.key_terms.contains("spam"))
        .unwrap()
        .clone();
    store::rename(&w.db, paper, spam.id, "Spam: laws and enforcement")
        .await
        .unwrap();
    store::confirm(&w.db, paper, spam.id, true).await.unwrap();
    // An empty name is refused.
    assert!(store::rename(&w.db, paper, spam.id, "").await.is_err());

    let late = submit(
        &w,
        w.ana,
        "",
        "Spam and spammers again: bulk email laws are needed in every country.",
        &[],
        "anonymous",
    )
    .await;
    publish(&w, late).await;
    let ran = store::run(&w.db, paper, None, false).await.unwrap();
    assert_eq!((ran.kept, ran.placed), (1, 1), "{ran:?}");
    let p = page(&w).await;
    let kept = &p.themes[0];
    assert_eq!(kept.id, spam.id, "confirmed themes come first");
    assert_eq!(kept.label, "Spam: laws and enforcement");
    assert!(kept.confirmed);
    assert_eq!(kept.size, spam.size + 1);
    assert_eq!(theme_of(&p, &reference(&w, late).await), Some(0));
}

#[tokio::test]
async fn themes_are_merged_split_and_comments_moved_by_the_secretariat() {
    let w = open_world().await;
    let subjects = comments(&w).await;
    let paper = paper_id(&w).await;
    store::run(&w.db, paper, None, false).await.unwrap();
    let p = page(&w).await;
    let (a, b) = (p.themes[0].clone(), p.themes[1].clone());
    store::merge(&w.db, paper, a.id, b.id).await.unwrap();
    let merged = page(&w).await;
    assert_eq!(merged.themes.len(), 2);
    let big = merged.themes.iter().find(|t| t.id == a.id).unwrap();
    assert_eq!(big.size, a.size + b.size);
    // Split again, by the analysis: two themes of the two subjects.
    store::split(&w.db, paper, a.id).await.unwrap();
    let split = page(&w).await;
    assert_eq!(split.themes.len(), 3);
    // A comment moved out of every theme is listed in none, then moved into one.
    let one = reference(&w, subjects[0][0]).await;
    store::move_comment(&w.db, paper, None, &one, None)
        .await
        .unwrap();
    let out = page(&w).await;
    assert_eq!(theme_of(&out, &one), None);
    assert!(out.unthemed.iter().any(|c| c.reference == one));
    let target = out.themes[2].id;
    store::move_comment(&w.db, paper, None, &one, Some(target))
        .await
        .unwrap();
    let moved = page(&w).await;
    assert_eq!(
        moved
            .themes
            .iter()
            .find(|t| t.id == target)
            .map(|t| t.references.contains(&one)),
        Some(true)
    );
    // A reference that names no comment of the paper is refused.
    assert!(
        store::move_comment(&w.db, paper, None, "C-2026-999999", Some(target))
            .await
            .is_err()
    );
}

#[tokio::test]
async fn themes_found_among_pending_comments_stay_out_of_public_digests() {
    use app::backend::digest::{self, Scope};
    use app::domain::digest::DigestFilter;
    let w = open_world().await;
    // Pending only: never published.
    for body in SPAM.iter().chain(ROOT) {
        submit(&w, w.ana, "", body, &[], "anonymous").await;
    }
    let paper = paper_id(&w).await;
    store::run(&w.db, paper, None, true).await.unwrap();
    let p = page(&w).await;
    assert!(p.internal && !p.themes.is_empty(), "{p:#?}");
    for t in &p.themes {
        store::confirm(&w.db, paper, t.id, true).await.unwrap();
    }
    let build = |all_statuses| {
        let filter = DigestFilter {
            all_statuses,
            ..Default::default()
        };
        let db = w.db.clone();
        async move {
            digest::build(
                &db,
                Scope {
                    slug: SLUG,
                    paper: Some(PAPER),
                },
                &filter,
                time::OffsetDateTime::now_utc(),
            )
            .await
            .unwrap()
        }
    };
    // The public digest lists no pending comment, and no word of them in a theme's terms.
    assert!(build(false).await.themes.is_empty());
    let internal = build(true).await;
    assert_eq!(internal.themes.len(), p.themes.len());
    // A rejected comment cannot be moved into a theme.
    let rejected = submit(
        &w,
        w.ben,
        "",
        "Spam laws again, and spammers.",
        &[],
        "anonymous",
    )
    .await;
    app::backend::moderation::transition(
        &w.db,
        Some(w.secretariat),
        rejected,
        app::domain::comment::CommentStatus::Rejected,
        Some("off_topic"),
    )
    .await
    .unwrap();
    let reference = reference(&w, rejected).await;
    assert!(
        store::move_comment(&w.db, paper, None, &reference, Some(p.themes[0].id))
            .await
            .is_err()
    );
}
