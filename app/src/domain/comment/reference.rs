//! The public reference of a comment (`C-2005-000123`) and reading it back.

/// The public reference of a comment, given as its receipt: `C-2005-000123`.
pub fn reference(year: i32, id: i64) -> String {
    format!("C-{year}-{id:06}")
}

/// The comment id a reference names, if it is well formed.
pub fn id_from_reference(reference: &str) -> Option<(i32, i64)> {
    let mut parts = reference
        .trim()
        .strip_prefix(['C', 'c'])?
        .strip_prefix('-')?
        .split('-');
    let year = parts.next()?.parse().ok()?;
    let id = parts.next()?.parse().ok()?;
    parts.next().is_none().then_some((year, id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_year_and_six_digits_and_read_back() {
        assert_eq!(reference(2005, 123), "C-2005-000123");
        assert_eq!(reference(2026, 1_234_567), "C-2026-1234567");
        assert_eq!(id_from_reference("C-2005-000123"), Some((2005, 123)));
        assert_eq!(id_from_reference(" c-2005-42 "), Some((2005, 42)));
        assert_eq!(id_from_reference("C-2005"), None);
        assert_eq!(id_from_reference("X-2005-1"), None);
        assert_eq!(id_from_reference("C-2005-1-2"), None);
    }
}
