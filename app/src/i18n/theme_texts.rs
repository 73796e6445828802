//! The shape of the strings of the desk's themes page (`Texts::d.th`), from `desk.ftl`.

pub struct ThemeTexts {
    pub link: &'static str,
    /// "Themes: WP-ROOT", and of one paragraph ("Themes: WP-ROOT, paragraph 2.1").
    pub title: fn(&str) -> String,
    pub title_paragraph: fn(&str, &str) -> String,
    pub hint: &'static str,
    pub scope: &'static str,
    pub whole_paper: &'static str,
    pub paragraph_option: fn(&str) -> String,
    pub internal: &'static str,
    pub run: &'static str,
    /// After a run: proposed, kept, placed, unthemed.
    pub ran: fn(u64, u64, u64, u64) -> String,
    pub saved: &'static str,
    pub none_yet: &'static str,
    pub total: fn(u64) -> String,
    pub internal_note: &'static str,
    pub size: fn(u64) -> String,
    /// ", of which 40 in 3 campaigns (each counted once)".
    pub in_campaigns: fn(u64, u64) -> String,
    pub key_terms: &'static str,
    pub confirmed: &'static str,
    pub proposed: &'static str,
    pub name: &'static str,
    pub save_name: &'static str,
    pub confirm: &'static str,
    pub unconfirm: &'static str,
    pub merge_into: &'static str,
    pub merge: &'static str,
    pub split: &'static str,
    pub quotes: &'static str,
    pub references: fn(usize) -> String,
    pub reference: &'static str,
    pub move_here: &'static str,
    pub remove: &'static str,
    pub remove_button: &'static str,
    pub unthemed: fn(usize) -> String,
    pub unthemed_hint: &'static str,
    /// The digests' section of confirmed themes.
    pub digest_heading: &'static str,
}

impl ThemeTexts {
    /// A theme's size: "12 comments", and ", of which 8 in 2 campaigns (each counted once)"
    /// when some are campaign letters.
    pub fn size_line(&self, size: u64, in_campaigns: u64, campaigns: u64) -> String {
        let mut line = (self.size)(size);
        if in_campaigns > 0 {
            line.push_str(&(self.in_campaigns)(in_campaigns, campaigns));
        }
        line
    }
}
