//! How a comment looks wherever it appears: its body as paragraphs and links (always as
//! text, never as HTML), its attribution as consented, its tags, its time; and the reader's
//! filter form.

use super::{FormError, ViewerResource, action_error, use_texts};
use crate::api::desk::FlagComment;
use crate::domain::StakeholderGroup;
use crate::domain::comment::Attribution;
use crate::domain::comment::{CommentView, Segment, TagView, WrittenOn, body_paragraphs};
use crate::domain::countries::{self, Region};
use crate::domain::desk::{ChangedIn, FlagReason};
use crate::i18n::Locale;
use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::{use_location, use_query_map};

/// A tag's name in the page's language.
pub fn tag_name(tag: &TagView) -> String {
    match use_context::<Locale>().unwrap_or_default() {
        Locale::En => tag.name_en.clone(),
        Locale::Fr => tag.name_fr.clone(),
    }
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
pub fn CommentBody(#[prop(into)] body: String) -> impl IntoView {
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
        <div class="comment-body" dir="auto">
            {paragraphs}
        </div>
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
) -> impl IntoView {
    let t = use_texts();
    let replies = comment.replies.clone();
    view! {
        <article class="comment" id=format!("c-{}", comment.id) aria-label=comment.reference>
            <AttributionLine author=comment.author.clone() />
            {comment.written_on.clone().map(|written_on| view! { <WrittenOnNote written_on /> })}
            {comment
                .quote
                .clone()
                .map(|q| {
                    view! {
                        <blockquote class="quote" aria-label=t.c.quoted>
                            <p>{q}</p>
                        </blockquote>
                    }
                })}
            <CommentBody body=comment.body.clone() />
            <TagList tags=comment.tags.clone() />
            <p class="comment-meta">
                <span class="code">{comment.reference.clone()}</span>
                " · "
                <DateTime at=comment.submitted_at.clone() />
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
                .map(|d| {
                    view! {
                        <div class="disposition">
                            <p>
                                <strong>
                                    {t.d.response_label} ": " {(t.d.disposition_name)(d.kind)}
                                </strong>
                            </p>
                            {(!d.response.is_empty())
                                .then(|| view! { <CommentBody body=d.response.clone() /> })}
                            {d.changed_in.map(|changed| view! { <ChangedInNote changed /> })}
                        </div>
                    }
                })}
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

/// `(code, name)` options for the stakeholder groups, regions and tags, in the page's
/// language: for forms and filters alike.
pub fn group_choices() -> Vec<(String, String)> {
    let t = use_texts();
    StakeholderGroup::ALL
        .into_iter()
        .map(|g| (g.code().to_owned(), (t.group)(g).to_owned()))
        .collect()
}

pub fn region_choices() -> Vec<(String, String)> {
    let t = use_texts();
    Region::ALL
        .into_iter()
        .map(|r| (r.code().to_owned(), (t.region)(r).to_owned()))
        .collect()
}

pub fn tag_choices(tags: &[TagView]) -> Vec<(String, String)> {
    tags.iter()
        .map(|tag| (tag.slug.clone(), tag_name(tag)))
        .collect()
}

#[component]
fn FilterSelect(
    label: &'static str,
    name: &'static str,
    any: &'static str,
    options: Vec<(String, String)>,
    selected: String,
) -> impl IntoView {
    let id = format!("filter-{name}");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id name=name>
                <option value="">{any}</option>
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let is_selected = value == selected;
                        view! {
                            <option value=value selected=is_selected>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// The current filter values, from the query string.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FilterValues {
    pub group: String,
    pub region: String,
    pub tag: String,
}

/// A GET form: a plain page load without JavaScript, a client-side navigation with it.
/// `hidden` carries the other query values (the opened paragraph, the search words).
#[component]
pub fn FilterForm(
    action: String,
    values: FilterValues,
    tags: Vec<TagView>,
    #[prop(optional)] hidden: Vec<(&'static str, String)>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let t = use_texts();
    view! {
        <Form method="GET" action=action.clone() attr:class="filters" attr:role="search">
            {children.map(|c| c())}
            {hidden
                .into_iter()
                .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
                .collect_view()}
            <FilterSelect
                label=t.stakeholder_group
                name="group"
                any=t.c.any_group
                options=group_choices()
                selected=values.group
            />
            <FilterSelect
                label=t.c.region
                name="region"
                any=t.c.any_region
                options=region_choices()
                selected=values.region
            />
            <FilterSelect
                label=t.c.tag
                name="tag"
                any=t.c.any_tag
                options=tag_choices(&tags)
                selected=values.tag
            />
            <div class="filter-actions">
                <button type="submit" class="button">
                    {t.c.apply_filter}
                </button>
                <a href=action>{t.c.clear_filter}</a>
            </div>
        </Form>
    }
}

/// "Report this comment": a signed-in reader tells the secretariat why a published comment
/// should not stay. Folded away until asked for.
#[component]
fn ReportForm(id: i64) -> impl IntoView {
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
            <summary>{t.d.report}</summary>
            {move || {
                if sent.get() {
                    view! { <p role="status">{t.d.reported}</p> }.into_any()
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
                            <fieldset class="field">
                                <legend>{t.d.report_reason}</legend>
                                {FlagReason::ALL
                                    .into_iter()
                                    .map(|r| {
                                        let input_id = format!("{name}-{}", r.code());
                                        view! {
                                            <div class="radio">
                                                <input
                                                    type="radio"
                                                    id=input_id.clone()
                                                    name="reason"
                                                    value=r.code()
                                                    required=true
                                                />
                                                <label for=input_id>{(t.d.flag_reason)(r)}</label>
                                            </div>
                                        }
                                    })
                                    .collect_view()}
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
