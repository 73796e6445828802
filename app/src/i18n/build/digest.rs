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
        file: files::<L>(),
    }
}

fn files<const L: usize>() -> DigestFileTexts {
    DigestFileTexts {
        title: |title| f!(L, "gf-title", title = title),
        paper: |code, title, version| {
            f!(L, "gf-paper", code = code, title = title, version = version)
        },
        paragraph: |paper, paragraph| f!(L, "gf-paragraph", paper = paper, paragraph = paragraph),
        whole_paper: |paper| f!(L, "gf-whole-paper", paper = paper),
        on_paper: |paper| f!(L, "gf-on-paper", paper = paper),
        on_consultation: t::<L>("gf-on-consultation"),
        status: |all, generated, n| {
            if all {
                f!(L, "gf-status-all", generated = generated, n = n)
            } else {
                f!(L, "gf-status-published", generated = generated, n = n)
            }
        },
        filters: |list| f!(L, "gf-filters", list = list),
        col_group: t::<L>("gf-col-group"),
        col_total: t::<L>("gf-col-total"),
        col_tag: t::<L>("gf-col-tag"),
        col_cluster: t::<L>("gf-col-cluster"),
        col_paragraph: t::<L>("gf-col-paragraph"),
        col_disposition: t::<L>("gf-col-disposition"),
        col_comments: t::<L>("gf-col-comments"),
        late: t::<L>("gf-late"),
        tags: |list| f!(L, "gf-tags", list = list),
        attached: |name| f!(L, "gf-attached", name = name),
        disposition: |name| f!(L, "gf-disposition", name = name),
        published: |date, place, url| f!(L, "gf-published", date = date, place = place, url = url),
        files: |list| f!(L, "gf-files", list = list),
        campaign: |id, n, place| f!(L, "gf-campaign", id = id.to_string(), n = n, place = place),
        sent_by: t::<L>("gf-sent-by"),
        dispositions_title: |paper, title, from, to| {
            f!(
                L,
                "gf-dispositions-title",
                paper = paper,
                title = title,
                from = from,
                to = to
            )
        },
        dispositions_intro: |from, to| f!(L, "gf-dispositions-intro", from = from, to = to),
        col_reference: t::<L>("gf-col-reference"),
        col_from: t::<L>("gf-col-from"),
        col_comment: t::<L>("gf-col-comment"),
        col_disposition_response: t::<L>("gf-col-disposition-response"),
        the_whole_paper: t::<L>("gf-the-whole-paper"),
        paragraph_fate: |then, fate, now| {
            if now.is_empty() {
                f!(L, "gf-paragraph-fate", then = then, fate = fate)
            } else {
                f!(
                    L,
                    "gf-paragraph-fate-now",
                    then = then,
                    fate = fate,
                    now = now
                )
            }
        },
        files_in: t::<L>("gf-files-in"),
    }
}
