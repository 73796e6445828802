//! SeaORM entities, one per table. They never leave the server: services map them to the
//! DTOs in `domain`.

pub mod account_token;
pub mod campaign;
pub mod campaign_member;
mod codes;
pub mod comment;
pub mod comment_band;
pub mod comment_file;
pub mod comment_revision;
pub mod comment_signature;
pub mod comment_tag;
pub mod consultation;
pub mod contribution;
pub mod contribution_event;
pub mod contribution_file;
pub mod contribution_flag;
pub mod contribution_paragraph;
pub mod disposition;
pub mod file_chunk;
pub mod flag;
pub mod form_draft;
pub mod health_check;
pub mod known_browser;
pub mod moderation_event;
pub mod outbox;
pub mod paper_translation;
pub mod paper_version;
pub mod paragraph;
pub mod paragraph_count;
pub mod paragraph_link;
pub mod public_digest;
pub mod rejection_reason;
pub mod session;
pub mod stored_file;
pub mod tag;
pub mod user;
pub mod working_paper;
