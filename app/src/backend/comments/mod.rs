//! Comments as people meet them: what readers see ([`reading`]) and the author's own
//! comments ([`own`]) and the forms they send ([`forms`]). Writing a new one is the
//! [`submission`](super::submission) pipeline.
//! Only published comments ever reach anyone but their author and the secretariat.

pub mod changes;
pub mod forms;
pub mod not_me;
pub mod own;
pub mod reading;

pub use own::{edit, mine, my_comments, withdraw};
pub use reading::{Opened, paper_comments, public_tags, published, search};
