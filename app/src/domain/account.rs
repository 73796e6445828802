//! Stakeholder identity: groups, capacity, roles, and what the browser may know of an account.

use serde::{Deserialize, Serialize};

/// The multistakeholder groups: the WGIG named the first three, IGF practice adds the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StakeholderGroup {
    Government,
    PrivateSector,
    CivilSociety,
    AcademicTechnical,
    Intergovernmental,
}

impl StakeholderGroup {
    pub const ALL: [Self; 5] = [
        Self::Government,
        Self::PrivateSector,
        Self::CivilSociety,
        Self::AcademicTechnical,
        Self::Intergovernmental,
    ];

    /// The stable code stored in the database and used in forms and URLs.
    pub fn code(self) -> &'static str {
        match self {
            Self::Government => "government",
            Self::PrivateSector => "private_sector",
            Self::CivilSociety => "civil_society",
            Self::AcademicTechnical => "academic_technical",
            Self::Intergovernmental => "intergovernmental",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|g| g.code() == code)
    }
}

/// Whether a person speaks for themselves or on behalf of their organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Capacity {
    Personal,
    Organisation,
}

impl Capacity {
    pub const ALL: [Self; 2] = [Self::Personal, Self::Organisation];

    pub fn code(self) -> &'static str {
        match self {
            Self::Personal => "personal",
            Self::Organisation => "organisation",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// What an account may do; each role may do all that the roles before it may.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Stakeholder,
    Secretariat,
    Admin,
}

impl Role {
    pub const ALL: [Self; 3] = [Self::Stakeholder, Self::Secretariat, Self::Admin];

    pub fn code(self) -> &'static str {
        match self {
            Self::Stakeholder => "stakeholder",
            Self::Secretariat => "secretariat",
            Self::Admin => "admin",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }

    /// Whether this role includes everything `needed` may do.
    pub fn includes(self, needed: Role) -> bool {
        self >= needed
    }
}

/// The signed-in person as the pages see them: never a hash, never a session token.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Viewer {
    pub id: i64,
    pub display_name: String,
    pub role: Role,
}

/// A person's own profile, for the profile page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub email: String,
    pub display_name: String,
    pub stakeholder_group: StakeholderGroup,
    pub country: String,
    pub organisation: Option<String>,
    pub capacity: Capacity,
    pub role: Role,
    /// Whether its owner confirmed the e-mail address.
    #[serde(default)]
    pub verified: bool,
    /// The notices chosen: decisions and answers; new versions.
    #[serde(default)]
    pub notify_outcomes: bool,
    #[serde(default)]
    pub notify_versions: bool,
}

/// What following a link of a verification message did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum VerifyOutcome {
    /// The account's address is verified.
    Verified,
    /// The account now uses the new address the link was sent to.
    AddressChanged,
    /// The link is expired, used or unknown.
    Invalid,
}

/// What the registration form sends, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationForm {
    pub email: String,
    pub password: String,
    pub display_name: String,
    pub stakeholder_group: String,
    pub country: String,
    pub organisation: String,
    pub capacity: String,
}

impl RegistrationForm {
    /// The profile fields of this registration, as typed.
    pub fn profile(&self) -> ProfileForm {
        ProfileForm {
            display_name: self.display_name.clone(),
            stakeholder_group: self.stakeholder_group.clone(),
            country: self.country.clone(),
            organisation: self.organisation.clone(),
            capacity: self.capacity.clone(),
        }
    }
}

/// What the profile form sends, as typed; the e-mail and password are not changed here.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileForm {
    pub display_name: String,
    pub stakeholder_group: String,
    pub country: String,
    pub organisation: String,
    pub capacity: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for g in StakeholderGroup::ALL {
            assert_eq!(StakeholderGroup::from_code(g.code()), Some(g));
        }
        for c in Capacity::ALL {
            assert_eq!(Capacity::from_code(c.code()), Some(c));
        }
        for r in Role::ALL {
            assert_eq!(Role::from_code(r.code()), Some(r));
        }
        assert_eq!(StakeholderGroup::from_code("press"), None);
    }

    #[test]
    fn roles_include_the_roles_below_them() {
        assert!(Role::Admin.includes(Role::Secretariat));
        assert!(Role::Secretariat.includes(Role::Stakeholder));
        assert!(!Role::Stakeholder.includes(Role::Secretariat));
        assert!(!Role::Secretariat.includes(Role::Admin));
    }
}
