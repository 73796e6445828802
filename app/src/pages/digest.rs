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
            <figcaption id=id.clone()>{title}</figcaption>
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
                            <text x="0" y=(y + 15).to_string() class="chart-label">
                                {label}
                            </text>
                            <rect
                                x="240"
                                y=y.to_string()
                                width=width.to_string()
                                height="18"
                                class="chart-bar"
                            />
                            <text
                                x=(245.0 + width).to_string()
                                y=(y + 15).to_string()
                                class="chart-value"
                            >
                                {n.to_string()}
                            </text>
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
            {comment
                .quote
                .clone()
                .map(|q| {
                    view! {
                        <blockquote class="quote">
                            <p>{q}</p>
                        </blockquote>
                    }
                })}
            <CommentBody body=comment.body.clone() />
            <p class="comment-meta">
                <span class="code">{comment.reference.clone()}</span>
                " · "
                <DateTime at=comment.submitted_at.clone() />
                {(!comment.tags.is_empty())
                    .then(|| {
                        format!(
                            " · {}",
                            comment.tags.iter().map(tag_name).collect::<Vec<_>>().join(", "),
                        )
                    })}
                {(comment.status != crate::domain::comment::CommentStatus::Published)
                    .then(|| {
                        view! {
                            " · "
                            <span class="badge">{(t.c.status_name)(comment.status)}</span>
                        }
                    })}
            </p>
            {comment
                .disposition
                .map(|d| {
                    view! {
                        <div class="disposition">
                            <p>
                                <strong>
                                    {t.d.response_label} ": " {(t.d.disposition_name)(d)}
                                </strong>
                            </p>
                            {comment.response.clone().map(|r| view! { <CommentBody body=r /> })}
                        </div>
                    }
                })}
            {(!comment.replies.is_empty())
                .then(|| {
                    view! {
                        <section class="replies" aria-label=t.c.replies>
                            {comment
                                .replies
                                .clone()
                                .into_iter()
                                .map(|r| view! { <DigestEntry comment=r /> })
                                .collect_view()}
                        </section>
                    }
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
        <p class="lead" role="status">
            {(t.g.total)(d.total)}
            " · "
            {t.g.generated}
            " "
            <DateTime at=d.generated_at.clone() />
        </p>
        <ul class="digest-papers">
            {d
                .papers
                .iter()
                .map(|p| {
                    view! {
                        <li>
                            <span class="code">{p.code.clone()}</span>
                            " "
                            {p.title.clone()}
                            " ("
                            {t.version}
                            " "
                            {p.version}
                            ")"
                        </li>
                    }
                })
                .collect_view()}
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
                            {Region::ALL
                                .into_iter()
                                .map(|r| view! { <th scope="col">{(t.region)(r)}</th> })
                                .collect_view()}
                            <th scope="col">{t.g.other}</th>
                            <th scope="col">{t.g.total_col}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {d
                            .by_group_region
                            .iter()
                            .map(|row| {
                                view! {
                                    <tr>
                                        <th scope="row">{(t.group)(row.group)}</th>
                                        {row
                                            .counts
                                            .iter()
                                            .map(|n| view! { <td>{n.to_string()}</td> })
                                            .collect_view()}
                                        <td>{row.total.to_string()}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
                <table class="my-comments digest-table">
                    <caption>{t.g.by_tag}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.c.tag}</th>
                            <th scope="col">{t.cluster}</th>
                            <th scope="col">{t.g.total_col}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {d
                            .by_tag
                            .iter()
                            .map(|c| {
                                view! {
                                    <tr>
                                        <th scope="row">{tag_name(&c.tag)}</th>
                                        <td>{(t.cluster_name)(c.tag.cluster)}</td>
                                        <td>{c.count.to_string()}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
                <table class="my-comments digest-table">
                    <caption>{t.g.by_disposition}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.d.disposition}</th>
                            <th scope="col">{t.g.total_col}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {d
                            .by_disposition
                            .iter()
                            .map(|c| {
                                view! {
                                    <tr>
                                        <th scope="row">
                                            {c
                                                .disposition
                                                .map_or(t.g.no_disposition, |k| (t.d.disposition_name)(k))}
                                        </th>
                                        <td>{c.count.to_string()}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </section>
        }
            .into_any()}
        <section aria-labelledby="comments-heading">
            <h2 id="comments-heading">{t.g.by_paragraph_heading}</h2>
            {d
                .sections
                .into_iter()
                .map(|s| {
                    view! {
                        <section
                            class="digest-section"
                            aria-label=place(t, &s.paper_code, s.paragraph.as_deref())
                        >
                            <h3>{place(t, &s.paper_code, s.paragraph.as_deref())}</h3>
                            {s
                                .paragraph_text
                                .map(|p| {
                                    view! {
                                        <blockquote class="quote">
                                            <p>{p}</p>
                                        </blockquote>
                                    }
                                })}
                            {s
                                .groups
                                .into_iter()
                                .map(|g| {
                                    view! {
                                        <h4>{(t.group)(g.group)}</h4>
                                        {g
                                            .comments
                                            .into_iter()
                                            .map(|c| view! { <DigestEntry comment=c /> })
                                            .collect_view()}
                                    }
                                })
                                .collect_view()}
                        </section>
                    }
                })
                .collect_view()}
        </section>
        {(!d.campaigns.is_empty())
            .then(|| {
                view! {
                    <section aria-labelledby="campaigns-heading">
                        <h2 id="campaigns-heading">{t.g.campaigns}</h2>
                        {d
                            .campaigns
                            .into_iter()
                            .map(|c| {
                                view! {
                                    <section class="digest-section campaign">
                                        <h3>
                                            {(t.d.campaign)(c.size)} " — "
                                            {place(t, &c.paper_code, c.paragraph.as_deref())}
                                        </h3>
                                        <CommentBody body=c.text.clone() />
                                        <p>
                                            <strong>{t.g.senders}</strong>
                                        </p>
                                        <ul>
                                            {c
                                                .members
                                                .into_iter()
                                                .map(|m| {
                                                    view! {
                                                        <li>
                                                            <span class="code">{m.reference.clone()}</span>
                                                            " "
                                                            <AttributionLine author=m.author />
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    </section>
                                }
                            })
                            .collect_view()}
                    </section>
                }
            })}
    }
    .into_any()
}

/// How far a download has come, shown under the links (set in the browser only).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(
    not(feature = "hydrate"),
    allow(dead_code, reason = "the server renders the links only")
)]
enum Progress {
    #[default]
    Preparing,
    /// CSV: comments received of the total announced by the server.
    Rows(u64, u64),
    /// Other formats: megabytes received.
    Bytes(f64),
    Done(String),
    Failed,
}

/// The download links. With JavaScript, a file is fetched by the page so that it can show
/// how far a long export has come, then handed to the browser; without JavaScript, the links
/// download directly.
#[component]
fn Downloads(asked: Asked) -> impl IntoView {
    let t = use_texts();
    let progress = RwSignal::new(None::<Progress>);
    let link = move |label: &'static str, ext: &'static str| {
        let href = asked.download(ext);
        let target = href.clone();
        let on_click = move |ev: leptos::ev::MouseEvent| {
            #[cfg(feature = "hydrate")]
            {
                ev.prevent_default();
                leptos::task::spawn_local(fetch::download(target.clone(), progress));
            }
            #[cfg(not(feature = "hydrate"))]
            let _ = (&ev, &target);
        };
        view! {
            <a href=href download on:click=on_click>
                {label}
            </a>
        }
    };
    view! {
        <nav class="downloads" aria-label=t.g.downloads>
            {t.g.downloads}
            ": "
            {link("Markdown", "md")}
            " · "
            {link("CSV", "csv")}
            " · "
            {link("JSON", "json")}
            " · "
            {link("DOCX", "docx")}
        </nav>
        <p class="download-progress" role="status">
            {move || {
                progress
                    .get()
                    .map(|p| match p {
                        Progress::Preparing => t.g.download_preparing.to_owned(),
                        Progress::Rows(done, total) => (t.g.download_rows)(done, total),
                        Progress::Bytes(mb) => (t.g.download_bytes)(mb),
                        Progress::Done(name) => (t.g.download_done)(&name),
                        Progress::Failed => t.g.download_failed.to_owned(),
                    })
            }}
        </p>
    }
}

/// The browser side of a download: `fetch`, read the body as it streams in, count what has
/// arrived, then save it under the server's file name.
#[cfg(feature = "hydrate")]
mod fetch {
    use super::Progress;
    use crate::domain::digest::RecordCounter;
    use leptos::prelude::*;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    pub async fn download(href: String, progress: RwSignal<Option<Progress>>) {
        progress.set(Some(Progress::Preparing));
        let outcome = fetch_file(&href, progress).await;
        progress.set(Some(match outcome {
            Ok(name) => Progress::Done(name),
            Err(_) => Progress::Failed,
        }));
    }

    /// The file name in a `Content-Disposition: attachment; filename="…"` header.
    fn file_name(disposition: &str) -> Option<String> {
        let (_, rest) = disposition.split_once("filename=\"")?;
        rest.split('"').next().map(str::to_owned)
    }

    async fn fetch_file(
        href: &str,
        progress: RwSignal<Option<Progress>>,
    ) -> Result<String, JsValue> {
        let window = web_sys::window().ok_or(JsValue::NULL)?;
        let response: web_sys::Response = JsFuture::from(window.fetch_with_str(href))
            .await?
            .dyn_into()?;
        if !response.ok() {
            return Err(JsValue::NULL);
        }
        let headers = response.headers();
        let total: Option<u64> = headers
            .get("x-digest-comments")?
            .and_then(|v| v.parse().ok());
        let kind = headers.get("content-type")?.unwrap_or_default();
        let name = headers
            .get("content-disposition")?
            .and_then(|v| file_name(&v))
            .unwrap_or_else(|| "digest".to_owned());
        let csv = kind.starts_with("text/csv");
        let reader: web_sys::ReadableStreamDefaultReader = response
            .body()
            .ok_or(JsValue::NULL)?
            .get_reader()
            .dyn_into()?;
        let parts = js_sys::Array::new();
        let mut counter = RecordCounter::default();
        let mut bytes = 0_usize;
        loop {
            let chunk = JsFuture::from(reader.read()).await?;
            if js_sys::Reflect::get(&chunk, &"done".into())?.is_truthy() {
                break;
            }
            let value: js_sys::Uint8Array =
                js_sys::Reflect::get(&chunk, &"value".into())?.dyn_into()?;
            bytes += value.length() as usize;
            progress.set(Some(match (csv, total) {
                (true, Some(total)) => {
                    counter.feed(&value.to_vec());
                    // The first record is the header.
                    Progress::Rows(counter.records.saturating_sub(1), total)
                }
                _ => Progress::Bytes(bytes as f64 / 1e6),
            }));
            parts.push(&value);
        }
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(&kind);
        let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let link: web_sys::HtmlAnchorElement = window
            .document()
            .ok_or(JsValue::NULL)?
            .create_element("a")?
            .dyn_into()?;
        link.set_href(&url);
        link.set_download(&name);
        link.click();
        // The browser has taken the file once the click is handled.
        set_timeout(
            move || {
                let _ = web_sys::Url::revoke_object_url(&url);
            },
            std::time::Duration::from_secs(60),
        );
        Ok(name)
    }
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
                                        ("paper", a.paper.clone()),
                                        ("status", a.status.clone()),
                                    ]
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
