//! What a digest lists: the consultation, its papers in scope and the filter, as one
//! query over the comments, with the count of them and of each campaign's members; and
//! the published contributions beside them.

use crate::backend::OrInternal;
use crate::backend::contributions::reading::for_digest;
use crate::backend::entities::{campaign_member, comment, consultation, tag, working_paper};
use crate::backend::lookups::tagged;
use crate::domain::AppError;
use crate::domain::comment::CommentStatus;
use crate::domain::contributions::DigestContribution;
use crate::domain::digest::DigestFilter;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, QueryTrait,
};
use std::collections::HashMap;
use time::OffsetDateTime;

/// What a digest is of: a whole consultation, or one of its papers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scope<'a> {
    pub slug: &'a str,
    pub paper: Option<&'a str>,
}

fn day_start(date: &str) -> Option<OffsetDateTime> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(date, &format)
        .ok()
        .map(|d| d.midnight().assume_utc())
}

/// What a digest lists: the consultation, its papers in scope, and the filter. Its rows are
/// read [`CHUNK`](super::rows::CHUNK) at a time by [`Rows`](super::Rows), so that no export
/// holds every comment at once.
pub struct Selection {
    pub consultation: consultation::Model,
    pub papers: Vec<working_paper::Model>,
    pub filter: DigestFilter,
    /// The paper, when the digest is of one (a consultation may have a single paper).
    paper: Option<i64>,
    /// The id of the public tag filtered on (-1 when the slug names none).
    tag_id: Option<i64>,
}

impl Selection {
    pub async fn new(
        db: &impl ConnectionTrait,
        scope: Scope<'_>,
        filter: &DigestFilter,
    ) -> Result<Self, AppError> {
        let consultation = consultation::Entity::find()
            .filter(consultation::Column::Slug.eq(scope.slug))
            .one(db)
            .await
            .or_internal()?
            .ok_or(AppError::NotFound)?;
        let mut paper_query = working_paper::Entity::find()
            .filter(working_paper::Column::ConsultationId.eq(consultation.id));
        if let Some(code) = scope.paper {
            paper_query = paper_query
                .filter(working_paper::Column::Code.eq(code.trim().to_ascii_uppercase()));
        }
        let papers = paper_query
            .order_by_asc(working_paper::Column::Code)
            .all(db)
            .await
            .or_internal()?;
        if papers.is_empty() && scope.paper.is_some() {
            return Err(AppError::NotFound);
        }
        let tag_id = match &filter.tag {
            Some(slug) => Some(
                tag::Entity::find()
                    .filter(tag::Column::Slug.eq(slug.as_str()))
                    .filter(tag::Column::Public.eq(true))
                    .one(db)
                    .await
                    .or_internal()?
                    .map_or(-1, |t| t.id),
            ),
            None => None,
        };
        Ok(Self {
            paper: scope.paper.and_then(|_| papers.first()).map(|p| p.id),
            consultation,
            papers,
            filter: filter.clone(),
            tag_id,
        })
    }

    /// The published contributions listed with the comments: those on the paper for a
    /// paper's digest, narrowed by the filter's group and region only (see
    /// [`for_digest`]).
    pub async fn contributions(
        &self,
        db: &impl ConnectionTrait,
    ) -> Result<Vec<DigestContribution>, AppError> {
        for_digest(
            db,
            self.consultation.id,
            self.paper,
            self.filter.group,
            self.filter.region,
        )
        .await
    }

    /// The comments listed: published ones (or every one but the withdrawn, for internal
    /// use) on the papers in scope, narrowed by the filter.
    pub(super) fn comments(&self) -> sea_orm::Select<comment::Entity> {
        let filter = &self.filter;
        let mut query = comment::Entity::find()
            .filter(comment::Column::PaperId.is_in(self.papers.iter().map(|p| p.id)));
        query = if filter.all_statuses {
            query.filter(comment::Column::Status.ne(CommentStatus::Withdrawn.code()))
        } else {
            query.filter(comment::Column::Status.eq(CommentStatus::Published.code()))
        };
        if let Some(group) = filter.group {
            query = query.filter(comment::Column::AuthorGroup.eq(group.code()));
        }
        if let Some(region) = filter.region {
            query = query.filter(comment::Column::AuthorRegion.eq(region.code()));
        }
        if let Some(tag_id) = self.tag_id {
            query = query.filter(tagged(tag_id));
        }
        if let Some(language) = &filter.language {
            query = query.filter(comment::Column::Language.eq(language.as_str()));
        }
        if let Some(from) = filter.from.as_deref().and_then(day_start) {
            query = query.filter(comment::Column::SubmittedAt.gte(from));
        }
        if let Some(to) = filter.to.as_deref().and_then(day_start) {
            query = query.filter(comment::Column::SubmittedAt.lt(to + time::Duration::days(1)));
        }
        query
    }

    /// How many comments are listed.
    pub async fn total(&self, db: &impl ConnectionTrait) -> Result<u64, AppError> {
        self.comments().count(db).await.or_internal()
    }

    /// How many of the listed comments each campaign has.
    pub async fn campaign_sizes(
        &self,
        db: &impl ConnectionTrait,
    ) -> Result<HashMap<i64, u64>, AppError> {
        // Driven from the campaign members (few) with a lookup of each comment, rather than
        // from the listed comments (possibly a million).
        let member_listed = self
            .comments()
            .select_only()
            .expr(Expr::val(1))
            .filter(
                Expr::col((comment::Entity, comment::Column::Id))
                    .equals((campaign_member::Entity, campaign_member::Column::CommentId)),
            )
            .into_query();
        let counts: Vec<(i64, i64)> = campaign_member::Entity::find()
            .select_only()
            .column(campaign_member::Column::CampaignId)
            .column_as(campaign_member::Column::CommentId.count(), "size")
            .filter(Expr::exists(member_listed))
            .group_by(campaign_member::Column::CampaignId)
            .into_tuple()
            .all(db)
            .await
            .or_internal()?;
        Ok(counts
            .into_iter()
            .map(|(id, n)| (id, u64::try_from(n).unwrap_or_default()))
            .collect())
    }
}
