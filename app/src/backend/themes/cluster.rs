//! Grouping unit vectors by direction: spherical k-means (cosine similarity), seeded by
//! k-means++ with a fixed generator so that the same comments give the same themes, the
//! number of groups chosen by the simplified silhouette, and documents too far from every
//! centre left out.

use super::terms::Sparse;

/// A small deterministic generator (SplitMix64).
pub struct Dice(u64);

impl Dice {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The similarity of a sparse vector and a dense one.
pub fn dot(v: &Sparse, centre: &[f32]) -> f32 {
    v.iter().map(|&(i, w)| w * centre[i as usize]).sum()
}

/// A clustering: each document's group (`None`: none, for an empty vector) and the groups'
/// centres.
pub struct Clustering {
    pub group: Vec<Option<usize>>,
    pub centres: Vec<Vec<f32>>,
}

/// k-means over unit vectors of `dim` terms. `spherical`: centres are scaled back to unit
/// length and documents go to the most similar centre (cosine); otherwise the centres are
/// plain means and documents go to the nearest in Euclidean distance (Lloyd's k-means, the
/// baseline of the evaluation).
pub fn kmeans(vectors: &[Sparse], dim: usize, k: usize, spherical: bool) -> Clustering {
    let live: Vec<usize> = (0..vectors.len())
        .filter(|&i| !vectors[i].is_empty())
        .collect();
    let k = k.min(live.len()).max(1);
    let mut centres = seeds(vectors, &live, dim, k);
    let mut group: Vec<Option<usize>> = vec![None; vectors.len()];
    for _ in 0..MOST_ROUNDS {
        let mut moved = false;
        let norms: Vec<f32> = centres
            .iter()
            .map(|c| c.iter().map(|x| x * x).sum())
            .collect();
        for &i in &live {
            let best = nearest(&vectors[i], &centres, (!spherical).then_some(&norms[..]));
            if group[i] != Some(best) {
                group[i] = Some(best);
                moved = true;
            }
        }
        if !moved {
            break;
        }
        centres = means(vectors, &group, dim, k, spherical, &centres);
    }
    Clustering { group, centres }
}

/// k-means stops after this many rounds if documents still move.
const MOST_ROUNDS: usize = 40;

/// The group of a vector: the most similar centre, or with the centres' squared norms
/// (Euclidean), the nearest.
fn nearest(v: &Sparse, centres: &[Vec<f32>], norms: Option<&[f32]>) -> usize {
    let mut best = (0, f32::MIN);
    for (c, centre) in centres.iter().enumerate() {
        // ‖v − c‖² = 1 − 2 v·c + ‖c‖²: the nearest has the highest 2 v·c − ‖c‖².
        let score = match norms {
            None => dot(v, centre),
            Some(norms) => 2.0 * dot(v, centre) - norms[c],
        };
        if score > best.1 {
            best = (c, score);
        }
    }
    best.0
}

fn means(
    vectors: &[Sparse],
    group: &[Option<usize>],
    dim: usize,
    k: usize,
    spherical: bool,
    previous: &[Vec<f32>],
) -> Vec<Vec<f32>> {
    let mut sums = vec![vec![0f32; dim]; k];
    let mut sizes = vec![0usize; k];
    for (v, g) in vectors.iter().zip(group) {
        if let Some(g) = *g {
            sizes[g] += 1;
            for &(i, w) in v {
                sums[g][i as usize] += w;
            }
        }
    }
    for (c, sum) in sums.iter_mut().enumerate() {
        if sizes[c] == 0 {
            // An emptied group keeps its centre.
            sum.clone_from(&previous[c]);
            continue;
        }
        let scale = if spherical {
            sum.iter().map(|x| x * x).sum::<f32>().sqrt()
        } else {
            sizes[c] as f32
        };
        if scale > 0.0 {
            for x in sum.iter_mut() {
                *x /= scale;
            }
        }
    }
    sums
}

/// k-means++: the first centre is the first document; each next one is drawn with a
/// probability that grows with its distance from the centres chosen (fixed seed).
fn seeds(vectors: &[Sparse], live: &[usize], dim: usize, k: usize) -> Vec<Vec<f32>> {
    let mut dice = Dice::new(2005);
    let dense = |i: usize| {
        let mut c = vec![0f32; dim];
        for &(t, w) in &vectors[i] {
            c[t as usize] = w;
        }
        c
    };
    let Some(&first) = live.first() else {
        return vec![vec![0f32; dim]; k];
    };
    let mut centres = vec![dense(first)];
    let mut far: Vec<f64> = live
        .iter()
        .map(|&i| f64::from(1.0 - dot(&vectors[i], &centres[0])).max(0.0))
        .collect();
    while centres.len() < k {
        let total: f64 = far.iter().sum();
        let pick = if total <= 0.0 {
            centres.len() % live.len()
        } else {
            let mut at = dice.unit() * total;
            let mut pick = live.len() - 1;
            for (j, d) in far.iter().enumerate() {
                if at < *d {
                    pick = j;
                    break;
                }
                at -= d;
            }
            pick
        };
        let centre = dense(live[pick]);
        for (j, &i) in live.iter().enumerate() {
            let d = f64::from(1.0 - dot(&vectors[i], &centre)).max(0.0);
            far[j] = far[j].min(d);
        }
        centres.push(centre);
    }
    centres
}

/// The simplified silhouette of a clustering (with centres rather than every pair): for
/// each document, how much closer it is to its own centre than to the next one, averaged.
pub fn silhouette(vectors: &[Sparse], clustering: &Clustering) -> f64 {
    let (mut sum, mut n) = (0f64, 0usize);
    for (v, g) in vectors.iter().zip(&clustering.group) {
        let Some(g) = *g else { continue };
        let own = 1.0 - f64::from(dot(v, &clustering.centres[g]));
        let other = clustering
            .centres
            .iter()
            .enumerate()
            .filter(|(c, _)| *c != g)
            .map(|(_, c)| 1.0 - f64::from(dot(v, c)))
            .fold(f64::MAX, f64::min);
        if other == f64::MAX {
            continue;
        }
        let most = own.max(other);
        if most > 0.0 {
            sum += (other - own) / most;
        }
        n += 1;
    }
    if n == 0 { 0.0 } else { sum / n as f64 }
}

/// The number of groups for these vectors: the best simplified silhouette among 2 to
/// `most`, each tried on a sample of at most [`SAMPLE`] documents (every n-th).
pub fn choose_k(vectors: &[Sparse], dim: usize, most: usize) -> usize {
    let step = vectors.len().div_ceil(SAMPLE).max(1);
    let sample: Vec<Sparse> = vectors.iter().step_by(step).cloned().collect();
    let live = sample.iter().filter(|v| !v.is_empty()).count();
    let most = most.min(live / 3).max(2);
    let mut best = (2, f64::MIN);
    for k in 2..=most {
        let score = silhouette(&sample, &kmeans(&sample, dim, k, true));
        // A larger k must do clearly better: the score rises a little with k by itself.
        if score > best.1 + 0.005 {
            best = (k, score);
        }
    }
    best.0
}

/// The most documents the number of groups is chosen on.
const SAMPLE: usize = 3000;

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(entries: &[(u32, f32)]) -> Sparse {
        let mut v = entries.to_vec();
        super::super::terms::normalise(&mut v);
        v
    }

    #[test]
    fn two_directions_are_two_groups_every_time() {
        let vectors: Vec<Sparse> = (0..20)
            .map(|i| {
                if i % 2 == 0 {
                    unit(&[(0, 1.0), (1, 0.1 * (i % 5) as f32)])
                } else {
                    unit(&[(2, 1.0), (3, 0.1 * (i % 3) as f32)])
                }
            })
            .collect();
        assert_eq!(choose_k(&vectors, 4, 6), 2);
        let a = kmeans(&vectors, 4, 2, true);
        let b = kmeans(&vectors, 4, 2, true);
        assert_eq!(a.group, b.group, "deterministic");
        for i in 0..20 {
            assert_eq!(a.group[i] == a.group[0], i % 2 == 0);
        }
    }
}
