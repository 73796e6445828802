//! How far a grouping agrees with people's labels: the adjusted Rand index and the pairwise
//! F1 (over the pairs of items, is "same group" the same both ways?). A comment left out of
//! every theme counts as a group of its own.

use std::collections::HashMap;

fn pairs(n: u64) -> f64 {
    (n * n.saturating_sub(1)) as f64 / 2.0
}

/// The contingency counts of two labellings: per (truth, found), per truth, per found.
fn table(truth: &[usize], found: &[Option<usize>]) -> (Vec<u64>, Vec<u64>, Vec<u64>) {
    let mut cells: HashMap<(usize, usize), u64> = HashMap::new();
    let mut rows: HashMap<usize, u64> = HashMap::new();
    let mut columns: HashMap<usize, u64> = HashMap::new();
    // Items in no group: each its own, numbered past the groups.
    let base = found.iter().flatten().max().map_or(0, |m| m + 1);
    for (i, (&t, f)) in truth.iter().zip(found).enumerate() {
        let f = f.unwrap_or(base + i);
        *cells.entry((t, f)).or_default() += 1;
        *rows.entry(t).or_default() += 1;
        *columns.entry(f).or_default() += 1;
    }
    (
        cells.into_values().collect(),
        rows.into_values().collect(),
        columns.into_values().collect(),
    )
}

/// The adjusted Rand index: 1 for the same grouping, near 0 for a random one.
pub fn adjusted_rand(truth: &[usize], found: &[Option<usize>]) -> f64 {
    let (cells, rows, columns) = table(truth, found);
    let index: f64 = cells.iter().map(|&n| pairs(n)).sum();
    let a: f64 = rows.iter().map(|&n| pairs(n)).sum();
    let b: f64 = columns.iter().map(|&n| pairs(n)).sum();
    let all = pairs(truth.len() as u64);
    let expected = a * b / all;
    let most = (a + b) / 2.0;
    if (most - expected).abs() < f64::EPSILON {
        return 1.0;
    }
    (index - expected) / (most - expected)
}

/// Pairwise precision, recall and F1: of the pairs grouped together, how many people put
/// together, and the other way round.
pub fn pairwise_f1(truth: &[usize], found: &[Option<usize>]) -> (f64, f64, f64) {
    let (cells, rows, columns) = table(truth, found);
    let both: f64 = cells.iter().map(|&n| pairs(n)).sum();
    let precision = both / columns.iter().map(|&n| pairs(n)).sum::<f64>().max(1.0);
    let recall = both / rows.iter().map(|&n| pairs(n)).sum::<f64>().max(1.0);
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    (precision, recall, f1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_grouping_scores_one_and_names_do_not_matter() {
        let truth = [0, 0, 1, 1, 2, 2];
        let found = [Some(5), Some(5), Some(3), Some(3), Some(1), Some(1)];
        assert!((adjusted_rand(&truth, &found) - 1.0).abs() < 1e-9);
        assert_eq!(pairwise_f1(&truth, &found), (1.0, 1.0, 1.0));
    }

    #[test]
    fn one_group_for_everything_scores_zero_and_full_recall() {
        let truth = [0, 0, 1, 1, 2, 2];
        let found = [Some(0); 6];
        assert!(adjusted_rand(&truth, &found).abs() < 1e-9);
        let (p, r, _) = pairwise_f1(&truth, &found);
        assert_eq!(r, 1.0);
        assert!((p - 0.2).abs() < 1e-9, "3 of 15 pairs");
    }

    #[test]
    fn a_known_value() {
        // scikit-learn's adjusted_rand_score([0, 0, 1, 1], [0, 0, 1, 2]) = 0.5714…
        let ari = adjusted_rand(&[0, 0, 1, 1], &[Some(0), Some(0), Some(1), None]);
        assert!((ari - 0.571_428_571).abs() < 1e-6, "{ari}");
    }
}
