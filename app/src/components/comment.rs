//! How a comment looks wherever it appears: its body as paragraphs and links (always as
//! text, never as HTML), its attribution as consented, its tags, its time; and the reader's
//! filter form.

use super::{FormError, RadioChoices, ViewerResource, action_error, code_choices, use_texts};
use crate::api::desk::FlagComment;
use crate::domain::IssueCluster;
use crate::domain::comment::Attribution;
use crate::domain::comment::{
    CommentView, Segment, TagView, WrittenOn, body_paragraphs, same_words,
};
use crate::domain::countries;
use crate::domain::desk::{ChangedIn, DispositionView, FlagReason};
use crate::i18n::Locale;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_query_map};

/// A tag's name in the page's language.
pub fn tag_name(tag: &TagView) -> String {
    tag.name(use_context::<Locale>().unwrap_or_default().code())
        .to_owned()
}

/// A time with its zone named, in a `<time>` element machines can read.
#[component]
pub fn DateTime(#[prop(into)] at: String) -> impl IntoView {
    let t = use_texts();
    let text = (t.datetime)(&at);
    view! { <time datetime=at>{text}</time> }
}

/// A plain-text body: paragraphs, line breaks, and web addresses as links that tell
/// search engines the site does not vouch for them.
#[component]
pub fn CommentBody(
    #[prop(into)] body: String,
    /// The language it is written in, when known: its `lang`, so that a screen reader
    /// speaks it in its own voice and the browser hyphenates and shapes it as it should.
    #[prop(default = None)]
    language: Option<String>,
) -> impl IntoView {
    let paragraphs = body_paragraphs(&body)
        .into_iter()
        .map(|lines| {
            let count = lines.len();
            let lines = lines
                .into_iter()
                .enumerate()
                .map(|(i, segments)| {
                    let segments = segments
                        .into_iter()
                        .map(|s| match s {
                            Segment::Text(text) => text.to_owned().into_any(),
                            Segment::Link(url) => view! {
                                <a href=url.to_owned() rel="nofollow ugc noopener">
                                    {url.to_owned()}
                                </a>
                            }
                            .into_any(),
                        })
                        .collect_view();
                    view! {
                        {segments}
                        {(i + 1 < count).then(|| view! { <br /> })}
                    }
                })
                .collect_view();
            view! { <p>{lines}</p> }
        })
        .collect_view();
    // `dir="auto"`: a comment written right to left reads right to left.
    view! {
        <div class="comment-body" dir="auto" lang=language>
            {paragraphs}
        </div>
    }
}

/// " · French": the language a comment is written in, named in the page's, when it is
/// known and is not the page's own.
#[component]
pub fn LanguageMark(language: Option<String>) -> impl IntoView {
    let locale = use_context::<Locale>().unwrap_or_default();
    language
        .filter(|code| code != locale.code())
        .and_then(|code| crate::i18n::language_name(locale, &code))
        .map(|name| {
            view! {
                " · "
                <span class="language-mark">{name}</span>
            }
        })
}

/// What the author wrote: the passage they quote, if any, the body and the tags.
#[component]
pub fn CommentContent(
    quote: Option<String>,
    #[prop(into)] body: String,
    tags: Vec<TagView>,
    #[prop(default = None)] language: Option<String>,
) -> impl IntoView {
    let t = use_texts();
    view! {
        {quote
            .map(|q| {
                view! {
                    <blockquote class="quote" aria-label=t.c.quoted>
                        <p>{q}</p>
                    </blockquote>
                }
            })}
        <CommentBody body language />
        <TagList tags />
    }
}

/// "Name, Organisation · Civil society · Brazil": only what the author consented to. The
/// name and organisation are each in a `<bdi>`, so that a right-to-left name (or an
/// override in one) does not turn the app's words after it around.
#[component]
pub fn AttributionLine(author: Attribution) -> impl IntoView {
    let t = use_texts();
    let country = countries::country(&author.country)
        .map(|c| (t.country_name)(c).to_owned())
        .unwrap_or_else(|| author.country.clone());
    let who = (author.name.is_some() || author.organisation.is_some()).then(|| {
        let comma = (author.name.is_some() && author.organisation.is_some()).then_some(", ");
        view! {
            <strong>
                {author.name.map(|n| view! { <bdi>{n}</bdi> })} {comma}
                {author.organisation.map(|o| view! { <bdi>{o}</bdi> })}
            </strong>
            " · "
        }
    });
    view! { <p class="attribution">{who} {(t.group)(author.group)} " · " {country}</p> }
}

#[component]
pub fn TagList(tags: Vec<TagView>) -> impl IntoView {
    let t = use_texts();
    (!tags.is_empty()).then(|| {
        view! {
            <ul class="tags" aria-label=t.c.tags_label>
                {tags
                    .iter()
                    .map(|tag| view! { <li class="tag">{tag_name(tag)}</li> })
                    .collect_view()}
            </ul>
        }
    })
}

/// The tags as checkboxes under their issue clusters, those in `checked` ticked, each with
/// the id `{id_prefix}-{slug}`. With `skip_empty`, a cluster without tags is left out.
#[component]
pub fn TagCheckboxes(
    tags: Vec<TagView>,
    checked: Vec<String>,
    id_prefix: &'static str,
    #[prop(optional)] skip_empty: bool,
) -> impl IntoView {
    let t = use_texts();
    IssueCluster::ALL
        .into_iter()
        .filter_map(|cluster| {
            let in_cluster: Vec<&TagView> =
                tags.iter().filter(|tag| tag.cluster == cluster).collect();
            (!skip_empty || !in_cluster.is_empty()).then(|| {
                view! {
                    <div class="tag-group">
                        <p class="tag-cluster">{(t.cluster_name)(cluster)}</p>
                        {in_cluster
                            .into_iter()
                            .map(|tag| {
                                let id = format!("{id_prefix}-{}", tag.slug);
                                let is_checked = checked.contains(&tag.slug);
                                view! {
                                    <div class="checkbox">
                                        <input
                                            type="checkbox"
                                            id=id.clone()
                                            name="tags[]"
                                            value=tag.slug.clone()
                                            checked=is_checked
                                        />
                                        <label for=id>{tag_name(tag)}</label>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </div>
                }
            })
        })
        .collect_view()
}

/// "Written on version 1, paragraph 2.2", with that text one click away: a comment read on
/// a later version of its paper than the one it was written on.
#[component]
pub fn WrittenOnNote(written_on: WrittenOn) -> impl IntoView {
    let t = use_texts();
    let w = written_on;
    view! {
        <details class="written-on">
            <summary>{(t.c.written_on)(w.version, w.paragraph_number.as_deref())}</summary>
            {w
                .paragraph_text
                .map(|text| {
                    view! {
                        <blockquote aria-label=t.c.text_written_on>
                            <p>{text}</p>
                        </blockquote>
                    }
                })}
        </details>
    }
}

/// The secretariat's answer under a comment: its disposition, response, and the change it
/// led to.
#[component]
pub fn DispositionNote(disposition: DispositionView) -> impl IntoView {
    let t = use_texts();
    let d = disposition;
    view! {
        <div class="disposition">
            <p>
                <strong>{t.d.response_label} ": " {(t.d.disposition_name)(d.kind)}</strong>
            </p>
            {(!d.response.is_empty()).then(|| view! { <CommentBody body=d.response.clone() /> })}
            {d.changed_in.map(|changed| view! { <ChangedInNote changed /> })}
        </div>
    }
}

/// "It led to a change in paragraph 2.1 of version 2": the change a disposition names.
#[component]
pub fn ChangedInNote(changed: ChangedIn) -> impl IntoView {
    let t = use_texts();
    view! { <p class="changed-in">{(t.d.led_to_change)(&changed.number, changed.version)}</p> }
}

/// Where a comment is read now on its paper (`read_at`: a paragraph number, `whole` or
/// `removed`), as a link to it on the paper page and its words: "WP-ROOT, paragraph 2.3".
pub fn read_at_link(slug: &str, code: &str, read_at: &str) -> (String, String) {
    let t = use_texts();
    let label = match read_at {
        "whole" => t.c.whole_paper.to_owned(),
        "removed" => t.c.comments_on_removed.to_owned(),
        n => (t.paragraph_label)(n),
    };
    let href = format!(
        "/consultations/{slug}/papers/{code}{}#p-{read_at}",
        super::query_string(&[("p", read_at)]),
    );
    (href, format!("{code}, {label}"))
}

/// A published comment with its replies. `reply_href` builds the link to reply to it
/// (`None` when the consultation is closed or for replies).
#[component]
pub fn CommentCard(
    comment: CommentView,
    #[prop(default = None)] reply_href: Option<String>,
    /// The other copies of its campaign on the page: the text is shown once, "sent by" all.
    #[prop(optional)]
    copies: Vec<CommentView>,
) -> impl IntoView {
    let t = use_texts();
    let replies = comment.replies.clone();
    view! {
        <article class="comment" id=format!("c-{}", comment.id) aria-label=comment.reference>
            <AttributionLine author=comment.author.clone() />
            <CampaignSenders copies shown=comment.body.clone() />
            {comment.written_on.clone().map(|written_on| view! { <WrittenOnNote written_on /> })}
            <CommentContent
                quote=comment.quote.clone()
                body=comment.body.clone()
                tags=comment.tags.clone()
                language=comment.language.clone()
            />
            <super::AttachedFiles files=comment.files.clone() />
            <p class="comment-meta">
                <span class="code">{comment.reference.clone()}</span>
                " · "
                <DateTime at=comment.submitted_at.clone() />
                <LanguageMark language=comment.language.clone() />
                {comment
                    .late
                    .then(|| {
                        view! {
                            " · "
                            <span class="badge">{t.c.late}</span>
                        }
                    })}
                {reply_href
                    .map(|href| {
                        view! {
                            " · "
                            <a href=href>{t.c.reply}</a>
                        }
                    })}
            </p>
            {comment
                .disposition
                .clone()
                .map(|disposition| view! { <DispositionNote disposition /> })}
            <ReportForm id=comment.id />
            {(!replies.is_empty())
                .then(|| {
                    view! {
                        <section class="replies" aria-label=t.c.replies>
                            {replies
                                .into_iter()
                                .map(|r| view! { <CommentCard comment=r /> })
                                .collect_view()}
                        </section>
                    }
                })}
        </article>
    }
    .into_any()
}

/// The senders of a campaign's other copies, under the one text shown: each as its author
/// consented, with its reference and its own anchor (links to a copy land here).
#[component]
fn CampaignSenders(copies: Vec<CommentView>, shown: String) -> impl IntoView {
    let t = use_texts();
    let count = copies.len() + 1;
    (!copies.is_empty()).then(|| {
        view! {
            <details class="also-sent">
                <summary>{(t.c.sent_by)(count)}</summary>
                <ul>
                    {copies
                        .into_iter()
                        .map(|c| {
                            view! {
                                <li id=format!("c-{}", c.id)>
                                    <AttributionLine author=c.author />
                                    <span class="code">{c.reference}</span>
                                    {(!same_words(&c.body, &shown))
                                        .then(|| {
                                            view! {
                                                <p class="copy-differs">{t.c.copy_differs}</p>
                                                <div dir="auto" class="comment-body">
                                                    <p>{c.body}</p>
                                                </div>
                                            }
                                        })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </details>
        }
    })
}

/// "Report this comment": a signed-in reader tells the secretariat why a published comment
/// (or, with `of` "contribution", a contribution) should not stay. Folded away until
/// asked for.
#[component]
pub fn ReportForm(id: i64, #[prop(default = "comment")] of: &'static str) -> impl IntoView {
    let t = use_texts();
    let action = ServerAction::<FlagComment>::new();
    let error = action_error(action);
    // Sent: the action says so, or, after a post without JavaScript, the page came back
    // with `reported` naming this comment.
    let query = use_query_map();
    let sent = Signal::derive(move || {
        action.value().with(|v| matches!(v, Some(Ok(()))))
            || query.with(|q| q.get("reported") == Some(id.to_string()))
    });
    let location = use_location();
    // This page again, with `reported` naming this comment, at this comment.
    let back = move || {
        let search = location.search.get();
        let mut query = form_urlencoded::Serializer::new(String::new());
        for (name, value) in form_urlencoded::parse(search.as_bytes()) {
            if name != "reported" {
                query.append_pair(&name, &value);
            }
        }
        query.append_pair("reported", &id.to_string());
        format!("{}?{}#c-{id}", location.pathname.get(), query.finish())
    };
    // Only the signed in may report: a visitor is shown the way to sign in rather than a
    // form whose answer would be "Please sign in first".
    let ViewerResource(viewer) = expect_context::<ViewerResource>();
    let signed_in = move || viewer.get().and_then(Result::ok).flatten().is_some();
    let name = format!("report-{id}");
    view! {
        <details class="report" open=move || sent.get()>
            <summary>{if of == "contribution" { t.k.report } else { t.d.report }}</summary>
            {move || {
                if sent.get() {
                    let thanks = if of == "contribution" { t.k.reported } else { t.d.reported };
                    view! { <p role="status">{thanks}</p> }.into_any()
                } else if !signed_in() {
                    view! {
                        <p>
                            <a href="/sign-in">{t.d.report_sign_in}</a>
                        </p>
                    }
                        .into_any()
                } else {
                    let name = name.clone();
                    view! {
                        <FormError error />
                        <ActionForm action attr:class="report-form">
                            <input type="hidden" name="id" value=id.to_string() />
                            <input type="hidden" name="back" value=back />
                            <input type="hidden" name="of" value=of />
                            <fieldset class="field">
                                <legend>{t.d.report_reason}</legend>
                                <RadioChoices
                                    id_prefix=name.clone()
                                    name="reason"
                                    options=code_choices(
                                        FlagReason::ALL,
                                        FlagReason::code,
                                        t.d.flag_reason,
                                    )
                                    required=true
                                />
                            </fieldset>
                            <div class="field">
                                <label for=format!("{name}-note")>{t.d.report_note}</label>
                                <input
                                    id=format!("{name}-note")
                                    name="note"
                                    type="text"
                                    maxlength="500"
                                />
                            </div>
                            <button type="submit" class="button button-secondary">
                                {t.d.report_submit}
                            </button>
                        </ActionForm>
                    }
                        .into_any()
                }
            }}
        </details>
    }
}
