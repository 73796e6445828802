//! One module per page.

pub(crate) mod accounts;
mod admin;
mod changes;
mod comments;
mod consultation;
pub(crate) mod contributions;
mod desk;
mod digest;
mod dispositions;
mod editor;
mod home;
mod not_found;
mod paper;
mod paper_languages;
mod profile;
mod recovery;
mod search;

pub use accounts::{RegisterPage, SignInPage};
pub use admin::AccountsPage;
pub use changes::ChangesPage;
pub use comments::{CommentFormPage, EditCommentPage, MyCommentPage, MyCommentsPage};
pub use consultation::ConsultationPage;
pub use contributions::{ContributeFormPage, ContributionPage, ContributionsPage};
pub use desk::{AuditLogPage, DeskContributionsPage, DeskItemPage, QueuePage, ThemesPageView};
pub use digest::DigestPage;
pub use dispositions::DispositionsPage;
pub use editor::{EditorConsultationPage, EditorListPage, EditorPaperPage, EditorTranslationPage};
pub use home::HomePage;
pub use not_found::NotFound;
pub use paper::PaperPage;
pub use profile::ProfilePage;
pub use recovery::{ForgotPasswordPage, NotMePage, ResetPasswordPage, VerifyEmailPage};
pub use search::SearchPage;
