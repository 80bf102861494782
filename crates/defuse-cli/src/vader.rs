//! The VADER baseline, mapped onto each task's labels from its compound score with VADER's
//! own thresholds (compound <= -0.05 negative, >= 0.05 positive, else neutral):
//!
//! - sentiment: negative / neutral / positive as above;
//! - offensive: negative means offensive, anything else not;
//! - emotion: negative means anger, anything else joy. VADER has no emotions, so it never
//!   says optimism or sadness; anger-vs-rest is the figure it can be judged on.

use vader_sentiment::SentimentIntensityAnalyzer;

use crate::dataset::Task;

/// VADER's standard neutral band around 0 on the compound score.
const THRESHOLD: f64 = 0.05;

/// VADER's compound score of `text`, -1..=1.
pub fn compound(analyzer: &SentimentIntensityAnalyzer<'_>, text: &str) -> f64 {
    analyzer
        .polarity_scores(text)
        .get("compound")
        .copied()
        .unwrap_or(0.0)
}

/// The label id VADER's compound score maps to for `task` (see the module docs).
pub fn label(task: Task, compound: f64) -> usize {
    let negative = compound <= -THRESHOLD;
    let positive = compound >= THRESHOLD;
    match task {
        Task::Sentiment if negative => 0,
        Task::Sentiment if positive => 2,
        Task::Sentiment => 1,
        Task::Offensive => usize::from(negative),
        Task::Emotion if negative => 0,
        Task::Emotion => 1,
    }
}
