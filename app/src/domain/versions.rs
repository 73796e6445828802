//! What became of each paragraph when a paper gets a new version: the proposed match of
//! every commentable paragraph of the old version to the new one (unchanged, moved, edited,
//! split, merged or removed), found by the words they share and their order, never by
//! their numbers. What changed inside a paragraph is [`diff`](super::diff).
//!
//! Pure and wasm-safe: the editor shows the proposal before publishing, the server stores
//! it once the secretariat has confirmed every uncertain match.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Below this similarity an edited paragraph is only proposed: the secretariat confirms or
/// corrects it before the new version is published. A typical editorial change (a few
/// words in a paragraph of fifty or more) keeps the similarity above 0.9; a rewritten
/// sentence takes it to about 0.7, where the paragraph may now say something else and a
/// person must judge whether its comments still bear on it.
pub const CERTAIN_FROM: f32 = 0.85;

/// Below this similarity two paragraphs are not proposed as one edited paragraph at all.
pub const RELATED_FROM: f32 = 0.5;

/// How much of a paragraph's words must reappear in the pieces it was split into (or come
/// from the pieces merged into it) for a split or a merge to be proposed.
const COVERED_FROM: f32 = 0.8;

/// What became of one paragraph of the old version.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fate {
    /// The same text, in the same order relative to the others.
    Unchanged,
    /// The same text, elsewhere in the paper.
    Moved,
    /// Changed words, the same paragraph.
    Edited,
    /// Its text is now in several consecutive paragraphs.
    Split,
    /// It and its neighbours are now one paragraph.
    Merged,
    /// Its text is gone.
    Removed,
}

impl Fate {
    pub const ALL: [Self; 6] = [
        Self::Unchanged,
        Self::Moved,
        Self::Edited,
        Self::Split,
        Self::Merged,
        Self::Removed,
    ];

    /// The stable code stored in the database and used in forms.
    pub fn code(self) -> &'static str {
        match self {
            Self::Unchanged => "unchanged",
            Self::Moved => "moved",
            Self::Edited => "edited",
            Self::Split => "split",
            Self::Merged => "merged",
            Self::Removed => "removed",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.code() == code)
    }
}

/// The proposed fate of the old paragraph at `old` (an index into the old list): the new
/// paragraphs it continues in (indices into the new list; none when removed), how alike the
/// texts are (0 to 1), and whether a person must confirm it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Proposal {
    pub old: usize,
    pub new: Vec<usize>,
    pub fate: Fate,
    pub similarity: f32,
    pub certain: bool,
}

/// A proposal as the editor shows it, before a new text is saved: an old paragraph, what
/// is proposed for it, and whether the secretariat must confirm or correct it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MatchView {
    pub old_id: i64,
    pub old_number: String,
    pub old_text: String,
    pub fate: Fate,
    pub new_numbers: Vec<String>,
    pub similarity_percent: u8,
    pub certain: bool,
    /// Comments on it, published or waiting for moderation (replies not counted).
    pub comments: u64,
}

/// What "Preview" shows: the numbered blocks of the new text and, for a paper that has a
/// version already, the proposed fate of each of its paragraphs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PaperPreview {
    pub blocks: Vec<crate::domain::ParagraphView>,
    pub matches: Vec<MatchView>,
}

/// The words of a text as compared: lower-case runs of letters and digits, in order.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn bag(words: &[String]) -> HashMap<&str, u32> {
    let mut bag = HashMap::new();
    for w in words {
        *bag.entry(w.as_str()).or_insert(0) += 1;
    }
    bag
}

/// How many words two bags share, counting repeats.
fn shared(a: &HashMap<&str, u32>, b: &HashMap<&str, u32>) -> u32 {
    a.iter()
        .map(|(w, n)| b.get(w).map_or(0, |m| (*n).min(*m)))
        .sum()
}

fn ratio(part: u32, whole: u32) -> f32 {
    if whole == 0 {
        0.0
    } else {
        // Paragraph word counts are far below f32's exact range.
        #[allow(clippy::cast_precision_loss, reason = "counts of words in a paragraph")]
        let r = part as f32 / whole as f32;
        r
    }
}

/// How alike two texts are, 0 to 1: the words they share, counting repeats, over the
/// average of their lengths (the Sørensen–Dice coefficient on word bags).
pub fn similarity(a: &str, b: &str) -> f32 {
    let (a, b) = (words(a), words(b));
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    dice(&bag(&a), &bag(&b))
}

/// Proposes the fate of every old paragraph (texts of the commentable paragraphs, in
/// order). Every old paragraph gets exactly one proposal, in the old order, and no new
/// paragraph continues two old ones unless they were merged into it.
pub fn propose(old: &[&str], new: &[&str]) -> Vec<Proposal> {
    let old_words: Vec<Vec<String>> = old.iter().map(|t| words(t)).collect();
    let new_words: Vec<Vec<String>> = new.iter().map(|t| words(t)).collect();
    let old_bags: Vec<HashMap<&str, u32>> = old_words.iter().map(|w| bag(w)).collect();
    let new_bags: Vec<HashMap<&str, u32>> = new_words.iter().map(|w| bag(w)).collect();
    let mut taken_new = vec![false; new.len()];
    let mut found: Vec<Option<Proposal>> = vec![None; old.len()];

    // 1. The same words: the first unused new paragraph with exactly these words.
    for (i, w) in old_words.iter().enumerate() {
        if let Some(j) = (0..new.len()).find(|&j| !taken_new[j] && new_words[j] == *w) {
            taken_new[j] = true;
            found[i] = Some(Proposal {
                old: i,
                new: vec![j],
                fate: Fate::Unchanged,
                similarity: 1.0,
                certain: true,
            });
        }
    }

    // 2. Split: an old paragraph whose words reappear in consecutive unused new ones,
    // better than in any one of them.
    let unmatched: Vec<usize> = (0..old.len()).filter(|&i| found[i].is_none()).collect();
    for i in unmatched {
        let Some(run) = best_run(&old_bags[i], &new_bags, &taken_new) else {
            continue;
        };
        let whole = sum(run.iter().map(|&j| &new_bags[j]));
        let together = dice(&old_bags[i], &whole);
        let alone = (0..new.len())
            .filter(|&j| !taken_new[j])
            .map(|j| dice(&old_bags[i], &new_bags[j]))
            .fold(0.0, f32::max);
        if together > alone {
            for &j in &run {
                taken_new[j] = true;
            }
            found[i] = Some(Proposal {
                old: i,
                new: run,
                fate: Fate::Split,
                similarity: together,
                certain: false,
            });
        }
    }

    // 3. Merged: consecutive old paragraphs whose words make up one unused new one, better
    // than any one of them.
    let unused: Vec<usize> = (0..new.len()).filter(|&j| !taken_new[j]).collect();
    for j in unused {
        let matched: Vec<bool> = found.iter().map(Option::is_some).collect();
        let Some(run) = best_run(&new_bags[j], &old_bags, &matched) else {
            continue;
        };
        let whole = sum(run.iter().map(|&i| &old_bags[i]));
        let together = dice(&whole, &new_bags[j]);
        let alone = (0..old.len())
            .filter(|&i| found[i].is_none())
            .map(|i| dice(&old_bags[i], &new_bags[j]))
            .fold(0.0, f32::max);
        if together > alone {
            taken_new[j] = true;
            for &i in &run {
                found[i] = Some(Proposal {
                    old: i,
                    new: vec![j],
                    fate: Fate::Merged,
                    similarity: together,
                    certain: false,
                });
            }
        }
    }

    // 4. Edited: the most alike remaining pairs first.
    let mut pairs: Vec<(f32, usize, usize)> = Vec::new();
    for i in (0..old.len()).filter(|&i| found[i].is_none()) {
        for j in (0..new.len()).filter(|&j| !taken_new[j]) {
            let s = dice(&old_bags[i], &new_bags[j]);
            if s >= RELATED_FROM {
                pairs.push((s, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    for (s, i, j) in pairs {
        if found[i].is_none() && !taken_new[j] {
            taken_new[j] = true;
            found[i] = Some(Proposal {
                old: i,
                new: vec![j],
                fate: Fate::Edited,
                similarity: s,
                certain: s >= CERTAIN_FROM,
            });
        }
    }

    let mut proposals: Vec<Proposal> = found
        .into_iter()
        .enumerate()
        .map(|(i, p)| {
            p.unwrap_or(Proposal {
                old: i,
                new: Vec::new(),
                fate: Fate::Removed,
                similarity: 0.0,
                certain: false,
            })
        })
        .collect();
    mark_moved(&mut proposals);
    proposals
}

fn bag_len(bag: &HashMap<&str, u32>) -> u32 {
    bag.values().sum()
}

/// The Sørensen–Dice coefficient of two word bags.
fn dice(a: &HashMap<&str, u32>, b: &HashMap<&str, u32>) -> f32 {
    ratio(2 * shared(a, b), bag_len(a) + bag_len(b))
}

/// The words of several paragraphs together.
fn sum<'a, 'w: 'a>(bags: impl Iterator<Item = &'a HashMap<&'w str, u32>>) -> HashMap<&'w str, u32> {
    let mut whole = HashMap::new();
    for bag in bags {
        for (w, n) in bag {
            *whole.entry(*w).or_insert(0) += n;
        }
    }
    whole
}

/// The run of at least two consecutive unused paragraphs of `others` that together hold
/// most of `whole`'s words, each of them made mostly of `whole`'s words.
fn best_run(
    whole: &HashMap<&str, u32>,
    others: &[HashMap<&str, u32>],
    used: &[bool],
) -> Option<Vec<usize>> {
    let whole_len = bag_len(whole);
    if whole_len == 0 {
        return None;
    }
    // A piece belongs to `whole` when most of its own words come from it.
    let belongs: Vec<bool> = others
        .iter()
        .zip(used)
        .map(|(o, &u)| !u && ratio(shared(o, whole), bag_len(o)) >= COVERED_FROM)
        .collect();
    let mut best: Option<(f32, Vec<usize>)> = None;
    let mut start = 0;
    while start < others.len() {
        if !belongs[start] {
            start += 1;
            continue;
        }
        let mut end = start;
        while end + 1 < others.len() && belongs[end + 1] {
            end += 1;
        }
        if end > start {
            let pieces = sum(others[start..=end].iter());
            let covered = ratio(shared(whole, &pieces), whole_len);
            if covered >= COVERED_FROM && best.as_ref().is_none_or(|(c, _)| covered > *c) {
                best = Some((covered, (start..=end).collect()));
            }
        }
        start = end + 1;
    }
    best.map(|(_, run)| run)
}

/// Unchanged and edited paragraphs whose new places are out of the old order are moved:
/// those outside the longest run of matches that keeps its order.
fn mark_moved(proposals: &mut [Proposal]) {
    let single: Vec<(usize, usize)> = proposals
        .iter()
        .enumerate()
        .filter(|(_, p)| matches!(p.fate, Fate::Unchanged | Fate::Edited))
        .filter_map(|(k, p)| p.new.first().map(|&j| (k, j)))
        .collect();
    let in_order = longest_increasing(&single.iter().map(|&(_, j)| j).collect::<Vec<_>>());
    for (n, &(k, _)) in single.iter().enumerate() {
        if !in_order.contains(&n) {
            let p = &mut proposals[k];
            if p.fate == Fate::Unchanged {
                p.fate = Fate::Moved;
            }
        }
    }
}

/// The positions of a longest strictly increasing subsequence (patience sorting).
fn longest_increasing(values: &[usize]) -> Vec<usize> {
    let mut tails: Vec<usize> = Vec::new(); // positions, by length - 1
    let mut previous: Vec<Option<usize>> = vec![None; values.len()];
    for (k, &v) in values.iter().enumerate() {
        let at = tails.partition_point(|&t| values[t] < v);
        previous[k] = at.checked_sub(1).map(|a| tails[a]);
        if at == tails.len() {
            tails.push(k);
        } else {
            tails[at] = k;
        }
    }
    let mut out = Vec::with_capacity(tails.len());
    let mut at = tails.last().copied();
    while let Some(k) = at {
        out.push(k);
        at = previous[k];
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str =
        "The root zone file is managed by one operator under a contract with one government.";
    const B: &str = "Internet governance includes the allocation of names and numbers.";
    const C: &str =
        "Developing countries take part in the meetings of the bodies that set standards.";

    fn fates(p: &[Proposal]) -> Vec<(Fate, Vec<usize>)> {
        p.iter().map(|p| (p.fate, p.new.clone())).collect()
    }

    #[test]
    fn the_same_text_is_unchanged_and_a_new_paragraph_between_changes_nothing() {
        let p = propose(&[A, B, C], &[A, "A paragraph that is new.", B, C]);
        assert_eq!(
            fates(&p),
            [
                (Fate::Unchanged, vec![0]),
                (Fate::Unchanged, vec![2]),
                (Fate::Unchanged, vec![3])
            ]
        );
        assert!(p.iter().all(|p| p.certain));
    }

    #[test]
    fn a_paragraph_put_elsewhere_is_moved() {
        let p = propose(&[A, B, C], &[B, C, A]);
        assert_eq!(p[0].fate, Fate::Moved);
        assert_eq!(p[0].new, [2]);
        assert_eq!((p[1].fate, p[2].fate), (Fate::Unchanged, Fate::Unchanged));
    }

    #[test]
    fn a_few_words_changed_is_a_certain_edit_and_a_rewrite_asks_for_a_person() {
        let light = A.replace("one operator", "a single operator");
        let p = propose(&[A, B], &[&light, B]);
        assert_eq!(p[0].fate, Fate::Edited);
        assert!(p[0].certain, "{}", p[0].similarity);
        let heavy = "The root zone file is managed by one accountable operator under a contract with all governments.";
        let p = propose(&[A, B], &[heavy, B]);
        assert_eq!(p[0].fate, Fate::Edited);
        assert!(!p[0].certain, "{}", p[0].similarity);
    }

    #[test]
    fn split_merged_and_removed_paragraphs_are_proposed_for_a_person_to_confirm() {
        let long = format!("{A} {C}");
        let p = propose(&[&long, B], &[A, C, B]);
        assert_eq!(fates(&p)[0], (Fate::Split, vec![0, 1]));
        assert!(!p[0].certain);
        let p = propose(&[A, C, B], &[&long, B]);
        assert_eq!(
            fates(&p)[..2],
            [(Fate::Merged, vec![0]), (Fate::Merged, vec![0])]
        );
        let p = propose(&[A, B, C], &[A, C]);
        assert_eq!(fates(&p)[1], (Fate::Removed, vec![]));
        assert!(!p[1].certain);
    }

    #[test]
    fn numbers_do_not_decide_a_match() {
        // Same count, same numbers, other texts: nothing matches by position.
        let p = propose(&[A], &["Something else entirely, on spectrum policy."]);
        assert_eq!(p[0].fate, Fate::Removed);
    }
}
