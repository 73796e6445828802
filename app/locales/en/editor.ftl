e-title = Consultations and papers
e-nav = Consultations and papers
e-new-consultation = New consultation
e-saved = The consultation has been saved.
# $code: the paper's code, such as WP-ROOT.
e-paper-saved = The paper { $code } has been saved.
e-slug = Address
e-slug-hint = Lower-case letters, digits and hyphens, such as wgig-2005-february. It cannot change later.
e-consultation-title = Title
e-description = Description
e-opens-at = Opens
e-closes-at = Closes
e-utc-hint = In UTC.
e-status = Status
e-save-consultation = Save the consultation
e-new-paper = New working paper
e-new-version-note = This paper has comments. Saving a changed text makes a new version; every comment stays on the version and paragraph it was written on.
e-code = Code
e-code-hint = Such as WP-ROOT. It cannot change later.
e-paper-title = Title
e-abstract-label = Abstract
e-markdown = Text (Markdown)
e-markdown-hint = Headings (##, ###) open numbered sections; every paragraph, list or quotation under them is a numbered paragraph.
e-save-paper = Save the paper
e-preview = Preview the numbering
e-matches-legend = What becomes of the current version's paragraphs
# $n: how many matches are uncertain and marked "to check" (0: none).
e-matches-hint =
    { $n ->
        [0] Every paragraph is matched with certainty; its comments will be shown on the new text.
        [one] Check the match marked “to check” and choose what becomes of that paragraph. Its comments follow your choice.
       *[other] Check the { $n } matches marked “to check” and choose what becomes of each paragraph. Their comments follow your choices.
    }
e-match-old = Paragraph now
e-match-new = In the new text
e-match-comments = Comments (published or waiting)
# What became of a paragraph in a new version, in a word.
e-fate-name-unchanged = unchanged
e-fate-name-moved = moved
e-fate-name-edited = edited
e-fate-name-split = split
e-fate-name-merged = merged
e-fate-name-removed = removed
# What becomes of a paragraph, in short. $fate: one of the words e-fate-name-…;
# $numbers: its new paragraph numbers, such as "2.3, 2.4"; $percent: how alike the texts are.
# Its text was removed:
e-match-summary-removed = removed
# Unchanged or moved:
e-match-summary-same = { $fate } → { $numbers }
# Edited, split or merged:
e-match-summary-changed = { $fate } → { $numbers }, { $percent } % alike
e-to-check = to check
e-choose-match = — Check and choose —
# $paragraph: a paragraph's number, such as 2.3.
e-match-of = What becomes of paragraph { $paragraph }
# $summary: the proposed match, as in e-match-summary-….
e-as-proposed = As proposed: { $summary }
# $paragraph: a paragraph's number in the new text, such as 2.3.
e-paragraph-choice = It is now paragraph { $paragraph }
e-removed-choice = Its text was removed
# Papers in several languages.
# The language a paper's own text is written in (its translations are in the others).
e-paper-language = Language of the text
e-translations = Translations
e-translations-hint = A translation keeps the paper's numbered blocks, one for one: translate each heading, paragraph and list in place, and keep the Markdown's heading marks, blank lines and list marks, so that every paragraph keeps its number and its comments.
# $language: the language's name, such as "French"; $paper: the paper's code, such as WP-ROOT.
e-translation-title = { $language } translation of { $paper }
e-translation-none = not translated
# $version: the version the translation is of.
e-translation-current = up to date (version { $version })
# $version: the earlier version the translation is of.
e-translation-outdated = of version { $version }: not shown to readers until brought up to date
# $language: the language's name, such as "French".
e-translation-saved = The { $language } translation has been saved. Readers can now read the paper in it.
e-translation-from-original = The form starts from the paper's own text: replace each block with its translation.
# $version: the version an earlier translation is of; $current: the paper's current version.
e-translation-from-version = The form starts from the translation of version { $version }: bring it up to date with version { $current }.
e-save-translation = Save the translation
e-original-blocks = The paper's numbered blocks
