//! The catalogue's messages as the typed [`Texts`] of each language.
//!
//! One generic builder per struct, `L` being the language's index ([`super::Locale::index`]):
//! a closure in a builder names `L` without capturing it, so it is still a plain `fn` and
//! call sites read `(texts.paper_count)(n)` in every language.

/// A message with variables: `f!(L, "key", n = 3, code = "WP1")`.
macro_rules! f {
    ($l:expr, $key:literal $(, $name:ident = $value:expr)* $(,)?) => {{
        #[allow(unused_mut)]
        let mut args = fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($name), $value); )*
        $crate::i18n::catalogue::format($l, $key, &args)
    }};
}

mod comments;
mod contributions;
mod desk;
mod digest;
mod editor;
mod mail;
mod main;
mod themes;

pub(super) use main::build as texts;

use super::catalogue;
pub(super) use super::{
    CommentTexts, ContributionTexts, DeskTexts, DigestFileTexts, DigestTexts, EditorTexts,
    MailTexts, Texts, ThemeTexts,
};
use crate::domain::countries::Country;

/// A message without variables.
pub(super) fn t<const L: usize>(key: &str) -> &'static str {
    catalogue::text(L, key)
}

/// An RFC 3339 UTC time, readable, with the time zone named (`datetime` and `month-N`).
pub(super) fn format_datetime<const L: usize>(rfc3339: &str) -> String {
    use time::format_description::well_known::Rfc3339;
    let Ok(time) = time::OffsetDateTime::parse(rfc3339, &Rfc3339) else {
        return rfc3339.to_owned();
    };
    let time = time.to_offset(time::UtcOffset::UTC);
    let month = u8::from(time.month());
    f!(
        L,
        "datetime",
        day = time.day(),
        month = catalogue::text(L, &format!("month-{month}")),
        month_number = month,
        year = time.year().to_string(),
        hour = format!("{:02}", time.hour()),
        minute = format!("{:02}", time.minute()),
    )
}

/// A country's name in the language.
pub(super) fn country_name<const L: usize>(country: &Country) -> &'static str {
    super::countries::name(L, country)
}
