//! Les contributions : documents envoyés à une consultation.

use crate::domain::comment::CommentStatus;
use crate::domain::contributions::FileRefusal;
use crate::i18n::ContributionTexts;

pub(super) const CONTRIBUTIONS: ContributionTexts = ContributionTexts {
    form_title: "Envoyer une contribution",
    form_heading: |c| format!("Envoyer une contribution à « {c} »"),
    form_intro: "Une contribution est un document : prise de position, déclaration, étude. Donnez-lui un titre et un court résumé, joignez les fichiers et dites comment vous acceptez d’être présenté. Le secrétariat la lit avant de la publier.",
    attach: "Joindre des documents (facultatif)",
    attach_hint: |n, mb| {
        format!(
            "Si votre commentaire renvoie à un document, joignez-le : jusqu’à {n} fichiers de {mb} Mo au plus chacun, PDF, Word (DOCX), OpenDocument (ODT), texte brut ou Markdown. Ils sont publiés avec votre commentaire."
        )
    },
    attached: "Documents joints",
    paragraphs: "Paragraphes concernés",
    paragraphs_hint: "Facultatif, avec un document : les numéros des paragraphes, séparés par des virgules (par exemple 2.1, 3.4).",
    concerned: "Commentaires sur ces paragraphes",
    no_concerned: "Aucun commentaire publié sur ces paragraphes pour l’instant.",
    report: "Signaler cette contribution",
    reported: "Merci. Le secrétariat examinera cette contribution.",
    reported_by_readers: "Signalée par des lecteurs",
    keep: "Laisser publiée",
    sign_in_needed: "Veuillez vous connecter pour envoyer une contribution, ou créer un compte : cela prend une minute.",
    closed: "Cette consultation ne reçoit pas de contributions en ce moment.",
    title: "Titre",
    summary: "Résumé",
    summary_hint: "Quelques phrases sur ce que dit le document ; les lecteurs les voient avant de télécharger quoi que ce soit.",
    files: "Fichiers",
    files_hint: |n, mb| {
        format!(
            "Jusqu’à {n} fichiers de {mb} Mo au plus chacun : PDF, Word (DOCX), OpenDocument (ODT), texte brut ou Markdown. Les fichiers protégés par un mot de passe ou contenant des macros ne peuvent pas être acceptés."
        )
    },
    paper: "Document de travail concerné",
    paper_hint: "Facultatif : le document auquel répond votre contribution.",
    no_paper: "La consultation dans son ensemble",
    submit: "Envoyer la contribution",
    refusal: |name, refusal| {
        let name = if name.is_empty() {
            "Un fichier".to_owned()
        } else {
            format!("« {name} »")
        };
        match refusal {
            FileRefusal::Empty => format!("{name} est vide."),
            FileRefusal::TooLarge { max } => format!("{name} dépasse {} Mo.", max / (1024 * 1024)),
            FileRefusal::UnknownType => format!(
                "{name} n’est pas un fichier PDF, DOCX, ODT, texte ou Markdown (quel que soit son nom)."
            ),
            FileRefusal::Encrypted => format!(
                "{name} est chiffré ou protégé par un mot de passe (ou c’est un ancien fichier .doc) : enregistrez-le sans mot de passe, en PDF ou en DOCX."
            ),
            FileRefusal::Macros => {
                format!("{name} contient des macros : enregistrez-le en DOCX simple ou en PDF.")
            }
            FileRefusal::ActiveContent => format!(
                "{name} contient des scripts, des fichiers incorporés ou du code de page web : enregistrez-le en PDF simple."
            ),
            FileRefusal::Malformed => {
                format!("{name} est endommagé ou n’est pas ce qu’il prétend être.")
            }
            FileRefusal::TooManyBytesInside => {
                format!("{name} occuperait trop de place une fois décompressé.")
            }
            FileRefusal::TooMany { max } => format!("Envoyez au plus {max} fichiers à la fois."),
            FileRefusal::Missing => {
                format!("{name} est introuvable dans le dossier du fichier importé.")
            }
        }
    },
    received: |r| format!("Merci : votre contribution a été reçue sous la référence {r}."),
    received_next: "Le secrétariat la lit avant de la publier ; cette page indique où elle en est. Gardez la référence pour la citer.",
    status: |s| match s {
        CommentStatus::Pending => "En attente du secrétariat",
        CommentStatus::Published => "Publiée",
        CommentStatus::Rejected => "Non publiée",
        CommentStatus::Hidden => "Retirée de la publication par le secrétariat",
        CommentStatus::Withdrawn => "Retirée par son auteur",
    },
    list_title: |c| format!("Contributions à « {c} »"),
    list_intro: "Documents envoyés par les parties prenantes et publiés par le secrétariat, du plus récent au plus ancien.",
    send: "Envoyer une contribution",
    count: |n| match n {
        0 => "Aucune contribution publiée pour l’instant.".to_owned(),
        1 => "1 contribution".to_owned(),
        n => format!("{n} contributions"),
    },
    concerns: "sur",
    pages: |n| {
        if n <= 1 {
            format!("{n} page")
        } else {
            format!("{n} pages")
        }
    },
    text_not_extracted: "texte non extrait",
    bytes: |n| format!("{n} octets"),
    kilobytes: |n| format!("{n} ko"),
    megabytes: |n| format!("{} Mo", n.replace('.', ",")),
    desk_title: "Contributions à examiner",
    desk_empty: "Aucune contribution n’attend de décision.",
    desk_count: |n| {
        if n == 1 {
            "1 contribution en attente".to_owned()
        } else {
            format!("{n} contributions en attente")
        }
    },
    text_of: |f| format!("Texte extrait de {f}"),
    reject_reason: "Motif (nécessaire pour refuser ; son auteur le voit)",
    on_consultation: |n| match n {
        0 => "Contributions (documents)".to_owned(),
        n => format!("Contributions (documents) : {n}"),
    },
    heading: "Contributions",
    digest_csv: "Contributions (CSV)",
};
