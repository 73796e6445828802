//! Every catalogue says everything, and says it in its language.

use super::*;
use std::collections::{BTreeMap, BTreeSet};

#[test]
fn accept_language_picks_the_best_known_language() {
    assert_eq!(
        Locale::negotiate("fr-CH, fr;q=0.9, en;q=0.8"),
        Some(Locale::Fr)
    );
    assert_eq!(
        Locale::negotiate("de-DE, en;q=0.5, fr;q=0.7"),
        Some(Locale::Fr)
    );
    assert_eq!(Locale::negotiate("es, de"), Some(Locale::Es));
    assert_eq!(Locale::negotiate("de, ja"), None);
    assert_eq!(Locale::negotiate("fr;q=0, en"), Some(Locale::En));
}

#[test]
fn times_are_shown_in_utc_with_the_zone_named() {
    let en = Locale::En.texts();
    let fr = Locale::Fr.texts();
    assert_eq!(
        (en.datetime)("2005-02-15T09:30:00Z"),
        "15 February 2005, 09:30 UTC"
    );
    assert_eq!(
        (fr.datetime)("2005-02-15T09:30:00Z"),
        "15 février 2005 à 09:30 UTC"
    );
}

#[test]
fn every_problem_has_words_in_every_language() {
    let problems = [
        Problem::Required,
        Problem::TooShort { min: 12 },
        Problem::TooLong { max: 128 },
        Problem::ControlCharacters,
        Problem::InvalidEmail,
        Problem::EmailTaken,
        Problem::UnknownChoice,
        Problem::BadCredentials,
        Problem::AccountSuspended,
        Problem::PasswordTooCommon,
        Problem::TooManyTags { max: 5 },
        Problem::ConsultationClosed,
        Problem::NotEditable,
        Problem::ReplyNotAllowed,
        Problem::NotAllowedNow,
        Problem::AlreadyFlagged,
        Problem::InvalidSlug,
        Problem::SlugTaken,
        Problem::InvalidTime,
        Problem::ClosesBeforeOpening,
        Problem::MatchesToConfirm { count: 3 },
        Problem::StructureDiffers {
            expected: 14,
            found: 12,
            at: "2.3".into(),
        },
    ];
    for locale in Locale::ALL {
        for p in &problems {
            assert!(!(locale.texts().problem)(p).is_empty());
        }
    }
    assert!((Locale::Fr.texts().problem)(&Problem::TooShort { min: 12 }).contains("12"));
}

/// The messages of one catalogue file and the variables each uses.
fn messages(code: &str, file: &str, source: &str) -> Vec<(String, BTreeSet<String>)> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    fn walk_inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            InlineExpression::Placeable { expression } => walk(expression, out),
            InlineExpression::FunctionReference { arguments, .. } => {
                arguments
                    .positional
                    .iter()
                    .for_each(|a| walk_inline(a, out));
            }
            _ => {}
        }
    }
    fn walk(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Select { selector, variants } => {
                walk_inline(selector, out);
                variants.iter().for_each(|v| pattern(&v.value, out));
            }
            Expression::Inline(e) => walk_inline(e, out),
        }
    }
    fn pattern(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &p.elements {
            if let PatternElement::Placeable { expression } = element {
                walk(expression, out);
            }
        }
    }
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{code}/{file}.ftl does not parse: {errors:?}"));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    pattern(value, &mut vars);
                }
                Some((m.id.name.to_owned(), vars))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn every_catalogue_has_every_message_of_english_and_no_other() {
    let (_, english) = catalogue::SOURCES[0];
    let mut problems = Vec::new();
    for (code, files) in catalogue::SOURCES {
        for (i, file) in catalogue::FILES.iter().enumerate() {
            let reference: BTreeMap<_, _> = messages("en", file, english[i]).into_iter().collect();
            let this = messages(code, file, files[i]);
            let keys: BTreeSet<_> = this.iter().map(|(k, _)| k.clone()).collect();
            for key in reference.keys().filter(|k| !keys.contains(*k)) {
                problems.push(format!("{code}/{file}.ftl lacks {key}"));
            }
            for (key, vars) in &this {
                match reference.get(key) {
                    None => problems.push(format!("{code}/{file}.ftl has {key}, English has not")),
                    Some(english_vars) => {
                        for var in vars.difference(english_vars) {
                            problems.push(format!("{code}/{file}.ftl: {key} uses ${var}, unknown"));
                        }
                    }
                }
            }
            if files[i].contains("# TODO") {
                problems.push(format!("{code}/{file}.ftl has a TODO"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn plurals_follow_each_languages_cldr_rules() {
    let count = |locale: Locale, n| (locale.texts().paper_count)(n);
    assert_eq!(count(Locale::En, 1), "1 working paper");
    assert_eq!(count(Locale::En, 0), "0 working papers");
    // French counts 0 and 1 as singular.
    assert!(
        !count(Locale::Fr, 0).ends_with('s'),
        "{}",
        count(Locale::Fr, 0)
    );
    // Russian: 1, 2–4 and 5+ take three forms of the word.
    let ru: BTreeSet<String> = [1, 3, 5]
        .into_iter()
        .map(|n| {
            count(Locale::Ru, n)
                .split_whitespace()
                .last()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(ru.len(), 3, "{ru:?}");
    // Arabic has a form for two.
    assert_ne!(count(Locale::Ar, 2), count(Locale::Ar, 11));
}

#[test]
fn arabic_is_right_to_left_and_the_others_left_to_right() {
    for locale in Locale::ALL {
        assert_eq!(locale.dir() == "rtl", locale == Locale::Ar);
        assert_eq!(Locale::from_code(locale.code()), Some(locale));
        assert_eq!(Locale::from_index(locale.index()), locale);
        assert_eq!(
            catalogue::text(locale.index(), "endonym"),
            locale.endonym(),
            "{}",
            locale.code()
        );
    }
    assert_eq!(Locale::negotiate("zh-CN,zh;q=0.9"), Some(Locale::Zh));
}

#[test]
fn countries_are_named_in_every_language() {
    let ch = crate::domain::countries::country("CH").unwrap();
    let names: Vec<&str> = [
        Locale::En,
        Locale::Fr,
        Locale::Ar,
        Locale::Zh,
        Locale::Ru,
        Locale::Es,
    ]
    .into_iter()
    .map(|l| (l.texts().country_name)(ch))
    .collect();
    assert_eq!(
        names,
        [
            "Switzerland",
            "Suisse",
            "سويسرا",
            "瑞士",
            "Швейцария",
            "Suiza"
        ]
    );
    for country in crate::domain::countries::COUNTRIES {
        for locale in Locale::ALL {
            assert_ne!((locale.texts().country_name)(country), country.code);
        }
    }
}

#[test]
fn arabic_chinese_and_russian_translate_every_sentence() {
    // Names and formats that stay as they are in every language.
    let same_everywhere = |text: &str| {
        text.split_whitespace().count() < 2
            || text
                .chars()
                .all(|c| !c.is_ascii_alphabetic() || c.is_ascii_uppercase())
    };
    let english = catalogue::catalogue(Locale::En.index());
    let mut untranslated = Vec::new();
    for locale in [Locale::Ar, Locale::Zh, Locale::Ru] {
        let own: BTreeMap<&str, &str> = catalogue::catalogue(locale.index()).plain().collect();
        for (key, text) in english.plain() {
            if own.get(key) == Some(&text) && !same_everywhere(text) {
                untranslated.push(format!("{} {key}: {text}", locale.code()));
            }
        }
    }
    assert!(untranslated.is_empty(), "{}", untranslated.join("\n"));
}

#[test]
fn a_pages_catalogue_cannot_end_the_element_that_carries_it() {
    for locale in Locale::ALL {
        let source = catalogue::page_source(locale.index());
        assert!(!source.contains('<'), "{}", locale.code());
        let joined = fluent_syntax::parser::parse(source).map(|r| r.body.len());
        assert!(joined.is_ok(), "{}", locale.code());
    }
}

#[test]
fn numbers_in_messages_are_grouped_as_each_language_groups_them() {
    let total = |l: Locale, n: u64| (l.texts().g.total)(n);
    assert_eq!(total(Locale::En, 12_345), "12,345 comments");
    assert!(total(Locale::Fr, 12_345).starts_with("12\u{202f}345 "));
    assert!(total(Locale::Ru, 12_345).starts_with("12\u{a0}345 "));
    assert!(total(Locale::Es, 1234).starts_with("1234 "));
    assert!(total(Locale::Es, 12_345).starts_with("12.345 "));
}
