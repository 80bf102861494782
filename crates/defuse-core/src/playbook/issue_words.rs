//! The issue-type keyword model, fitted by `defuse fit-issues` (not fitted yet: every class
//! has no evidence, so the phrase rules decide alone).

use super::situation::IssueType;

/// The classes the model tells apart, by index.
pub(crate) const CLASSES: [IssueType; 7] = [
    IssueType::AccountAccess,
    IssueType::Billing,
    IssueType::RefundStatus,
    IssueType::DeliveryLate,
    IssueType::Cancellation,
    IssueType::HowTo,
    IssueType::Other,
];

/// Per-class bias, in logits.
pub(crate) const BIAS: [f32; 7] = [0.0; 7];

/// (word, class index, weight in sixteenths of a logit), sorted by word.
pub(crate) const WORDS: &[(&str, u8, i8)] = &[];
