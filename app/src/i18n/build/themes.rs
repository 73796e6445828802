//! The strings of the desk's themes page (`ThemeTexts`), from `desk.ftl`.

use super::*;

pub(crate) fn build<const L: usize>() -> ThemeTexts {
    ThemeTexts {
        link: t::<L>("th-link"),
        title: |code| f!(L, "th-title", code = code),
        title_paragraph: |code, p| f!(L, "th-title-paragraph", code = code, paragraph = p),
        hint: t::<L>("th-hint"),
        scope: t::<L>("th-scope"),
        whole_paper: t::<L>("th-whole-paper"),
        paragraph_option: |n| f!(L, "th-paragraph-option", number = n),
        internal: t::<L>("th-internal"),
        run: t::<L>("th-run"),
        ran: |proposed, kept, placed, unthemed| {
            f!(
                L,
                "th-ran",
                proposed = proposed,
                kept = kept,
                placed = placed,
                unthemed = unthemed
            )
        },
        saved: t::<L>("th-saved"),
        none_yet: t::<L>("th-none-yet"),
        total: |n| f!(L, "th-total", n = n),
        internal_note: t::<L>("th-internal-note"),
        size: |n| f!(L, "th-size", n = n),
        in_campaigns: |m, k| f!(L, "th-in-campaigns", m = m, k = k),
        key_terms: t::<L>("th-key-terms"),
        confirmed: t::<L>("th-confirmed"),
        proposed: t::<L>("th-proposed"),
        name: t::<L>("th-name"),
        save_name: t::<L>("th-save-name"),
        confirm: t::<L>("th-confirm"),
        unconfirm: t::<L>("th-unconfirm"),
        merge_into: t::<L>("th-merge-into"),
        merge: t::<L>("th-merge"),
        split: t::<L>("th-split"),
        quotes: t::<L>("th-quotes"),
        references: |n| f!(L, "th-references", n = n),
        reference: t::<L>("th-reference"),
        move_here: t::<L>("th-move"),
        remove: t::<L>("th-remove"),
        remove_button: t::<L>("th-remove-button"),
        unthemed: |n| f!(L, "th-unthemed", n = n),
        unthemed_hint: t::<L>("th-unthemed-hint"),
        digest_heading: t::<L>("th-digest-heading"),
    }
}
