//! ISO 3166-1 countries with their UN M49 region and development status: the data a stakeholder's country derives.
//!
//! Every ISO 3166-1 alpha-2 code is listed except `AQ` (Antarctica), which has no M49 region.
//! Regions are the five top-level M49 regions. Development status follows the M49
//! "developed regions" (Europe, Northern America, Australia and New Zealand, Japan, Israel)
//! and the UN list of least developed countries (after Bhutan's 2023 and
//! Sao Tome and Principe's 2024 graduations: 44 countries).

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    Africa,
    Americas,
    Asia,
    Europe,
    Oceania,
}

impl Region {
    pub const ALL: [Region; 5] = [
        Region::Africa,
        Region::Americas,
        Region::Asia,
        Region::Europe,
        Region::Oceania,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Region::Africa => "africa",
            Region::Americas => "americas",
            Region::Asia => "asia",
            Region::Europe => "europe",
            Region::Oceania => "oceania",
        }
    }

    pub fn from_code(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == s)
    }
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum DevelopmentStatus {
    Developed,
    Developing,
    LeastDeveloped,
}

impl DevelopmentStatus {
    pub const ALL: [DevelopmentStatus; 3] = [
        DevelopmentStatus::Developed,
        DevelopmentStatus::Developing,
        DevelopmentStatus::LeastDeveloped,
    ];

    pub fn code(self) -> &'static str {
        match self {
            DevelopmentStatus::Developed => "developed",
            DevelopmentStatus::Developing => "developing",
            DevelopmentStatus::LeastDeveloped => "least_developed",
        }
    }

    pub fn from_code(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.code() == s)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Country {
    pub code: &'static str,
    pub region: Region,
    pub status: DevelopmentStatus,
}

/// Looks a country up by its alpha-2 code, ignoring case and surrounding whitespace.
pub fn country(code: &str) -> Option<&'static Country> {
    let code = code.trim().to_ascii_uppercase();
    COUNTRIES
        .binary_search_by(|c| c.code.cmp(code.as_str()))
        .ok()
        .map(|i| &COUNTRIES[i])
}

/// Sorted by code. Names are the catalogue's (`country-XX` in app/locales/*/names.ftl).
pub static COUNTRIES: &[Country] = &[
    c("AD", Region::Europe, DevelopmentStatus::Developed),
    c("AE", Region::Asia, DevelopmentStatus::Developing),
    c("AF", Region::Asia, DevelopmentStatus::LeastDeveloped),
    c("AG", Region::Americas, DevelopmentStatus::Developing),
    c("AI", Region::Americas, DevelopmentStatus::Developing),
    c("AL", Region::Europe, DevelopmentStatus::Developed),
    c("AM", Region::Asia, DevelopmentStatus::Developing),
    c("AO", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("AR", Region::Americas, DevelopmentStatus::Developing),
    c("AS", Region::Oceania, DevelopmentStatus::Developing),
    c("AT", Region::Europe, DevelopmentStatus::Developed),
    c("AU", Region::Oceania, DevelopmentStatus::Developed),
    c("AW", Region::Americas, DevelopmentStatus::Developing),
    c("AX", Region::Europe, DevelopmentStatus::Developed),
    c("AZ", Region::Asia, DevelopmentStatus::Developing),
    c("BA", Region::Europe, DevelopmentStatus::Developed),
    c("BB", Region::Americas, DevelopmentStatus::Developing),
    c("BD", Region::Asia, DevelopmentStatus::LeastDeveloped),
    c("BE", Region::Europe, DevelopmentStatus::Developed),
    c("BF", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("BG", Region::Europe, DevelopmentStatus::Developed),
    c("BH", Region::Asia, DevelopmentStatus::Developing),
    c("BI", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("BJ", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("BL", Region::Americas, DevelopmentStatus::Developing),
    c("BM", Region::Americas, DevelopmentStatus::Developed),
    c("BN", Region::Asia, DevelopmentStatus::Developing),
    c("BO", Region::Americas, DevelopmentStatus::Developing),
    c("BQ", Region::Americas, DevelopmentStatus::Developing),
    c("BR", Region::Americas, DevelopmentStatus::Developing),
    c("BS", Region::Americas, DevelopmentStatus::Developing),
    c("BT", Region::Asia, DevelopmentStatus::Developing),
    c("BV", Region::Americas, DevelopmentStatus::Developing),
    c("BW", Region::Africa, DevelopmentStatus::Developing),
    c("BY", Region::Europe, DevelopmentStatus::Developed),
    c("BZ", Region::Americas, DevelopmentStatus::Developing),
    c("CA", Region::Americas, DevelopmentStatus::Developed),
    c("CC", Region::Oceania, DevelopmentStatus::Developed),
    c("CD", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("CF", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("CG", Region::Africa, DevelopmentStatus::Developing),
    c("CH", Region::Europe, DevelopmentStatus::Developed),
    c("CI", Region::Africa, DevelopmentStatus::Developing),
    c("CK", Region::Oceania, DevelopmentStatus::Developing),
    c("CL", Region::Americas, DevelopmentStatus::Developing),
    c("CM", Region::Africa, DevelopmentStatus::Developing),
    c("CN", Region::Asia, DevelopmentStatus::Developing),
    c("CO", Region::Americas, DevelopmentStatus::Developing),
    c("CR", Region::Americas, DevelopmentStatus::Developing),
    c("CU", Region::Americas, DevelopmentStatus::Developing),
    c("CV", Region::Africa, DevelopmentStatus::Developing),
    c("CW", Region::Americas, DevelopmentStatus::Developing),
    c("CX", Region::Oceania, DevelopmentStatus::Developed),
    c("CY", Region::Asia, DevelopmentStatus::Developing),
    c("CZ", Region::Europe, DevelopmentStatus::Developed),
    c("DE", Region::Europe, DevelopmentStatus::Developed),
    c("DJ", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("DK", Region::Europe, DevelopmentStatus::Developed),
    c("DM", Region::Americas, DevelopmentStatus::Developing),
    c("DO", Region::Americas, DevelopmentStatus::Developing),
    c("DZ", Region::Africa, DevelopmentStatus::Developing),
    c("EC", Region::Americas, DevelopmentStatus::Developing),
    c("EE", Region::Europe, DevelopmentStatus::Developed),
    c("EG", Region::Africa, DevelopmentStatus::Developing),
    c("EH", Region::Africa, DevelopmentStatus::Developing),
    c("ER", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("ES", Region::Europe, DevelopmentStatus::Developed),
    c("ET", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("FI", Region::Europe, DevelopmentStatus::Developed),
    c("FJ", Region::Oceania, DevelopmentStatus::Developing),
    c("FK", Region::Americas, DevelopmentStatus::Developing),
    c("FM", Region::Oceania, DevelopmentStatus::Developing),
    c("FO", Region::Europe, DevelopmentStatus::Developed),
    c("FR", Region::Europe, DevelopmentStatus::Developed),
    c("GA", Region::Africa, DevelopmentStatus::Developing),
    c("GB", Region::Europe, DevelopmentStatus::Developed),
    c("GD", Region::Americas, DevelopmentStatus::Developing),
    c("GE", Region::Asia, DevelopmentStatus::Developing),
    c("GF", Region::Americas, DevelopmentStatus::Developing),
    c("GG", Region::Europe, DevelopmentStatus::Developed),
    c("GH", Region::Africa, DevelopmentStatus::Developing),
    c("GI", Region::Europe, DevelopmentStatus::Developed),
    c("GL", Region::Americas, DevelopmentStatus::Developed),
    c("GM", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("GN", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("GP", Region::Americas, DevelopmentStatus::Developing),
    c("GQ", Region::Africa, DevelopmentStatus::Developing),
    c("GR", Region::Europe, DevelopmentStatus::Developed),
    c("GS", Region::Americas, DevelopmentStatus::Developing),
    c("GT", Region::Americas, DevelopmentStatus::Developing),
    c("GU", Region::Oceania, DevelopmentStatus::Developing),
    c("GW", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("GY", Region::Americas, DevelopmentStatus::Developing),
    c("HK", Region::Asia, DevelopmentStatus::Developing),
    c("HM", Region::Oceania, DevelopmentStatus::Developed),
    c("HN", Region::Americas, DevelopmentStatus::Developing),
    c("HR", Region::Europe, DevelopmentStatus::Developed),
    c("HT", Region::Americas, DevelopmentStatus::LeastDeveloped),
    c("HU", Region::Europe, DevelopmentStatus::Developed),
    c("ID", Region::Asia, DevelopmentStatus::Developing),
    c("IE", Region::Europe, DevelopmentStatus::Developed),
    c("IL", Region::Asia, DevelopmentStatus::Developed),
    c("IM", Region::Europe, DevelopmentStatus::Developed),
    c("IN", Region::Asia, DevelopmentStatus::Developing),
    c("IO", Region::Africa, DevelopmentStatus::Developing),
    c("IQ", Region::Asia, DevelopmentStatus::Developing),
    c("IR", Region::Asia, DevelopmentStatus::Developing),
    c("IS", Region::Europe, DevelopmentStatus::Developed),
    c("IT", Region::Europe, DevelopmentStatus::Developed),
    c("JE", Region::Europe, DevelopmentStatus::Developed),
    c("JM", Region::Americas, DevelopmentStatus::Developing),
    c("JO", Region::Asia, DevelopmentStatus::Developing),
    c("JP", Region::Asia, DevelopmentStatus::Developed),
    c("KE", Region::Africa, DevelopmentStatus::Developing),
    c("KG", Region::Asia, DevelopmentStatus::Developing),
    c("KH", Region::Asia, DevelopmentStatus::LeastDeveloped),
    c("KI", Region::Oceania, DevelopmentStatus::LeastDeveloped),
    c("KM", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("KN", Region::Americas, DevelopmentStatus::Developing),
    c("KP", Region::Asia, DevelopmentStatus::Developing),
    c("KR", Region::Asia, DevelopmentStatus::Developing),
    c("KW", Region::Asia, DevelopmentStatus::Developing),
    c("KY", Region::Americas, DevelopmentStatus::Developing),
    c("KZ", Region::Asia, DevelopmentStatus::Developing),
    c("LA", Region::Asia, DevelopmentStatus::LeastDeveloped),
    c("LB", Region::Asia, DevelopmentStatus::Developing),
    c("LC", Region::Americas, DevelopmentStatus::Developing),
    c("LI", Region::Europe, DevelopmentStatus::Developed),
    c("LK", Region::Asia, DevelopmentStatus::Developing),
    c("LR", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("LS", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("LT", Region::Europe, DevelopmentStatus::Developed),
    c("LU", Region::Europe, DevelopmentStatus::Developed),
    c("LV", Region::Europe, DevelopmentStatus::Developed),
    c("LY", Region::Africa, DevelopmentStatus::Developing),
    c("MA", Region::Africa, DevelopmentStatus::Developing),
    c("MC", Region::Europe, DevelopmentStatus::Developed),
    c("MD", Region::Europe, DevelopmentStatus::Developed),
    c("ME", Region::Europe, DevelopmentStatus::Developed),
    c("MF", Region::Americas, DevelopmentStatus::Developing),
    c("MG", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("MH", Region::Oceania, DevelopmentStatus::Developing),
    c("MK", Region::Europe, DevelopmentStatus::Developed),
    c("ML", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("MM", Region::Asia, DevelopmentStatus::LeastDeveloped),
    c("MN", Region::Asia, DevelopmentStatus::Developing),
    c("MO", Region::Asia, DevelopmentStatus::Developing),
    c("MP", Region::Oceania, DevelopmentStatus::Developing),
    c("MQ", Region::Americas, DevelopmentStatus::Developing),
    c("MR", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("MS", Region::Americas, DevelopmentStatus::Developing),
    c("MT", Region::Europe, DevelopmentStatus::Developed),
    c("MU", Region::Africa, DevelopmentStatus::Developing),
    c("MV", Region::Asia, DevelopmentStatus::Developing),
    c("MW", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("MX", Region::Americas, DevelopmentStatus::Developing),
    c("MY", Region::Asia, DevelopmentStatus::Developing),
    c("MZ", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("NA", Region::Africa, DevelopmentStatus::Developing),
    c("NC", Region::Oceania, DevelopmentStatus::Developing),
    c("NE", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("NF", Region::Oceania, DevelopmentStatus::Developed),
    c("NG", Region::Africa, DevelopmentStatus::Developing),
    c("NI", Region::Americas, DevelopmentStatus::Developing),
    c("NL", Region::Europe, DevelopmentStatus::Developed),
    c("NO", Region::Europe, DevelopmentStatus::Developed),
    c("NP", Region::Asia, DevelopmentStatus::LeastDeveloped),
    c("NR", Region::Oceania, DevelopmentStatus::Developing),
    c("NU", Region::Oceania, DevelopmentStatus::Developing),
    c("NZ", Region::Oceania, DevelopmentStatus::Developed),
    c("OM", Region::Asia, DevelopmentStatus::Developing),
    c("PA", Region::Americas, DevelopmentStatus::Developing),
    c("PE", Region::Americas, DevelopmentStatus::Developing),
    c("PF", Region::Oceania, DevelopmentStatus::Developing),
    c("PG", Region::Oceania, DevelopmentStatus::Developing),
    c("PH", Region::Asia, DevelopmentStatus::Developing),
    c("PK", Region::Asia, DevelopmentStatus::Developing),
    c("PL", Region::Europe, DevelopmentStatus::Developed),
    c("PM", Region::Americas, DevelopmentStatus::Developed),
    c("PN", Region::Oceania, DevelopmentStatus::Developing),
    c("PR", Region::Americas, DevelopmentStatus::Developing),
    c("PS", Region::Asia, DevelopmentStatus::Developing),
    c("PT", Region::Europe, DevelopmentStatus::Developed),
    c("PW", Region::Oceania, DevelopmentStatus::Developing),
    c("PY", Region::Americas, DevelopmentStatus::Developing),
    c("QA", Region::Asia, DevelopmentStatus::Developing),
    c("RE", Region::Africa, DevelopmentStatus::Developing),
    c("RO", Region::Europe, DevelopmentStatus::Developed),
    c("RS", Region::Europe, DevelopmentStatus::Developed),
    c("RU", Region::Europe, DevelopmentStatus::Developed),
    c("RW", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("SA", Region::Asia, DevelopmentStatus::Developing),
    c("SB", Region::Oceania, DevelopmentStatus::LeastDeveloped),
    c("SC", Region::Africa, DevelopmentStatus::Developing),
    c("SD", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("SE", Region::Europe, DevelopmentStatus::Developed),
    c("SG", Region::Asia, DevelopmentStatus::Developing),
    c("SH", Region::Africa, DevelopmentStatus::Developing),
    c("SI", Region::Europe, DevelopmentStatus::Developed),
    c("SJ", Region::Europe, DevelopmentStatus::Developed),
    c("SK", Region::Europe, DevelopmentStatus::Developed),
    c("SL", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("SM", Region::Europe, DevelopmentStatus::Developed),
    c("SN", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("SO", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("SR", Region::Americas, DevelopmentStatus::Developing),
    c("SS", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("ST", Region::Africa, DevelopmentStatus::Developing),
    c("SV", Region::Americas, DevelopmentStatus::Developing),
    c("SX", Region::Americas, DevelopmentStatus::Developing),
    c("SY", Region::Asia, DevelopmentStatus::Developing),
    c("SZ", Region::Africa, DevelopmentStatus::Developing),
    c("TC", Region::Americas, DevelopmentStatus::Developing),
    c("TD", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("TF", Region::Africa, DevelopmentStatus::Developing),
    c("TG", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("TH", Region::Asia, DevelopmentStatus::Developing),
    c("TJ", Region::Asia, DevelopmentStatus::Developing),
    c("TK", Region::Oceania, DevelopmentStatus::Developing),
    c("TL", Region::Asia, DevelopmentStatus::LeastDeveloped),
    c("TM", Region::Asia, DevelopmentStatus::Developing),
    c("TN", Region::Africa, DevelopmentStatus::Developing),
    c("TO", Region::Oceania, DevelopmentStatus::Developing),
    c("TR", Region::Asia, DevelopmentStatus::Developing),
    c("TT", Region::Americas, DevelopmentStatus::Developing),
    c("TV", Region::Oceania, DevelopmentStatus::LeastDeveloped),
    c("TW", Region::Asia, DevelopmentStatus::Developing),
    c("TZ", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("UA", Region::Europe, DevelopmentStatus::Developed),
    c("UG", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("UM", Region::Oceania, DevelopmentStatus::Developing),
    c("US", Region::Americas, DevelopmentStatus::Developed),
    c("UY", Region::Americas, DevelopmentStatus::Developing),
    c("UZ", Region::Asia, DevelopmentStatus::Developing),
    c("VA", Region::Europe, DevelopmentStatus::Developed),
    c("VC", Region::Americas, DevelopmentStatus::Developing),
    c("VE", Region::Americas, DevelopmentStatus::Developing),
    c("VG", Region::Americas, DevelopmentStatus::Developing),
    c("VI", Region::Americas, DevelopmentStatus::Developing),
    c("VN", Region::Asia, DevelopmentStatus::Developing),
    c("VU", Region::Oceania, DevelopmentStatus::Developing),
    c("WF", Region::Oceania, DevelopmentStatus::Developing),
    c("WS", Region::Oceania, DevelopmentStatus::Developing),
    c("YE", Region::Asia, DevelopmentStatus::LeastDeveloped),
    c("YT", Region::Africa, DevelopmentStatus::Developing),
    c("ZA", Region::Africa, DevelopmentStatus::Developing),
    c("ZM", Region::Africa, DevelopmentStatus::LeastDeveloped),
    c("ZW", Region::Africa, DevelopmentStatus::Developing),
];

const fn c(code: &'static str, region: Region, status: DevelopmentStatus) -> Country {
    Country {
        code,
        region,
        status,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_without_duplicates() {
        for pair in COUNTRIES.windows(2) {
            assert!(
                pair[0].code < pair[1].code,
                "{} before {}",
                pair[0].code,
                pair[1].code
            );
        }
    }

    #[test]
    fn codes_are_two_uppercase_ascii_letters() {
        for c in COUNTRIES {
            assert_eq!(c.code.len(), 2, "{}", c.code);
            assert!(c.code.bytes().all(|b| b.is_ascii_uppercase()), "{}", c.code);
        }
    }

    #[test]
    fn count_is_all_iso_codes_but_antarctica() {
        assert_eq!(COUNTRIES.len(), 248);
        assert!(country("AQ").is_none());
    }

    #[test]
    fn least_developed_count() {
        let n = COUNTRIES
            .iter()
            .filter(|c| c.status == DevelopmentStatus::LeastDeveloped)
            .count();
        assert_eq!(n, 44);
    }

    #[test]
    fn spot_checks() {
        let ch = country("CH").unwrap();
        assert_eq!(ch.region, Region::Europe);
        assert_eq!(ch.status, DevelopmentStatus::Developed);

        let br = country("BR").unwrap();
        assert_eq!(br.region, Region::Americas);
        assert_eq!(br.status, DevelopmentStatus::Developing);

        let et = country("ET").unwrap();
        assert_eq!(et.region, Region::Africa);
        assert_eq!(et.status, DevelopmentStatus::LeastDeveloped);

        let au = country("AU").unwrap();
        assert_eq!(au.region, Region::Oceania);
        assert_eq!(au.status, DevelopmentStatus::Developed);

        assert_eq!(country(" Fr ").unwrap().code, "FR");
        assert!(country("ZZ").is_none());
        assert!(country("").is_none());

        assert_eq!(country("CY").unwrap().region, Region::Asia);
        assert_eq!(country("TR").unwrap().region, Region::Asia);
        assert_eq!(country("RU").unwrap().region, Region::Europe);
        assert_eq!(country("US").unwrap().status, DevelopmentStatus::Developed);
        assert_eq!(country("JP").unwrap().status, DevelopmentStatus::Developed);
        assert_eq!(country("BT").unwrap().status, DevelopmentStatus::Developing);
        assert_eq!(country("ST").unwrap().status, DevelopmentStatus::Developing);
    }

    #[test]
    fn codes_round_trip() {
        for r in Region::ALL {
            assert_eq!(Region::from_code(r.code()), Some(r));
        }
        for d in DevelopmentStatus::ALL {
            assert_eq!(DevelopmentStatus::from_code(d.code()), Some(d));
        }
        assert_eq!(Region::from_code("antarctica"), None);
        assert_eq!(DevelopmentStatus::from_code("Developed"), None);
    }
}
