//! A working paper: its numbered sections and paragraphs, the count of published comments
//! beside each, and the opened paragraph's comments under it, with the reader's filter.

use crate::api::comments::load_paper_comments;
use crate::api::consultations::paper;
use crate::components::{CommentCard, FilterForm, FilterValues, NextLink, query_string, use_texts};
use crate::domain::comment::{CommentView, PaperComments, ParagraphCount};
use crate::domain::{AppError, BlockKind, ParagraphView};
use crate::pages::NotFound;
use crate::pages::paper_languages::PaperLanguages;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

/// What the query string says: the opened paragraph, the filter, the page.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Reading {
    slug: String,
    code: String,
    opened: String,
    filter: FilterValues,
    after: Option<i64>,
    /// The language the reader asked to read the paper in (`text`), empty for their own.
    text: String,
}

impl Reading {
    /// The filter and the language asked, as query pairs every link keeps.
    fn pairs(&self) -> Vec<(&str, &str)> {
        let mut pairs = self.filter.pairs().to_vec();
        pairs.push(("text", &self.text));
        pairs
    }

    /// The paper in language `code`, at the same place: the opened paragraph stays open
    /// and is scrolled to (the enhancement script adds the paragraph read, otherwise).
    fn text_href(&self, code: &str) -> String {
        let mut pairs = vec![("p", self.opened.as_str())];
        pairs.extend(self.filter.pairs());
        pairs.push(("text", code));
        let at = if self.opened.is_empty() {
            String::new()
        } else {
            format!("#p-{}", self.opened)
        };
        format!("{}{}{at}", self.paper_href(), query_string(&pairs))
    }

    fn paper_href(&self) -> String {
        format!("/consultations/{}/papers/{}", self.slug, self.code)
    }

    /// The link that opens `number` (or `whole`), keeping the filter.
    fn open_href(&self, number: &str) -> String {
        let mut pairs = vec![("p", number)];
        pairs.extend(self.pairs());
        format!("{}{}#p-{number}", self.paper_href(), query_string(&pairs))
    }

    /// Closes the opened paragraph and comes back to it, keeping the filter.
    fn close_href(&self, number: &str) -> String {
        let query = query_string(&self.pairs());
        format!("{}{query}#p-{number}", self.paper_href())
    }

    fn comment_href(&self, number: &str) -> String {
        format!(
            "{}/comment{}",
            self.paper_href(),
            query_string(&[("p", number)])
        )
    }
}

#[component]
pub fn PaperPage() -> impl IntoView {
    let t = use_texts();
    let params = use_params_map();
    let query = use_query_map();
    let reading = Memo::new(move |_| {
        let (slug, code) = params.with(|p| {
            (
                p.get("slug").unwrap_or_default(),
                p.get("code").unwrap_or_default(),
            )
        });
        query.with(|q| Reading {
            slug,
            code,
            opened: q.get("p").unwrap_or_default(),
            filter: FilterValues::from_query(q),
            after: q.get("after").and_then(|a| a.parse().ok()),
            text: q.get("text").unwrap_or_default(),
        })
    });
    let text = Resource::new(
        move || reading.with(|r| (r.slug.clone(), r.code.clone(), r.text.clone())),
        |(slug, code, text)| paper(slug, code, text),
    );
    let comments = Resource::new(
        move || reading.get(),
        |r| {
            load_paper_comments(
                r.slug,
                r.code,
                r.opened,
                r.filter.group,
                r.filter.region,
                r.filter.tag,
                Some(r.filter.language),
                r.after,
            )
        },
    );
    view! {
        <Suspense fallback=move || {
            view! { <p>{t.loading}</p> }
        }>
            {move || Suspend::new(async move {
                let reading = reading.get_untracked();
                match (text.await, comments.await) {
                    (Err(AppError::NotFound), _) | (_, Err(AppError::NotFound)) => {
                        view! { <NotFound /> }.into_any()
                    }
                    (Err(e), _) | (_, Err(e)) => {
                        view! { <p role="alert">{(t.error)(&e)}</p> }.into_any()
                    }
                    (Ok(v), Ok(c)) => {
                        let title = format!("{} {}", v.paper.code, v.paper.title);
                        let digest_href = v
                            .digest_link
                            .then(|| {
                                format!("/digests/{}?paper={}", v.consultation_slug, v.paper.code)
                            });
                        let whole_count = count_of(&c.counts, None);
                        let on_removed_text = c.on_removed_text;
                        let open = c.open;
                        let tags = c.tags.clone();
                        let c = StoredValue::new(c);
                        let r = StoredValue::new(reading.clone());
                        view! {
                            <Title text=title />
                            <p class="breadcrumb">
                                <A href=format!(
                                    "/consultations/{}",
                                    v.consultation_slug,
                                )>{t.back_to_consultation} ": " {v.consultation_title}</A>
                            </p>
                            <h1>
                                <span class="code">{v.paper.code}</span>
                                " "
                                <bdi lang=v.text_language.clone()>{v.paper.title}</bdi>
                            </h1>
                            <p class="meta">
                                {t.cluster} ": " {(t.cluster_name)(v.paper.cluster)} " · "
                                {t.version} " " {v.paper.version}
                                {(v.paper.version > 1)
                                    .then(|| {
                                        view! {
                                            " · "
                                            <a href=format!(
                                                "{}/changes",
                                                reading.paper_href(),
                                            )>{(t.c.changes_link)(v.paper.version)}</a>
                                        }
                                    })}
                                {digest_href
                                    .map(|href| {
                                        view! {
                                            " · "
                                            <a href=href>{t.g.link}</a>
                                        }
                                    })}
                            </p>
                            <PaperLanguages
                                languages=v.languages.clone()
                                shown=v.text_language.clone()
                                href=move |code| r.with_value(|r| r.text_href(code))
                            />
                            <p class="lead" dir="auto" lang=v.text_language.clone()>
                                {v.paper.abstract_text}
                            </p>
                            {if open {
                                view! {
                                    <p>
                                        <a class="button" href=reading.comment_href("")>
                                            {t.c.comment_on_paper}
                                        </a>
                                    </p>
                                }
                                    .into_any()
                            } else {
                                view! { <p class="notice">{t.c.closed_note}</p> }.into_any()
                            }}
                            <details class="filter-box" open=reading.filter.is_set()>
                                <summary>{t.c.filter_title}</summary>
                                <FilterForm
                                    action=format!(
                                        "{}{}",
                                        reading.paper_href(),
                                        query_string(&[("text", reading.text.as_str())]),
                                    )
                                    values=reading.filter.clone()
                                    tags
                                    hidden=vec![
                                        ("p", reading.opened.clone()),
                                        ("text", reading.text.clone()),
                                    ]
                                />
                            </details>
                            <section class="whole-paper" id="p-whole" aria-label=t.c.whole_paper>
                                <p>
                                    <strong>{t.c.whole_paper}</strong>
                                    " · "
                                    <a
                                        href=reading.open_href("whole")
                                        aria-expanded=(reading.opened == "whole").to_string()
                                    >
                                        {count_text(whole_count)}
                                    </a>
                                </p>
                                {(reading.opened == "whole")
                                    .then(|| {
                                        view! {
                                            <Opened reading=r comments=c number="whole".to_owned() />
                                        }
                                    })}
                            </section>
                            {(on_removed_text > 0)
                                .then(|| {
                                    view! {
                                        <section
                                            class="whole-paper"
                                            id="p-removed"
                                            aria-label=t.c.comments_on_removed
                                        >
                                            <p>
                                                <strong>{t.c.comments_on_removed}</strong>
                                                " · "
                                                <a
                                                    href=reading.open_href("removed")
                                                    aria-expanded=(reading.opened == "removed").to_string()
                                                >
                                                    {(t.c.comment_count)(on_removed_text)}
                                                </a>
                                            </p>
                                            {(reading.opened == "removed")
                                                .then(|| {
                                                    view! {
                                                        <Opened reading=r comments=c number="removed".to_owned() />
                                                    }
                                                })}
                                        </section>
                                    }
                                })}
                            <article
                                class="paper"
                                aria-label=t.paper_contents
                                lang=v.text_language.clone()
                            >
                                {v
                                    .paragraphs
                                    .into_iter()
                                    .map(|p| {
                                        let count = count_of(
                                            &c.with_value(|c| c.counts.clone()),
                                            Some(p.id),
                                        );
                                        Block(p, count, r, c)
                                    })
                                    .collect_view()}
                            </article>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// A paragraph's published comments, and how many of them were carried from earlier
/// versions.
fn count_of(counts: &[ParagraphCount], paragraph_id: Option<i64>) -> (u64, u64) {
    counts
        .iter()
        .find(|c| c.paragraph_id == paragraph_id)
        .map_or((0, 0), |c| (c.count, c.carried))
}

/// "2 comments", and "(1 from earlier versions)" when some were carried.
fn count_text(count: (u64, u64)) -> String {
    let t = use_texts();
    match count {
        (all, 0) => (t.c.comment_count)(all),
        (all, carried) => format!(
            "{} {}",
            (t.c.comment_count)(all),
            (t.c.carried_count)(carried)
        ),
    }
}

/// The opened paragraph's comments, the next-page link and the link to comment.
#[component]
fn Opened(
    reading: StoredValue<Reading>,
    comments: StoredValue<PaperComments>,
    number: String,
) -> impl IntoView {
    let t = use_texts();
    let r = reading.get_value();
    let c = comments.get_value();
    let heading = match number.as_str() {
        "whole" => t.c.comments_on_whole.to_owned(),
        "removed" => t.c.comments_on_removed.to_owned(),
        _ => (t.c.comments_on)(&number),
    };
    let paper_href = r.paper_href();
    let next = c.next_after.map(|after| {
        let after = after.to_string();
        let mut pairs = vec![("p", number.as_str())];
        pairs.extend(r.pairs());
        pairs.push(("after", &after));
        let query = query_string(&pairs);
        format!("{paper_href}{query}#p-{number}")
    });
    let comment_number = if number == "whole" {
        String::new()
    } else {
        number.clone()
    };
    // Nobody comments on text that is no longer there.
    let open = c.open && number != "removed";
    view! {
        <section class="opened" aria-label=heading>
            <h3>{heading.clone()}</h3>
            {if c.comments.is_empty() {
                view! { <p class="muted">{t.c.none_here}</p> }.into_any()
            } else {
                CommentView::fold_campaigns(c.comments)
                    .into_iter()
                    .map(|(comment, copies)| {
                        let reply_href = open
                            .then(|| {
                                format!(
                                    "{paper_href}/comment{}",
                                    query_string(&[("reply_to", &comment.id.to_string())]),
                                )
                            });
                        // A campaign's copies are one text, "sent by" their senders.
                        view! { <CommentCard comment reply_href copies /> }
                    })
                    .collect_view()
                    .into_any()
            }}
            <NextLink href=next label=t.c.more />
            <p class="opened-actions">
                {open
                    .then(|| {
                        view! {
                            <a class="button" href=r.comment_href(&comment_number)>
                                {if number == "whole" {
                                    t.c.comment_on_paper
                                } else {
                                    t.c.comment_on_this
                                }}
                            </a>
                            " "
                        }
                    })} <a href=r.close_href(&number)>{t.c.close}</a>
            </p>
        </section>
    }
}

/// One block of the paper, with its number as its anchor and its comment count.
#[allow(non_snake_case)]
fn Block(
    p: ParagraphView,
    count: (u64, u64),
    reading: StoredValue<Reading>,
    comments: StoredValue<PaperComments>,
) -> AnyView {
    let t = use_texts();
    let number = p.number.clone();
    match p.kind {
        BlockKind::Heading => {
            // Sections and paragraphs share numbers ("2.1" may be both): sections get `s-`.
            let anchor = format!("s-{}", p.number);
            let content = view! {
                <span class="num">{number}</span>
                " "
                <bdi>{p.text}</bdi>
            };
            match p.level {
                0..=2 => view! { <h2 id=anchor>{content}</h2> }.into_any(),
                3 => view! { <h3 id=anchor>{content}</h3> }.into_any(),
                4 => view! { <h4 id=anchor>{content}</h4> }.into_any(),
                _ => view! { <h5 id=anchor>{content}</h5> }.into_any(),
            }
        }
        kind => {
            // `dir="auto"`: the paper's text runs in its own direction on a page of another.
            let body = match kind {
                BlockKind::List => view! {
                    // The list as a whole takes its text's direction: a marker of a
                    // left-to-right item in a right-to-left list would hang outside the page.
                    <ul dir="auto">
                        {p
                            .text
                            .lines()
                            .map(|l| view! { <li>{l.trim().to_owned()}</li> })
                            .collect_view()}
                    </ul>
                }
                .into_any(),
                BlockKind::Quote => view! {
                    <blockquote>
                        <p dir="auto">{p.text}</p>
                    </blockquote>
                }
                .into_any(),
                _ => view! { <p dir="auto">{p.text}</p> }.into_any(),
            };
            let anchor = format!("p-{}", p.number);
            let r = reading.get_value();
            let is_open = r.opened == number;
            let href = r.open_href(&number);
            let label = (t.c.comments_on_count)(&number, count.0);
            let count_class = if count.0 > 0 {
                "has-comments"
            } else {
                "no-comments"
            };
            // The way to comment, on the paragraph itself (the opened paragraph has its own).
            let comment_link = (comments.with_value(|c| c.open) && !is_open).then(|| {
                view! {
                    " · "
                    <a
                        href=r.comment_href(&number)
                        aria-label=(t.c.comment_on_numbered)(&number)
                        class="comment-link"
                    >
                        {t.c.comment_on_this}
                    </a>
                }
            });
            view! {
                <div class="block" id=anchor>
                    <span class="num" title=(t.paragraph_label)(&number)>
                        {number.clone()}
                    </span>
                    <div class="block-body">
                        {body} <p class="block-comments">
                            <a
                                href=href
                                aria-expanded=is_open.to_string()
                                aria-label=label
                                class=count_class
                            >
                                {count_text(count)}
                            </a>
                            {comment_link}
                        </p>
                        {is_open
                            .then(|| view! { <Opened reading comments number=number.clone() /> })}
                    </div>
                </div>
            }
            .into_any()
        }
    }
}
