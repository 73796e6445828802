//! Themes found in a set of comments, in memory: no database, no model, nothing
//! downloaded. The same comments in the same order give the same themes.
//!
//! 1. Each comment's [`terms`](super::terms) (function words of the six languages out,
//!    stems in), TF-IDF over the corpus.
//! 2. A campaign counts once: its letters are one document, so that a flood does not
//!    become the main theme; its size is reported with the theme.
//! 3. Spherical k-means, the number of themes chosen by the simplified silhouette.
//! 4. A comment far from its theme's centre (below [`FIT`] of the theme's median
//!    similarity) fits no theme and is listed as such; so is a theme of one document.
//! 5. Each theme's label: its key terms by class-based TF-IDF (how much more often the
//!    theme uses a term than the comments as a whole), shown as most often written; its
//!    quotes: the documents nearest its centre.

use super::cluster::{choose_k, dot, kmeans};
use super::terms::{terms, vectors};
use std::collections::BTreeMap;

/// A comment to analyse.
pub struct Comment<'a> {
    pub text: &'a str,
    /// Its language's code (chooses the stemmer).
    pub language: &'a str,
    /// Its campaign, if any: a campaign's comments are one document.
    pub campaign: Option<i64>,
}

/// A theme found: its comments (indexes into the input, the nearest its centre first), its
/// key terms and its representative comments (indexes, at most three distinct texts).
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub members: Vec<usize>,
    pub key_terms: Vec<String>,
    pub quotes: Vec<usize>,
}

/// What the analysis found: themes, largest first (campaigns counting once), and the
/// comments that fit none.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Analysis {
    pub themes: Vec<Found>,
    pub unthemed: Vec<usize>,
}

/// A document and its similarity to its theme's centre.
type Placed = (usize, f32);

/// A comment whose similarity to its theme's centre is below this share of the theme's
/// median similarity fits no theme.
pub const FIT: f32 = 0.4;
/// The most themes proposed: more is not read.
pub const MOST_THEMES: usize = 12;
/// Key terms shown in a label.
const KEY_TERMS: usize = 4;

/// Finds the themes of `comments`; `k` fixes their number (the evaluation), else it is
/// chosen.
pub fn analyse(comments: &[Comment], k: Option<usize>) -> Analysis {
    // One document per campaign (its first comment's text), one per other comment.
    let mut documents: Vec<Vec<usize>> = Vec::new();
    let mut of_campaign: BTreeMap<i64, usize> = BTreeMap::new();
    for (i, c) in comments.iter().enumerate() {
        match c.campaign {
            Some(id) => match of_campaign.get(&id) {
                Some(&d) => documents[d].push(i),
                None => {
                    of_campaign.insert(id, documents.len());
                    documents.push(vec![i]);
                }
            },
            None => documents.push(vec![i]),
        }
    }
    let corpus = vectors(
        documents
            .iter()
            .map(|d| terms(comments[d[0]].text, comments[d[0]].language)),
    );
    let dim = corpus.words.len();
    let live = corpus.vectors.iter().filter(|v| !v.is_empty()).count();
    if live < 2 || dim == 0 {
        return Analysis {
            themes: Vec::new(),
            unthemed: (0..comments.len()).collect(),
        };
    }
    let k = k.unwrap_or_else(|| choose_k(&corpus.vectors, dim, MOST_THEMES));
    let clustering = kmeans(&corpus.vectors, dim, k, true);

    // Each theme's documents with their similarity to its centre, nearest first.
    let mut groups: Vec<Vec<(usize, f32)>> = vec![Vec::new(); clustering.centres.len()];
    let mut unthemed_docs: Vec<usize> = Vec::new();
    for (d, g) in clustering.group.iter().enumerate() {
        match g {
            Some(g) => groups[*g].push((d, dot(&corpus.vectors[d], &clustering.centres[*g]))),
            None => unthemed_docs.push(d),
        }
    }
    let mut themes = Vec::new();
    for (g, group) in groups.iter_mut().enumerate() {
        group.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let median = group.get(group.len() / 2).map_or(0.0, |m| m.1);
        let (fit, misfit): (Vec<Placed>, Vec<Placed>) =
            group.iter().partition(|(_, s)| *s >= FIT * median);
        unthemed_docs.extend(misfit.iter().map(|(d, _)| *d));
        if fit.len() < 2 {
            unthemed_docs.extend(fit.iter().map(|(d, _)| *d));
            continue;
        }
        let key_terms = key_terms(&corpus.counts, &corpus.words, &fit, g, &clustering.group);
        themes.push((fit, key_terms));
    }
    themes.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0[0].0.cmp(&b.0[0].0)));
    let mut unthemed: Vec<usize> = unthemed_docs
        .iter()
        .flat_map(|&d| documents[d].iter().copied())
        .collect();
    unthemed.sort_unstable();
    Analysis {
        themes: themes
            .into_iter()
            .map(|(fit, key_terms)| Found {
                members: fit
                    .iter()
                    .flat_map(|&(d, _)| documents[d].iter().copied())
                    .collect(),
                quotes: fit.iter().take(3).map(|&(d, _)| documents[d][0]).collect(),
                key_terms,
            })
            .collect(),
        unthemed,
    }
}

/// A theme's key terms by class-based TF-IDF: a term's share of the theme's words times
/// ln(1 + the average words per theme / the term's count over all documents).
fn key_terms(
    counts: &[Vec<(u32, u32)>],
    words: &[String],
    fit: &[(usize, f32)],
    theme: usize,
    groups: &[Option<usize>],
) -> Vec<String> {
    let mut overall: BTreeMap<u32, u32> = BTreeMap::new();
    for c in counts {
        for &(t, n) in c {
            *overall.entry(t).or_default() += n;
        }
    }
    let themes = groups.iter().flatten().max().map_or(1, |m| m + 1);
    let average = overall.values().map(|&n| f64::from(n)).sum::<f64>() / themes as f64;
    let mut mine: BTreeMap<u32, u32> = BTreeMap::new();
    for &(d, _) in fit {
        debug_assert_eq!(groups[d], Some(theme));
        for &(t, n) in &counts[d] {
            *mine.entry(t).or_default() += n;
        }
    }
    let total = f64::from(mine.values().sum::<u32>()).max(1.0);
    let mut scored: Vec<(f64, u32)> = mine
        .iter()
        .map(|(&t, &n)| {
            let tf = f64::from(n) / total;
            (tf * (1.0 + average / f64::from(overall[&t])).ln(), t)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
        .iter()
        .take(KEY_TERMS)
        .map(|&(_, t)| words[t as usize].clone())
        .collect()
}

/// Places comments in existing themes (groups of indexes into `comments`): each of
/// `others` goes to the theme whose centre it is most similar to, when that similarity is
/// at least `fit` of the theme's median; else `None`. The vectors are those of all the
/// comments, so that the themes and the others are measured alike.
pub fn fit_to(
    comments: &[Comment],
    themes: &[Vec<usize>],
    others: &[usize],
    fit: f32,
) -> Vec<Option<usize>> {
    if themes.is_empty() || others.is_empty() {
        return vec![None; others.len()];
    }
    let corpus = vectors(comments.iter().map(|c| terms(c.text, c.language)));
    let dim = corpus.words.len();
    let centres: Vec<(Vec<f32>, f32)> = themes
        .iter()
        .map(|members| {
            let mut centre = vec![0f32; dim];
            for &m in members {
                for &(t, w) in &corpus.vectors[m] {
                    centre[t as usize] += w;
                }
            }
            let norm = centre.iter().map(|x| x * x).sum::<f32>().sqrt();
            if norm > 0.0 {
                centre.iter_mut().for_each(|x| *x /= norm);
            }
            let mut sims: Vec<f32> = members
                .iter()
                .map(|&m| dot(&corpus.vectors[m], &centre))
                .collect();
            sims.sort_by(f32::total_cmp);
            let median = sims.get(sims.len() / 2).copied().unwrap_or(0.0);
            (centre, median)
        })
        .collect();
    others
        .iter()
        .map(|&i| {
            let v = &corpus.vectors[i];
            if v.is_empty() {
                return None;
            }
            let (best, sim) = centres
                .iter()
                .enumerate()
                .map(|(g, (c, _))| (g, dot(v, c)))
                .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))?;
            (sim > 0.0 && sim >= fit * centres[best].1).then_some(best)
        })
        .collect()
}
