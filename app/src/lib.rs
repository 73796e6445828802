//! Consult: multistakeholder consultations on working papers. This crate is shared by the
//! server (feature `ssr`) and the browser (feature `hydrate`).

pub mod api;
pub mod components;
pub mod domain;
pub mod i18n;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod backend;

mod app;
pub use app::{App, page_title, shell};
