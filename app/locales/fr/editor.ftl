e-title = Consultations et documents
e-nav = Consultations et documents
e-new-consultation = Nouvelle consultation
e-saved = La consultation est enregistrée.
# $code: the paper's code, such as WP-ROOT.
e-paper-saved = Le document { $code } est enregistré.
e-slug = Adresse
e-slug-hint = Lettres minuscules, chiffres et traits d’union, par exemple wgig-2005-fevrier. Elle ne pourra plus changer.
e-consultation-title = Titre
e-description = Description
e-opens-at = Ouverture
e-closes-at = Clôture
e-utc-hint = En UTC.
e-status = État
e-save-consultation = Enregistrer la consultation
e-new-paper = Nouveau document de travail
e-new-version-note = Ce document a des commentaires. Enregistrer un texte modifié crée une nouvelle version ; chaque commentaire reste attaché à la version et au paragraphe sur lesquels il a été écrit.
e-code = Code
e-code-hint = Par exemple WP-ROOT. Il ne pourra plus changer.
e-paper-title = Titre
e-abstract-label = Résumé
e-markdown = Texte (Markdown)
e-markdown-hint = Les titres (##, ###) ouvrent des sections numérotées ; chaque paragraphe, liste ou citation qui les suit est un paragraphe numéroté.
e-save-paper = Enregistrer le document
e-preview = Voir la numérotation
e-matches-legend = Ce que deviennent les paragraphes de la version actuelle
# $n: how many matches are uncertain and marked "to check" (0: none).
e-matches-hint =
    { $n ->
        [0] Chaque paragraphe a une correspondance certaine ; ses commentaires seront affichés sur le nouveau texte.
        [one] Vérifiez la correspondance signalée « à vérifier » et choisissez ce que devient ce paragraphe. Ses commentaires suivent votre choix.
       *[other] Vérifiez les { $n } correspondances signalées « à vérifier » et choisissez ce que devient chaque paragraphe. Leurs commentaires suivent vos choix.
    }
e-match-old = Paragraphe actuel
e-match-new = Dans le nouveau texte
e-match-comments = Commentaires (publiés ou en attente)
# What became of a paragraph in a new version, in a word.
e-fate-name-unchanged = inchangé
e-fate-name-moved = déplacé
e-fate-name-edited = modifié
e-fate-name-split = scindé
e-fate-name-merged = fusionné
e-fate-name-removed = supprimé
# What becomes of a paragraph, in short. $fate: one of the words e-fate-name-…;
# $numbers: its new paragraph numbers, such as "2.3, 2.4"; $percent: how alike the texts are.
# Its text was removed:
e-match-summary-removed = supprimé
# Unchanged or moved:
e-match-summary-same = { $fate } → { $numbers }
# Edited, split or merged:
e-match-summary-changed = { $fate } → { $numbers }, semblable à { $percent } %
e-to-check = à vérifier
e-choose-match = — Vérifier et choisir —
# $paragraph: a paragraph's number, such as 2.3.
e-match-of = Ce que devient le paragraphe { $paragraph }
# $summary: the proposed match, as in e-match-summary-….
e-as-proposed = Comme proposé : { $summary }
# $paragraph: a paragraph's number in the new text, such as 2.3.
e-paragraph-choice = Il devient le paragraphe { $paragraph }
e-removed-choice = Son texte a été supprimé
# Papers in several languages.
# The language a paper's own text is written in (its translations are in the others).
e-paper-language = Langue du texte
e-translations = Traductions
e-translations-hint = Une traduction conserve les blocs numérotés du document, bloc pour bloc : traduisez chaque titre, paragraphe et liste à sa place, et conservez les marques de titre, les lignes vides et les marques de liste du Markdown, afin que chaque paragraphe garde son numéro et ses commentaires.
# $language: the language's name, such as "French"; $paper: the paper's code, such as WP-ROOT.
e-translation-title = Traduction ({ $language }) de { $paper }
e-translation-none = non traduit
# $version: the version the translation is of.
e-translation-current = à jour (version { $version })
# $version: the earlier version the translation is of.
e-translation-outdated = de la version { $version } : non affichée aux lecteurs tant qu’elle n’est pas mise à jour
# $language: the language's name, such as "French".
e-translation-saved = La traduction ({ $language }) est enregistrée. Les lecteurs peuvent désormais lire le document dans cette langue.
e-translation-from-original = Le formulaire part du texte du document lui-même : remplacez chaque bloc par sa traduction.
# $version: the version an earlier translation is of; $current: the paper's current version.
e-translation-from-version = Le formulaire part de la traduction de la version { $version } : mettez-la à jour d’après la version { $current }.
e-save-translation = Enregistrer la traduction
e-original-blocks = Les blocs numérotés du document
