//! Types shared by the browser and the server: DTOs, enums, the one error type, validation.

pub mod account;
pub mod changes;
pub mod comment;
pub mod consultation;
pub mod contributions;
pub mod countries;
pub mod desk;
pub mod diff;
pub mod digest;
pub mod editor;
pub mod error;
pub mod languages;
pub mod themes;
pub mod translations;
pub mod user_text;
pub mod validation;
pub mod versions;

pub use account::*;
pub use consultation::*;
pub use error::*;
