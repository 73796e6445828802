//! Themes: what the comments on a paper or a paragraph say, grouped so that the secretariat
//! can read 50,000 comments as a dozen themes with their key terms, sizes and quotes
//! (docs/DECISIONS.md, "Themes"). Runs in the process: no hosted model, nothing downloaded.
//!
//! The comments' [`terms`] and TF-IDF vectors, their [`cluster`]ing, the [`analysis`] that
//! turns clusters into themes, and the [`score`]s that measure it against people's labels.

pub mod analysis;
pub mod cluster;
pub mod score;
pub mod store;
pub mod terms;
pub mod view;
