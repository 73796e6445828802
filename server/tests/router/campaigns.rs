//! The desk shows why letters were grouped: a template campaign's card says so and shows
//! the skeleton its letters share.

use crate::support::*;
use axum::body::Body;
use axum::http::header;
use http_body_util::BodyExt;

/// The `n`th letter of the English root zone template of `app/tests/fixtures/campaigns`:
/// a choice in each slot, picked as a campaign's generator picks them (SplitMix64 seeded
/// with `n`).
fn letter(n: usize) -> String {
    let template = include_str!("../../../app/tests/fixtures/campaigns/templates/en-1.txt");
    let mut out = String::new();
    let mut rest = template;
    let mut slot = 0;
    while let Some(open) = rest.find('{') {
        let (fixed, after) = rest.split_at(open);
        let close = after.find('}').unwrap();
        out.push_str(fixed);
        let choices: Vec<&str> = after.get(1..close).unwrap().split('|').collect();
        out.push_str(choices[pick(n, slot) % choices.len()]);
        slot += 1;
        rest = after.get(close + 1..).unwrap();
    }
    out.push_str(rest);
    out
}

fn pick(n: usize, slot: usize) -> usize {
    let mut z = ((n as u64) << 32 | slot as u64).wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    (z ^ (z >> 31)) as usize
}

async fn desk(router: &axum::Router, cookie: &str) -> String {
    let req = http::Request::get("/desk")
        .header(header::COOKIE, cookie)
        .body(Body::empty())
        .unwrap();
    let res = send(router, req).await;
    String::from_utf8_lossy(&res.into_body().collect().await.unwrap().to_bytes()).into_owned()
}

/// Letters sent, each by its own sender.
const LETTERS: usize = 6;

#[tokio::test]
async fn a_template_campaign_card_shows_the_skeleton_its_letters_share() {
    let (router, db) = demo_router_and_db().await;
    let slug = app::backend::demo::CONSULTATION_SLUG;
    for n in 0..LETTERS {
        let author = session_of(
            &db,
            &format!("sender{n}@example.org"),
            app::domain::Role::Stakeholder,
        )
        .await;
        let form = format!(
            "slug={slug}&code=WP-ROOT&paragraph=&quote=&body={}&consent=anonymous",
            form_urlencoded::byte_serialize(letter(n).as_bytes()).collect::<String>()
        );
        let mut req = form_post("/api/submit_comment", &form);
        req.headers_mut()
            .insert(header::COOKIE, author.parse().unwrap());
        assert!(send(&router, req).await.status().is_success());
    }
    let secretariat = session_of(&db, "sec@example.org", app::domain::Role::Secretariat).await;
    // The placer groups them a moment after their receipts.
    let mut html = String::new();
    for _ in 0..100 {
        html = desk(&router, &secretariat).await;
        if html.contains("Campaign: 6 letters from one template") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let page = scraper::Html::parse_document(&html);
    let card = scraper::Selector::parse(".campaign").unwrap();
    let card: String = page
        .select(&card)
        .next()
        .unwrap_or_else(|| panic!("a campaign card: {html}"))
        .text()
        .collect();
    assert!(
        card.contains("Campaign: 6 letters from one template"),
        "{card}"
    );
    assert!(card.contains("the same sentences, with other words chosen in their places"));
    // The letters share few runs of three words; the skeleton shows what they share: the
    // function words and sentence ends, "…" where each letter chose its own words.
    let skeleton = scraper::Selector::parse(".campaign .skeleton").unwrap();
    let skeleton: String = page.select(&skeleton).next().unwrap().text().collect();
    assert!(
        skeleton.contains(
            "· the … has … for … · … of … on it each … of it · any … in its … to the … of the … ·"
        ),
        "the skeleton of the card's letter: {skeleton}"
    );
    assert!(!skeleton.contains("root"), "{skeleton}");
}
