//! Server functions of the secretariat's desk (secretariat and administrators only) and of
//! flagging (any signed-in reader), one file per use case as in the desk's pages and
//! services. Each checks the caller's role here, on the server, before it does anything.

pub mod audit;
pub mod decisions;
pub mod flags;
pub mod queue;
pub mod taxonomy;

pub use audit::*;
pub use decisions::*;
pub use flags::*;
pub use queue::*;
pub use taxonomy::*;
