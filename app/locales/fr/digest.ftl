# After the heading of a section on a paragraph of an earlier version.
# $version: that version's number; $paragraph: where its comments are read now, such as 2.3.
g-earlier-place-now = (version { $version } ; désormais paragraphe { $paragraph })
# The same, when the paragraph's text was removed.
g-earlier-place-removed = (version { $version } ; son texte a été supprimé)
g-title = Synthèse des commentaires
# After the total of comments. $copies: how many of them came in campaigns; $campaigns: how many campaigns.
g-in-campaigns =
    { $campaigns ->
        [one] , dont { $copies } dans { $campaigns } campagne
       *[other] , dont { $copies } dans { $campaigns } campagnes
    }
g-link = Synthèse des commentaires
# $n: how many comments the digest counts.
g-total =
    { $n ->
        [one] { $n } commentaire
       *[other] { $n } commentaires
    }
g-generated = produite le
g-summary = Résumé
g-by-group = Commentaires par groupe de parties prenantes
g-by-tag = Commentaires par thème
g-by-paragraph = Paragraphes les plus commentés
g-by-group-region = Commentaires par groupe de parties prenantes et par région
g-other = Autre
g-total-col = Commentaires
g-by-disposition = Commentaires par suite donnée
g-no-disposition = Pas encore
g-by-paragraph-heading = Commentaires par paragraphe
g-campaigns = Campagnes
g-senders = Envoyé par
g-not-public = Cette synthèse n’est pas publique. Le secrétariat publie la synthèse d’une consultation lorsqu’elle est prête.
g-internal = Interne : cette synthèse contient des commentaires non publiés. Ne la diffusez pas hors du secrétariat.
g-downloads = Télécharger
g-public-legend = Synthèse des commentaires
g-make-public = Tout le monde peut télécharger la synthèse des commentaires publiés
g-keep-private = Seul le secrétariat peut lire la synthèse
g-save-public = Enregistrer
g-all-statuses = Tous les commentaires (synthèse interne)
g-download-preparing = Préparation du fichier…
# $done: comments received so far; $total: how many there are in all.
g-download-rows = Téléchargement : { $done } commentaires sur { $total }
# $megabytes: megabytes received so far, with one decimal, such as 1.5.
g-download-bytes = Téléchargement : { $megabytes } Mo reçus
# $name: the downloaded file's name.
g-download-done = { $name } est téléchargé.
g-download-failed = Le téléchargement a échoué. Veuillez réessayer.

## The digest's files (Markdown, DOCX, the CSV's attribution column) and the disposition
## of comments as a document, in the language chosen for them.

# The title of a digest file. $title: the consultation's title.
gf-title = Synthèse des commentaires : { $title }
# A paper the digest covers. $code: its code, such as WP-1; $title: its title; $version: its version number.
gf-paper = { $code } { $title } (version { $version })
# A place in a paper. $paper: the paper's code; $paragraph: a paragraph number such as 2.3.
gf-paragraph = { $paper } ¶ { $paragraph }
# A comment on a paper as a whole, not on one paragraph. $paper: the paper's code.
gf-whole-paper = { $paper }, le document dans son ensemble
# What a contribution concerns. $paper: a paper's code.
gf-on-paper = sur { $paper }
gf-on-consultation = sur la consultation dans son ensemble
# What a digest of published comments holds. $generated: the date and time it was made; $n: how many comments.
gf-status-published =
    { $n ->
        [one] État : commentaires publiés. Synthèse produite le { $generated }. { $n } commentaire.
       *[other] État : commentaires publiés. Synthèse produite le { $generated }. { $n } commentaires.
    }
# The same for the secretariat's internal digest of every comment.
gf-status-all =
    { $n ->
        [one] État : tous les commentaires (interne). Synthèse produite le { $generated }. { $n } commentaire.
       *[other] État : tous les commentaires (interne). Synthèse produite le { $generated }. { $n } commentaires.
    }
# $list: the filters, such as "group = civil_society, region = africa".
gf-filters = Filtres : { $list }
# Column headings of the digest's tables.
gf-col-group = Groupe de parties prenantes
gf-col-total = Total
gf-col-tag = Thème
gf-col-cluster = Groupe de questions
gf-col-paragraph = Paragraphe
gf-col-disposition = Suite donnée
gf-col-comments = Commentaires
# A comment sent after the consultation closed.
gf-late = tardif
# $list: the comment's tags, separated by commas.
gf-tags = thèmes : { $list }
# $name: the name of a file attached to a comment.
gf-attached = Pièce jointe : { $name }
# $name: the secretariat's disposition, such as "Accepted".
gf-disposition = Suite donnée : { $name }
# A contribution. $date: when it was published; $place: what it concerns (gf-on-paper or gf-on-consultation); $url: the address of its page.
gf-published = Publiée le { $date } · { $place } · page : { $url }
# $list: the contribution's file names, separated by commas.
gf-files = Fichiers : { $list }
# A campaign's heading. $id: its number; $n: how many comments it has; $place: where they were written (gf-paragraph or gf-whole-paper).
gf-campaign =
    { $n ->
        [one] Campagne { $id } — { $n } commentaire sur { $place }
       *[other] Campagne { $id } — { $n } commentaires quasi identiques sur { $place }
    }
gf-sent-by = Envoyé par :
# The title of the disposition of comments. $paper: the paper's code; $title: its title; $from: the earlier version's number; $to: the new version's number.
gf-dispositions-title = Traitement des commentaires : { $paper } { $title }, de la version { $from } à la version { $to }
# $from: the earlier version's number; $to: the new version's number.
gf-dispositions-intro = Chaque commentaire publié sur la version { $from }, avec la suite donnée par le secrétariat, et le paragraphe de la version { $to } qui lui correspond désormais.
# Column headings of the disposition of comments.
gf-col-reference = Référence
gf-col-from = Auteur
gf-col-comment = Commentaire
gf-col-disposition-response = Suite donnée et réponse
gf-the-whole-paper = Le document dans son ensemble
# A paragraph of the earlier version. $then: its number; $fate: what became of it (one of the words e-fate-name-…).
gf-paragraph-fate = { $then } ({ $fate })
# The same, with $now: the numbers of the paragraphs it became.
gf-paragraph-fate-now = { $then } ({ $fate }, désormais { $now })
# The language the files are written in, before the list of languages.
gf-files-in = Fichiers en :
