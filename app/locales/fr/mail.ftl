# The first line of every message. $name: the recipient's name.
m-greeting = Bonjour { $name },
m-signature = Le secrétariat, par Consult
m-notice-footer = Vous recevez cet avis parce que vous l’avez demandé dans votre profil.
m-change-notices = Modifier les avis que vous recevez
m-verify-subject = Confirmez votre adresse électronique
m-verify-intro = Veuillez suivre le lien ci-dessous pour confirmer votre adresse électronique. Vos commentaires ne parviennent au secrétariat qu’une fois votre adresse confirmée.
m-verify-link = Confirmer mon adresse
m-verify-note = Ce lien est valable 48 heures. Si vous ne vous êtes pas inscrit·e sur Consult, ne tenez pas compte de ce message : il ne se passera rien.
m-change-subject = Confirmez votre nouvelle adresse électronique
m-change-intro = Suivez le lien ci-dessous pour que cette adresse devienne celle de votre compte sur Consult. D’ici là, votre compte garde son adresse actuelle.
m-change-link = Confirmer ma nouvelle adresse
m-change-notice-subject = Un changement de votre adresse électronique a été demandé
# Sent to the old address. $new_address: the e-mail address asked for.
m-change-notice-body = Une personne connectée à votre compte a demandé d’en changer l’adresse électronique pour { $new_address }. Le changement ne prend effet qu’une fois suivi le lien envoyé à cette adresse. Si ce n’était pas vous, connectez-vous, changez votre mot de passe et prévenez le secrétariat.
m-change-legend = Changer d’adresse électronique
m-change-new-email = Nouvelle adresse électronique
m-change-password = Votre mot de passe
m-change-submit = Envoyer le lien de confirmation
# $new_address: the e-mail address asked for.
m-change-sent = Un lien de confirmation est en route vers { $new_address }. Votre adresse change dès que vous le suivez.
m-changed-address = Merci : votre compte utilise désormais cette adresse électronique.
m-reset-subject = Choisissez un nouveau mot de passe
m-reset-intro = Quelqu’un, vous-même nous l’espérons, a demandé à réinitialiser le mot de passe de votre compte sur Consult. Suivez le lien ci-dessous pour en choisir un nouveau.
m-reset-link = Choisir un nouveau mot de passe
m-reset-note = Ce lien est valable une heure et ne peut servir qu’une fois. Si vous n’avez rien demandé, ne tenez pas compte de ce message : votre mot de passe reste inchangé.
m-changed-subject = Votre mot de passe a été modifié
m-changed-body = Le mot de passe de votre compte sur Consult a été modifié, et toutes vos sessions ont été fermées. Si ce n’était pas vous, utilisez sans attendre « Mot de passe oublié ? » sur la page de connexion, et prévenez le secrétariat.
# $reference: the comment's reference.
m-receipt-subject = Commentaire { $reference } reçu
# $reference: the comment's reference; $paper: the paper's code; $place: where in the paper
# (m-receipt-where-paragraph or m-receipt-where-whole).
m-receipt-body = Nous avons reçu votre commentaire { $reference } sur { $paper }, { $place }.
# The $place of m-receipt-body. $paragraph: the paragraph's number (e.g. 2.1).
m-receipt-where-paragraph = paragraphe { $paragraph }
m-receipt-where-whole = le document dans son ensemble
m-receipt-next = Le secrétariat lit chaque commentaire avant de le publier. Nous vous informerons de sa décision.
m-receipt-unverified = Votre adresse électronique n’est pas encore confirmée : votre commentaire parviendra au secrétariat dès que vous l’aurez confirmée avec le lien que nous vous avons envoyé.
m-receipt-link = Voir votre commentaire
m-not-me-intro = Si vous n’avez pas envoyé ce commentaire, quelqu’un a utilisé votre adresse. Signalez-le-nous et il ne sera pas publié :
m-not-me-link = Je n’ai pas envoyé ce commentaire
# $reference: the contribution's reference.
m-contribution-subject = Contribution { $reference } reçue
# $reference: the contribution's reference; $title: its title.
m-contribution-body = Nous avons reçu votre contribution { $reference }, « { $title } ». Le secrétariat la lit avant de la publier.
# The subject telling its author what became of a comment, one per outcome.
# $reference: the comment's reference.
m-decision-subject-pending = Votre commentaire { $reference } est de nouveau en cours d’examen
m-decision-subject-published = Votre commentaire { $reference } est publié
m-decision-subject-rejected = Votre commentaire { $reference } n’a pas été publié
m-decision-subject-hidden = Votre commentaire { $reference } a été retiré de la publication
m-decision-subject-withdrawn = Votre commentaire { $reference } a été retiré
# The message telling its author what became of a comment, one per outcome.
# $reference: the comment's reference.
m-decision-body-pending = Le secrétariat a remis votre commentaire { $reference } en examen. Il n’est pas affiché sur Consult tant que le secrétariat n’a pas de nouveau statué ; nous vous informerons de sa décision.
m-decision-body-published = Le secrétariat a publié votre commentaire { $reference }. Chacun peut désormais le lire sur Consult.
m-decision-body-rejected = Le secrétariat a décidé de ne pas publier votre commentaire { $reference }.
m-decision-body-hidden = Le secrétariat a retiré votre commentaire { $reference } de la publication. Il n’est plus affiché sur Consult.
m-decision-body-withdrawn = Votre commentaire { $reference } a été retiré. Il ne sera pas publié.
# After the decision and a blank line, when the secretariat gave a reason. $reason: its words.
m-decision-body-reason = Le secrétariat a donné ce motif : { $reason }
# $reference: the comment's reference.
m-disposition-subject = Le secrétariat a répondu à votre commentaire { $reference }
# $reference: the comment's reference; $disposition: the name of how it was taken into
# account. The secretariat's response, when it wrote one, follows after a blank line.
m-disposition-body = Le secrétariat a consigné la suite donnée à votre commentaire { $reference } : { $disposition }.
# $code: the paper's code; $version: the number of its new version.
m-version-subject = { $code } : la version { $version } est publiée
# $code: the paper's code; $title: its title; $version: the number of its new version.
# The link to what changed follows.
m-version-body = Le document { $code }, « { $title } », que vous avez commenté, a une nouvelle version ({ $version }). Les commentaires sur les versions antérieures sont reportés sur les paragraphes qui leur font suite ; voyez ce qui a changé :
m-read-link = Voir sur Consult
m-forgot-title = Mot de passe oublié ?
m-forgot-intro = Indiquez l’adresse électronique de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
m-forgot-submit = Envoyer le lien
m-forgot-sent = Si un compte utilise cette adresse, un lien pour choisir un nouveau mot de passe vient d’y être envoyé. Il est valable une heure.
m-forgot-link = Mot de passe oublié ?
m-reset-title = Choisir un nouveau mot de passe
m-reset-submit = Enregistrer le nouveau mot de passe
m-reset-done = Votre mot de passe a été modifié et toutes les sessions ont été fermées. Connectez-vous avec le nouveau mot de passe.
m-link-invalid = Ce lien a expiré ou a déjà servi. Demandez-en un nouveau.
m-verify-title = Confirmer votre adresse électronique
m-verified = Merci : votre adresse électronique est confirmée. Vos commentaires sont désormais transmis au secrétariat.
m-resend = Renvoyer le lien de confirmation
m-resent = Un nouveau lien de confirmation vient de vous être envoyé.
m-unverified-notice = Veuillez confirmer votre adresse électronique avec le lien que nous vous avons envoyé : d’ici là, vos commentaires restent en attente et ne sont pas publiés.
m-waiting-verification = En attente de la confirmation de votre adresse électronique
m-not-me-title = Un commentaire que vous n’avez pas envoyé
m-not-me-explain = Si vous n’avez pas envoyé ce commentaire, confirmez-le ci-dessous : il ne sera pas publié, et le secrétariat examinera ce qui s’est passé.
m-not-me-submit = Je n’ai pas envoyé ce commentaire
m-not-me-done = Merci. Le commentaire est retiré de la publication et le secrétariat examinera ce qui s’est passé.
m-notices-legend = Avis par courrier électronique
m-notify-outcomes = Quand le secrétariat statue sur mes commentaires ou y répond
m-notify-versions = Quand un document que j’ai commenté a une nouvelle version
m-notices-submit = Enregistrer mon choix d’avis
m-notices-saved = Votre choix est enregistré.
m-notices-hint = Les accusés de réception et les messages concernant la sécurité de votre compte sont toujours envoyés.
m-arrived-verified = adresse confirmée
m-arrived-import = importé par le secrétariat
m-arrived-unverified = adresse non confirmée
