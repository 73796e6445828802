//! Template campaigns are found: letters generated from templates with synonym slots (the
//! FCC's 2017 docket), beside a near-verbatim campaign and letters in people's own words,
//! all placed by the placer as a server places them. Prints the figures of
//! docs/DECISIONS.md, "Campaigns": run with `--no-capture` to read them.
//!
//! The templates and the organic letters are in `tests/fixtures/campaigns/` (their
//! README says how they were written).
#![cfg(feature = "ssr")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    reason = "test set-up helpers fail the test when they fail"
)]

mod common;

use app::backend::campaigns;
use app::backend::entities::campaign_member;
use app::backend::write_turn::Turn;
use common::*;
use sea_orm::EntityTrait;
use std::collections::HashMap;
use std::path::PathBuf;

/// Letters generated from each template.
const PER_TEMPLATE: usize = 120;
/// Copies of the near-verbatim campaign's letter.
const COPIES: usize = 60;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/campaigns")
}

/// A small deterministic generator (SplitMix64): the same letters on every run.
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        ((z ^ (z >> 31)) % n as u64) as usize
    }

    fn pick<'a>(&mut self, choices: &'a [&'a str]) -> &'a str {
        choices[self.below(choices.len())]
    }
}

/// A template: fixed text and slots of synonymous choices (`{a|b|c}`).
enum Part {
    Fixed(String),
    Slot(Vec<String>),
}

fn template(text: &str) -> Vec<Part> {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let (fixed, after) = rest.split_at(open);
        let close = after.find('}').unwrap();
        parts.push(Part::Fixed(fixed.to_owned()));
        let slot = after.get(1..close).unwrap();
        parts.push(Part::Slot(slot.split('|').map(str::to_owned).collect()));
        rest = after.get(close + 1..).unwrap();
    }
    parts.push(Part::Fixed(rest.to_owned()));
    parts
}

const NAMES: &[&str] = &[
    "Maria Gonzalez",
    "John Smith",
    "Aïcha Diallo",
    "Li Wei",
    "Olga Petrova",
    "Ahmed Hassan",
    "Priya Nair",
    "Jean Dupont",
];
const PLACES: &[&str] = &[
    "Quito", "Lagos", "Chengdu", "Kazan", "Cairo", "Pune", "Lyon",
];

/// A sender's letter from a template: a choice in each slot, and the sender's name and
/// place under it, as a campaign's form adds them.
fn letter(parts: &[Part], dice: &mut Dice) -> String {
    let mut out = String::new();
    for part in parts {
        match part {
            Part::Fixed(text) => out.push_str(text),
            Part::Slot(choices) => out.push_str(&choices[dice.below(choices.len())]),
        }
    }
    format!(
        "{}\n\n{}, {}",
        out.trim(),
        dice.pick(NAMES),
        dice.pick(PLACES)
    )
}

/// Letters in people's own words, in the six languages.
fn organic() -> Vec<String> {
    let mut letters = Vec::new();
    for language in ["en", "fr", "es", "ru", "ar", "zh"] {
        let text =
            std::fs::read_to_string(fixtures().join(format!("organic-{language}.txt"))).unwrap();
        letters.extend(
            text.split("\n%%\n")
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned),
        );
    }
    letters
}

fn templates() -> Vec<Vec<Part>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(fixtures().join("templates"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| template(&std::fs::read_to_string(f).unwrap()))
        .collect()
}

/// Where each letter comes from.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Source {
    Template(usize),
    Verbatim,
    Organic,
}

/// The share of pairs of `a` and `b` letters that the campaigns group (pairs within one
/// source when `a == b`).
fn grouped_share(
    letters: &[(i64, Source)],
    campaign: &HashMap<i64, i64>,
    a: Source,
    b: Source,
) -> (u64, u64) {
    let (mut grouped, mut pairs) = (0u64, 0u64);
    for (i, (x, sx)) in letters.iter().enumerate() {
        for (y, sy) in &letters[i + 1..] {
            if (*sx, *sy) == (a, b) || (*sx, *sy) == (b, a) {
                pairs += 1;
                if campaign.get(x).is_some_and(|c| campaign.get(y) == Some(c)) {
                    grouped += 1;
                }
            }
        }
    }
    (grouped, pairs)
}

#[tokio::test]
async fn in_a_flood_template_letters_are_one_campaign_and_letters_in_own_words_none() {
    // The placer's rounds are full: many letters of one template in each.
    letters_placed(campaigns::MOST_PER_ROUND).await;
}

#[tokio::test]
async fn one_at_a_time_template_letters_are_one_campaign_and_letters_in_own_words_none() {
    // Letters arrive slowly: each round places one, which must find an earlier letter of
    // its template among those indexed.
    letters_placed(1).await;
}

async fn letters_placed(most: u64) {
    let w = open_world().await;
    w.writer.settle().await.unwrap();
    let mut dice = Dice(2005);
    let mut letters: Vec<(String, Source)> = Vec::new();
    let templates = templates();
    assert!(templates.len() >= 5, "the fixtures hold the templates");
    for (t, parts) in templates.iter().enumerate() {
        for _ in 0..PER_TEMPLATE {
            letters.push((letter(parts, &mut dice), Source::Template(t)));
        }
    }
    let greetings = [
        "Dear members of the Working Group,",
        "To the secretariat:",
        "",
    ];
    for _ in 0..COPIES {
        let text = format!(
            "{}\n\n{LETTER}\n\n{}, {}",
            dice.pick(&greetings),
            dice.pick(NAMES),
            dice.pick(PLACES)
        );
        letters.push((text, Source::Verbatim));
    }
    let organic = organic();
    assert!(organic.len() >= 300, "{} organic letters", organic.len());
    letters.extend(organic.into_iter().map(|t| (t, Source::Organic)));
    // Sent in an order no one chose, as a flood arrives.
    for i in (1..letters.len()).rev() {
        letters.swap(i, dice.below(i + 1));
    }

    // Written as the submission writer writes them, then placed by the placer's rounds.
    let mut written: Vec<(i64, Source)> = Vec::new();
    for part in letters.chunks(64) {
        let mut ready = Vec::new();
        for (text, _) in part {
            ready.push(prepared(&w, w.ana, &form("", text, &[], "anonymous")).await);
        }
        let ids = app::backend::submission::store::write_all(&w.db, &ready)
            .await
            .unwrap();
        written.extend(ids.into_iter().zip(part.iter().map(|(_, s)| *s)));
    }
    let turn = Turn::default();
    let mut after = 0;
    while let Some(last) = campaigns::place_pending(&w.db, &turn, after, most)
        .await
        .unwrap()
    {
        after = last;
    }
    let campaign: HashMap<i64, i64> = campaign_member::Entity::find()
        .all(&w.db)
        .await
        .unwrap()
        .into_iter()
        .map(|m| (m.comment_id, m.campaign_id))
        .collect();

    let share = |a, b| grouped_share(&written, &campaign, a, b);
    let (mut grouped, mut pairs) = (0, 0);
    for t in 0..templates.len() {
        let (g, p) = share(Source::Template(t), Source::Template(t));
        println!(
            "template {t}: {g} of {p} pairs grouped ({:.3})",
            g as f64 / p as f64
        );
        grouped += g;
        pairs += p;
    }
    let recall = grouped as f64 / pairs as f64;
    let (verbatim, verbatim_pairs) = share(Source::Verbatim, Source::Verbatim);
    let (organic_grouped, organic_pairs) = share(Source::Organic, Source::Organic);
    let mut joined = 0;
    for t in 0..templates.len() {
        joined += share(Source::Organic, Source::Template(t)).0;
        for u in t + 1..templates.len() {
            let (g, _) = share(Source::Template(t), Source::Template(u));
            assert_eq!(g, 0, "templates {t} and {u} are different campaigns");
        }
    }
    joined += share(Source::Organic, Source::Verbatim).0;
    let false_rate = organic_grouped as f64 / organic_pairs as f64;
    println!(
        "rounds of {most}: template recall {recall:.4} ({grouped} of {pairs} pairs); near-verbatim {verbatim} of \
         {verbatim_pairs}; organic pairs grouped {organic_grouped} of {organic_pairs} \
         ({:.4} %); organic letters' pairs with campaign letters grouped: {joined}",
        false_rate * 100.0
    );
    assert!(recall >= 0.95, "template recall {recall}");
    assert_eq!(
        verbatim, verbatim_pairs,
        "no loss on near-verbatim campaigns"
    );
    assert!(false_rate <= 0.001, "organic pairs grouped: {false_rate}");
    assert_eq!(joined, 0, "no organic letter joins a campaign");
}
