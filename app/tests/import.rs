//! The secretariat imports a campaign file: the letters a campaign's organiser gathered,
//! one row per sender.
#![cfg(feature = "ssr")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    clippy::string_slice,
    reason = "test set-up helpers fail the test when they fail"
)]

mod common;

use app::backend::write_turn::Turn;

use app::backend::entities::{comment, moderation_event, user};
use app::backend::import::{self, ImportError, Imported};
use app::backend::{accounts, campaigns, comments, desk};
use app::domain::comment::CommentStatus;
use app::domain::{AppError, Problem};
use common::*;
use sea_orm::{ColumnTrait, DbBackend, EntityTrait, PaginatorTrait, QueryFilter};

/// This file's campaign letter (its own text, not the common one's).
const LETTER: &str = "We the undersigned ask the Working Group to keep the root zone under the present arrangements, which have served the Internet well and kept it stable and secure for its users around the world.";

async fn run(w: &World, csv: &str) -> Result<Imported, ImportError> {
    let bytes = csv.as_bytes().to_vec();
    import::import(&w.db, SLUG, PAPER, || {
        Ok(std::io::Cursor::new(bytes.clone()))
    })
    .await
}

fn problems(result: Result<Imported, ImportError>) -> Vec<(u64, &'static str, Problem)> {
    match result {
        Err(ImportError::Problems { listed, total }) => {
            assert_eq!(listed.len(), total);
            listed
                .into_iter()
                .map(|p| (p.line, p.column, p.problem))
                .collect()
        }
        other => panic!("expected problems, got {other:?}"),
    }
}

async fn comment_count(w: &World) -> u64 {
    comment::Entity::find().count(&w.db).await.unwrap()
}

/// The letter signed `signature`, by `author`, written to the store past the writer, so that
/// no placer hears of it: the ids written.
async fn written_past_the_writer(w: &World, author: i64, signature: &str) -> Vec<i64> {
    let letter = form("", &format!("{LETTER}\n\n{signature}"), &[], "anonymous");
    let prepared = prepared(w, author, &letter).await;
    app::backend::submission::store::write_all(&w.db, &[prepared])
        .await
        .unwrap()
}

#[tokio::test]
async fn a_campaign_file_becomes_pending_comments_grouped_as_one_campaign() {
    let w = open_world().await;
    let csv = format!(
        "email,name,stakeholder_group,country,organisation,capacity,paragraph,tags,consent,body\n\
         maria@example.org,Maria Gonzalez,civil_society,EC,,,1.1,privacy;domain-names,name_and_organisation,\"Dear Working Group,\n\n{LETTER}\n\nMaria Gonzalez, Quito\"\n\
         John.Smith@Example.org,John Smith,private_sector,NG,Lagos Hosting,organisation,1.1,,organisation_only,\"{LETTER} Kind regards, John\"\n\
         ana@example.org,Somebody Else,government,FR,,,,,anonymous,\"{LETTER}\"\n\
         li@example.org,Li Wei,academic_technical,CN,,,2.1,,anonymous,\"Oversight should rest with a body in which every stakeholder group takes part, under rules it publishes.\"\n"
    );
    let imported = run(&w, &csv).await.unwrap();
    assert_eq!(
        imported,
        Imported {
            comments: 4,
            // Ana had an account; the e-mail's case does not make a second one for John.
            new_accounts: 3,
            in_campaigns: 3,
        }
    );

    let rows = comment::Entity::find().all(&w.db).await.unwrap();
    assert_eq!(rows.len(), 4);
    let by_email = |email: &'static str| {
        let db = w.db.clone();
        async move {
            user::Entity::find()
                .filter(user::Column::Email.eq(email))
                .one(&db)
                .await
                .unwrap()
                .unwrap()
        }
    };
    let maria = by_email("maria@example.org").await;
    assert_eq!(maria.display_name, "Maria Gonzalez");
    assert_eq!(maria.role.code(), "stakeholder");
    let john = by_email("john.smith@example.org").await;
    let li = by_email("li@example.org").await;

    let item = |id| desk::item(&w.db, id);
    let of = |author: i64| rows.iter().find(|c| c.author_id == author).unwrap().id;
    let maria_comment = item(of(maria.id)).await.unwrap();
    assert_eq!(maria_comment.status, CommentStatus::Pending);
    assert_eq!(maria_comment.paragraph_number.as_deref(), Some("1.1"));
    assert!(
        maria_comment.body.ends_with("Maria Gonzalez, Quito"),
        "line breaks kept"
    );
    let mut tags: Vec<String> = maria_comment.tags.iter().map(|t| t.slug.clone()).collect();
    tags.sort();
    assert_eq!(tags, ["domain-names", "privacy"]);
    assert!(!maria_comment.late);
    let john_comment = item(of(john.id)).await.unwrap();
    assert_eq!(
        john_comment.author_organisation.as_deref(),
        Some("Lagos Hosting")
    );
    // Ana's own profile stands, not what the file says of her.
    let ana_comment = item(of(w.ana)).await.unwrap();
    assert_eq!(ana_comment.author_name, "Ana Souza");
    assert_eq!(ana_comment.paragraph_number, None);

    // The three copies of the letter are one campaign; Li's own words are not in it.
    let (campaign, size) = maria_comment.campaign.unwrap();
    assert_eq!(size, 3);
    assert_eq!(john_comment.campaign, Some((campaign, 3)));
    assert_eq!(ana_comment.campaign, Some((campaign, 3)));
    assert_eq!(item(of(li.id)).await.unwrap().campaign, None);
    assert_eq!(
        desk::campaign_pending(&w.db, campaign).await.unwrap().len(),
        3
    );

    // Each has the first event of its history, as a submission has.
    assert_eq!(
        moderation_event::Entity::find().count(&w.db).await.unwrap(),
        4
    );
    // A sender's account has no password: no password signs in, and that is no error.
    let refused = common::sign_in(&w.db, "maria@example.org", "!none").await;
    assert!(
        matches!(refused, Err(AppError::Validation(ref p)) if p.get(app::domain::Field::Form) == Some(&Problem::BadCredentials)),
        "{refused:?}"
    );
    // An administrator can give it one.
    accounts::set_password(&w.db, "maria@example.org", "a long enough pass phrase")
        .await
        .unwrap();
    assert!(common::sign_in_as(&w.db, "maria@example.org").await.is_ok());
    // The sender sees the comment as their own.
    assert_eq!(
        comments::my_comments(&w.db, maria.id, None)
            .await
            .unwrap()
            .0
            .len(),
        1
    );
}

#[tokio::test]
async fn after_an_import_the_planner_knows_how_many_accounts_there_are() {
    let w = open_world().await;
    if w.db.get_database_backend() != DbBackend::Sqlite {
        return; // PostgreSQL's autovacuum keeps its own statistics.
    }
    let mut csv = String::from("email,name,stakeholder_group,country,consent,body\n");
    for n in 0..60 {
        csv += &format!(
            "sender{n}@campaign.example,Sender {n},civil_society,KE,anonymous,\"{LETTER}\"\n"
        );
    }
    assert_eq!(run(&w, &csv).await.unwrap().new_accounts, 60);

    // With the figures of before, lookups by e-mail were planned as scans of a table
    // believed small.
    let figure = rows_in_statistics(&w.db, "sqlite_autoindex_users%").await;
    assert_eq!(figure, user::Entity::find().count(&w.db).await.unwrap());
}

#[tokio::test]
async fn a_later_import_joins_the_campaign_already_there() {
    let w = open_world().await;
    let first = submit(&w, w.ben, "", &format!("{LETTER}\n\nBen"), &[], "anonymous").await;
    let copies: String = (0..12)
        .map(|n| format!("sender{n}@example.org,Sender {n},civil_society,KE,,,,,anonymous,\"{LETTER} Sender {n}, Nairobi\"\n"))
        .collect();
    let imported = run(
        &w,
        &format!("email,name,stakeholder_group,country,organisation,capacity,paragraph,tags,consent,body\n{copies}"),
    )
    .await
    .unwrap();
    assert_eq!(imported.comments, 12);
    assert_eq!(imported.in_campaigns, 12);
    let (campaign, size) = desk::item(&w.db, first).await.unwrap().campaign.unwrap();
    assert_eq!(size, 13, "the submitted letter and every imported copy");
    let members = desk::campaign_pending(&w.db, campaign).await.unwrap();
    assert_eq!(members.len(), 13);
}

#[tokio::test]
async fn a_file_with_problems_imports_nothing_and_says_where_they_are() {
    let w = open_world().await;
    let csv = format!(
        "email,name,stakeholder_group,country,consent,body,paragraph,tags\n\
         good@example.org,Good Sender,civil_society,KE,anonymous,\"{LETTER}\",,\n\
         not an address,Bad Address,civil_society,KE,anonymous,\"{LETTER}\",,\n\
         third@example.org,Third Sender,pirates,KE,anonymous,\"{LETTER}\",,\n\
         fourth@example.org,Fourth Sender,civil_society,KE,anonymous,\"{LETTER}\",9.9,\n\
         fifth@example.org,Fifth Sender,civil_society,KE,anonymous,\"{LETTER}\",,no-such-tag\n\
         sixth@example.org,Sixth Sender,civil_society,KE,,,,\n"
    );
    let found = problems(run(&w, &csv).await);
    assert_eq!(
        found,
        [
            (3, "email", Problem::InvalidEmail),
            (4, "stakeholder_group", Problem::UnknownChoice),
            (5, "paragraph", Problem::UnknownChoice),
            (6, "tags", Problem::UnknownChoice),
            (7, "body", Problem::Required),
            (7, "consent", Problem::Required),
        ]
    );
    assert_eq!(comment_count(&w).await, 0);
    assert_eq!(
        user::Entity::find()
            .filter(user::Column::Email.eq("good@example.org"))
            .count(&w.db)
            .await
            .unwrap(),
        0,
        "no account made either"
    );
}

#[tokio::test]
async fn a_header_that_is_wrong_is_refused_before_any_row() {
    let w = open_world().await;
    for (csv, says) in [
        (
            "email,name,stakeholder_group,country,consent\nx@example.org,X,civil_society,KE,anonymous\n",
            "lacks the column(s) body",
        ),
        (
            "email,name,stakeholder_group,country,consent,body,bdy\n",
            "unknown column \"bdy\"",
        ),
        (
            "email,email,name,stakeholder_group,country,consent,body\n",
            "names \"email\" twice",
        ),
    ] {
        let err = run(&w, csv).await.unwrap_err();
        assert!(matches!(err, ImportError::Header(_)), "{err:?}");
        assert!(err.to_string().contains(says), "{err}");
    }
    let empty = run(&w, "email,name,stakeholder_group,country,consent,body\n").await;
    assert!(matches!(empty, Err(ImportError::Empty)), "{empty:?}");
    assert_eq!(comment_count(&w).await, 0);
}

#[tokio::test]
async fn a_suspended_sender_is_refused() {
    let w = open_world().await;
    accounts::suspend(&w.db, w.ben).await.unwrap();
    let csv = format!(
        "email,name,stakeholder_group,country,consent,body\n\
         ben@example.org,Ben,government,NG,anonymous,\"{LETTER}\"\n"
    );
    assert_eq!(
        problems(run(&w, &csv).await),
        [(2, "email", Problem::AccountSuspended)]
    );
    assert_eq!(comment_count(&w).await, 0);
}

#[tokio::test]
async fn comments_left_unplaced_by_a_stop_are_placed_when_the_next_writer_starts() {
    // A process stopped after committing copies and before placing them: the next
    // process's placer finds them.
    let w = open_world().await;
    // The world's own placer has done its round at start: what is written next, beside
    // its writer, it does not hear of.
    w.writer.settle().await.unwrap();
    let mut ids = Vec::new();
    for who in ["Ana", "Ben"] {
        ids.extend(written_past_the_writer(&w, w.ana, who).await);
    }
    assert_eq!(desk::item(&w.db, ids[0]).await.unwrap().campaign, None);
    let next = app::backend::submission::writer::Writer::start(w.db.clone());
    next.settle().await.unwrap();
    assert_one_campaign(&w, &ids, 2).await;
    // Nothing is left to place.
    assert_eq!(
        campaigns::place_pending(&w.db, &Turn::default(), 0, campaigns::MOST_PER_ROUND)
            .await
            .unwrap(),
        None
    );
}

#[tokio::test]
async fn two_placers_at_once_place_each_comment_once() {
    // An import's placing beside the server's placer: both may read the same comments;
    // only one places them, and the other finds nothing left.
    let w = open_world().await;
    // The world's own placer has done its round at start: what is written next, beside
    // its writer, it does not hear of.
    w.writer.settle().await.unwrap();
    let mut ids = Vec::new();
    for n in 0..40 {
        let author = if n % 2 == 0 { w.ana } else { w.ben };
        ids.extend(written_past_the_writer(&w, author, &format!("Sender {n}")).await);
    }
    // Of two processes: each takes its own process's turn to write.
    let (one, other) = (Turn::default(), Turn::default());
    let (a, b) = tokio::join!(
        campaigns::place_pending(&w.db, &one, 0, campaigns::MOST_PER_ROUND),
        campaigns::place_pending(&w.db, &other, 0, campaigns::MOST_PER_ROUND),
    );
    let placed: Vec<Option<i64>> = vec![a.unwrap(), b.unwrap()];
    assert!(placed.contains(&Some(ids[39])), "{placed:?}");
    assert_one_campaign(&w, &ids, 40).await;
}

#[tokio::test]
async fn a_file_names_documents_beside_it_which_are_checked_and_attached() {
    use app::backend::entities::{comment_file, stored_file};
    let w = open_world().await;
    let folder = std::env::temp_dir().join(format!(
        "consult-import-{}",
        hex::encode(rand::random::<[u8; 8]>())
    ));
    std::fs::create_dir_all(&folder).unwrap();
    let fixtures =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/documents");
    std::fs::copy(fixtures.join("position.pdf"), folder.join("position.pdf")).unwrap();
    std::fs::copy(fixtures.join("javascript.pdf"), folder.join("scripted.pdf")).unwrap();
    std::fs::write(
        folder.join("letter.txt"),
        format!("Dear Secretariat,\n\n{LETTER}"),
    )
    .unwrap();
    let db = &w.db;
    let folder_ref = &folder;
    let run_in = |csv: String| {
        let bytes = csv.into_bytes();
        async move {
            import::import_from(
                db,
                SLUG,
                PAPER,
                || Ok(std::io::Cursor::new(bytes.clone())),
                Some(folder_ref),
            )
            .await
        }
    };
    let header = "email,name,stakeholder_group,country,consent,body,files\n";
    // Missing, outside the folder, refused: each named with its line; nothing imported.
    let refused = problems(
        run_in(format!(
            "{header}\
             a@example.org,A,civil_society,FR,anonymous,Please see the attached document.,position.pdf;absent.pdf\n\
             b@example.org,B,civil_society,FR,anonymous,Please see the attached document.,../position.pdf\n\
             c@example.org,C,civil_society,FR,anonymous,Please see the attached document.,scripted.pdf\n"
        ))
        .await,
    );
    let names: Vec<(u64, String)> = refused
        .iter()
        .map(|(line, column, problem)| {
            assert_eq!(*column, "files");
            let Problem::File { name, .. } = problem else {
                panic!("{problem:?}");
            };
            (*line, name.clone())
        })
        .collect();
    assert_eq!(
        names,
        [
            (2, "absent.pdf".to_owned()),
            (3, "../position.pdf".to_owned()),
            (4, "scripted.pdf".to_owned())
        ]
    );
    assert_eq!(comment_count(&w).await, 0);
    assert_eq!(stored_file::Entity::find().count(&w.db).await.unwrap(), 0);

    // Fine: each comment carries its files; one stored file for two rows that share it;
    // the letter sent as a file joins those who pasted it (and the two who sent the same
    // position paper are alike too).
    let imported = run_in(format!(
        "{header}\
         a@example.org,A,civil_society,FR,anonymous,See the attached position.,position.pdf\n\
         b@example.org,B,civil_society,FR,anonymous,Please see the attached letter.,letter.txt\n\
         c@example.org,C,civil_society,FR,anonymous,\"{LETTER}\",\n\
         d@example.org,D,civil_society,FR,anonymous,\"{LETTER} Regards, D\",\n\
         e@example.org,E,civil_society,FR,anonymous,Our position paper on the root zone.,position.pdf\n"
    ))
    .await
    .unwrap();
    assert_eq!(imported.comments, 5);
    assert_eq!(imported.in_campaigns, 5, "{imported:?}");
    assert_eq!(comment_file::Entity::find().count(&w.db).await.unwrap(), 3);
    assert_eq!(stored_file::Entity::find().count(&w.db).await.unwrap(), 2);
    let cards = desk::queue(&w.db, &Default::default(), None)
        .await
        .unwrap()
        .items;
    // A campaign is one card: its other copies are named on it.
    assert!(cards.len() < 5, "{}", cards.len());
    let mut pending = cards.clone();
    for copy in cards.iter().flat_map(|c| c.copies.iter()) {
        pending.push(desk::item(&w.db, copy.id).await.unwrap());
    }
    assert_eq!(pending.len(), 5);
    let second = pending
        .iter()
        .find(|i| i.body == "Please see the attached letter.")
        .unwrap();
    let names: Vec<&str> = second.files.iter().map(|(f, _)| f.name.as_str()).collect();
    assert_eq!(names, ["letter.txt"]);
    let c = pending.iter().find(|i| i.body == LETTER).unwrap();
    assert_eq!(second.campaign.map(|c| c.0), c.campaign.map(|c| c.0));
    std::fs::remove_dir_all(&folder).unwrap();
}
