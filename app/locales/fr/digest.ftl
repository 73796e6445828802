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
