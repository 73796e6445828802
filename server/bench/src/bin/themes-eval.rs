//! Measures the theme analysis against people's labels, next to a simple baseline, and its
//! time on 100,000 comments: `scripts/themes-eval.sh` fetches the data set and runs this.
//!
//! `themes-eval <folder>`: the folder holds one subfolder per label, one text file per
//! document (as the BBC News data set of Greene and Cunningham is laid out). Prints the
//! adjusted Rand index and the pairwise F1 of
//! - the baseline: Lloyd's k-means on TF-IDF of every word, told the true number of labels;
//! - Consult's analysis told the true number (what its terms and cosine k-means gain);
//! - Consult's analysis as the secretariat runs it (it chooses the number of themes and
//!   leaves out comments that fit none).

use app::backend::themes::analysis::{Comment, analyse};
use app::backend::themes::cluster::kmeans;
use app::backend::themes::score::{adjusted_rand, pairwise_f1};
use app::backend::themes::terms::vectors;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let Some(folder) = std::env::args().nth(1) else {
        eprintln!("usage: themes-eval <folder of one folder per label>");
        return ExitCode::FAILURE;
    };
    match run(Path::new(&folder)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("themes-eval: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The documents, each one's label (an index), and the labels' names.
struct Labelled {
    texts: Vec<String>,
    truth: Vec<usize>,
    labels: Vec<String>,
}

fn read(folder: &Path) -> Result<Labelled, String> {
    let mut labels: Vec<String> = Vec::new();
    let mut texts = Vec::new();
    let mut truth = Vec::new();
    let mut dirs: Vec<_> = std::fs::read_dir(folder)
        .map_err(|e| format!("{}: {e}", folder.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for dir in dirs {
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .map_err(|e| e.to_string())?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        files.sort();
        for file in files {
            let bytes = std::fs::read(&file).map_err(|e| e.to_string())?;
            texts.push(String::from_utf8_lossy(&bytes).into_owned());
            truth.push(labels.len());
        }
        labels.push(
            dir.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        );
    }
    if texts.is_empty() {
        return Err(format!("no documents under {}", folder.display()));
    }
    Ok(Labelled {
        texts,
        truth,
        labels,
    })
}

fn report(name: &str, truth: &[usize], found: &[Option<usize>], seconds: f64) {
    let groups = found
        .iter()
        .flatten()
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let left = found.iter().filter(|f| f.is_none()).count();
    let (p, r, f1) = pairwise_f1(truth, found);
    println!(
        "| {name} | {groups} | {left} | {:.3} | {p:.3} | {r:.3} | {f1:.3} | {seconds:.1} s |",
        adjusted_rand(truth, found)
    );
}

fn grouping(n: usize, themes: &[Vec<usize>]) -> Vec<Option<usize>> {
    let mut found = vec![None; n];
    for (t, members) in themes.iter().enumerate() {
        for &m in members {
            found[m] = Some(t);
        }
    }
    found
}

/// The documents as comments in English, in no campaign.
fn english(texts: &[String]) -> Vec<Comment<'_>> {
    texts
        .iter()
        .map(|text| Comment {
            text,
            language: "en",
            campaign: None,
        })
        .collect()
}

fn run(folder: &Path) -> Result<(), String> {
    let Labelled {
        texts,
        truth,
        labels,
    } = read(folder)?;
    let k = labels.len();
    println!(
        "{} documents, {k} labels ({})\n",
        texts.len(),
        labels.join(", ")
    );
    println!(
        "| method | themes | left out | ARI | pair precision | pair recall | pair F1 | time |"
    );
    println!("|---|---|---|---|---|---|---|---|");

    // The baseline: every word, lower-cased, no stemming, nothing left out; k given.
    let started = Instant::now();
    let corpus = vectors(texts.iter().map(|t| {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| (w.to_lowercase(), w.to_lowercase()))
            .collect()
    }));
    let clustering = kmeans(&corpus.vectors, corpus.words.len(), k, false);
    report(
        "baseline: k-means on TF-IDF (k given)",
        &truth,
        &clustering.group,
        started.elapsed().as_secs_f64(),
    );

    let comments = english(&texts);
    for (name, given) in [
        ("Consult, k given", Some(k)),
        ("Consult, as run (k chosen, misfits left out)", None),
    ] {
        let started = Instant::now();
        let analysis = analyse(&comments, given);
        let themes: Vec<Vec<usize>> = analysis.themes.iter().map(|t| t.members.clone()).collect();
        report(
            name,
            &truth,
            &grouping(texts.len(), &themes),
            started.elapsed().as_secs_f64(),
        );
        if given.is_none() {
            println!();
            for theme in &analysis.themes {
                println!(
                    "- {} ({} documents)",
                    theme.key_terms.join(", "),
                    theme.members.len()
                );
            }
        }
    }

    // Scale: 100,000 comments, the documents over and over, each cut to its first
    // paragraphs (a comment is shorter than an article) and numbered so that none repeats.
    let started = Instant::now();
    let many: Vec<String> = (0..100_000)
        .map(|i| {
            let text = &texts[i % texts.len()];
            let cut: String = text.split("\n\n").take(3).collect::<Vec<_>>().join("\n\n");
            format!("{cut} ({i})")
        })
        .collect();
    let comments = english(&many);
    let analysis = analyse(&comments, None);
    println!(
        "\n100,000 comments: {} themes in {:.1} s",
        analysis.themes.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
