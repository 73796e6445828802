c-whole-paper = Le document dans son ensemble
# Before the list of the languages a paper can be read in (each named in its own language).
c-read-in = Lire ce document en :
# After the name of the language the paper was written in, in that list.
c-original-mark = (original)
# Over a paper read in a translation. $language: the name of the language of the original, such as "English".
c-translation-note = Texte traduit (langue de l’original : { $language }). Les paragraphes sont numérotés comme dans l’original, et les commentaires de chaque paragraphe sont les mêmes dans toutes les langues.
# $n is a number of comments.
c-comment-count =
    { $n ->
        [0] Aucun commentaire
        [one] { $n } commentaire
       *[other] { $n } commentaires
    }
# $number is a paragraph's number, such as 2.1; $n is the number of comments on it.
c-comments-on-count =
    Paragraphe { $number } : { $n ->
        [0] aucun commentaire
        [one] { $n } commentaire
       *[other] { $n } commentaires
    }
# $number is a paragraph's number, such as 2.1.
c-comments-on = Commentaires sur le paragraphe { $number }
c-comments-on-whole = Commentaires sur le document dans son ensemble
c-comments-on-removed = Commentaires sur un texte supprimé
# After the number of comments on a paragraph: $n of them (1 or more) were written on earlier versions of the paper.
c-carried-count =
    { $n ->
        [one] ({ $n } d’une version antérieure)
       *[other] ({ $n } de versions antérieures)
    }
# A comment carried from an earlier version: $version is that version's number, $number the paragraph's number there, such as 2.2.
c-written-on = Écrit sur la version { $version }, paragraphe { $number }
# A comment carried from an earlier version, written on the paper as a whole; $version is that version's number.
c-written-on-whole = Écrit sur la version { $version }, sur le document dans son ensemble
c-text-written-on = Le texte sur lequel il a été écrit
# $version is a version's number.
c-changes-link = Ce qui a changé dans la version { $version }
# $code is the paper's code, $version a version's number.
c-changes-title = { $code } : ce qui a changé dans la version { $version }
# $old and $new are the numbers of the earlier version and of the version it became.
c-changes-intro = Chaque paragraphe de la version { $old }, ce qu’il est devenu dans la version { $new } (mots supprimés barrés, mots ajoutés soulignés), et les commentaires écrits sur lui avec les réponses du secrétariat.
# A paragraph of the earlier version that is not in the new one: $old is its number, $fate what became of it (such as "removed").
c-changed-heading = Paragraphe { $old } : { $fate }
# A paragraph of the earlier version: $old is its number, $fate what became of it (such as "edited"), $new the numbers of the paragraphs it became, joined by c-list-separator.
c-changed-heading-now = Paragraphe { $old } : { $fate }, désormais { $new }
# A paragraph new in this version; $new is its number (or numbers, joined by c-list-separator).
c-added-heading = Paragraphe { $new } : ajouté
# Between the items of a list of paragraph numbers.
c-list-separator = {", "}
c-comments-on-earlier-text = Commentaires sur le texte antérieur
c-unchanged-paragraphs = Inchangés, sans commentaires
# $version is a version's number.
c-dispositions-link = Le traitement des commentaires sur la version { $version }
# $code is the paper's code, $version a version's number.
c-dispositions-title = { $code } : traitement des commentaires sur la version { $version }
# $old is the number of the version commented on, $new that of the version that followed it.
c-dispositions-intro = Chaque commentaire publié sur la version { $old }, sous le nom que son auteur a accepté, avec la suite donnée et la réponse du secrétariat, et le paragraphe de la version { $new } qui lui correspond désormais.
c-dispositions-csv = Télécharger en CSV (tableur)
c-dispositions-docx = Télécharger en DOCX (traitement de texte)
c-col-reference = Référence
c-col-paragraph = Paragraphe
c-col-comment = Commentaire
c-col-disposition = Suite donnée et réponse
c-no-disposition = Pas encore
c-none-here = Aucun commentaire publié ici pour l’instant.
c-more = Plus de commentaires
c-close = Fermer les commentaires
c-comment-on-this = Commenter ce paragraphe
# A campaign's copies shown as one text; $n is the number of stakeholders who sent it (2 or more).
c-sent-by = La même lettre, envoyée par { $n } parties prenantes : voir qui
c-copy-differs = Dans ses propres mots :
# The name of a paragraph's "Comment on this paragraph" link; $number is the paragraph's number, such as 2.1.
c-comment-on-numbered = Commenter le paragraphe { $number }
c-comment-on-paper = Commenter le document dans son ensemble
c-closed-note = Cette consultation n’est pas ouverte aux commentaires en ce moment.
c-filter-title = Afficher les commentaires de…
c-any-group = Toute partie prenante
c-region = Région
c-any-region = Toute région
c-tag = Thème
c-any-tag = Tout thème
# The filter by the language a comment is written in.
c-language = Langue
c-any-language = Toute langue
c-apply-filter = Afficher
c-clear-filter = Effacer le filtre
c-tags-label = Thèmes
c-quoted = Passage cité
c-late = tardif
c-reply = Répondre
c-replies = Réponses
# $code is the paper's code.
c-form-title = Commenter { $code }
# $reference is a comment's reference.
c-reply-title = Répondre au commentaire { $reference }
c-form-intro = Le secrétariat lit chaque commentaire avant sa publication. Vous pouvez le modifier ou le retirer jusque-là.
c-paragraph = Paragraphe
c-paragraph-hint = Le paragraphe sur lequel porte votre commentaire, ou le document dans son ensemble.
c-quote = Passage cité (facultatif)
c-quote-hint = Copiez les mots du paragraphe auxquels vous répondez, si cela aide.
c-body = Votre commentaire
c-body-hint = Texte simple, de 20 à 10 000 caractères. Laissez une ligne vide entre les paragraphes. Les adresses web deviennent des liens.
# The comment form's choice of the language a comment is written in.
c-comment-language = Rédigé en
c-comment-language-hint = Nous la déduisons de votre texte ; choisissez-la si nous risquons de nous tromper. Les lecteurs pourront ainsi trouver votre commentaire par sa langue.
# The first choice: the language is detected from the comment's text.
c-language-detect = La déduire de mon texte
# $max is the number of tags a comment may have.
c-tags-legend = Thèmes (au plus { $max })
c-tags-hint = Les thèmes aident le secrétariat à regrouper les commentaires par sujet.
c-consent = Comment vous apparaissez à la publication
c-consent-hint = Votre groupe de parties prenantes et votre pays sont toujours indiqués.
# How the author of a comment consents to be shown when it is published.
c-consent-name-and-organisation = Avec mon nom et mon organisation
c-consent-organisation-only = Avec mon organisation seulement
c-consent-anonymous = Anonymement (groupe de parties prenantes et pays seulement)
c-submit = Envoyer le commentaire
c-sign-in-to-comment = Connectez-vous, ou inscrivez-vous comme partie prenante, pour commenter.
c-my-title = Mes commentaires
c-my-intro = Tout ce que vous avez envoyé, du plus récent au plus ancien. Vous pouvez modifier ou retirer un commentaire tant qu’il est en attente.
c-my-none = Vous n’avez encore envoyé aucun commentaire.
c-reference = Référence
c-where-label = Sur
c-status = État
# The statuses of a comment.
c-status-pending = En attente d’examen
c-status-published = Publié
c-status-rejected = Non publié
c-status-withdrawn = Retiré
c-status-hidden = Masqué
c-reason = Motif
c-submitted = Envoyé le
c-older = Commentaires plus anciens
# $reference is a comment's reference.
c-comment-title = Commentaire { $reference }
# $reference is the new comment's reference.
c-received = Merci. Votre commentaire a été reçu sous la référence { $reference }. Il sera publié après examen par le secrétariat.
c-saved = Vos modifications sont enregistrées. Le texte précédent est conservé dans l’historique du commentaire.
c-withdrawn = Votre commentaire a été retiré. Il ne sera pas publié.
c-in-reply-to = En réponse à
c-history = Historique
# $n is the number of earlier versions of a comment (1 or more).
c-revisions =
    { $n ->
        [one] { $n } version antérieure conservée
       *[other] { $n } versions antérieures conservées
    }
c-edit = Modifier le commentaire
c-withdraw = Retirer le commentaire…
c-withdraw-hint = Un commentaire retiré n’est jamais publié et ne peut pas être renvoyé ; le secrétariat garde la trace de son retrait.
c-withdraw-confirm = Oui, le retirer
c-edit-hint = Vous pouvez modifier ou retirer votre commentaire jusqu’à son examen par le secrétariat.
# $reference is a comment's reference.
c-edit-title = Modifier le commentaire { $reference }
c-edit-intro = Votre texte précédent est conservé dans l’historique du commentaire.
c-back-to-comment = Retour au commentaire
c-save = Enregistrer les modifications
c-search-title = Rechercher dans les commentaires
c-search-intro = Recherchez parmi tous les commentaires publiés, par leurs mots, leur document et leurs thèmes.
c-search-label = Mots
# $n is the number of comments found, all shown on this page.
c-results =
    { $n ->
        [0] Aucun commentaire publié ne correspond.
        [one] { $n } commentaire.
       *[other] { $n } commentaires.
    }
# $n is the number of comments found and shown on this page, when more are on the next pages.
c-results-more =
    { $n ->
        [0] Aucun commentaire publié ne correspond.
        [one] { $n } commentaire.
       *[other] { $n } commentaires sur cette page.
    }
