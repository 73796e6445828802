//! Les courriels qu’envoie Consult, et les pages qu’ouvrent leurs liens.

use crate::domain::comment::CommentStatus;
use crate::i18n::MailTexts;

pub(super) const MAIL: MailTexts = MailTexts {
    greeting: |name| format!("Bonjour {name},"),
    signature: "Le secrétariat, par Consult",
    notice_footer: "Vous recevez cet avis parce que vous l’avez demandé dans votre profil.",
    change_notices: "Modifier les avis que vous recevez",

    verify_subject: "Confirmez votre adresse électronique",
    verify_intro: "Veuillez suivre le lien ci-dessous pour confirmer votre adresse électronique. Vos commentaires ne parviennent au secrétariat qu’une fois votre adresse confirmée.",
    verify_link: "Confirmer mon adresse",
    verify_note: "Ce lien est valable 48 heures. Si vous ne vous êtes pas inscrit·e sur Consult, ne tenez pas compte de ce message : il ne se passera rien.",

    change_subject: "Confirmez votre nouvelle adresse électronique",
    change_intro: "Suivez le lien ci-dessous pour que cette adresse devienne celle de votre compte sur Consult. D’ici là, votre compte garde son adresse actuelle.",
    change_link: "Confirmer ma nouvelle adresse",
    change_notice_subject: "Un changement de votre adresse électronique a été demandé",
    change_notice_body: |new| {
        format!(
            "Une personne connectée à votre compte a demandé d’en changer l’adresse électronique pour {new}. Le changement ne prend effet qu’une fois suivi le lien envoyé à cette adresse. Si ce n’était pas vous, connectez-vous, changez votre mot de passe et prévenez le secrétariat."
        )
    },
    change_legend: "Changer d’adresse électronique",
    change_new_email: "Nouvelle adresse électronique",
    change_password: "Votre mot de passe",
    change_submit: "Envoyer le lien de confirmation",
    change_sent: |new| {
        format!(
            "Un lien de confirmation est en route vers {new}. Votre adresse change dès que vous le suivez."
        )
    },
    changed_address: "Merci : votre compte utilise désormais cette adresse électronique.",

    reset_subject: "Choisissez un nouveau mot de passe",
    reset_intro: "Quelqu’un, vous-même nous l’espérons, a demandé à réinitialiser le mot de passe de votre compte sur Consult. Suivez le lien ci-dessous pour en choisir un nouveau.",
    reset_link: "Choisir un nouveau mot de passe",
    reset_note: "Ce lien est valable une heure et ne peut servir qu’une fois. Si vous n’avez rien demandé, ne tenez pas compte de ce message : votre mot de passe reste inchangé.",
    changed_subject: "Votre mot de passe a été modifié",
    changed_body: "Le mot de passe de votre compte sur Consult a été modifié, et toutes vos sessions ont été fermées. Si ce n’était pas vous, utilisez sans attendre « Mot de passe oublié ? » sur la page de connexion, et prévenez le secrétariat.",

    receipt_subject: |r| format!("Commentaire {r} reçu"),
    receipt_body: |reference, paper, where_| {
        format!("Nous avons reçu votre commentaire {reference} sur {paper}, {where_}.")
    },
    receipt_where: |p| match p {
        Some(n) => format!("paragraphe {n}"),
        None => "le document dans son ensemble".to_owned(),
    },
    receipt_next: "Le secrétariat lit chaque commentaire avant de le publier. Nous vous informerons de sa décision.",
    receipt_unverified: "Votre adresse électronique n’est pas encore confirmée : votre commentaire parviendra au secrétariat dès que vous l’aurez confirmée avec le lien que nous vous avons envoyé.",
    receipt_link: "Voir votre commentaire",
    not_me_intro: "Si vous n’avez pas envoyé ce commentaire, quelqu’un a utilisé votre adresse. Signalez-le-nous et il ne sera pas publié :",
    not_me_link: "Je n’ai pas envoyé ce commentaire",
    contribution_subject: |r| format!("Contribution {r} reçue"),
    contribution_body: |r, title| {
        format!(
            "Nous avons reçu votre contribution {r}, « {title} ». Le secrétariat la lit avant de la publier."
        )
    },

    decision_subject: |reference, status| match status {
        CommentStatus::Pending => {
            format!("Votre commentaire {reference} est de nouveau en cours d’examen")
        }
        CommentStatus::Published => format!("Votre commentaire {reference} est publié"),
        CommentStatus::Rejected => format!("Votre commentaire {reference} n’a pas été publié"),
        CommentStatus::Hidden => {
            format!("Votre commentaire {reference} a été retiré de la publication")
        }
        CommentStatus::Withdrawn => format!("Votre commentaire {reference} a été retiré"),
    },
    decision_body: |reference, status, reason| {
        let decision = match status {
            CommentStatus::Pending => format!(
                "Le secrétariat a remis votre commentaire {reference} en examen. Il n’est pas affiché sur Consult tant que le secrétariat n’a pas de nouveau statué ; nous vous informerons de sa décision."
            ),
            CommentStatus::Published => format!(
                "Le secrétariat a publié votre commentaire {reference}. Chacun peut désormais le lire sur Consult."
            ),
            CommentStatus::Rejected => {
                format!("Le secrétariat a décidé de ne pas publier votre commentaire {reference}.")
            }
            CommentStatus::Hidden => format!(
                "Le secrétariat a retiré votre commentaire {reference} de la publication. Il n’est plus affiché sur Consult."
            ),
            CommentStatus::Withdrawn => {
                format!("Votre commentaire {reference} a été retiré. Il ne sera pas publié.")
            }
        };
        match reason {
            Some(reason) if !reason.trim().is_empty() => {
                format!("{decision}\n\nLe secrétariat a donné ce motif : {reason}")
            }
            _ => decision,
        }
    },
    disposition_subject: |r| format!("Le secrétariat a répondu à votre commentaire {r}"),
    disposition_body: |reference, disposition, response| {
        let recorded = format!(
            "Le secrétariat a consigné la suite donnée à votre commentaire {reference} : {disposition}."
        );
        if response.trim().is_empty() {
            recorded
        } else {
            format!("{recorded}\n\n{response}")
        }
    },
    version_subject: |code, n| format!("{code} : la version {n} est publiée"),
    version_body: |code, title, n| {
        format!(
            "Le document {code}, « {title} », que vous avez commenté, a une nouvelle version ({n}). Les commentaires sur les versions antérieures sont reportés sur les paragraphes qui leur font suite ; voyez ce qui a changé :"
        )
    },
    read_link: "Voir sur Consult",

    forgot_title: "Mot de passe oublié ?",
    forgot_intro: "Indiquez l’adresse électronique de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.",
    forgot_submit: "Envoyer le lien",
    forgot_sent: "Si un compte utilise cette adresse, un lien pour choisir un nouveau mot de passe vient d’y être envoyé. Il est valable une heure.",
    forgot_link: "Mot de passe oublié ?",
    reset_title: "Choisir un nouveau mot de passe",
    reset_submit: "Enregistrer le nouveau mot de passe",
    reset_done: "Votre mot de passe a été modifié et toutes les sessions ont été fermées. Connectez-vous avec le nouveau mot de passe.",
    link_invalid: "Ce lien a expiré ou a déjà servi. Demandez-en un nouveau.",
    verify_title: "Confirmer votre adresse électronique",
    verified: "Merci : votre adresse électronique est confirmée. Vos commentaires sont désormais transmis au secrétariat.",
    resend: "Renvoyer le lien de confirmation",
    resent: "Un nouveau lien de confirmation vient de vous être envoyé.",
    unverified_notice: "Veuillez confirmer votre adresse électronique avec le lien que nous vous avons envoyé : d’ici là, vos commentaires restent en attente et ne sont pas publiés.",
    waiting_verification: "En attente de la confirmation de votre adresse électronique",
    not_me_title: "Un commentaire que vous n’avez pas envoyé",
    not_me_explain: "Si vous n’avez pas envoyé ce commentaire, confirmez-le ci-dessous : il ne sera pas publié, et le secrétariat examinera ce qui s’est passé.",
    not_me_submit: "Je n’ai pas envoyé ce commentaire",
    not_me_done: "Merci. Le commentaire est retiré de la publication et le secrétariat examinera ce qui s’est passé.",

    notices_legend: "Avis par courrier électronique",
    notify_outcomes: "Quand le secrétariat statue sur mes commentaires ou y répond",
    notify_versions: "Quand un document que j’ai commenté a une nouvelle version",
    notices_submit: "Enregistrer mon choix d’avis",
    notices_saved: "Votre choix est enregistré.",
    notices_hint: "Les accusés de réception et les messages concernant la sécurité de votre compte sont toujours envoyés.",

    arrived_verified: "adresse confirmée",
    arrived_import: "importé par le secrétariat",
    arrived_unverified: "adresse non confirmée",
};
