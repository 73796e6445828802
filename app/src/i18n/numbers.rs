//! Whole numbers as each language writes them: "12,345" in English and Chinese, "12 345"
//! in French (a narrow no-break space) and Russian (a no-break space), "12.345" in Spanish
//! (but "1234": a group of four digits stays whole), "12,345" in Arabic (Western digits,
//! as the rest of the interface writes them). Every number Fluent puts in a message goes
//! through [`formatter`]; the table is CLDR's, checked against ICU4X by the test below (a
//! test-only dependency, so that neither the server nor the WASM carries its data).

use fluent_bundle::FluentValue;

/// Each language's group separator and CLDR's minimum grouping digits, in the order of
/// [`super::Locale::index`].
const GROUPING: [(&str, usize); 6] = [
    (",", 1),
    ("\u{202f}", 1),
    (",", 1),
    (",", 1),
    ("\u{a0}", 1),
    (".", 2),
];

/// `n` with its thousands grouped as language `index` groups them.
pub fn group(index: usize, n: i64) -> String {
    let (separator, min_grouping) = GROUPING[index];
    let digits = n.unsigned_abs().to_string();
    let sign = if n < 0 { "-" } else { "" };
    if digits.len() < 4 + (min_grouping - 1) {
        return format!("{sign}{digits}");
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * separator.len());
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(digit);
    }
    format!("{sign}{out}")
}

/// Fluent's formatter of language `L`: whole numbers grouped; anything else (text, a number
/// with decimals or `useGrouping: "false"`) as Fluent writes it.
pub(super) fn formatter<const L: usize, M>(value: &FluentValue, _: &M) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let whole = number.value.fract() == 0.0 && number.value.abs() < 1e15;
    if !whole || !number.options.use_grouping || number.options.minimum_fraction_digits.is_some() {
        return None;
    }
    #[allow(
        clippy::cast_possible_truncation,
        reason = "a whole number below 10^15"
    )]
    Some(group(L, number.value as i64))
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::super::Locale;
    use super::group;
    use icu_decimal::DecimalFormatter;
    use icu_decimal::input::Decimal;
    use writeable::Writeable;

    #[test]
    fn numbers_are_grouped_as_cldr_groups_them() {
        for locale in Locale::ALL {
            // Arabic with Western digits (`nu-latn`), as the interface writes every number.
            let tag = match locale {
                Locale::Ar => "ar-u-nu-latn".to_owned(),
                other => other.code().to_owned(),
            };
            let prefs = icu_locale::Locale::try_from_str(&tag).unwrap();
            let cldr = DecimalFormatter::try_new((&prefs).into(), Default::default()).unwrap();
            // Counts only: the interface shows no negative numbers.
            for n in [
                0_i64, 7, 999, 1000, 1234, 12_345, 123_456, 1_234_567, 50_000_000,
            ] {
                let expected = cldr
                    .format(&Decimal::from(n))
                    .write_to_string()
                    .into_owned();
                assert_eq!(group(locale.index(), n), expected, "{tag} {n}");
            }
        }
    }
}
