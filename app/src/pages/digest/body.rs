//! The digest itself: charts, summary tables, the comments by paragraph and stakeholder
//! group, the campaigns, the contributions.

use super::chart::BarChart;
use super::contributions::DigestContributions;
use super::entry::{DigestEntry, place};
use super::themes::DigestThemes;
use crate::components::{AttributionLine, CommentBody, DateTime, tag_name, use_texts};
use crate::domain::countries::Region;
use crate::domain::digest::{Digest, GroupRegionRow};
use leptos::prelude::*;

#[component]
pub(super) fn DigestBody(d: Digest) -> AnyView {
    let t = use_texts();
    let contributions = d.contributions;
    let themes = d.themes;
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
            {(!d.campaigns.is_empty())
                .then(|| {
                    let copies: u64 = d.campaigns.iter().map(|c| c.size).sum();
                    (t.g.in_campaigns)(copies, d.campaigns.len())
                })}
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
                <GroupRegionTable rows=d.by_group_region.clone() caption=t.g.by_group_region />
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
                    let mut heading = place(t, &s.paper_code, s.paragraph.as_deref());
                    if let Some(e) = &s.earlier {
                        heading.push(' ');
                        heading.push_str(&(t.g.earlier_place)(e.version, e.now.as_deref()));
                    }
                    let label = heading.clone();
                    view! {
                        <section class="digest-section" aria-label=label>
                            <h3>{heading}</h3>
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
        <DigestThemes themes />
        <DigestContributions list=contributions />
    }
    .into_any()
}

/// Comments by stakeholder group and region, with totals: the digest's summary, and each
/// theme's.
#[component]
pub fn GroupRegionTable(rows: Vec<GroupRegionRow>, caption: &'static str) -> impl IntoView {
    let t = use_texts();
    view! {
        <table class="my-comments digest-table">
            <caption>{caption}</caption>
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
                {rows
                    .into_iter()
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
    }
}
