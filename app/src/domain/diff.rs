//! The word-level difference between two texts: what a reader of a new version sees of
//! a paragraph's change. Pure and wasm-safe.

use serde::{Deserialize, Serialize};

/// One piece of a word-level difference.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Change {
    Same(String),
    Removed(String),
    Added(String),
}

/// The word-level difference between two texts: runs of words kept, removed and added,
/// with the spacing of the texts kept inside each run.
pub fn word_diff(old: &str, new: &str) -> Vec<Change> {
    let a: Vec<&str> = old.split_inclusive(char::is_whitespace).collect();
    let b: Vec<&str> = new.split_inclusive(char::is_whitespace).collect();
    let key = |w: &str| w.trim_end().to_owned();
    // Longest common subsequence of words, by dynamic programming from the end.
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if key(a[i]) == key(b[j]) {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut out: Vec<Change> = Vec::new();
    let mut push = |change: Change| match (out.last_mut(), change) {
        (Some(Change::Same(s)), Change::Same(t))
        | (Some(Change::Removed(s)), Change::Removed(t))
        | (Some(Change::Added(s)), Change::Added(t)) => s.push_str(&t),
        (_, change) => out.push(change),
    };
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && key(a[i]) == key(b[j]) {
            push(Change::Same(b[j].to_owned()));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j]) {
            push(Change::Added(b[j].to_owned()));
            j += 1;
        } else {
            push(Change::Removed(a[i].to_owned()));
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_diff_rebuilds_both_texts() {
        let old = "The root zone is managed by one operator.";
        let new = "The root zone is managed by a single accountable operator.";
        let diff = word_diff(old, new);
        let side = |keep_removed: bool| -> String {
            diff.iter()
                .filter_map(|c| match c {
                    Change::Same(s) => Some(s.as_str()),
                    Change::Removed(s) if keep_removed => Some(s.as_str()),
                    Change::Added(s) if !keep_removed => Some(s.as_str()),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(side(true), old);
        assert_eq!(side(false), new);
        assert!(diff.contains(&Change::Removed("one ".to_owned())));
        assert!(diff.contains(&Change::Added("a single accountable ".to_owned())));
    }
}
