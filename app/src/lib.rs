//! Consult: multistakeholder consultations on working papers. This crate is shared by the
//! server (feature `ssr`) and the browser (feature `hydrate`).
// The editor's paper form is one deeply nested view type: hydrating it in the release
// build needs more than the default 128 levels of the compiler's query depth.
#![recursion_limit = "256"]

pub mod api;
pub mod components;
pub mod domain;
pub mod i18n;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod backend;

mod app;
pub use app::{App, page_title, shell};
