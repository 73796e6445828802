k-form-title = Envoyer une contribution
# $consultation: the consultation's title.
k-form-heading = Envoyer une contribution à « { $consultation } »
k-form-intro = Une contribution est un document : prise de position, déclaration, étude. Donnez-lui un titre et un court résumé, joignez les fichiers et dites comment vous acceptez d’être présenté. Le secrétariat la lit avant de la publier.
k-attach = Joindre des documents (facultatif)
# Under the comment form's file input. $max_files: how many files at most;
# $max_mb: the largest size of one file, in megabytes.
k-attach-hint = Si votre commentaire renvoie à un document, joignez-le : jusqu’à { $max_files } fichiers de { $max_mb } Mo au plus chacun, PDF, Word (DOCX), OpenDocument (ODT), texte brut ou Markdown. Ils sont publiés avec votre commentaire.
k-attached = Documents joints
k-paragraphs = Paragraphes concernés
k-paragraphs-hint = Facultatif, avec un document : les numéros des paragraphes, séparés par des virgules (par exemple 2.1, 3.4).
k-concerned = Commentaires sur ces paragraphes
k-no-concerned = Aucun commentaire publié sur ces paragraphes pour l’instant.
k-report = Signaler cette contribution
k-reported = Merci. Le secrétariat examinera cette contribution.
k-reported-by-readers = Signalée par des lecteurs
k-keep = Laisser publiée
k-sign-in-needed = Veuillez vous connecter pour envoyer une contribution, ou créer un compte : cela prend une minute.
k-closed = Cette consultation ne reçoit pas de contributions en ce moment.
k-title = Titre
k-summary = Résumé
k-summary-hint = Quelques phrases sur ce que dit le document ; les lecteurs les voient avant de télécharger quoi que ce soit.
k-files = Fichiers
# $max_files: how many files at most; $max_mb: the largest size of one file, in megabytes.
k-files-hint = Jusqu’à { $max_files } fichiers de { $max_mb } Mo au plus chacun : PDF, Word (DOCX), OpenDocument (ODT), texte brut ou Markdown. Les fichiers protégés par un mot de passe ou contenant des macros ne peuvent pas être acceptés.
k-paper = Document de travail concerné
k-paper-hint = Facultatif : le document auquel répond votre contribution.
k-no-paper = La consultation dans son ensemble
k-submit = Envoyer la contribution
# Why a file was refused. $file is k-refusal-named (the file's name, quoted) or, when the
# file has no name, k-refusal-unnamed; it begins the sentence.
k-refusal-unnamed = Un fichier
k-refusal-named = « { $name } »
k-refusal-empty = { $file } est vide.
# $max_mb: the largest size of one file, in megabytes.
k-refusal-too-large = { $file } dépasse { $max_mb } Mo.
k-refusal-unknown-type = { $file } n’est pas un fichier PDF, DOCX, ODT, texte ou Markdown (quel que soit son nom).
k-refusal-encrypted = { $file } est chiffré ou protégé par un mot de passe (ou c’est un ancien fichier .doc) : enregistrez-le sans mot de passe, en PDF ou en DOCX.
k-refusal-macros = { $file } contient des macros : enregistrez-le en DOCX simple ou en PDF.
k-refusal-active-content = { $file } contient des scripts, des fichiers incorporés ou du code de page web : enregistrez-le en PDF simple.
k-refusal-malformed = { $file } est endommagé ou n’est pas ce qu’il prétend être.
k-refusal-too-many-bytes-inside = { $file } occuperait trop de place une fois décompressé.
# $max: how many files at most.
k-refusal-too-many = Envoyez au plus { $max } fichiers à la fois.
k-refusal-missing = { $file } est introuvable dans le dossier du fichier importé.
# $reference: the contribution's reference.
k-received = Merci : votre contribution a été reçue sous la référence { $reference }.
k-received-next = Le secrétariat la lit avant de la publier ; cette page indique où elle en est. Gardez la référence pour la citer.
# Where a contribution stands.
k-status-pending = En attente du secrétariat
k-status-published = Publiée
k-status-rejected = Non publiée
k-status-hidden = Retirée de la publication par le secrétariat
k-status-withdrawn = Retirée par son auteur
# $consultation: the consultation's title.
k-list-title = Contributions à « { $consultation } »
k-list-intro = Documents envoyés par les parties prenantes et publiés par le secrétariat, du plus récent au plus ancien.
k-send = Envoyer une contribution
# $n: the number of published contributions.
k-count =
    { $n ->
        [0] Aucune contribution publiée pour l’instant.
        [one] { $n } contribution
       *[other] { $n } contributions
    }
k-concerns = sur
# $n: a document's number of pages.
k-pages =
    { $n ->
        [one] { $n } page
       *[other] { $n } pages
    }
k-text-not-extracted = texte non extrait
# A file's size. $n: a number of bytes (under 1000).
k-bytes = { $n } octets
# A file's size. $size: a number of kilobytes, already formatted.
k-kilobytes = { $size } ko
# A file's size. $size: a number of megabytes with one decimal, already formatted with
# k-decimal-separator.
k-megabytes = { $size } Mo
# The decimal separator of numbers such as "2.4" in k-megabytes.
k-decimal-separator = {","}
k-desk-title = Contributions à examiner
k-desk-empty = Aucune contribution n’attend de décision.
# $n: the number of contributions waiting for a decision (never 0).
k-desk-count =
    { $n ->
        [one] { $n } contribution en attente
       *[other] { $n } contributions en attente
    }
# $file: the file's name.
k-text-of = Texte extrait de { $file }
k-reject-reason = Motif (nécessaire pour refuser ; son auteur le voit)
# On the consultation page, the link to its contributions. $n: their number, or 0 to show
# no number.
k-on-consultation =
    { $n ->
        [0] Contributions (documents)
       *[other] Contributions (documents) : { $n }
    }
k-heading = Contributions
k-digest-csv = Contributions (CSV)
