//! French.

mod contributions;
mod desk;
mod mail;

use crate::domain::comment::{CommentStatus, Consent};
use crate::domain::countries::Region;
use crate::domain::{
    AppError, Capacity, ConsultationStatus, Field, IssueCluster, Problem, Role, StakeholderGroup,
};
use crate::i18n::{CommentTexts, Texts, format_datetime};
use desk::{DESK, DIGEST, EDITOR};

const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

pub(super) const TEXTS: Texts = Texts {
    site_name: "Consult",
    site_tagline: "Consultations ouvertes sur des documents de travail",
    skip_to_content: "Aller au contenu principal",
    nav_label: "Principal",
    nav_home: "Consultations",
    nav_sign_in: "Se connecter",
    nav_register: "S’inscrire",
    nav_profile: "Profil",
    sign_out: "Se déconnecter",
    signed_in_as: "Connecté·e en tant que",
    language: "Langue",
    footer: "Consult : des consultations ouvertes, transparentes et inclusives, avec commentaires en ligne.",
    loading: "Chargement…",
    sending: "Envoi…",

    home_title: "Consultations",
    home_intro: "Le secrétariat publie des projets de documents de travail pour commentaires. Lisez-les, et commentez-les paragraphe par paragraphe une fois inscrit·e comme partie prenante.",
    home_open: "Ouvertes aux commentaires",
    home_closed: "Clôturées et archivées",
    home_none_open: "Aucune consultation n’est ouverte aux commentaires pour le moment.",
    opens: "Ouverture",
    closes: "Clôture",
    paper_count: |n| match n {
        0 | 1 => format!("{n} document de travail"),
        n => format!("{n} documents de travail"),
    },

    papers: "Documents de travail",
    cluster: "Groupe de questions",
    version: "Version",
    read_paper: "Lire le document",
    back_to_consultation: "Retour à la consultation",
    paper_contents: "Texte du document",
    paragraph_label: |n| format!("Paragraphe {n}"),

    register_title: "S’inscrire comme partie prenante",
    register_intro: "Votre groupe de parties prenantes, votre pays et votre organisation accompagnent vos commentaires, selon ce que vous choisissez pour chacun.",
    register_submit: "S’inscrire",
    register_have_account: "Déjà inscrit·e ? Se connecter",
    welcome: "Bienvenue : votre compte est prêt et vous êtes connecté·e. Nous vous avons envoyé un courriel ; suivez son lien pour confirmer votre adresse, et vos commentaires parviendront au secrétariat.",
    email: "Adresse électronique",
    password: "Mot de passe",
    password_hint: "Au moins 12 caractères. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.",
    display_name: "Nom",
    display_name_hint: "Tel qu’il peut apparaître avec vos commentaires.",
    stakeholder_group: "Groupe de parties prenantes",
    country: "Pays",
    country_hint: "Votre région en est déduite.",
    organisation: "Organisation",
    organisation_hint: "Facultatif, sauf si vous vous exprimez en son nom.",
    capacity: "Vous vous exprimez",
    choose: "Choisir…",
    required_mark: "(obligatoire)",
    form_has_problems: "Veuillez corriger les champs signalés ci-dessous.",

    sign_in_title: "Se connecter",
    sign_in_submit: "Se connecter",
    sign_in_no_account: "Pas encore de compte ? S’inscrire",

    profile_title: "Votre profil",
    profile_intro: "Les modifications s’appliquent aux commentaires que vous soumettrez désormais ; les commentaires antérieurs gardent les informations avec lesquelles ils ont été soumis.",
    profile_role: "Rôle",
    profile_save: "Enregistrer",
    profile_saved: "Votre profil a été enregistré.",
    profile_failed_sign_ins: |n| {
        let attempts = if n == 1 {
            "une tentative de connexion à votre compte a échoué".to_owned()
        } else {
            format!("{n} tentatives de connexion à votre compte ont échoué")
        };
        format!(
            "Depuis votre dernière connexion, {attempts} avec un mauvais mot de passe. Si ce n’était pas vous, votre mot de passe a tenu bon ; s’il est court ou utilisé ailleurs, choisissez-en un nouveau."
        )
    },
    sign_out_everywhere: "Se déconnecter sur tous les appareils",
    sign_out_everywhere_hint: "Met fin à toutes les sessions de ce compte, ici et sur tout autre ordinateur ou téléphone.",
    my_data: "Vos données",
    my_data_hint: "Tout ce que Consult conserve à votre sujet : votre compte, vos sessions, chacun de vos commentaires avec ses versions antérieures, et les commentaires que vous avez signalés, en un fichier JSON.",
    my_data_link: "Télécharger mes données (JSON)",
    profile_sign_in_needed: "Veuillez vous connecter pour voir votre profil.",

    not_found_title: "Page introuvable",
    not_found_body: "Il n’y a pas de page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une erreur.",
    not_found_home: "Aller aux consultations",

    problem: |p| {
        match p {
        Problem::Required => "Ce champ est obligatoire.".to_owned(),
        Problem::TooShort { min } => format!("Utilisez au moins {min} caractères."),
        Problem::TooLong { max } => format!("Utilisez au plus {max} caractères."),
        Problem::ControlCharacters => "Supprimez les caractères de contrôle invisibles.".to_owned(),
        Problem::InvalidEmail => {
            "Saisissez une adresse électronique telle que nom@example.org.".to_owned()
        }
        Problem::EmailTaken => "Un compte existe déjà avec cette adresse électronique.".to_owned(),
        Problem::UnknownChoice => "Choisissez l’une des options proposées.".to_owned(),
        Problem::BadCredentials => {
            "L’adresse électronique ou le mot de passe est incorrect.".to_owned()
        }
        Problem::AccountSuspended => {
            "Ce compte est suspendu. Veuillez contacter le secrétariat.".to_owned()
        }
        Problem::PasswordTooCommon => {
            "Ce mot de passe est trop courant. Choisissez-en un autre.".to_owned()
        }
        Problem::TooManyTags { max } => format!("Choisissez au plus {max} thèmes."),
        Problem::ConsultationClosed => {
            "Cette consultation n’est pas ouverte aux commentaires : le commentaire ne peut pas être accepté.".to_owned()
        }
        Problem::NotEditable => {
            "Ce commentaire a déjà été examiné par le secrétariat : il ne peut plus être modifié ni retiré.".to_owned()
        }
        Problem::ReplyNotAllowed => {
            "Seul un commentaire publié, qui n’est pas lui-même une réponse, peut recevoir une réponse.".to_owned()
        }
        Problem::InvalidSlug => "N’utilisez que des lettres, des chiffres et des traits d’union.".to_owned(),
        Problem::SlugTaken => "Une autre consultation a déjà cette adresse.".to_owned(),
        Problem::InvalidTime => "Indiquez une date et une heure, par exemple 2005-02-15 09:30.".to_owned(),
        Problem::ClosesBeforeOpening => "La clôture doit suivre l’ouverture.".to_owned(),
        Problem::AlreadyFlagged => "Vous avez déjà signalé ce commentaire.".to_owned(),
        Problem::NotAllowedNow => "Ce changement n’est pas possible dans l’état actuel du commentaire.".to_owned(),
        Problem::MatchesToConfirm { count: 1 } => {
            "Vérifiez la correspondance signalée ci-dessous et confirmez-la ou corrigez-la avant d’enregistrer.".to_owned()
        }
        Problem::MatchesToConfirm { count } => {
            format!("Vérifiez les {count} correspondances signalées ci-dessous et confirmez ou corrigez chacune avant d’enregistrer.")
        }
        Problem::File { name, refusal } => (contributions::CONTRIBUTIONS.refusal)(name, *refusal),
    }
    },
    error: |e| match e {
        AppError::Unauthorized => "Veuillez d’abord vous connecter.".to_owned(),
        AppError::Forbidden => "Vous n’êtes pas autorisé·e à faire ceci.".to_owned(),
        AppError::NotFound => "Introuvable.".to_owned(),
        AppError::Validation(_) | AppError::Conflict(_) => {
            "Veuillez corriger les champs signalés ci-dessous.".to_owned()
        }
        AppError::TooManyRequests { retry_after_secs } => {
            format!("Trop de tentatives. Veuillez réessayer dans {retry_after_secs} secondes.")
        }
        AppError::Internal { reference } => {
            format!(
                "Une erreur s’est produite de notre côté. Si elle se reproduit, citez la référence {reference}."
            )
        }
        AppError::BadRequest(_) => {
            "La demande est illisible : un champ manque ou contient une valeur d'un autre type."
                .to_owned()
        }
        AppError::Transport(_) => {
            "Le serveur est injoignable. Vérifiez votre connexion et réessayez.".to_owned()
        }
    },
    problems_title: "Il y a un problème",
    error_title: |t| format!("Erreur : {t}"),
    field_name: |f| match f {
        Field::Form => "",
        Field::Email => "Adresse électronique",
        Field::Password => "Mot de passe",
        Field::NewPassword => "Nouveau mot de passe",
        Field::DisplayName => "Nom",
        Field::StakeholderGroup => "Groupe de parties prenantes",
        Field::Country => "Pays",
        Field::Organisation => "Organisation",
        Field::Capacity => "Vous vous exprimez",
        Field::Paragraph => "Paragraphe",
        Field::Quote => "Passage cité",
        Field::Body => "Commentaire",
        Field::Tags => "Thèmes",
        Field::Consent => "Publication",
        Field::Reason => "Motif",
        Field::Disposition => "Décision",
        Field::Response => "Réponse",
        Field::Note => "Note",
        Field::Slug => "Adresse",
        Field::Title => "Titre",
        Field::Description => "Description",
        Field::Status => "Statut",
        Field::OpensAt => "Ouverture",
        Field::ClosesAt => "Clôture",
        Field::Code => "Code",
        Field::Cluster => "Groupe de questions",
        Field::Markdown => "Texte",
        Field::Matches => "Correspondances",
        Field::ChangedIn => "La modification qui en a résulté",
        Field::Files => "Documents",
    },

    group: |g| match g {
        StakeholderGroup::Government => "Gouvernement",
        StakeholderGroup::PrivateSector => "Secteur privé",
        StakeholderGroup::CivilSociety => "Société civile",
        StakeholderGroup::AcademicTechnical => "Communauté universitaire et technique",
        StakeholderGroup::Intergovernmental => "Organisation intergouvernementale / internationale",
    },
    capacity_name: |c| match c {
        Capacity::Personal => "À titre personnel",
        Capacity::Organisation => "Au nom de mon organisation",
    },
    role: |r| match r {
        Role::Stakeholder => "Partie prenante",
        Role::Secretariat => "Secrétariat",
        Role::Admin => "Administrateur·rice",
    },
    cluster_name: |c| match c {
        IssueCluster::Infrastructure => "Infrastructure et ressources critiques de l’Internet",
        IssueCluster::UseOfInternet => {
            "Utilisation de l’Internet (spam, sécurité, cybercriminalité)"
        }
        IssueCluster::WiderImpact => {
            "Questions à portée plus large (propriété intellectuelle, commerce, vie privée, protection des consommateurs)"
        }
        IssueCluster::Development => {
            "Développement (renforcement des capacités, accès, multilinguisme)"
        }
    },
    status: |s| match s {
        ConsultationStatus::Draft => "Brouillon",
        ConsultationStatus::Open => "Ouverte",
        ConsultationStatus::Closed => "Clôturée",
        ConsultationStatus::Archived => "Archivée",
    },
    region: |r| match r {
        Region::Africa => "Afrique",
        Region::Americas => "Amériques",
        Region::Asia => "Asie",
        Region::Europe => "Europe",
        Region::Oceania => "Océanie",
    },
    country_name: |c| c.name_fr,
    datetime: |t| format_datetime(t, &MONTHS, " à "),
    nav_my_comments: "Mes commentaires",
    nav_search: "Recherche",
    c: &COMMENTS,
    d: &DESK,
    e: &EDITOR,
    g: &DIGEST,
    k: &contributions::CONTRIBUTIONS,
    m: &mail::MAIL,
};

pub(super) const COMMENTS: CommentTexts = CommentTexts {
    whole_paper: "Le document dans son ensemble",
    comment_count: |n| match n {
        0 => "Aucun commentaire".to_owned(),
        1 => "1 commentaire".to_owned(),
        n => format!("{n} commentaires"),
    },
    comments_on_count: |p, n| match n {
        0 => format!("Paragraphe {p} : aucun commentaire"),
        1 => format!("Paragraphe {p} : 1 commentaire"),
        n => format!("Paragraphe {p} : {n} commentaires"),
    },
    comments_on: |p| format!("Commentaires sur le paragraphe {p}"),
    comments_on_whole: "Commentaires sur le document dans son ensemble",
    comments_on_removed: "Commentaires sur un texte supprimé",
    carried_count: |n| match n {
        1 => "(1 d’une version antérieure)".to_owned(),
        n => format!("({n} de versions antérieures)"),
    },
    written_on: |version, number| match number {
        Some(n) => format!("Écrit sur la version {version}, paragraphe {n}"),
        None => format!("Écrit sur la version {version}, sur le document dans son ensemble"),
    },
    text_written_on: "Le texte sur lequel il a été écrit",
    changes_link: |v| format!("Ce qui a changé dans la version {v}"),
    changes_title: |code, v| format!("{code} : ce qui a changé dans la version {v}"),
    changes_intro: |old, new| {
        format!(
            "Chaque paragraphe de la version {old}, ce qu’il est devenu dans la version {new} (mots supprimés barrés, mots ajoutés soulignés), et les commentaires écrits sur lui avec les réponses du secrétariat."
        )
    },
    changed_heading: |old, fate, new| {
        if new.is_empty() {
            format!("Paragraphe {old} : {fate}")
        } else {
            format!("Paragraphe {old} : {fate}, désormais {}", new.join(", "))
        }
    },
    added_heading: |new| format!("Paragraphe {} : ajouté", new.join(", ")),
    comments_on_earlier_text: "Commentaires sur le texte antérieur",
    unchanged_paragraphs: "Inchangés, sans commentaires",
    dispositions_link: |v| format!("Le traitement des commentaires sur la version {v}"),
    dispositions_title: |code, v| {
        format!("{code} : traitement des commentaires sur la version {v}")
    },
    dispositions_intro: |old, new| {
        format!(
            "Chaque commentaire publié sur la version {old}, sous le nom que son auteur a accepté, avec la suite donnée et la réponse du secrétariat, et le paragraphe de la version {new} qui lui correspond désormais."
        )
    },
    dispositions_csv: "Télécharger en CSV (tableur)",
    dispositions_docx: "Télécharger en DOCX (traitement de texte)",
    col_reference: "Référence",
    col_paragraph: "Paragraphe",
    col_comment: "Commentaire",
    col_disposition: "Suite donnée et réponse",
    no_disposition: "Pas encore",
    none_here: "Aucun commentaire publié ici pour l’instant.",
    more: "Plus de commentaires",
    close: "Fermer les commentaires",
    comment_on_this: "Commenter ce paragraphe",
    sent_by: |n| format!("La même lettre, envoyée par {n} parties prenantes : voir qui"),
    copy_differs: "Dans ses propres mots :",
    comment_on_numbered: |n| format!("Commenter le paragraphe {n}"),
    comment_on_paper: "Commenter le document dans son ensemble",
    closed_note: "Cette consultation n’est pas ouverte aux commentaires en ce moment.",
    filter_title: "Afficher les commentaires de…",
    any_group: "Toute partie prenante",
    region: "Région",
    any_region: "Toute région",
    tag: "Thème",
    any_tag: "Tout thème",
    apply_filter: "Afficher",
    clear_filter: "Effacer le filtre",
    tags_label: "Thèmes",
    quoted: "Passage cité",
    late: "tardif",
    reply: "Répondre",
    replies: "Réponses",

    form_title: |code| format!("Commenter {code}"),
    reply_title: |r| format!("Répondre au commentaire {r}"),
    form_intro: "Le secrétariat lit chaque commentaire avant sa publication. Vous pouvez le modifier ou le retirer jusque-là.",
    paragraph: "Paragraphe",
    paragraph_hint: "Le paragraphe sur lequel porte votre commentaire, ou le document dans son ensemble.",
    quote: "Passage cité (facultatif)",
    quote_hint: "Copiez les mots du paragraphe auxquels vous répondez, si cela aide.",
    body: "Votre commentaire",
    body_hint: "Texte simple, de 20 à 10 000 caractères. Laissez une ligne vide entre les paragraphes. Les adresses web deviennent des liens.",
    tags_legend: |max| format!("Thèmes (au plus {max})"),
    tags_hint: "Les thèmes aident le secrétariat à regrouper les commentaires par sujet.",
    consent: "Comment vous apparaissez à la publication",
    consent_hint: "Votre groupe de parties prenantes et votre pays sont toujours indiqués.",
    consent_name: |c| match c {
        Consent::NameAndOrganisation => "Avec mon nom et mon organisation",
        Consent::OrganisationOnly => "Avec mon organisation seulement",
        Consent::Anonymous => "Anonymement (groupe de parties prenantes et pays seulement)",
    },
    submit: "Envoyer le commentaire",
    sign_in_to_comment: "Connectez-vous, ou inscrivez-vous comme partie prenante, pour commenter.",

    my_title: "Mes commentaires",
    my_intro: "Tout ce que vous avez envoyé, du plus récent au plus ancien. Vous pouvez modifier ou retirer un commentaire tant qu’il est en attente.",
    my_none: "Vous n’avez encore envoyé aucun commentaire.",
    reference: "Référence",
    where_label: "Sur",
    status: "État",
    status_name: |s| match s {
        CommentStatus::Pending => "En attente d’examen",
        CommentStatus::Published => "Publié",
        CommentStatus::Rejected => "Non publié",
        CommentStatus::Withdrawn => "Retiré",
        CommentStatus::Hidden => "Masqué",
    },
    reason: "Motif",
    submitted: "Envoyé le",
    older: "Commentaires plus anciens",
    comment_title: |r| format!("Commentaire {r}"),
    received: |r| {
        format!(
            "Merci. Votre commentaire a été reçu sous la référence {r}. Il sera publié après examen par le secrétariat."
        )
    },
    saved: "Vos modifications sont enregistrées. Le texte précédent est conservé dans l’historique du commentaire.",
    withdrawn: "Votre commentaire a été retiré. Il ne sera pas publié.",
    in_reply_to: "En réponse à",
    history: "Historique",
    revisions: |n| match n {
        1 => "1 version antérieure conservée".to_owned(),
        n => format!("{n} versions antérieures conservées"),
    },
    edit: "Modifier le commentaire",
    withdraw: "Retirer le commentaire…",
    withdraw_hint: "Un commentaire retiré n’est jamais publié et ne peut pas être renvoyé ; le secrétariat garde la trace de son retrait.",
    withdraw_confirm: "Oui, le retirer",
    edit_hint: "Vous pouvez modifier ou retirer votre commentaire jusqu’à son examen par le secrétariat.",
    edit_title: |r| format!("Modifier le commentaire {r}"),
    edit_intro: "Votre texte précédent est conservé dans l’historique du commentaire.",
    back_to_comment: "Retour au commentaire",
    save: "Enregistrer les modifications",

    search_title: "Rechercher dans les commentaires",
    search_intro: "Recherchez parmi tous les commentaires publiés, par leurs mots, leur document et leurs thèmes.",
    search_label: "Mots",
    results: |n, more| match (n, more) {
        (0, _) => "Aucun commentaire publié ne correspond.".to_owned(),
        (1, _) => "1 commentaire.".to_owned(),
        (n, false) => format!("{n} commentaires."),
        (n, true) => format!("{n} commentaires sur cette page."),
    },
};
