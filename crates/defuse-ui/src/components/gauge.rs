//! The escalation gauge: level, band, trend arrow, as an accessible meter.

use defuse_core::Trend;
use yew::prelude::*;

use super::{class_list, StateContext};
use crate::state::band_class;

/// The arrow and the word for a trend.
pub(crate) fn trend_mark(trend: Trend) -> (&'static str, &'static str) {
    match trend {
        Trend::Rising => ("↑", "rising"),
        Trend::Steady => ("→", "steady"),
        Trend::Falling => ("↓", "falling"),
    }
}

/// Level 0-100 with its band's name and colour and which way it is moving.
pub(crate) fn gauge(state: &StateContext) -> Html {
    let s = &state.snapshot.state;
    let band = s.band.label();
    let (arrow, trend) = trend_mark(s.trend);
    html! {
        <section ~className={class_list("defuse-gauge", &[Some(band_class(s.band))])}
            data-testid="defuse-gauge" role="meter" aria-label="Escalation"
            aria-valuemin="0" aria-valuemax="100" aria-valuenow={s.level.to_string()}
            aria-valuetext={format!("{}, {band}, {trend}", s.level)}>
            <div class="defuse-gauge-row">
                <span class="defuse-level" data-testid="defuse-level">{ s.level }</span>
                <span class="defuse-band" data-testid="defuse-band">{ band }</span>
                <span class="defuse-trend-mark" title={trend}>{ arrow }</span>
            </div>
            // SVG geometry attributes, not inline styles: allowed under a strict CSP.
            <svg class="defuse-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
                <rect class="defuse-bar-track" x="0" y="0" width="100" height="6" rx="3" />
                <rect class="defuse-bar-fill" x="0" y="0" width={s.level.min(100).to_string()} height="6" rx="3" />
            </svg>
        </section>
    }
}
