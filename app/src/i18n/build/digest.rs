//! The digest's strings (`DigestTexts`), from `digest.ftl`.

use super::*;

pub(crate) fn build<const L: usize>() -> DigestTexts {
    DigestTexts {
        earlier_place: |v, now| match now {
            Some(n) => f!(L, "g-earlier-place-now", version = v, paragraph = n),
            None => f!(L, "g-earlier-place-removed", version = v),
        },
        title: t::<L>("g-title"),
        in_campaigns: |copies, campaigns| {
            f!(L, "g-in-campaigns", copies = copies, campaigns = campaigns)
        },
        link: t::<L>("g-link"),
        total: |n| f!(L, "g-total", n = n),
        generated: t::<L>("g-generated"),
        summary: t::<L>("g-summary"),
        by_group: t::<L>("g-by-group"),
        by_tag: t::<L>("g-by-tag"),
        by_paragraph: t::<L>("g-by-paragraph"),
        by_group_region: t::<L>("g-by-group-region"),
        other: t::<L>("g-other"),
        total_col: t::<L>("g-total-col"),
        by_disposition: t::<L>("g-by-disposition"),
        no_disposition: t::<L>("g-no-disposition"),
        by_paragraph_heading: t::<L>("g-by-paragraph-heading"),
        campaigns: t::<L>("g-campaigns"),
        senders: t::<L>("g-senders"),
        not_public: t::<L>("g-not-public"),
        internal: t::<L>("g-internal"),
        downloads: t::<L>("g-downloads"),
        public_legend: t::<L>("g-public-legend"),
        make_public: t::<L>("g-make-public"),
        keep_private: t::<L>("g-keep-private"),
        save_public: t::<L>("g-save-public"),
        all_statuses: t::<L>("g-all-statuses"),
        download_preparing: t::<L>("g-download-preparing"),
        download_rows: |done, total| f!(L, "g-download-rows", done = done, total = total),
        download_bytes: |mb| f!(L, "g-download-bytes", megabytes = format!("{mb:.1}")),
        download_done: |name| f!(L, "g-download-done", name = name),
        download_failed: t::<L>("g-download-failed"),
    }
}
