//! The Consult server as a library: the router and the layers around it, the accept loop,
//! the downloads, the command-line flags and what each command does. The `server` binary
//! only parses the flags and calls [`commands::run`].

pub mod cli;
pub mod commands;
pub mod connections;
pub mod downloads;
pub mod notices;
pub mod page_cache;
pub mod protect;
pub mod router;
pub mod site;
pub mod uploads;
