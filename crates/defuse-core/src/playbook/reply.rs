//! The site owner's own reply templates, filled from the conversation and varied from turn
//! to turn; the stock-phrase check every reply passes; the remedy that fits a topic.

use crate::list::{list, List};
use crate::technique::Technique;
use crate::text::Search;

use super::config::{Config, ConfiguredRemedy, Remedy};
use super::topic::Topic;
use super::Reply;

/// What the templates are filled with.
pub(crate) struct Fill<'a> {
    /// The customer's name, if known.
    pub name: Option<&'a str>,
    /// The topic, if known.
    pub topic: Option<Topic>,
    /// The mirrored complaint, if one could be restated.
    pub mirrored: Option<&'a str>,
    /// Agent messages so far (recent ones), lowercased: phrases in them are not repeated.
    pub agent_said: &'a [String],
    /// Varies the wording from turn to turn (the number of messages so far).
    pub seed: usize,
}

/// Three replies from the site owner's own templates for `chosen` (which win over the
/// built-in library): the templates in a rotation that varies from turn to turn, skipping
/// ones that repeat what the agent already said while others remain.
pub(crate) fn replies(chosen: Technique, config: &Config, fill: &Fill<'_>) -> Vec<Reply> {
    let pool: &[String] = config.templates_for(chosen).unwrap_or(&[]);
    let n = pool.len();
    let mut out: Vec<Reply> = Vec::with_capacity(3);
    if n == 0 {
        return out;
    }
    let start = fill.seed + chosen as usize;
    let filled: Vec<String> = (0..n)
        .map(|k| fill_template(&pool[(start + k) % n], config, fill))
        .collect();
    let fresh = filled
        .iter()
        .filter(|text| !repeats_agent(text, fill.agent_said));
    let stale = filled
        .iter()
        .filter(|text| repeats_agent(text, fill.agent_said));
    for text in fresh.chain(stale).cycle().take(3) {
        out.push(Reply {
            technique: chosen,
            text: text.clone(),
        });
    }
    out
}

/// Whether the reply reuses a stock phrase, or a whole sentence, the agent already sent.
pub(crate) fn repeats_agent(text: &str, agent_said: &[String]) -> bool {
    if agent_said.is_empty() {
        return false;
    }
    let lower = crate::case::lowercase(text).replace_str("\u{2019}", "'");
    let stock = STOCK_PHRASES
        .iter()
        .any(|p| lower.contains_str(p) && agent_said.iter().any(|a| a.contains_str(p)));
    stock
        || crate::text::split_any(&lower, b".!?")
            .map(str::trim)
            .filter(|s| s.len() >= 20)
            .any(|s| agent_said.iter().any(|a| a.contains_str(s)))
}

/// The best configured remedy for the topic: a replacement for a lost parcel, money back
/// for a billing error, a free month for a subscription; else the first configured, which
/// may be the site owner's own.
pub(crate) fn pick_remedy(
    remedies: &[ConfiguredRemedy],
    topic: Option<Topic>,
) -> Option<&ConfiguredRemedy> {
    use Remedy as R;
    let preference: &[Remedy] = match topic {
        Some(Topic::Order | Topic::Delivery) => &[
            R::Replacement,
            R::ExpeditedShipping,
            R::Refund,
            R::Credit,
            R::Discount,
            R::PartialRefund,
        ],
        Some(Topic::Refund | Topic::Billing | Topic::Payment | Topic::Return) => &[
            R::Refund,
            R::PartialRefund,
            R::WaiveFee,
            R::Credit,
            R::Discount,
        ],
        Some(Topic::Subscription | Topic::Cancellation) => {
            &[R::FreeMonth, R::Credit, R::Discount, R::PartialRefund]
        }
        _ => &[R::Credit, R::FreeMonth, R::Discount, R::PartialRefund],
    };
    preference
        .iter()
        .find_map(|&p| remedies.iter().find(|r| r.builtin() == Some(p)))
        .or_else(|| remedies.first())
}

/// Marks a placeholder with no value, so the tidy pass can drop it with its comma.
const MISSING: &str = "\u{1}";

/// Fills a template's placeholders and tidies what a missing value leaves behind.
pub(crate) fn fill_template(template: &str, config: &Config, fill: &Fill<'_>) -> String {
    let topic = fill.topic.map_or("this", Topic::phrase);
    let fallback;
    let complaint = match fill.mirrored {
        Some(m) => m,
        None => {
            fallback = match fill.topic {
                Some(t) => crate::text::concat(&["there's been trouble with ", t.phrase()]),
                None => "this has gone wrong for you".to_string(),
            };
            &fallback
        }
    };
    let follow_up = config.follow_up_phrase();
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = crate::text::find_byte(rest, b'{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = crate::text::find_byte(after, b'}') else {
            out.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let value: &str = match &after[..close] {
            "name" => fill.name.unwrap_or(MISSING),
            "topic" => topic,
            "complaint" => complaint,
            "follow_up" => &follow_up,
            "brand" => config.brand.as_deref().unwrap_or("us"),
            "agent" => config.agent_name.as_deref().unwrap_or(MISSING),
            "remedy" => pick_remedy(&config.remedies, fill.topic).map_or(MISSING, |r| r.offer()),
            other => other,
        };
        out.push_str(value);
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    tidy(&out)
}

/// Drops missing values with their comma, and capitalises sentence starts.
fn tidy(text: &str) -> String {
    // `\u{1}` is MISSING.
    let mut s = text
        .replace_str(", \u{1}", "")
        .replace_str(" \u{1},", ",")
        .replace_str("\u{1}, ", "")
        .replace_str(" \u{1}", "")
        .replace_str(MISSING, "");
    s = s.replace_str(" ,", ",").replace_str(",,", ",");
    capitalise_sentences(&s)
}

/// The text with the first letter of each sentence in uppercase (after an opening quote
/// too: '"thanks" is ...' reads '"Thanks" is ...').
pub(crate) fn capitalise_sentences(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut capitalise = true;
    for c in s.chars() {
        if capitalise && crate::text::is_letter(c) {
            out.push(crate::case::upper(c));
            capitalise = false;
            continue;
        }
        if capitalise && !c.is_whitespace() && c != '"' {
            capitalise = false;
        }
        if matches!(c, '.' | '!' | '?') {
            capitalise = true;
        }
        out.push(c);
    }
    out
}

/// Stock phrases a customer notices when the agent already used them. Only phrases the
/// library's own lines contain: a reply can repeat no other (the commoner ones, "sorry for
/// the inconvenience", "appreciate your patience", are in no line we write).
pub(crate) const STOCK_PHRASES: List = list![
    "i can see why",
    "i get it",
    "sorry to keep you waiting",
    "thanks for waiting",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_start_with_a_capital_even_after_an_opening_quote() {
        assert_eq!(
            capitalise_sentences("hi. \"thanks\" is kind! ok? 'x"),
            "Hi. \"Thanks\" is kind! Ok? 'x"
        );
    }

    fn fill<'a>(name: Option<&'a str>, mirrored: Option<&'a str>) -> Fill<'a> {
        Fill {
            name,
            topic: Some(Topic::Order),
            mirrored,
            agent_said: &[],
            seed: 0,
        }
    }

    #[test]
    fn missing_name_takes_its_comma_with_it() {
        let c = Config::default();
        let t = "{name}, I'm sorry {complaint}. Thanks, {name}.";
        assert_eq!(
            fill_template(t, &c, &fill(None, None)),
            "I'm sorry there's been trouble with your order. Thanks."
        );
        assert_eq!(
            fill_template(t, &c, &fill(Some("Dana"), Some("your order never arrived"))),
            "Dana, I'm sorry your order never arrived. Thanks, Dana."
        );
    }

    #[test]
    fn a_greeting_keeps_its_comma_without_a_name() {
        let c = Config::default();
        let t = "Hi {name}, thanks for waiting. Go ahead, {name}, I'm here.";
        assert_eq!(
            fill_template(t, &c, &fill(None, None)),
            "Hi, thanks for waiting. Go ahead, I'm here."
        );
        assert_eq!(
            fill_template(t, &c, &fill(Some("Dana"), None)),
            "Hi Dana, thanks for waiting. Go ahead, Dana, I'm here."
        );
    }

    #[test]
    fn sentences_start_with_a_capital() {
        let c = Config::default();
        let t = "Sorry, {name}. {complaint}, and that's on us.";
        assert_eq!(
            fill_template(t, &c, &fill(None, Some("your parcel is late"))),
            "Sorry. Your parcel is late, and that's on us."
        );
    }

    #[test]
    fn remedy_fits_the_topic() {
        let all = [Remedy::Refund, Remedy::Replacement, Remedy::FreeMonth].map(Into::into);
        let pick = |topic| pick_remedy(&all, Some(topic)).and_then(ConfiguredRemedy::builtin);
        assert_eq!(pick(Topic::Delivery), Some(Remedy::Replacement));
        assert_eq!(pick(Topic::Billing), Some(Remedy::Refund));
        assert_eq!(pick(Topic::Subscription), Some(Remedy::FreeMonth));
        assert_eq!(pick_remedy(&[], Some(Topic::Billing)), None);
    }
}
