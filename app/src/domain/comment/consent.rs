//! How an author agreed to be shown, and the attribution a reader sees as a result.

use crate::domain::StakeholderGroup;
use crate::domain::countries::Region;
use serde::{Deserialize, Serialize};

/// How the author agreed to be shown with a published comment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Consent {
    NameAndOrganisation,
    OrganisationOnly,
    /// Shown as stakeholder group and country only.
    Anonymous,
}

impl Consent {
    pub const ALL: [Self; 3] = [
        Self::NameAndOrganisation,
        Self::OrganisationOnly,
        Self::Anonymous,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::NameAndOrganisation => "name_and_organisation",
            Self::OrganisationOnly => "organisation_only",
            Self::Anonymous => "anonymous",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// Who a reader is told wrote a comment: only what its author consented to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    pub name: Option<String>,
    pub organisation: Option<String>,
    pub group: StakeholderGroup,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub region: Option<Region>,
}

impl Attribution {
    /// Applies the consent to the author snapshot: the one place names are withheld.
    pub fn as_consented(
        consent: Consent,
        name: &str,
        organisation: Option<&str>,
        group: StakeholderGroup,
        country: &str,
    ) -> Self {
        let (name, organisation) = match consent {
            Consent::NameAndOrganisation => {
                (Some(name.to_owned()), organisation.map(str::to_owned))
            }
            Consent::OrganisationOnly => (None, organisation.map(str::to_owned)),
            Consent::Anonymous => (None, None),
        };
        Self {
            name,
            organisation,
            group,
            country: country.to_owned(),
            region: crate::domain::countries::country(country).map(|c| c.region),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consent_decides_what_a_reader_is_told() {
        let of = |consent| {
            Attribution::as_consented(
                consent,
                "Ana Souza",
                Some("Instituto Nupef"),
                StakeholderGroup::CivilSociety,
                "BR",
            )
        };
        let full = of(Consent::NameAndOrganisation);
        assert_eq!(full.name.as_deref(), Some("Ana Souza"));
        assert_eq!(full.organisation.as_deref(), Some("Instituto Nupef"));
        assert_eq!(full.region, Some(Region::Americas));
        let org = of(Consent::OrganisationOnly);
        assert_eq!(org.name, None);
        assert_eq!(org.organisation.as_deref(), Some("Instituto Nupef"));
        let anonymous = of(Consent::Anonymous);
        assert_eq!(anonymous.name, None);
        assert_eq!(anonymous.organisation, None);
        assert_eq!(anonymous.group, StakeholderGroup::CivilSociety);
        assert_eq!(anonymous.country, "BR");
    }
}
