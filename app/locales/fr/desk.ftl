d-nav-desk = Bureau du secrétariat
d-desk-nav = Bureau du secrétariat
d-sign-in-needed = Cette page est réservée au secrétariat. Connectez-vous avec un compte du secrétariat.
d-queue-title = File de modération
d-keyboard-hint = Touches : j commentaire suivant, k précédent, p publier, r choisir un motif de refus.
# $pending: comments waiting for a decision; $flagged: comments reported by readers.
d-totals = { $pending } en attente · { $flagged } signalés
d-search = Mots du commentaire ou nom de l’auteur
d-paper = Document de travail
d-any-paper = Tout document
d-flagged-only = Commentaires signalés seulement
d-bulk = Commentaires sélectionnés
d-publish-selected = Publier les commentaires sélectionnés
d-reject-selected = Refuser les commentaires sélectionnés
d-queue-empty = Rien n’attend de décision.
d-next-page = Page suivante
# The label of a comment's check box; $reference: the comment's reference.
d-select = Sélectionner { $reference }
d-paragraph-text = Texte du paragraphe
d-consent-given = Consentement à la publication
# $n: how many near-identical comments the campaign has.
d-campaign = Campagne : { $n } commentaires quasi identiques
# $n: how many letters of one template (each words the same sentences differently).
d-template-campaign = Campagne : { $n } lettres issues d’un même modèle
d-template-why = Pourquoi elles sont regroupées : les mêmes phrases, avec d’autres mots choisis à leur place. Ce que toutes les lettres ont en commun (… là où les mots diffèrent) :
d-publish-campaign = Publier toute la campagne
d-reject-campaign = Refuser toute la campagne…
d-flags = Signalé par des lecteurs
# Why a reader reported a comment.
d-flag-reason-spam = Spam
d-flag-reason-offensive = Injurieux
d-flag-reason-off-topic = Hors sujet
d-flag-reason-personal-data = Données personnelles
d-flag-reason-not-sent = Signalé comme non envoyé par son auteur
# $n: how many earlier comments the author has.
d-earlier = Commentaires précédents du même auteur ({ $n })
d-publish = Publier
d-reject = Refuser
d-keep = Maintenir la publication
d-hide = Masquer
d-reason = Motif
d-choose-reason = Choisir un motif…
d-other-reason = Ou un autre motif
d-retag = Thèmes
d-save-tags = Enregistrer les thèmes
d-disposition = Suite donnée
d-disposition-kind = Décision
# The secretariat's decision on a comment.
d-disposition-name-accepted = Retenu
d-disposition-name-partly-accepted = Retenu en partie
d-disposition-name-noted = Pris en note
d-disposition-name-out-of-scope = Hors du champ
d-response = Réponse à l’auteur
d-save-disposition = Enregistrer la suite donnée
d-response-label = Réponse du secrétariat
d-changed-in = La modification qu’il a entraînée
d-changed-in-hint = Le paragraphe de la version actuelle qui répond à ce commentaire, s’il a entraîné une modification.
d-no-change = Aucune modification indiquée
# $paragraph: a paragraph's number, such as 2.3; $version: the version's number.
d-change-choice = Paragraphe { $paragraph } de la version { $version }
# Under the secretariat's response. $paragraph: a paragraph's number, such as 2.3; $version: the version's number.
d-led-to-change = Il a entraîné une modification du paragraphe { $paragraph } de la version { $version }.
d-log-title = Journal d’audit
d-log-intro = Chaque changement d’état de chaque commentaire : qui, quand et pourquoi. Rien ici ne peut être modifié ni supprimé.
d-when = Quand
d-change = Changement
d-by = Par
d-add-reason = Ajouter un motif de refus
d-accounts-title = Comptes
d-search-accounts = Nom, courriel ou organisation
d-actions = Actions
d-suspended = suspendu
# A button giving an account a role.
d-make-role-stakeholder = Rendre partie prenante
d-make-role-secretariat = Rendre membre du secrétariat
d-make-role-admin = Rendre administrateur
d-suspend = Suspendre…
d-suspend-hint = Le compte est déconnecté partout et ne peut plus se connecter tant qu’un administrateur ne l’a pas rétabli. Ses commentaires restent tels quels.
d-suspend-confirm = Oui, suspendre
d-own-account = Votre propre compte : un autre administrateur peut le modifier.
# $n: how many comments the campaign has in all.
d-reject-campaign-hint = Cela refuse tous les commentaires de cette campagne ({ $n } en tout) encore en attente, avec le motif choisi ici.
d-reject-campaign-confirm = Oui, refuser la campagne
# Announced once a decision is saved; $n: how many comments it changed (0: none).
d-decided =
    { $n ->
        [0] Rien n’a changé : ces commentaires avaient déjà été traités.
        [one] Enregistré : { $n } commentaire traité.
       *[other] Enregistré : { $n } commentaires traités.
    }
d-saved = Enregistré.
d-copy-differs = Son texte diffère de celui de la carte ; le voici :
# $n: how many other copies of the campaign wait on this page (at least 1).
d-copies-here =
    { $n ->
        [one] { $n } autre exemplaire en attente sur cette page, de :
       *[other] { $n } autres exemplaires en attente sur cette page, de :
    }
d-erase = Effacer les données personnelles…
d-erase-hint = L’adresse électronique, le nom et l’organisation sont effacés et le compte ne peut plus se connecter. Ses commentaires restent au dossier comme ceux d’un participant retiré, avec le groupe de parties prenantes et le pays seulement. C’est irréversible.
d-erase-confirm = Effacer définitivement
d-restore = Rétablir
d-report = Signaler ce commentaire
d-report-reason = Pourquoi ?
d-report-note = Note pour le secrétariat (facultatif)
d-report-submit = Envoyer le signalement
d-reported = Merci. Le secrétariat examinera ce commentaire.
d-report-sign-in = Connectez-vous pour signaler ce commentaire.

## Themes of a paper's comments (the desk's themes page).
th-link = Thématiques des commentaires
th-title = Thématiques : { $code }
# $paragraph: a paragraph's number.
th-title-paragraph = Thématiques : { $code }, paragraphe { $paragraph }
th-hint = L’analyse regroupe les commentaires selon leur contenu : chaque thématique avec ses termes clés, sa taille, ses auteurs et des commentaires représentatifs. Une campagne compte une seule fois. Nommez et confirmez les thématiques que vous retenez : une nouvelle analyse conserve les thématiques confirmées et y classe les nouveaux commentaires. Les thématiques confirmées figurent dans les synthèses.
th-scope = Commentaires portant sur
th-whole-paper = L’ensemble du document (tous les paragraphes)
# $number: a paragraph's number.
th-paragraph-option = Paragraphe { $number }
th-internal = Inclure les commentaires en attente de modération (usage interne)
th-run = Dégager les thématiques
# After a run: themes proposed, confirmed themes kept, new comments placed in them, comments in no theme.
th-ran = Analyse terminée : { $proposed } thématiques proposées ; { $kept } thématiques confirmées conservées, dans lesquelles { $placed } nouveaux commentaires ont été classés ; { $unthemed } commentaires ne relèvent d’aucune thématique.
th-saved = Enregistré.
th-none-yet = Aucune thématique pour l’instant. Choisissez les commentaires à analyser et appuyez sur « Dégager les thématiques ».
# $n: the comments in scope.
th-total = { $n } commentaires à analyser.
th-internal-note = Thématiques dégagées à partir de tous les commentaires ni refusés ni retirés, y compris ceux en attente : à usage interne uniquement.
# $n: a theme's comments.
th-size = { $n } commentaires
# $m: campaign letters among them; $k: campaigns.
th-in-campaigns = , dont { $m } issus de { $k } campagnes (chacune comptée une seule fois)
th-key-terms = Termes clés :
th-confirmed = Confirmée
th-proposed = Proposée
th-name = Nom de la thématique
th-save-name = Enregistrer le nom
th-confirm = Confirmer
th-unconfirm = Retirer la confirmation
th-merge-into = Fusionner avec
th-merge = Fusionner
th-split = Scinder en deux
th-quotes = Commentaires représentatifs
# $n: how many references.
th-references = Tous les commentaires ({ $n })
th-reference = Référence du commentaire (C-…)
th-move = Placer un commentaire dans cette thématique
th-remove = Retirer un commentaire de toutes les thématiques
th-remove-button = Retirer
# $n: comments in no theme.
th-unthemed = Hors thématique ({ $n })
th-unthemed-hint = Ces commentaires ne relèvent d’aucune thématique, ou sont arrivés après l’analyse. Placez-en un dans une thématique au moyen de sa référence.
# The digests' section of the themes the secretariat confirmed.
th-digest-heading = Thématiques (confirmées par le secrétariat)
