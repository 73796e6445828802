//! `/digests/:slug?paper=CODE`: the comment digest as a page, with SVG charts, the summary
//! tables, the comments by paragraph and stakeholder group, the campaigns, and the links
//! to download it as Markdown, CSV and JSON. It prints as a clean paper copy.

use crate::api::comments::comment_tags;
use crate::api::digests::load_digest;
use crate::components::{
    AttributionLine, CommentBody, DateTime, FilterForm, FilterValues, query_string, tag_name,
    use_texts,
};
use crate::domain::AppError;
use crate::domain::countries::Region;
use crate::domain::digest::{Digest, DigestComment};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[derive(Clone, Debug, PartialEq, Eq)]
struct Asked {
    slug: String,
    paper: String,
    status: String,
    filter: FilterValues,
    from: String,
    to: String,
}

impl Asked {
    fn pairs(&self) -> Vec<(&'static str, String)> {
        vec![
            ("status", self.status.clone()),
            ("group", self.filter.group.clone()),
            ("region", self.filter.region.clone()),
            ("tag", self.filter.tag.clone()),
            ("from", self.from.clone()),
            ("to", self.to.clone()),
        ]
    }

    fn download(&self, ext: &str) -> String {
        let pairs = self.pairs();
        let refs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let name = if self.paper.is_empty() {
            "all"
        } else {
            self.paper.as_str()
        };
        format!("/digests/{}/{name}.{ext}{}", self.slug, query_string(&refs))
    }
}

/// A horizontal bar chart; the same figures are in the tables below it for screen readers.
#[component]
fn BarChart(title: String, rows: Vec<(String, u64)>) -> impl IntoView {
    let max = rows.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let height = rows.len() * 26 + 8;
    let id = format!(
        "chart-{}",
        title
            .to_lowercase()
            .replace(|c: char| !c.is_alphanumeric(), "-")
    );
    view! {
        <figure class="chart">
            <figcaption id=id.clone()>{title.clone()}</figcaption>
            <svg
                role="img"
                aria-labelledby=id
                viewBox=format!("0 0 640 {height}")
                width="100%"
                preserveAspectRatio="xMinYMin meet"
            >
                {rows
                    .into_iter()
                    .enumerate()
                    .map(|(i, (label, n))| {
                        let y = i * 26 + 4;
                        let width = (n as f64 / max as f64 * 360.0).round().max(2.0);
                        view! {
                            <text x="0" y=(y + 15).to_string() class="chart-label">{label}</text>
                            <rect x="240" y=y.to_string() width=width.to_string() height="18" class="chart-bar" />
                            <text x=(245.0 + width).to_string() y=(y + 15).to_string() class="chart-value">{n.to_string()}</text>
                        }
                    })
                    .collect_view()}
            </svg>
        </figure>
    }
    .into_any()
}

#[component]
fn DigestEntry(comment: DigestComment) -> impl IntoView {
    let t = use_texts();
    view! {
        <article class="comment" aria-label=comment.reference.clone()>
            <AttributionLine author=comment.author.clone() />
            {comment.quote.clone().map(|q| view! { <blockquote class="quote"><p>{q}</p></blockquote> })}
            <CommentBody body=comment.body.clone() />
            <p class="comment-meta">
                <span class="code">{comment.reference.clone()}</span> " · " <DateTime at=comment.submitted_at.clone() />
                {(!comment.tags.is_empty()).then(|| format!(" · {}", comment.tags.iter().map(tag_name).collect::<Vec<_>>().join(", ")))}
                {(comment.status != crate::domain::comment::CommentStatus::Published).then(|| view! { " · " <span class="badge">{(t.c.status_name)(comment.status)}</span> })}
            </p>
            {comment.disposition.map(|d| view! {
                <div class="disposition">
                    <p><strong>{t.d.response_label} ": " {(t.d.disposition_name)(d)}</strong></p>
                    {comment.response.clone().map(|r| view! { <CommentBody body=r /> })}
                </div>
            })}
            {(!comment.replies.is_empty()).then(|| view! {
                <section class="replies" aria-label=t.c.replies>
                    {comment.replies.clone().into_iter().map(|r| view! { <DigestEntry comment=r /> }).collect_view()}
                </section>
            })}
        </article>
    }
    .into_any()
}

fn place(t: &'static crate::i18n::Texts, paper: &str, paragraph: Option<&str>) -> String {
    match paragraph {
        Some(n) => format!("{paper}, {}", (t.paragraph_label)(n)),
        None => format!("{paper}, {}", t.c.whole_paper),
    }
}

#[component]
fn DigestBody(d: Digest) -> AnyView {
    let t = use_texts();
    let groups: Vec<(String, u64)> = d
        .by_group_region
        .iter()
        .map(|r| ((t.group)(r.group).to_owned(), r.total))
        .collect();
    let tags: Vec<(String, u64)> = d
        .by_tag
        .iter()
        .take(12)
        .map(|c| (tag_name(&c.tag), c.count))
        .collect();
    let paragraphs: Vec<(String, u64)> = d
        .by_paragraph
        .iter()
        .take(12)
        .map(|h| (place(t, &h.paper_code, h.paragraph.as_deref()), h.count))
        .collect();
    view! {
        <p class="lead" role="status">{(t.g.total)(d.total)} " · " {t.g.generated} " " <DateTime at=d.generated_at.clone() /></p>
        <ul class="digest-papers">
            {d.papers.iter().map(|p| view! { <li><span class="code">{p.code.clone()}</span> " " {p.title.clone()} " (" {t.version} " " {p.version} ")"</li> }).collect_view()}
        </ul>
        {view! {
        <section aria-labelledby="summary-heading" class="digest-summary">
            <h2 id="summary-heading">{t.g.summary}</h2>
            <div class="charts">
                <BarChart title=t.g.by_group.to_owned() rows=groups />
                <BarChart title=t.g.by_tag.to_owned() rows=tags />
                <BarChart title=t.g.by_paragraph.to_owned() rows=paragraphs />
            </div>
            <table class="my-comments digest-table">
                <caption>{t.g.by_group_region}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.stakeholder_group}</th>
                        {Region::ALL.into_iter().map(|r| view! { <th scope="col">{(t.region)(r)}</th> }).collect_view()}
                        <th scope="col">{t.g.other}</th>
                        <th scope="col">{t.g.total_col}</th>
                    </tr>
                </thead>
                <tbody>
                    {d.by_group_region.iter().map(|row| view! {
                        <tr>
                            <th scope="row">{(t.group)(row.group)}</th>
                            {row.counts.iter().map(|n| view! { <td>{n.to_string()}</td> }).collect_view()}
                            <td>{row.total.to_string()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <table class="my-comments digest-table">
                <caption>{t.g.by_tag}</caption>
                <thead><tr><th scope="col">{t.c.tag}</th><th scope="col">{t.cluster}</th><th scope="col">{t.g.total_col}</th></tr></thead>
                <tbody>
                    {d.by_tag.iter().map(|c| view! { <tr><th scope="row">{tag_name(&c.tag)}</th><td>{(t.cluster_name)(c.tag.cluster)}</td><td>{c.count.to_string()}</td></tr> }).collect_view()}
                </tbody>
            </table>
            <table class="my-comments digest-table">
                <caption>{t.g.by_disposition}</caption>
                <thead><tr><th scope="col">{t.d.disposition}</th><th scope="col">{t.g.total_col}</th></tr></thead>
                <tbody>
                    {d.by_disposition.iter().map(|c| view! {
                        <tr><th scope="row">{c.disposition.map_or(t.g.no_disposition, |k| (t.d.disposition_name)(k))}</th><td>{c.count.to_string()}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
        }.into_any()}
        <section aria-labelledby="comments-heading">
            <h2 id="comments-heading">{t.g.by_paragraph_heading}</h2>
            {d.sections.into_iter().map(|s| view! {
                <section class="digest-section" aria-label=place(t, &s.paper_code, s.paragraph.as_deref())>
                    <h3>{place(t, &s.paper_code, s.paragraph.as_deref())}</h3>
                    {s.paragraph_text.map(|p| view! { <blockquote class="quote"><p>{p}</p></blockquote> })}
                    {s.groups.into_iter().map(|g| view! {
                        <h4>{(t.group)(g.group)}</h4>
                        {g.comments.into_iter().map(|c| view! { <DigestEntry comment=c /> }).collect_view()}
                    }).collect_view()}
                </section>
            }).collect_view()}
        </section>
        {(!d.campaigns.is_empty()).then(|| view! {
            <section aria-labelledby="campaigns-heading">
                <h2 id="campaigns-heading">{t.g.campaigns}</h2>
                {d.campaigns.into_iter().map(|c| view! {
                    <section class="digest-section campaign">
                        <h3>{(t.d.campaign)(c.size)} " — " {place(t, &c.paper_code, c.paragraph.as_deref())}</h3>
                        <CommentBody body=c.text.clone() />
                        <p><strong>{t.g.senders}</strong></p>
                        <ul>
                            {c.members.into_iter().map(|m| view! { <li><span class="code">{m.reference.clone()}</span> " " <AttributionLine author=m.author /></li> }).collect_view()}
                        </ul>
                    </section>
                }).collect_view()}
            </section>
        })}
    }
    .into_any()
}

#[component]
pub fn DigestPage() -> impl IntoView {
    let t = use_texts();
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
            },
            from: q.get("from").unwrap_or_default(),
            to: q.get("to").unwrap_or_default(),
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
            )
        },
    );
    let tags = Resource::new(|| (), |()| comment_tags());
    view! {
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                let a = asked.get_untracked();
                match (digest.await, tags.await) {
                    (Err(e), _) | (_, Err(e)) => {
                        let message = match e {
                            AppError::Unauthorized | AppError::Forbidden => t.g.not_public.to_owned(),
                            e => (t.error)(&e),
                        };
                        view! { <h1>{t.g.title}</h1> <p role="alert">{message}</p> }.into_any()
                    }
                    (Ok(d), Ok(tags)) => {
                        let title = format!("{}: {}", t.g.title, d.consultation_title);
                        let internal = d.filter.all_statuses;
                        view! {
                            <Title text=title.clone() />
                            <h1>{title}</h1>
                            {internal.then(|| view! { <p class="notice">{t.g.internal}</p> })}
                            <nav class="downloads" aria-label=t.g.downloads>
                                {t.g.downloads} ": "
                                <a href=a.download("md") download>"Markdown"</a> " · "
                                <a href=a.download("csv") download>"CSV"</a> " · "
                                <a href=a.download("json") download>"JSON"</a> " · "
                                <a href=a.download("docx") download>"DOCX"</a>
                            </nav>
                            <details class="filter-box">
                                <summary>{t.c.filter_title}</summary>
                                <FilterForm
                                    action=format!("/digests/{}", a.slug)
                                    values=a.filter.clone()
                                    tags
                                    hidden=vec![("paper", a.paper.clone()), ("status", a.status.clone())]
                                />
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
