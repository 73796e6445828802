//! The first step of a submission: the form checked against the paper, the consultation's
//! dates and the author's account, and the row it will be, with the author's details
//! copied onto it. Writes nothing.

use crate::backend::accounts::author::Author;
use crate::backend::attachments::Stored;
use crate::backend::consultations::{accepts_comments, find_public_paper};
use crate::backend::entities::{comment, paper_version, paragraph, tag, working_paper};
use crate::backend::form_tokens::FormToken;
use crate::backend::lookups::{commentable, current_version, reference_of, tag_view};
use crate::backend::mail::letters::Recipient;
use crate::backend::{OrInternal, now, rfc3339};
use crate::domain::comment::{
    CommentForm, CommentStatus, Consent, MyComment, TagView, reference, validate_comment,
};
use crate::domain::countries;
use crate::domain::{AppError, Field, Problem};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

/// Public tags by slug; an unknown or private slug is a field problem.
/// The public tags of these slugs, every one of them, or a problem with the tags.
pub(crate) async fn public_tags_named(
    db: &impl ConnectionTrait,
    slugs: &[String],
) -> Result<Vec<tag::Model>, AppError> {
    if slugs.is_empty() {
        return Ok(Vec::new());
    }
    let found = tag::Entity::find()
        .filter(tag::Column::Slug.is_in(slugs.iter().cloned()))
        .filter(tag::Column::Public.eq(true))
        .all(db)
        .await
        .or_internal()?;
    if found.len() != slugs.len() {
        return Err(AppError::validation(Field::Tags, Problem::UnknownChoice));
    }
    Ok(found)
}

/// Where a new comment on the paper's current version goes: the version's id and, when a
/// number is given, its paragraph of that number that takes comments. One statement
/// either way: the paragraph is found through its version.
async fn current_place(
    db: &impl ConnectionTrait,
    paper: &working_paper::Model,
    number: Option<&str>,
) -> Result<(i64, Option<paragraph::Model>), AppError> {
    let Some(number) = number else {
        return Ok((current_version(db, paper).await?.id, None));
    };
    let paragraph = commentable()
        .filter(paragraph::Column::Number.eq(number))
        .inner_join(paper_version::Entity)
        .filter(paper_version::Column::PaperId.eq(paper.id))
        .filter(paper_version::Column::Version.eq(paper.current_version))
        .one(db)
        .await
        .or_internal()?
        .ok_or_else(unknown_paragraph)?;
    Ok((paragraph.version_id, Some(paragraph)))
}

pub(crate) fn unknown_paragraph() -> AppError {
    AppError::validation(Field::Paragraph, Problem::UnknownChoice)
}

pub(crate) fn closed() -> AppError {
    AppError::validation(Field::Form, Problem::ConsultationClosed)
}

/// Where a new comment goes: a paper, and a published top-level comment when it is a reply.
#[derive(Clone, Debug)]
pub struct Target<'a> {
    pub slug: &'a str,
    pub code: &'a str,
    pub reply_to: Option<i64>,
}

/// A submission checked against the paper, the consultation's dates and the author's
/// account, and ready to be written: the comment row with the author's details copied onto
/// it, and its tags.
#[derive(Clone, Debug)]
pub struct Prepared {
    pub(super) comment: comment::ActiveModel,
    pub(super) tags: Vec<i64>,
    /// The documents attached to it, already in the store.
    pub(super) files: Vec<Stored>,
    /// Where its receipt goes (none for an import's rows).
    pub(super) receipt: Option<ReceiptTo>,
    /// The author and the time of submission, as on the row: its first moderation event's.
    pub(super) author_id: i64,
    pub(super) at: time::OffsetDateTime,
}

impl Prepared {
    /// The same submission with these tags (by id).
    pub(crate) fn tagged(self, tags: Vec<i64>) -> Self {
        Self { tags, ..self }
    }

    /// The same submission, with these documents (already stored) attached.
    pub(crate) fn attached(self, files: Vec<Stored>) -> Self {
        Self { files, ..self }
    }

    /// The same submission, as one the secretariat imported from a file (it goes to the
    /// queue whatever its author's address, and sends no e-mail).
    pub(crate) fn imported(mut self) -> Self {
        self.comment.arrival = Set(crate::backend::notices::IMPORTED.to_owned());
        self.receipt = None;
        self
    }

    /// The same submission, sent with this form token.
    pub(crate) fn sent_with(mut self, token: Option<&FormToken>) -> Self {
        self.comment.form_token = Set(token.map(|t| t.as_str().to_owned()));
        self
    }
}

/// What a comment's receipt by e-mail needs besides its id: its author as the message
/// addresses them, where it was written, and whether the address is verified.
#[derive(Clone, Debug)]
pub(crate) struct ReceiptTo {
    pub(super) recipient: Recipient,
    pub(super) paper_code: String,
    pub(super) paragraph: Option<String>,
    pub(super) verified: bool,
}

/// The receipt of a submission before it has its id: the row as written, and what it shows
/// of the paper, the paragraph, the parent and the tags, looked up while checking.
pub struct Receipt {
    comment: MyComment,
    year: i32,
}

impl Receipt {
    /// The receipt of the comment written with this id.
    pub fn of(self, id: i64) -> MyComment {
        MyComment {
            id,
            reference: reference(self.year, id),
            ..self.comment
        }
    }
}

/// Checks a submission and looks up what its row needs; writes nothing.
pub async fn prepare(
    db: &impl ConnectionTrait,
    author: &Author,
    target: Target<'_>,
    form: &CommentForm,
) -> Result<(Prepared, Receipt), AppError> {
    let valid = validate_comment(form).map_err(AppError::Validation)?;
    let (consultation, paper) = find_public_paper(db, target.slug, target.code).await?;
    let at = now();
    if !accepts_comments(&consultation, at) {
        return Err(closed());
    }
    let (paragraph, version_id, parent_reference) = match target.reply_to {
        None => {
            let (version_id, paragraph) =
                current_place(db, &paper, valid.paragraph.as_deref()).await?;
            (paragraph, version_id, None)
        }
        // A reply sits where its parent does, on the version its parent was written on.
        Some(parent_id) => {
            let parent = comment::Entity::find_by_id(parent_id)
                .one(db)
                .await
                .or_internal()?
                .filter(|p| {
                    p.paper_id == paper.id
                        && p.parent_id.is_none()
                        && p.status == CommentStatus::Published
                })
                .ok_or_else(|| AppError::validation(Field::Form, Problem::ReplyNotAllowed))?;
            let paragraph = match parent.paragraph_id {
                Some(id) => paragraph::Entity::find_by_id(id)
                    .one(db)
                    .await
                    .or_internal()?,
                None => None,
            };
            (paragraph, parent.version_id, Some(reference_of(&parent)))
        }
    };
    let tags = public_tags_named(db, &valid.tags).await?;
    let prepared = pending_row(
        Place {
            paper_id: paper.id,
            version_id,
            paragraph_id: paragraph.as_ref().map(|p| p.id),
            parent_id: target.reply_to,
        },
        author,
        valid.quote.clone(),
        valid.body.clone(),
        valid.consent,
        false,
        at,
    )
    .tagged(tags.iter().map(|t| t.id).collect());
    // The language its author chose, else the one detected from its text.
    // (`pending_row` has detected it already.)
    let detected = match &prepared.comment.language {
        sea_orm::ActiveValue::Set(found) | sea_orm::ActiveValue::Unchanged(found) => found.clone(),
        sea_orm::ActiveValue::NotSet => None,
    };
    let language_said = valid.language.is_some() && valid.language != detected;
    let language = valid.language.clone().or(detected);
    let mut prepared = prepared;
    prepared.comment.language = Set(language.clone());
    let prepared = Prepared {
        receipt: Some(ReceiptTo {
            recipient: author.recipient(),
            paper_code: paper.code.clone(),
            paragraph: paragraph.as_ref().map(|p| p.number.clone()),
            verified: author.verified,
        }),
        ..prepared
    };
    let mut tag_views: Vec<TagView> = tags.iter().map(tag_view).collect();
    tag_views.sort_by(|a, b| a.slug.cmp(&b.slug));
    let receipt = Receipt {
        comment: MyComment {
            id: 0,
            reference: String::new(),
            consultation_slug: consultation.slug,
            paper_code: paper.code,
            paper_title: paper.title,
            read_at: paragraph
                .as_ref()
                .map_or_else(|| "whole".to_owned(), |p| p.number.clone()),
            paragraph_number: paragraph.map(|p| p.number),
            parent_reference,
            quote: valid.quote,
            body: valid.body,
            tags: tag_views,
            consent: valid.consent,
            status: CommentStatus::Pending,
            status_reason: None,
            submitted_at: rfc3339(at),
            late: false,
            revisions: 0,
            written_on: None,
            disposition: None,
            files: Vec::new(),
            held: !author.verified,
            language,
            language_said,
        },
        year: at.year(),
    };
    Ok((prepared, receipt))
}

/// Where a new comment sits: its paper and version, its paragraph (none for the paper as a
/// whole), the comment it answers.
pub(crate) struct Place {
    pub paper_id: i64,
    pub version_id: i64,
    pub paragraph_id: Option<i64>,
    pub parent_id: Option<i64>,
}

/// A new, pending comment ready to be written (untagged), with its author's details copied
/// onto its row: the one shape of a submission, from the form or from an import.
pub(crate) fn pending_row(
    place: Place,
    author: &Author,
    quote: Option<String>,
    body: String,
    consent: Consent,
    late: bool,
    at: time::OffsetDateTime,
) -> Prepared {
    let region = countries::country(&author.country)
        .map(|c| c.region.code())
        .unwrap_or_default();
    let comment = comment::ActiveModel {
        paper_id: Set(place.paper_id),
        version_id: Set(place.version_id),
        paragraph_id: Set(place.paragraph_id),
        parent_id: Set(place.parent_id),
        author_id: Set(author.id),
        language: Set(crate::backend::languages::detect(&body)),
        quote: Set(quote),
        body: Set(body),
        consent: Set(consent),
        author_name: Set(author.display_name.clone()),
        author_group: Set(author.stakeholder_group),
        author_country: Set(author.country.clone()),
        author_region: Set(region.to_owned()),
        author_organisation: Set(author.organisation.clone()),
        author_capacity: Set(author.capacity),
        status: Set(CommentStatus::Pending),
        status_reason: Set(None),
        late: Set(late),
        submitted_at: Set(at),
        updated_at: Set(at),
        published_at: Set(None),
        arrival: Set("web".to_owned()),
        ..Default::default()
    };
    Prepared {
        comment,
        tags: Vec::new(),
        files: Vec::new(),
        receipt: None,
        author_id: author.id,
        at,
    }
}
