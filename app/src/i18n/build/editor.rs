//! The editor's strings (`EditorTexts`), from `editor.ftl`.

use super::*;
use crate::domain::versions::Fate;

pub(crate) fn build<const L: usize>() -> EditorTexts {
    EditorTexts {
        title: t::<L>("e-title"),
        nav: t::<L>("e-nav"),
        new_consultation: t::<L>("e-new-consultation"),
        saved: t::<L>("e-saved"),
        paper_saved: |code| f!(L, "e-paper-saved", code = code),
        slug: t::<L>("e-slug"),
        slug_hint: t::<L>("e-slug-hint"),
        consultation_title: t::<L>("e-consultation-title"),
        description: t::<L>("e-description"),
        opens_at: t::<L>("e-opens-at"),
        closes_at: t::<L>("e-closes-at"),
        utc_hint: t::<L>("e-utc-hint"),
        status: t::<L>("e-status"),
        save_consultation: t::<L>("e-save-consultation"),
        new_paper: t::<L>("e-new-paper"),
        new_version_note: t::<L>("e-new-version-note"),
        code: t::<L>("e-code"),
        code_hint: t::<L>("e-code-hint"),
        paper_title: t::<L>("e-paper-title"),
        abstract_label: t::<L>("e-abstract-label"),
        markdown: t::<L>("e-markdown"),
        markdown_hint: t::<L>("e-markdown-hint"),
        save_paper: t::<L>("e-save-paper"),
        preview: t::<L>("e-preview"),
        matches_legend: t::<L>("e-matches-legend"),
        matches_hint: |n| f!(L, "e-matches-hint", n = n),
        match_old: t::<L>("e-match-old"),
        match_new: t::<L>("e-match-new"),
        match_comments: t::<L>("e-match-comments"),
        fate_name: |fate| t::<L>(fate_key(fate)),
        match_summary: |fate, numbers, percent| match fate {
            Fate::Removed => t::<L>("e-match-summary-removed").to_owned(),
            Fate::Unchanged | Fate::Moved => f!(
                L,
                "e-match-summary-same",
                fate = t::<L>(fate_key(fate)),
                numbers = numbers.join(", "),
            ),
            _ => f!(
                L,
                "e-match-summary-changed",
                fate = t::<L>(fate_key(fate)),
                numbers = numbers.join(", "),
                percent = percent,
            ),
        },
        to_check: t::<L>("e-to-check"),
        choose_match: t::<L>("e-choose-match"),
        match_of: |n| f!(L, "e-match-of", paragraph = n),
        as_proposed: |s| f!(L, "e-as-proposed", summary = s),
        paragraph_choice: |n| f!(L, "e-paragraph-choice", paragraph = n),
        removed_choice: t::<L>("e-removed-choice"),
        paper_language: t::<L>("e-paper-language"),
        translations: t::<L>("e-translations"),
        translations_hint: t::<L>("e-translations-hint"),
        translation_title: |language, paper| {
            f!(L, "e-translation-title", language = language, paper = paper)
        },
        translation_none: t::<L>("e-translation-none"),
        translation_current: |version| f!(L, "e-translation-current", version = version),
        translation_outdated: |version| f!(L, "e-translation-outdated", version = version),
        translation_saved: |language| f!(L, "e-translation-saved", language = language),
        translation_from_original: t::<L>("e-translation-from-original"),
        translation_from_version: |version, current| {
            f!(
                L,
                "e-translation-from-version",
                version = version,
                current = current
            )
        },
        save_translation: t::<L>("e-save-translation"),
        original_blocks: t::<L>("e-original-blocks"),
    }
}

/// The key of what became of a paragraph in a new version, in a word.
fn fate_key(fate: Fate) -> &'static str {
    match fate {
        Fate::Unchanged => "e-fate-name-unchanged",
        Fate::Moved => "e-fate-name-moved",
        Fate::Edited => "e-fate-name-edited",
        Fate::Split => "e-fate-name-split",
        Fate::Merged => "e-fate-name-merged",
        Fate::Removed => "e-fate-name-removed",
    }
}
