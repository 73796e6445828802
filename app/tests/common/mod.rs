//! What the service tests share: a world with an open consultation, a paper, the demo
//! taxonomy, two stakeholders and a secretariat officer, and short ways to act in it.
#![allow(
    dead_code,
    reason = "each test file uses its own part of these helpers"
)]

use app::backend::accounts::author::Author;
use app::backend::accounts::{self, NewAccount};
use app::backend::comments::{self, Opened};
use app::backend::consultations::{self, NewConsultation, NewPaper};
use app::backend::submission::writer::Writer;
use app::backend::submission::{
    self,
    prepare::{self, Prepared, Target},
};
use app::backend::{db, demo, moderation};
use app::domain::AppError;
use app::domain::comment::{
    CommentFilter, CommentForm, CommentStatus, MyComment, PaperComments, SearchHit,
};
use app::domain::{ConsultationStatus, IssueCluster, Role, StakeholderGroup};
use sea_orm::DatabaseConnection;
use time::{Duration, OffsetDateTime};

pub const SLUG: &str = "test-consultation";
pub const PAPER: &str = "WP-TEST";
/// The password of every account the tests make.
pub const PASSWORD: &str = "a long enough pass phrase";
pub const MARKDOWN: &str = "## Scope\n\nThe first paragraph of the scope.\n\nThe second paragraph of the scope.\n\n## Oversight\n\nWho authorizes changes to the root zone file.\n";

pub struct World {
    pub db: DatabaseConnection,
    /// The submission writer, as a server process has one.
    pub writer: Writer,
    pub ana: i64,
    pub ben: i64,
    pub secretariat: i64,
}

pub async fn person(
    db: &DatabaseConnection,
    email: &str,
    name: &str,
    group: StakeholderGroup,
    country: &str,
    organisation: Option<&str>,
    role: Role,
) -> i64 {
    accounts::create_account(
        db,
        NewAccount {
            email: email.to_owned(),
            password: PASSWORD.to_owned(),
            display_name: name.to_owned(),
            stakeholder_group: group,
            country: country.to_owned(),
            organisation: organisation.map(str::to_owned),
            role,
        },
    )
    .await
    .unwrap()
    .id
}

/// A consultation open now with one paper, the demo taxonomy, two stakeholders and a
/// secretariat officer.
pub async fn world(status: ConsultationStatus, opens: Duration, closes: Duration) -> World {
    let db = db::scratch().await.unwrap();
    let now = OffsetDateTime::now_utc();
    let id = consultations::upsert_consultation(
        &db,
        NewConsultation {
            slug: SLUG,
            title: "Test consultation",
            description: "",
            status,
            opens_at: now + opens,
            closes_at: now + closes,
        },
    )
    .await
    .unwrap();
    consultations::create_paper(
        &db,
        id,
        NewPaper {
            code: PAPER,
            title: "Root zone oversight",
            abstract_text: "",
            cluster: IssueCluster::Infrastructure,
            markdown: MARKDOWN,
            language: "en",
        },
    )
    .await
    .unwrap();
    demo::seed_tags(&db).await.unwrap();
    let ana = person(
        &db,
        "ana@example.org",
        "Ana Souza",
        StakeholderGroup::CivilSociety,
        "BR",
        Some("Instituto Nupef"),
        Role::Stakeholder,
    )
    .await;
    let ben = person(
        &db,
        "ben@example.org",
        "Ben Okafor",
        StakeholderGroup::Government,
        "NG",
        Some("Ministry of Communications"),
        Role::Stakeholder,
    )
    .await;
    let secretariat = person(
        &db,
        "sec@example.org",
        "Secretariat",
        StakeholderGroup::Intergovernmental,
        "CH",
        None,
        Role::Secretariat,
    )
    .await;
    World {
        writer: Writer::start(db.clone()),
        db,
        ana,
        ben,
        secretariat,
    }
}

pub async fn open_world() -> World {
    world(
        ConsultationStatus::Open,
        Duration::days(-1),
        Duration::days(30),
    )
    .await
}

pub fn form(paragraph: &str, body: &str, tags: &[&str], consent: &str) -> CommentForm {
    CommentForm {
        paragraph: paragraph.to_owned(),
        quote: String::new(),
        body: body.to_owned(),
        tags: tags.iter().map(|t| (*t).to_owned()).collect(),
        consent: consent.to_owned(),
        language: String::new(),
    }
}

pub fn on_paper() -> Target<'static> {
    Target {
        slug: SLUG,
        code: PAPER,
        reply_to: None,
    }
}

/// What a comment copies from this person's account, as their session gives it.
pub async fn author_of(db: &impl sea_orm::ConnectionTrait, id: i64) -> Author {
    Author::of(db, id).await.unwrap()
}

/// Submits as `author` would through the site: with the account as their session gives it,
/// to the world's writer.
pub async fn submit_as(
    w: &World,
    author: i64,
    target: Target<'_>,
    form: &CommentForm,
) -> Result<MyComment, AppError> {
    submission::submit(
        &w.db,
        &w.writer,
        &author_of(&w.db, author).await,
        target,
        form,
        None,
        &[],
    )
    .await
}

/// A comment by `author` on the paper, checked and ready for the writer, not written.
pub async fn prepared(w: &World, author: i64, form: &CommentForm) -> Prepared {
    prepare::prepare(&w.db, &author_of(&w.db, author).await, on_paper(), form)
        .await
        .unwrap()
        .0
}

pub const BODY: &str = "The root zone should be managed in the open, with published reasons.";

/// A campaign's letter, as many people send it word for word.
pub const LETTER: &str = "We the undersigned call on the Working Group to keep the root zone under the present arrangements, which have served the Internet well and have kept it stable and secure for all its users around the world.";

pub async fn submit(
    w: &World,
    author: i64,
    paragraph: &str,
    body: &str,
    tags: &[&str],
    consent: &str,
) -> i64 {
    let id = submit_as(w, author, on_paper(), &form(paragraph, body, tags, consent))
        .await
        .unwrap()
        .id;
    // As the secretariat would find it a moment later: placed in its campaign, if any.
    w.writer.settle().await.unwrap();
    id
}

/// A reply by `author` to the published comment `parent`, submitted as a stakeholder would.
pub async fn reply(w: &World, author: i64, parent: i64, body: &str) -> i64 {
    submit_as(
        w,
        author,
        Target {
            slug: SLUG,
            code: PAPER,
            reply_to: Some(parent),
        },
        &form("", body, &[], "anonymous"),
    )
    .await
    .unwrap()
    .id
}

/// Ana's comment `body` on paragraph 1.1, tagged root-servers, under her name and
/// organisation: its id (pending).
pub async fn named_by_ana(w: &World, body: &str) -> i64 {
    submit(
        w,
        w.ana,
        "1.1",
        body,
        &["root-servers"],
        "name_and_organisation",
    )
    .await
}

pub async fn publish(w: &World, id: i64) {
    moderation::transition(
        &w.db,
        Some(w.secretariat),
        id,
        CommentStatus::Published,
        None,
    )
    .await
    .unwrap();
}

pub async fn opened(w: &World, p: &str, filter: &CommentFilter) -> PaperComments {
    comments::paper_comments(&w.db, SLUG, PAPER, &Opened::from_query(p), filter, None)
        .await
        .unwrap()
}

/// The hits of an unfiltered search for `words` (its first page).
pub async fn search_hits(db: &DatabaseConnection, words: &str) -> Vec<SearchHit> {
    comments::search(db, words, &CommentFilter::default(), None)
        .await
        .unwrap()
        .hits
}

/// The first column of the one row `sql` gives on SQLite.
pub async fn sqlite_value<T: sea_orm::TryGetable>(db: &DatabaseConnection, sql: &str) -> T {
    use sea_orm::{ConnectionTrait, DbBackend, Statement};
    db.query_one_raw(Statement::from_string(DbBackend::Sqlite, sql))
        .await
        .unwrap()
        .unwrap()
        .try_get_by_index(0)
        .unwrap()
}

/// The number of rows SQLite's statistics give the index `index` (the first figure of
/// its `sqlite_stat1` row).
pub async fn rows_in_statistics(db: &DatabaseConnection, index: &str) -> u64 {
    let stat: String = sqlite_value(
        db,
        &format!("SELECT stat FROM sqlite_stat1 WHERE idx LIKE '{index}'"),
    )
    .await;
    stat.split(' ').next().unwrap().parse().unwrap()
}

/// Signs in from a browser and an address never seen before: who, and the session token.
pub async fn sign_in(
    db: &impl sea_orm::ConnectionTrait,
    email: &str,
    password: &str,
) -> Result<(app::domain::Viewer, String), AppError> {
    let attempt = accounts::SignInAttempt {
        email,
        password,
        browser: None,
        address: "192.0.2.1",
    };
    let signed_in = accounts::sign_in(db, attempt, |_| Ok(())).await?;
    Ok((signed_in.viewer, signed_in.session))
}

/// Signs `email` in with [`PASSWORD`], as [`sign_in`] does.
pub async fn sign_in_as(
    db: &impl sea_orm::ConnectionTrait,
    email: &str,
) -> Result<(app::domain::Viewer, String), AppError> {
    sign_in(db, email, PASSWORD).await
}

/// A fresh, empty folder of this test process for `name`'s files.
pub fn scratch_folder(name: &str) -> std::path::PathBuf {
    app::backend::db::scratch_folder(name).unwrap()
}

/// The text of `word/document.xml` inside a DOCX.
pub fn document_xml(bytes: &[u8]) -> String {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

/// A disposition without a change named.
pub fn answer<'a>(kind: &'a str, response: &'a str) -> app::backend::desk::Answer<'a> {
    app::backend::desk::Answer {
        kind,
        response,
        changed: None,
    }
}

/// The secretariat answers comment `id` with a disposition of `kind`, no change named.
pub async fn dispose(w: &World, id: i64, kind: &str, response: &str) {
    app::backend::desk::set_disposition(&w.db, w.secretariat, id, &answer(kind, response))
        .await
        .unwrap();
}

/// Fails the test unless every comment of `ids` is in the first one's campaign, and that
/// campaign holds `size` comments.
pub async fn assert_one_campaign(w: &World, ids: &[i64], size: u64) {
    use app::backend::desk::item;
    let (campaign, found) = item(&w.db, ids[0]).await.unwrap().campaign.unwrap();
    assert_eq!(found, size);
    for id in ids {
        assert_eq!(
            item(&w.db, *id).await.unwrap().campaign,
            Some((campaign, size))
        );
    }
}

/// A CSV file the app wrote, read back: it must start with a byte-order mark and have the
/// header `columns`; its rows.
pub fn csv_rows(bytes: &[u8], columns: &[&str]) -> Vec<csv::StringRecord> {
    let without_mark = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap();
    let mut reader = csv::Reader::from_reader(without_mark);
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        columns
    );
    reader.records().map(Result::unwrap).collect()
}
