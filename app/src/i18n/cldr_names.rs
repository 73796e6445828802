//! The names of countries and languages in `app/locales/*/names.ftl` are CLDR's.
//!
//! They come from the Unicode Common Locale Data Repository through ICU4X's compiled data
//! (a test dependency only, so its megabytes stay out of the binary and the WASM). Run
//! `CONSULT_WRITE_NAMES=1 cargo nextest run -p app --features ssr cldr` to write the files
//! again after a CLDR update; otherwise this test fails when a file differs from CLDR.

use super::Locale;
use super::catalogue::SOURCES;
use crate::domain::countries::COUNTRIES;
use icu_collator::Collator;
use icu_collator::options::CollatorOptions;
use icu_locale::names::{
    DisplayNamesPreferences, LanguageIdentifierDisplayName, LanguageIdentifierDisplayNameOptions,
    RegionDisplayName,
};
use icu_locale::subtags::Region;
use writeable::Writeable;

fn names_file(locale: Locale) -> String {
    let code = locale.code();
    let prefs = DisplayNamesPreferences::from(icu_locale::Locale::try_from_str(code).unwrap());
    let mut out = String::from(
        "## The names of countries (ISO 3166-1 alpha-2) and of the languages a comment may be\n\
         ## recognised in (app/src/domain/languages.rs), from CLDR.\n\
         ## Written by app/src/i18n/cldr_names.rs: do not edit by hand (see that file).\n\n",
    );
    let mut names = Vec::new();
    for country in COUNTRIES {
        let region = Region::try_from_str(country.code).unwrap();
        let name = RegionDisplayName::try_new_light(prefs, region)
            .unwrap_or_else(|e| panic!("{code}: no CLDR name for {}: {e}", country.code));
        let name = name.write_to_string().into_owned();
        out.push_str(&format!("country-{} = {name}\n", country.code));
        names.push((country.code, name));
    }
    // The order a list of countries takes in this language: CLDR's collation of the names
    // (Égypte with the E's in French, pinyin order in Chinese), so that the app sorts
    // without carrying a collator.
    let locale = icu_locale::Locale::try_from_str(code).unwrap();
    let collator = Collator::try_new((&locale).into(), CollatorOptions::default()).unwrap();
    names.sort_by(|a, b| collator.compare(&a.1, &b.1));
    let order: Vec<&str> = names.iter().map(|(c, _)| *c).collect();
    out.push_str(&format!("country-order = {}\n", order.join(" ")));
    out.push('\n');
    for code in crate::domain::languages::DETECTABLE {
        let subject = icu_locale::LanguageIdentifier::try_from_str(code).unwrap();
        let name = LanguageIdentifierDisplayName::try_new_heavy(
            prefs,
            subject,
            LanguageIdentifierDisplayNameOptions::default(),
        )
        .unwrap();
        out.push_str(&format!("language-{code} = {}\n", name.as_borrowed()));
    }
    out
}

#[test]
fn the_names_of_countries_and_languages_are_cldrs() {
    let write = std::env::var_os("CONSULT_WRITE_NAMES").is_some();
    let mut differ = Vec::new();
    for locale in Locale::ALL {
        let expected = names_file(locale);
        let path = format!(
            "{}/locales/{}/names.ftl",
            env!("CARGO_MANIFEST_DIR"),
            locale.code()
        );
        if write {
            std::fs::write(&path, &expected).unwrap();
        }
        let (_, files) = SOURCES[locale.index()];
        let names = super::catalogue::FILES
            .iter()
            .position(|f| *f == "names")
            .unwrap();
        if files[names] != expected {
            differ.push(path);
        }
    }
    assert!(
        differ.is_empty(),
        "these differ from CLDR (run with CONSULT_WRITE_NAMES=1): {differ:?}"
    );
}
