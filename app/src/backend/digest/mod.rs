//! Builds the comment digest of a paper or a whole consultation: one pass over the
//! comments, then the summary tables, the sections by paragraph and stakeholder group, and
//! the campaigns shown once; and the consultation's published contributions (documents),
//! read by `contributions::reading`. The renderers in `digest_formats` turn it into files.
//!
//! `access` says who may read a digest; `selection` says what it lists; `rows` reads the
//! listed comments a chunk at a time; `build` makes the digest model from them; `earlier`
//! marks the sections on paragraphs of an earlier version with their place now.

mod access;
mod build;
mod earlier;
mod rows;
mod selection;

pub use access::{is_public, may_read, set_public};
pub use build::{build, build_from};
pub use rows::{Row, Rows};
pub use selection::{Scope, Selection};
