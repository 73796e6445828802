//! The enumerations stored as their stable codes in text columns (status, consent,
//! stakeholder group, capacity, role, region, kinds, reasons and fates). Entities hold the Rust
//! enum; the code is written and read here, once, and a code the program does not know
//! is a database error, not a silent fallback.
//!
//! Text columns rather than database enum types: both engines store them alike, a new
//! value needs no `ALTER TYPE`, and the codes are the ones forms and URLs already use.

use crate::domain::comment::{CommentStatus, Consent};
use crate::domain::contributions::FileKind;
use crate::domain::countries::Region;
use crate::domain::desk::{DispositionKind, FlagReason};
use crate::domain::versions::Fate;
use crate::domain::{
    BlockKind, Capacity, ConsultationStatus, IssueCluster, Role, StakeholderGroup,
};
use sea_orm::sea_query::{ArrayType, ColumnType, Nullable, StringLen, ValueType, ValueTypeErr};
use sea_orm::{ColIdx, DbErr, QueryResult, TryGetError, TryGetable, Value};

macro_rules! stored_as_code {
    ($($kind:ty),+ $(,)?) => {$(
        impl From<$kind> for Value {
            fn from(value: $kind) -> Self {
                Value::from(value.code())
            }
        }

        impl TryGetable for $kind {
            fn try_get_by<I: ColIdx>(res: &QueryResult, index: I) -> Result<Self, TryGetError> {
                let code = String::try_get_by(res, index)?;
                <$kind>::from_code(&code).ok_or_else(|| {
                    TryGetError::DbErr(DbErr::Type(format!(
                        "unknown {} code {code:?}",
                        stringify!($kind)
                    )))
                })
            }
        }

        impl ValueType for $kind {
            fn try_from(value: Value) -> Result<Self, ValueTypeErr> {
                let code = <String as ValueType>::try_from(value)?;
                <$kind>::from_code(&code).ok_or(ValueTypeErr)
            }

            fn type_name() -> String {
                stringify!($kind).to_owned()
            }

            fn array_type() -> ArrayType {
                ArrayType::String
            }

            fn column_type() -> ColumnType {
                ColumnType::String(StringLen::None)
            }
        }

        impl Nullable for $kind {
            fn null() -> Value {
                <String as Nullable>::null()
            }
        }
    )+};
}

stored_as_code!(
    BlockKind,
    Capacity,
    CommentStatus,
    Consent,
    ConsultationStatus,
    DispositionKind,
    Fate,
    FileKind,
    FlagReason,
    IssueCluster,
    Region,
    Role,
    StakeholderGroup,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_goes_in_and_comes_back_as_the_same_value() {
        for status in CommentStatus::ALL {
            let value: Value = status.into();
            assert_eq!(value, Value::from(status.code()));
            assert_eq!(
                <CommentStatus as ValueType>::try_from(value).ok(),
                Some(status)
            );
        }
        assert!(<Consent as ValueType>::try_from(Value::from("everything")).is_err());
    }
}
