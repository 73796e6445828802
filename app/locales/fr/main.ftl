site-name = Consult
site-tagline = Consultations ouvertes sur des documents de travail
skip-to-content = Aller au contenu principal
nav-label = Principal
nav-home = Consultations
nav-sign-in = Se connecter
nav-register = S’inscrire
nav-profile = Profil
sign-out = Se déconnecter
signed-in-as = Connecté·e en tant que
language = Langue
# The language's own name, as shown on the language switch.
endonym = Français
footer = Consult : des consultations ouvertes, transparentes et inclusives, avec commentaires en ligne.
loading = Chargement…
sending = Envoi…
home-title = Consultations
home-intro = Le secrétariat publie des projets de documents de travail pour commentaires. Lisez-les, et commentez-les paragraphe par paragraphe une fois inscrit·e comme partie prenante.
home-open = Ouvertes aux commentaires
home-closed = Clôturées et archivées
home-none-open = Aucune consultation n’est ouverte aux commentaires pour le moment.
opens = Ouverture
closes = Clôture
# $n is a number of working papers.
paper-count =
    { $n ->
        [one] { $n } document de travail
       *[other] { $n } documents de travail
    }
papers = Documents de travail
cluster = Groupe de questions
version = Version
read-paper = Lire le document
back-to-consultation = Retour à la consultation
paper-contents = Texte du document
# $number is a paragraph's number, such as 2.1.
paragraph-label = Paragraphe { $number }
register-title = S’inscrire comme partie prenante
register-intro = Votre groupe de parties prenantes, votre pays et votre organisation accompagnent vos commentaires, selon ce que vous choisissez pour chacun.
register-submit = S’inscrire
register-have-account = Déjà inscrit·e ? Se connecter
welcome = Bienvenue : votre compte est prêt et vous êtes connecté·e. Nous vous avons envoyé un courriel ; suivez son lien pour confirmer votre adresse, et vos commentaires parviendront au secrétariat.
email = Adresse électronique
password = Mot de passe
password-hint = Au moins 12 caractères. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.
display-name = Nom
display-name-hint = Tel qu’il peut apparaître avec vos commentaires.
stakeholder-group = Groupe de parties prenantes
country = Pays
country-hint = Votre région en est déduite.
organisation = Organisation
organisation-hint = Facultatif, sauf si vous vous exprimez en son nom.
capacity = Vous vous exprimez
choose = Choisir…
required-mark = (obligatoire)
form-has-problems = Veuillez corriger les champs signalés ci-dessous.
sign-in-title = Se connecter
sign-in-submit = Se connecter
sign-in-no-account = Pas encore de compte ? S’inscrire
profile-title = Votre profil
profile-intro = Les modifications s’appliquent aux commentaires que vous soumettrez désormais ; les commentaires antérieurs gardent les informations avec lesquelles ils ont été soumis.
profile-role = Rôle
profile-save = Enregistrer
profile-saved = Votre profil a été enregistré.
# $n is the number of wrong passwords given for the account since its owner last signed in (1 or more).
profile-failed-sign-ins =
    Depuis votre dernière connexion, { $n ->
        [one] une tentative de connexion à votre compte a échoué
       *[other] { $n } tentatives de connexion à votre compte ont échoué
    } avec un mauvais mot de passe. Si ce n’était pas vous, votre mot de passe a tenu bon ; s’il est court ou utilisé ailleurs, choisissez-en un nouveau.
sign-out-everywhere = Se déconnecter sur tous les appareils
sign-out-everywhere-hint = Met fin à toutes les sessions de ce compte, ici et sur tout autre ordinateur ou téléphone.
my-data = Vos données
my-data-hint = Tout ce que Consult conserve à votre sujet : votre compte, vos sessions, chacun de vos commentaires avec ses versions antérieures, et les commentaires que vous avez signalés, en un fichier JSON.
my-data-link = Télécharger mes données (JSON)
profile-sign-in-needed = Veuillez vous connecter pour voir votre profil.
not-found-title = Page introuvable
not-found-body = Il n’y a pas de page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une erreur.
not-found-home = Aller aux consultations
# The problems of a form's field, one message per kind of problem.
problem-required = Ce champ est obligatoire.
# $min is a number of characters.
problem-too-short = Utilisez au moins { $min } caractères.
# $max is a number of characters.
problem-too-long = Utilisez au plus { $max } caractères.
problem-control-characters = Supprimez les caractères de contrôle invisibles.
problem-invalid-email = Saisissez une adresse électronique telle que nom@example.org.
problem-email-taken = Un compte existe déjà avec cette adresse électronique.
problem-unknown-choice = Choisissez l’une des options proposées.
problem-bad-credentials = L’adresse électronique ou le mot de passe est incorrect.
problem-account-suspended = Ce compte est suspendu. Veuillez contacter le secrétariat.
problem-password-too-common = Ce mot de passe est trop courant. Choisissez-en un autre.
# $max is a number of tags.
problem-too-many-tags = Choisissez au plus { $max } thèmes.
problem-consultation-closed = Cette consultation n’est pas ouverte aux commentaires : le commentaire ne peut pas être accepté.
problem-not-editable = Ce commentaire a déjà été examiné par le secrétariat : il ne peut plus être modifié ni retiré.
problem-reply-not-allowed = Seul un commentaire publié, qui n’est pas lui-même une réponse, peut recevoir une réponse.
problem-invalid-slug = N’utilisez que des lettres, des chiffres et des traits d’union.
problem-slug-taken = Une autre consultation a déjà cette adresse.
# Keep the example date and time as they are: it is the format the field expects.
problem-invalid-time = Indiquez une date et une heure, par exemple 2005-02-15 09:30.
problem-closes-before-opening = La clôture doit suivre l’ouverture.
problem-already-flagged = Vous avez déjà signalé ce commentaire.
problem-not-allowed-now = Ce changement n’est pas possible dans l’état actuel du commentaire.
# $count is the number of uncertain matches of an old version's paragraphs in a new one, marked for the secretariat to check (1 or more).
problem-matches-to-confirm =
    { $count ->
        [one] Vérifiez la correspondance signalée ci-dessous et confirmez-la ou corrigez-la avant d’enregistrer.
       *[other] Vérifiez les { $count } correspondances signalées ci-dessous et confirmez ou corrigez chacune avant d’enregistrer.
    }
# A translation of a paper whose numbered blocks are not the paper's. $expected: how many blocks the paper has; $found: how many the translation has; $at: the number of the first block where they differ, such as 2.3.
problem-structure-differs =
    { $expected ->
        [one] La traduction doit conserver les blocs numérotés du document, bloc pour bloc. Le document compte { $expected } bloc et la traduction { $found } ; ils diffèrent à partir du bloc { $at }.
       *[other] La traduction doit conserver les blocs numérotés du document, bloc pour bloc. Le document compte { $expected } blocs et la traduction { $found } ; ils diffèrent à partir du bloc { $at }.
    }
# The errors of a request, one message per kind of error.
error-unauthorized = Veuillez d’abord vous connecter.
error-forbidden = Vous n’êtes pas autorisé·e à faire ceci.
error-not-found = Introuvable.
# A form came back with problems in its fields.
error-validation = Veuillez corriger les champs signalés ci-dessous.
# $retry_after_secs is a number of seconds.
error-too-many-requests = Trop de tentatives. Veuillez réessayer dans { $retry_after_secs } secondes.
# $reference is the reference of the error in the server's log: eight hexadecimal digits, such as 3fa2c91b.
error-internal = Une erreur s’est produite de notre côté. Si elle se reproduit, citez la référence { $reference }.
error-bad-request = La demande est illisible : un champ manque ou contient une valeur d'un autre type.
error-transport = Le serveur est injoignable. Vérifiez votre connexion et réessayez.
problems-title = Il y a un problème
# The tab's title of a page whose form came back with problems; $title is the page's own title.
error-title = Erreur : { $title }
# A field's name, before its problem in the error summary ("E-mail: …"). The form as a whole has no name.
field-form = {""}
field-email = Adresse électronique
field-password = Mot de passe
field-new-password = Nouveau mot de passe
field-display-name = Nom
field-stakeholder-group = Groupe de parties prenantes
field-country = Pays
field-organisation = Organisation
field-capacity = Vous vous exprimez
field-paragraph = Paragraphe
field-quote = Passage cité
field-body = Commentaire
field-tags = Thèmes
field-consent = Publication
field-reason = Motif
field-disposition = Décision
field-response = Réponse
field-note = Note
field-slug = Adresse
field-title = Titre
field-description = Description
field-status = Statut
field-opens-at = Ouverture
field-closes-at = Clôture
field-code = Code
field-cluster = Groupe de questions
field-markdown = Texte
field-matches = Correspondances
field-changed-in = La modification qui en a résulté
field-files = Documents
field-language = Langue
# Stakeholder groups.
group-government = Gouvernement
group-private-sector = Secteur privé
group-civil-society = Société civile
group-academic-technical = Communauté universitaire et technique
group-intergovernmental = Organisation intergouvernementale / internationale
# The capacity in which a stakeholder speaks.
capacity-personal = À titre personnel
capacity-organisation = Au nom de mon organisation
# The roles of accounts.
role-stakeholder = Partie prenante
role-secretariat = Secrétariat
role-admin = Administrateur·rice
# The issue clusters of working papers.
cluster-infrastructure = Infrastructure et ressources critiques de l’Internet
cluster-use-of-internet = Utilisation de l’Internet (spam, sécurité, cybercriminalité)
cluster-wider-impact = Questions à portée plus large (propriété intellectuelle, commerce, vie privée, protection des consommateurs)
cluster-development = Développement (renforcement des capacités, accès, multilinguisme)
# The statuses of a consultation.
status-draft = Brouillon
status-open = Ouverte
status-closed = Clôturée
status-archived = Archivée
# The regions of the world, by which comments can be filtered.
region-africa = Afrique
region-americas = Amériques
region-asia = Asie
region-europe = Europe
region-oceania = Océanie
# The names of the months, as in a date ("15 February 2005").
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
# A time in UTC, such as "15 February 2005, 09:30 UTC". $day and $year are numbers,
# $month is the month's name (month-1 … month-12), $hour and $minute are two digits each.
datetime = { $day } { $month } { $year } à { $hour }:{ $minute } UTC
nav-my-comments = Mes commentaires
nav-search = Recherche
