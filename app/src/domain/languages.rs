//! The languages a comment may be recognised in: their BCP 47 codes (ISO 639-1 where one
//! exists). The backend's detector (`backend::languages`) answers one of these; the
//! catalogue names each of them in every language (`language-xx` in `names.ftl`).

/// The languages the detector knows, in its order.
pub const DETECTABLE: [&str; 70] = [
    "eo", "en", "ru", "zh", "es", "pt", "it", "bn", "fr", "de", "uk", "ka", "ar", "hi", "ja", "he",
    "yi", "pl", "am", "jv", "ko", "nb", "da", "sv", "fi", "tr", "nl", "hu", "cs", "el", "bg", "be",
    "mr", "kn", "ro", "sl", "hr", "sr", "mk", "lt", "lv", "et", "ta", "vi", "ur", "th", "gu", "uz",
    "pa", "az", "id", "te", "fa", "ml", "or", "my", "ne", "si", "km", "tk", "ak", "zu", "sn", "af",
    "la", "sk", "ca", "tl", "hy", "cy",
];

/// Whether `code` is one of [`DETECTABLE`].
pub fn is_known(code: &str) -> bool {
    DETECTABLE.contains(&code)
}

/// Whether a language is written right to left.
pub fn is_rtl(code: &str) -> bool {
    matches!(code, "ar" | "he" | "yi" | "fa" | "ur")
}
