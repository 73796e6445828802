//! The secretariat's desk, by use case: the moderation [`queue`], [`decisions`], [`flags`],
//! the [`taxonomy`] of tags and reasons, and the [`audit`] log. Who may call these is the
//! server functions' check (`require_role`); every change here is one transaction with its
//! audit event.

pub mod audit;
pub mod decisions;
pub mod flags;
pub mod queue;
pub mod taxonomy;

pub use audit::{LOG_PAGE, log};
pub use decisions::{Answer, campaign_pending, change_choices, decide, set_disposition};
pub use flags::{flag_comment, hide, keep};
pub use queue::{QUEUE_PAGE, QueueFilter, item, queue};
pub use taxonomy::{add_reason, add_tag, all_tags, reasons, retag};

use crate::domain::desk::REASON_MAX_CHARS;
use crate::domain::{AppError, Field};

pub(super) fn reason_of(raw: &str) -> Result<String, AppError> {
    crate::domain::validation::validate_line(raw, REASON_MAX_CHARS)
        .map_err(|p| AppError::validation(Field::Reason, p))
}
