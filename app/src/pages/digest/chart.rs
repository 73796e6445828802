//! A bar chart drawn as SVG on the server.

use leptos::prelude::*;

/// A horizontal bar chart; the same figures are in the tables below it for screen readers.
#[component]
pub(super) fn BarChart(title: String, rows: Vec<(String, u64)>) -> impl IntoView {
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
