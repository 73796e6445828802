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
    pub name_en: &'static str,
    pub name_fr: &'static str,
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

/// Sorted by code.
pub static COUNTRIES: &[Country] = &[
    Country {
        code: "AD",
        name_en: "Andorra",
        name_fr: "Andorre",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "AE",
        name_en: "United Arab Emirates",
        name_fr: "Émirats arabes unis",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "AF",
        name_en: "Afghanistan",
        name_fr: "Afghanistan",
        region: Region::Asia,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "AG",
        name_en: "Antigua and Barbuda",
        name_fr: "Antigua-et-Barbuda",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "AI",
        name_en: "Anguilla",
        name_fr: "Anguilla",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "AL",
        name_en: "Albania",
        name_fr: "Albanie",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "AM",
        name_en: "Armenia",
        name_fr: "Arménie",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "AO",
        name_en: "Angola",
        name_fr: "Angola",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "AR",
        name_en: "Argentina",
        name_fr: "Argentine",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "AS",
        name_en: "American Samoa",
        name_fr: "Samoa américaines",
        region: Region::Oceania,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "AT",
        name_en: "Austria",
        name_fr: "Autriche",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "AU",
        name_en: "Australia",
        name_fr: "Australie",
        region: Region::Oceania,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "AW",
        name_en: "Aruba",
        name_fr: "Aruba",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "AX",
        name_en: "Åland Islands",
        name_fr: "Îles d'Åland",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "AZ",
        name_en: "Azerbaijan",
        name_fr: "Azerbaïdjan",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "BA",
        name_en: "Bosnia and Herzegovina",
        name_fr: "Bosnie-Herzégovine",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "BB",
        name_en: "Barbados",
        name_fr: "Barbade",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "BD",
        name_en: "Bangladesh",
        name_fr: "Bangladesh",
        region: Region::Asia,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "BE",
        name_en: "Belgium",
        name_fr: "Belgique",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "BF",
        name_en: "Burkina Faso",
        name_fr: "Burkina Faso",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "BG",
        name_en: "Bulgaria",
        name_fr: "Bulgarie",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "BH",
        name_en: "Bahrain",
        name_fr: "Bahreïn",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "BI",
        name_en: "Burundi",
        name_fr: "Burundi",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "BJ",
        name_en: "Benin",
        name_fr: "Bénin",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "BL",
        name_en: "Saint Barthélemy",
        name_fr: "Saint-Barthélemy",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "BM",
        name_en: "Bermuda",
        name_fr: "Bermudes",
        region: Region::Americas,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "BN",
        name_en: "Brunei Darussalam",
        name_fr: "Brunéi Darussalam",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "BO",
        name_en: "Bolivia",
        name_fr: "Bolivie",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "BQ",
        name_en: "Bonaire, Sint Eustatius and Saba",
        name_fr: "Bonaire, Saint-Eustache et Saba",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "BR",
        name_en: "Brazil",
        name_fr: "Brésil",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "BS",
        name_en: "Bahamas",
        name_fr: "Bahamas",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "BT",
        name_en: "Bhutan",
        name_fr: "Bhoutan",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "BV",
        name_en: "Bouvet Island",
        name_fr: "Île Bouvet",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "BW",
        name_en: "Botswana",
        name_fr: "Botswana",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "BY",
        name_en: "Belarus",
        name_fr: "Bélarus",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "BZ",
        name_en: "Belize",
        name_fr: "Belize",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "CA",
        name_en: "Canada",
        name_fr: "Canada",
        region: Region::Americas,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "CC",
        name_en: "Cocos (Keeling) Islands",
        name_fr: "Îles Cocos (Keeling)",
        region: Region::Oceania,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "CD",
        name_en: "Democratic Republic of the Congo",
        name_fr: "République démocratique du Congo",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "CF",
        name_en: "Central African Republic",
        name_fr: "République centrafricaine",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "CG",
        name_en: "Congo",
        name_fr: "Congo",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "CH",
        name_en: "Switzerland",
        name_fr: "Suisse",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "CI",
        name_en: "Côte d'Ivoire",
        name_fr: "Côte d'Ivoire",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "CK",
        name_en: "Cook Islands",
        name_fr: "Îles Cook",
        region: Region::Oceania,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "CL",
        name_en: "Chile",
        name_fr: "Chili",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "CM",
        name_en: "Cameroon",
        name_fr: "Cameroun",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "CN",
        name_en: "China",
        name_fr: "Chine",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "CO",
        name_en: "Colombia",
        name_fr: "Colombie",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "CR",
        name_en: "Costa Rica",
        name_fr: "Costa Rica",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "CU",
        name_en: "Cuba",
        name_fr: "Cuba",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "CV",
        name_en: "Cabo Verde",
        name_fr: "Cabo Verde",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "CW",
        name_en: "Curaçao",
        name_fr: "Curaçao",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "CX",
        name_en: "Christmas Island",
        name_fr: "Île Christmas",
        region: Region::Oceania,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "CY",
        name_en: "Cyprus",
        name_fr: "Chypre",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "CZ",
        name_en: "Czechia",
        name_fr: "Tchéquie",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "DE",
        name_en: "Germany",
        name_fr: "Allemagne",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "DJ",
        name_en: "Djibouti",
        name_fr: "Djibouti",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "DK",
        name_en: "Denmark",
        name_fr: "Danemark",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "DM",
        name_en: "Dominica",
        name_fr: "Dominique",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "DO",
        name_en: "Dominican Republic",
        name_fr: "République dominicaine",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "DZ",
        name_en: "Algeria",
        name_fr: "Algérie",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "EC",
        name_en: "Ecuador",
        name_fr: "Équateur",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "EE",
        name_en: "Estonia",
        name_fr: "Estonie",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "EG",
        name_en: "Egypt",
        name_fr: "Égypte",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "EH",
        name_en: "Western Sahara",
        name_fr: "Sahara occidental",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "ER",
        name_en: "Eritrea",
        name_fr: "Érythrée",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "ES",
        name_en: "Spain",
        name_fr: "Espagne",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "ET",
        name_en: "Ethiopia",
        name_fr: "Éthiopie",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "FI",
        name_en: "Finland",
        name_fr: "Finlande",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "FJ",
        name_en: "Fiji",
        name_fr: "Fidji",
        region: Region::Oceania,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "FK",
        name_en: "Falkland Islands (Malvinas)",
        name_fr: "Îles Falkland (Malvinas)",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "FM",
        name_en: "Micronesia (Federated States of)",
        name_fr: "Micronésie (États fédérés de)",
        region: Region::Oceania,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "FO",
        name_en: "Faroe Islands",
        name_fr: "Îles Féroé",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "FR",
        name_en: "France",
        name_fr: "France",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "GA",
        name_en: "Gabon",
        name_fr: "Gabon",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "GB",
        name_en: "United Kingdom",
        name_fr: "Royaume-Uni",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "GD",
        name_en: "Grenada",
        name_fr: "Grenade",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "GE",
        name_en: "Georgia",
        name_fr: "Géorgie",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "GF",
        name_en: "French Guiana",
        name_fr: "Guyane française",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "GG",
        name_en: "Guernsey",
        name_fr: "Guernesey",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "GH",
        name_en: "Ghana",
        name_fr: "Ghana",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "GI",
        name_en: "Gibraltar",
        name_fr: "Gibraltar",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "GL",
        name_en: "Greenland",
        name_fr: "Groenland",
        region: Region::Americas,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "GM",
        name_en: "Gambia",
        name_fr: "Gambie",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "GN",
        name_en: "Guinea",
        name_fr: "Guinée",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "GP",
        name_en: "Guadeloupe",
        name_fr: "Guadeloupe",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "GQ",
        name_en: "Equatorial Guinea",
        name_fr: "Guinée équatoriale",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "GR",
        name_en: "Greece",
        name_fr: "Grèce",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "GS",
        name_en: "South Georgia and the South Sandwich Islands",
        name_fr: "Géorgie du Sud-et-les Îles Sandwich du Sud",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "GT",
        name_en: "Guatemala",
        name_fr: "Guatemala",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "GU",
        name_en: "Guam",
        name_fr: "Guam",
        region: Region::Oceania,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "GW",
        name_en: "Guinea-Bissau",
        name_fr: "Guinée-Bissau",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "GY",
        name_en: "Guyana",
        name_fr: "Guyana",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "HK",
        name_en: "Hong Kong, China",
        name_fr: "Hong Kong (Chine)",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "HM",
        name_en: "Heard Island and McDonald Islands",
        name_fr: "Île Heard-et-Îles MacDonald",
        region: Region::Oceania,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "HN",
        name_en: "Honduras",
        name_fr: "Honduras",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "HR",
        name_en: "Croatia",
        name_fr: "Croatie",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "HT",
        name_en: "Haiti",
        name_fr: "Haïti",
        region: Region::Americas,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "HU",
        name_en: "Hungary",
        name_fr: "Hongrie",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "ID",
        name_en: "Indonesia",
        name_fr: "Indonésie",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "IE",
        name_en: "Ireland",
        name_fr: "Irlande",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "IL",
        name_en: "Israel",
        name_fr: "Israël",
        region: Region::Asia,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "IM",
        name_en: "Isle of Man",
        name_fr: "Île de Man",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "IN",
        name_en: "India",
        name_fr: "Inde",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "IO",
        name_en: "British Indian Ocean Territory",
        name_fr: "Territoire britannique de l'océan Indien",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "IQ",
        name_en: "Iraq",
        name_fr: "Iraq",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "IR",
        name_en: "Iran",
        name_fr: "Iran",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "IS",
        name_en: "Iceland",
        name_fr: "Islande",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "IT",
        name_en: "Italy",
        name_fr: "Italie",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "JE",
        name_en: "Jersey",
        name_fr: "Jersey",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "JM",
        name_en: "Jamaica",
        name_fr: "Jamaïque",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "JO",
        name_en: "Jordan",
        name_fr: "Jordanie",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "JP",
        name_en: "Japan",
        name_fr: "Japon",
        region: Region::Asia,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "KE",
        name_en: "Kenya",
        name_fr: "Kenya",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "KG",
        name_en: "Kyrgyzstan",
        name_fr: "Kirghizistan",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "KH",
        name_en: "Cambodia",
        name_fr: "Cambodge",
        region: Region::Asia,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "KI",
        name_en: "Kiribati",
        name_fr: "Kiribati",
        region: Region::Oceania,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "KM",
        name_en: "Comoros",
        name_fr: "Comores",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "KN",
        name_en: "Saint Kitts and Nevis",
        name_fr: "Saint-Kitts-et-Nevis",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "KP",
        name_en: "Democratic People's Republic of Korea",
        name_fr: "République populaire démocratique de Corée",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "KR",
        name_en: "Republic of Korea",
        name_fr: "République de Corée",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "KW",
        name_en: "Kuwait",
        name_fr: "Koweït",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "KY",
        name_en: "Cayman Islands",
        name_fr: "Îles Caïmans",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "KZ",
        name_en: "Kazakhstan",
        name_fr: "Kazakhstan",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "LA",
        name_en: "Lao People's Democratic Republic",
        name_fr: "République démocratique populaire lao",
        region: Region::Asia,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "LB",
        name_en: "Lebanon",
        name_fr: "Liban",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "LC",
        name_en: "Saint Lucia",
        name_fr: "Sainte-Lucie",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "LI",
        name_en: "Liechtenstein",
        name_fr: "Liechtenstein",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "LK",
        name_en: "Sri Lanka",
        name_fr: "Sri Lanka",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "LR",
        name_en: "Liberia",
        name_fr: "Libéria",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "LS",
        name_en: "Lesotho",
        name_fr: "Lesotho",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "LT",
        name_en: "Lithuania",
        name_fr: "Lituanie",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "LU",
        name_en: "Luxembourg",
        name_fr: "Luxembourg",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "LV",
        name_en: "Latvia",
        name_fr: "Lettonie",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "LY",
        name_en: "Libya",
        name_fr: "Libye",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "MA",
        name_en: "Morocco",
        name_fr: "Maroc",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "MC",
        name_en: "Monaco",
        name_fr: "Monaco",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "MD",
        name_en: "Republic of Moldova",
        name_fr: "République de Moldova",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "ME",
        name_en: "Montenegro",
        name_fr: "Monténégro",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "MF",
        name_en: "Saint Martin (French part)",
        name_fr: "Saint-Martin (partie française)",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "MG",
        name_en: "Madagascar",
        name_fr: "Madagascar",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "MH",
        name_en: "Marshall Islands",
        name_fr: "Îles Marshall",
        region: Region::Oceania,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "MK",
        name_en: "North Macedonia",
        name_fr: "Macédoine du Nord",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "ML",
        name_en: "Mali",
        name_fr: "Mali",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "MM",
        name_en: "Myanmar",
        name_fr: "Myanmar",
        region: Region::Asia,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "MN",
        name_en: "Mongolia",
        name_fr: "Mongolie",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "MO",
        name_en: "Macao, China",
        name_fr: "Macao (Chine)",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "MP",
        name_en: "Northern Mariana Islands",
        name_fr: "Îles Mariannes du Nord",
        region: Region::Oceania,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "MQ",
        name_en: "Martinique",
        name_fr: "Martinique",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "MR",
        name_en: "Mauritania",
        name_fr: "Mauritanie",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "MS",
        name_en: "Montserrat",
        name_fr: "Montserrat",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "MT",
        name_en: "Malta",
        name_fr: "Malte",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "MU",
        name_en: "Mauritius",
        name_fr: "Maurice",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "MV",
        name_en: "Maldives",
        name_fr: "Maldives",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "MW",
        name_en: "Malawi",
        name_fr: "Malawi",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "MX",
        name_en: "Mexico",
        name_fr: "Mexique",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "MY",
        name_en: "Malaysia",
        name_fr: "Malaisie",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "MZ",
        name_en: "Mozambique",
        name_fr: "Mozambique",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "NA",
        name_en: "Namibia",
        name_fr: "Namibie",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "NC",
        name_en: "New Caledonia",
        name_fr: "Nouvelle-Calédonie",
        region: Region::Oceania,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "NE",
        name_en: "Niger",
        name_fr: "Niger",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "NF",
        name_en: "Norfolk Island",
        name_fr: "Île Norfolk",
        region: Region::Oceania,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "NG",
        name_en: "Nigeria",
        name_fr: "Nigéria",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "NI",
        name_en: "Nicaragua",
        name_fr: "Nicaragua",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "NL",
        name_en: "Netherlands",
        name_fr: "Pays-Bas",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "NO",
        name_en: "Norway",
        name_fr: "Norvège",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "NP",
        name_en: "Nepal",
        name_fr: "Népal",
        region: Region::Asia,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "NR",
        name_en: "Nauru",
        name_fr: "Nauru",
        region: Region::Oceania,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "NU",
        name_en: "Niue",
        name_fr: "Nioué",
        region: Region::Oceania,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "NZ",
        name_en: "New Zealand",
        name_fr: "Nouvelle-Zélande",
        region: Region::Oceania,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "OM",
        name_en: "Oman",
        name_fr: "Oman",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "PA",
        name_en: "Panama",
        name_fr: "Panama",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "PE",
        name_en: "Peru",
        name_fr: "Pérou",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "PF",
        name_en: "French Polynesia",
        name_fr: "Polynésie française",
        region: Region::Oceania,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "PG",
        name_en: "Papua New Guinea",
        name_fr: "Papouasie-Nouvelle-Guinée",
        region: Region::Oceania,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "PH",
        name_en: "Philippines",
        name_fr: "Philippines",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "PK",
        name_en: "Pakistan",
        name_fr: "Pakistan",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "PL",
        name_en: "Poland",
        name_fr: "Pologne",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "PM",
        name_en: "Saint Pierre and Miquelon",
        name_fr: "Saint-Pierre-et-Miquelon",
        region: Region::Americas,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "PN",
        name_en: "Pitcairn",
        name_fr: "Pitcairn",
        region: Region::Oceania,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "PR",
        name_en: "Puerto Rico",
        name_fr: "Porto Rico",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "PS",
        name_en: "State of Palestine",
        name_fr: "État de Palestine",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "PT",
        name_en: "Portugal",
        name_fr: "Portugal",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "PW",
        name_en: "Palau",
        name_fr: "Palaos",
        region: Region::Oceania,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "PY",
        name_en: "Paraguay",
        name_fr: "Paraguay",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "QA",
        name_en: "Qatar",
        name_fr: "Qatar",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "RE",
        name_en: "Réunion",
        name_fr: "La Réunion",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "RO",
        name_en: "Romania",
        name_fr: "Roumanie",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "RS",
        name_en: "Serbia",
        name_fr: "Serbie",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "RU",
        name_en: "Russian Federation",
        name_fr: "Fédération de Russie",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "RW",
        name_en: "Rwanda",
        name_fr: "Rwanda",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "SA",
        name_en: "Saudi Arabia",
        name_fr: "Arabie saoudite",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "SB",
        name_en: "Solomon Islands",
        name_fr: "Îles Salomon",
        region: Region::Oceania,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "SC",
        name_en: "Seychelles",
        name_fr: "Seychelles",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "SD",
        name_en: "Sudan",
        name_fr: "Soudan",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "SE",
        name_en: "Sweden",
        name_fr: "Suède",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "SG",
        name_en: "Singapore",
        name_fr: "Singapour",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "SH",
        name_en: "Saint Helena, Ascension and Tristan da Cunha",
        name_fr: "Sainte-Hélène, Ascension et Tristan da Cunha",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "SI",
        name_en: "Slovenia",
        name_fr: "Slovénie",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "SJ",
        name_en: "Svalbard and Jan Mayen",
        name_fr: "Svalbard et Jan Mayen",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "SK",
        name_en: "Slovakia",
        name_fr: "Slovaquie",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "SL",
        name_en: "Sierra Leone",
        name_fr: "Sierra Leone",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "SM",
        name_en: "San Marino",
        name_fr: "Saint-Marin",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "SN",
        name_en: "Senegal",
        name_fr: "Sénégal",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "SO",
        name_en: "Somalia",
        name_fr: "Somalie",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "SR",
        name_en: "Suriname",
        name_fr: "Suriname",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "SS",
        name_en: "South Sudan",
        name_fr: "Soudan du Sud",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "ST",
        name_en: "Sao Tome and Principe",
        name_fr: "Sao Tomé-et-Principe",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "SV",
        name_en: "El Salvador",
        name_fr: "El Salvador",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "SX",
        name_en: "Sint Maarten (Dutch part)",
        name_fr: "Saint-Martin (partie néerlandaise)",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "SY",
        name_en: "Syrian Arab Republic",
        name_fr: "République arabe syrienne",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "SZ",
        name_en: "Eswatini",
        name_fr: "Eswatini",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "TC",
        name_en: "Turks and Caicos Islands",
        name_fr: "Îles Turques-et-Caïques",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "TD",
        name_en: "Chad",
        name_fr: "Tchad",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "TF",
        name_en: "French Southern Territories",
        name_fr: "Terres australes françaises",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "TG",
        name_en: "Togo",
        name_fr: "Togo",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "TH",
        name_en: "Thailand",
        name_fr: "Thaïlande",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "TJ",
        name_en: "Tajikistan",
        name_fr: "Tadjikistan",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "TK",
        name_en: "Tokelau",
        name_fr: "Tokélaou",
        region: Region::Oceania,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "TL",
        name_en: "Timor-Leste",
        name_fr: "Timor-Leste",
        region: Region::Asia,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "TM",
        name_en: "Turkmenistan",
        name_fr: "Turkménistan",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "TN",
        name_en: "Tunisia",
        name_fr: "Tunisie",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "TO",
        name_en: "Tonga",
        name_fr: "Tonga",
        region: Region::Oceania,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "TR",
        name_en: "Türkiye",
        name_fr: "Türkiye",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "TT",
        name_en: "Trinidad and Tobago",
        name_fr: "Trinité-et-Tobago",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "TV",
        name_en: "Tuvalu",
        name_fr: "Tuvalu",
        region: Region::Oceania,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "TW",
        name_en: "Taiwan, Province of China",
        name_fr: "Taïwan (Province de Chine)",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "TZ",
        name_en: "United Republic of Tanzania",
        name_fr: "République-Unie de Tanzanie",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "UA",
        name_en: "Ukraine",
        name_fr: "Ukraine",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "UG",
        name_en: "Uganda",
        name_fr: "Ouganda",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "UM",
        name_en: "United States Minor Outlying Islands",
        name_fr: "Îles mineures éloignées des États-Unis",
        region: Region::Oceania,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "US",
        name_en: "United States",
        name_fr: "États-Unis",
        region: Region::Americas,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "UY",
        name_en: "Uruguay",
        name_fr: "Uruguay",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "UZ",
        name_en: "Uzbekistan",
        name_fr: "Ouzbékistan",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "VA",
        name_en: "Holy See",
        name_fr: "Saint-Siège",
        region: Region::Europe,
        status: DevelopmentStatus::Developed,
    },
    Country {
        code: "VC",
        name_en: "Saint Vincent and the Grenadines",
        name_fr: "Saint-Vincent-et-les Grenadines",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "VE",
        name_en: "Venezuela",
        name_fr: "Venezuela",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "VG",
        name_en: "British Virgin Islands",
        name_fr: "Îles Vierges britanniques",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "VI",
        name_en: "United States Virgin Islands",
        name_fr: "Îles Vierges des États-Unis",
        region: Region::Americas,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "VN",
        name_en: "Viet Nam",
        name_fr: "Viet Nam",
        region: Region::Asia,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "VU",
        name_en: "Vanuatu",
        name_fr: "Vanuatu",
        region: Region::Oceania,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "WF",
        name_en: "Wallis and Futuna",
        name_fr: "Wallis-et-Futuna",
        region: Region::Oceania,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "WS",
        name_en: "Samoa",
        name_fr: "Samoa",
        region: Region::Oceania,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "YE",
        name_en: "Yemen",
        name_fr: "Yémen",
        region: Region::Asia,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "YT",
        name_en: "Mayotte",
        name_fr: "Mayotte",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "ZA",
        name_en: "South Africa",
        name_fr: "Afrique du Sud",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
    Country {
        code: "ZM",
        name_en: "Zambia",
        name_fr: "Zambie",
        region: Region::Africa,
        status: DevelopmentStatus::LeastDeveloped,
    },
    Country {
        code: "ZW",
        name_en: "Zimbabwe",
        name_fr: "Zimbabwe",
        region: Region::Africa,
        status: DevelopmentStatus::Developing,
    },
];

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
            assert!(!c.name_en.is_empty() && !c.name_fr.is_empty(), "{}", c.code);
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
        assert_eq!(ch.name_en, "Switzerland");
        assert_eq!(ch.name_fr, "Suisse");
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

        assert_eq!(country("fr").unwrap().name_en, "France");
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
        assert_eq!(country("CI").unwrap().name_fr, "Côte d'Ivoire");
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
