//! The secretariat's editor: the [`list`] of consultations (drafts included), a
//! [`consultation`]'s form with its papers, and a [`paper`]'s form with a preview of its
//! numbering and of the [`matches`] of its current version's paragraphs in the new text,
//! and a paper's [`translation`] into another language.

mod consultation;
mod list;
mod matches;
mod paper;
mod translation;

pub use consultation::EditorConsultationPage;
pub use list::EditorListPage;
pub use paper::EditorPaperPage;
pub use translation::EditorTranslationPage;
