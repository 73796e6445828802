//! `/digests/:slug?paper=CODE`: the comment digest as a page, with SVG charts, the summary
//! tables, the comments by paragraph and stakeholder group, the campaigns, the published
//! contributions, and the links to download it as Markdown, CSV, JSON and DOCX (and the
//! contributions as CSV). It prints as a clean paper copy.

mod body;
mod chart;
mod contributions;
mod downloads;
mod entry;
mod themes;

pub use body::GroupRegionTable;

use crate::api::comments::comment_tags;
use crate::api::consultations::consultation;
use crate::api::digests::load_digest;
use crate::components::{FilterForm, FilterSelect, FilterValues, query_string, use_texts};
use crate::domain::AppError;
use crate::domain::digest::CONTRIBUTIONS_CSV;
use crate::i18n::Locale;
use body::DigestBody;
use downloads::Downloads;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Asked {
    slug: String,
    paper: String,
    status: String,
    filter: FilterValues,
    from: String,
    to: String,
    /// The language of the downloaded files' words (`lang`), a code of [`Locale`].
    lang: String,
}

impl Asked {
    fn pairs(&self) -> Vec<(&'static str, String)> {
        vec![
            ("paper", self.paper.clone()),
            ("status", self.status.clone()),
            ("group", self.filter.group.clone()),
            ("region", self.filter.region.clone()),
            ("tag", self.filter.tag.clone()),
            ("language", self.filter.language.clone()),
            ("from", self.from.clone()),
            ("to", self.to.clone()),
            ("lang", self.lang.clone()),
        ]
    }

    /// The filter and the files' language as the query of a link, without the paper
    /// (which a download names in its path).
    fn query(&self) -> String {
        let pairs = self.pairs();
        let refs: Vec<(&str, &str)> = pairs
            .iter()
            .filter(|(k, _)| *k != "paper")
            .map(|(k, v)| (*k, v.as_str()))
            .collect();
        query_string(&refs)
    }

    /// This page with the files in language `code`.
    pub(super) fn with_lang(&self, code: &str) -> String {
        let mut pairs = self.pairs();
        if let Some(lang) = pairs.iter_mut().find(|(k, _)| *k == "lang") {
            lang.1 = code.to_owned();
        }
        let refs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        format!("/digests/{}{}", self.slug, query_string(&refs))
    }

    pub(super) fn download(&self, ext: &str) -> String {
        let name = if self.paper.is_empty() {
            "all"
        } else {
            self.paper.as_str()
        };
        format!("/digests/{}/{name}.{ext}{}", self.slug, self.query())
    }

    /// The consultation's contributions as CSV (of the whole consultation, even on a
    /// paper's digest), narrowed by the same group and region.
    pub(super) fn contributions_download(&self) -> String {
        format!("/digests/{}/{CONTRIBUTIONS_CSV}{}", self.slug, self.query())
    }
}

#[component]
pub fn DigestPage() -> impl IntoView {
    let t = use_texts();
    let locale = expect_context::<Locale>();
    let params = use_params_map();
    let query = use_query_map();
    let asked = Memo::new(move |_| {
        let slug = params.with(|p| p.get("slug").unwrap_or_default());
        query.with(|q| Asked {
            slug,
            paper: q.get("paper").unwrap_or_default(),
            status: q.get("status").unwrap_or_default(),
            filter: FilterValues {
                group: q.get("group").unwrap_or_default(),
                region: q.get("region").unwrap_or_default(),
                tag: q.get("tag").unwrap_or_default(),
                language: q.get("language").unwrap_or_default(),
            },
            from: q.get("from").unwrap_or_default(),
            to: q.get("to").unwrap_or_default(),
            // Written out, so that a download link names its language whatever the cookie.
            lang: Locale::from_code(&q.get("lang").unwrap_or_default())
                .unwrap_or(locale)
                .code()
                .to_owned(),
        })
    });
    let digest = Resource::new(
        move || asked.get(),
        |a| {
            load_digest(
                a.slug,
                a.paper,
                a.status,
                a.filter.group,
                a.filter.region,
                a.filter.tag,
                a.from,
                a.to,
                a.filter.language,
            )
        },
    );
    let tags = Resource::new(|| (), |()| comment_tags());
    // The consultation's papers, for the filter's choice of paper.
    let papers = Resource::new(
        move || asked.with(|a| a.slug.clone()),
        |slug| async move {
            consultation(slug)
                .await
                .map(|d| d.papers)
                .unwrap_or_default()
        },
    );
    view! {
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                let a = asked.get_untracked();
                match (digest.await, tags.await) {
                    (Err(e), _) | (_, Err(e)) => {
                        let message = match e {
                            AppError::Unauthorized | AppError::Forbidden => {
                                t.g.not_public.to_owned()
                            }
                            e => (t.error)(&e),
                        };
                        view! {
                            <h1>{t.g.title}</h1>
                            <p role="alert">{message}</p>
                        }
                            .into_any()
                    }
                    (Ok(d), Ok(tags)) => {
                        let paper_choices: Vec<(String, String)> = papers
                            .await
                            .into_iter()
                            .map(|p| (p.code.clone(), format!("{} {}", p.code, p.title)))
                            .collect();
                        let title = format!("{}: {}", t.g.title, d.consultation_title);
                        let internal = d.filter.all_statuses;
                        view! {
                            <Title text=title.clone() />
                            <h1>{title}</h1>
                            {internal.then(|| view! { <p class="notice">{t.g.internal}</p> })}
                            <Downloads asked=a.clone() />
                            <details class="filter-box">
                                <summary>{t.c.filter_title}</summary>
                                <FilterForm
                                    action=format!("/digests/{}", a.slug)
                                    values=a.filter.clone()
                                    tags
                                    hidden=vec![
                                        ("status", a.status.clone()),
                                        ("lang", a.lang.clone()),
                                    ]
                                >
                                    <FilterSelect
                                        label=t.d.paper
                                        name="paper"
                                        any=t.d.any_paper
                                        options=paper_choices
                                        selected=a.paper.clone()
                                    />
                                </FilterForm>
                            </details>
                            <DigestBody d />
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
