//! A bar chart made of the page's own text and one SVG bar per row.

use leptos::prelude::*;

/// A horizontal bar chart; the same figures are in the tables below it for screen readers.
/// Each row is a line of the page: its label and its count are text in the page's font
/// (never scaled down with the chart, never cut: a long label wraps), and only the bar is
/// drawn, as an SVG of the row's share (attributes, not inline styles, which the
/// Content-Security-Policy forbids). In a right-to-left page the rows mirror with the text.
#[component]
pub(super) fn BarChart(title: String, rows: Vec<(String, u64)>) -> impl IntoView {
    let max = rows.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let id = format!(
        "chart-{}",
        title
            .to_lowercase()
            .replace(|c: char| !c.is_alphanumeric(), "-")
    );
    view! {
        <figure class="chart">
            <figcaption id=id.clone()>{title}</figcaption>
            <div class="bars" role="img" aria-labelledby=id>
                {rows
                    .into_iter()
                    .map(|(label, n)| {
                        let share = (n as f64 / max as f64 * 100.0).max(0.5);
                        // A visible sliver for the smallest counts.
                        view! {
                            <div class="bar-row">
                                <span class="bar-label">{label}</span>
                                <svg
                                    class="bar"
                                    viewBox="0 0 100 1"
                                    preserveAspectRatio="none"
                                    aria-hidden="true"
                                >
                                    <rect width=format!("{share:.1}") height="1" />
                                </svg>
                                <span class="bar-value">{n.to_string()}</span>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </figure>
    }
    .into_any()
}
