//! One module per page.

mod accounts;
mod consultation;
mod home;
mod not_found;
mod paper;
mod profile;

pub use accounts::{RegisterPage, SignInPage};
pub use consultation::ConsultationPage;
pub use home::HomePage;
pub use not_found::NotFound;
pub use paper::PaperPage;
pub use profile::ProfilePage;
