//! Rule-based detection of emotions, escalation cues and modifiers, each with its span.
//!
//! The pipeline, in order:
//! 1. `lexemes`: tokens, with obfuscated profanity (`f*ck`, `sh1t`) glued back into words;
//! 2. `pattern`: the multi-word phrases of `lexicon::phrases` (threats, demands, abuse,
//!    sarcasm, repetition...), matched over lexemes, never by scanning the text per phrase;
//! 3. single words from the lexicon, skipping those a phrase already explained;
//! 4. `shape`: shouting, `!!!`/`???` and emoji; `elapsed`: "three weeks", "since Monday";
//! 5. `modifiers`: intensifiers, negation, apologies and contrast reweigh what was found.
//!
//! Everything works on lexeme indices until the end, where hits become [`Signal`]s with
//! [`Span`]s; hits of one kind that overlap are merged so the sidebar names each once.

mod elapsed;
mod lexemes;
mod modifiers;
mod pattern;
mod shape;

use crate::lexicon::{self, Sense};
use crate::signal::{Signal, SignalKind};
use crate::span::Span;
use crate::text::{is_one_of, Token, TokenKind};
use lexemes::Lexeme;

/// One finding, over lexemes `start..end`, before it becomes a [`Signal`].
#[derive(Debug, Clone, Copy, PartialEq)]
struct Hit {
    kind: SignalKind,
    start: usize,
    end: usize,
    weight: f32,
    origin: Origin,
}

/// Where a hit came from: modifiers treat single lexicon words differently from phrases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Origin {
    /// One lexicon word; negation and intensifiers apply.
    Word,
    /// A word that is only negative when negated ("arrived"); removed unless negated.
    Expectation,
    /// A phrase rule, a shape rule, or a modifier.
    Rule,
}

/// Finds every signal in `text` (already split into `tokens`), in text order, and whether
/// the message asks for a cancellation rather than threatening one (see [`compose`]).
pub(crate) fn detect(text: &str, tokens: &[Token<'_>]) -> (Vec<Signal>, bool) {
    let lex = lexemes::build(tokens);
    // Room for a busy message's hits, so the list is not regrown while the rules run.
    let mut hits = Vec::with_capacity(16 + lex.len() / 2);
    pattern::find(&lex, &mut hits);
    words(&lex, &mut hits);
    shape::shouting(&lex, &mut hits);
    shape::exclamation(&lex, &mut hits);
    shape::emoji(&lex, &mut hits);
    elapsed::find(&lex, &mut hits);
    modifiers::apply(&lex, &mut hits);
    let asked = compose(&lex, &mut hits);
    (finish(text, &lex, hits), asked)
}

/// Whether word-level emotion and sentiment inside a phrase of this kind is already
/// explained by the phrase ("thanks" in "thanks for nothing", "bad" in "bad review").
fn consumes(kind: SignalKind) -> bool {
    !matches!(
        kind,
        SignalKind::Repetition | SignalKind::Profanity | SignalKind::ElapsedTime
    )
}

/// Whether a kind is an emotion or plain sentiment, the kinds phrases consume and
/// modifiers reweigh.
fn is_affect(kind: SignalKind) -> bool {
    matches!(
        kind,
        SignalKind::Anger
            | SignalKind::Frustration
            | SignalKind::Anxiety
            | SignalKind::Disappointment
            | SignalKind::Gratitude
            | SignalKind::Positive
            | SignalKind::Negative
    )
}

/// Single lexicon words. `hits` holds the phrase hits so far.
fn words(lex: &[Lexeme<'_>], hits: &mut Vec<Hit>) {
    let phrases = hits.len();
    // Whether lexeme `i` lies inside a phrase that explains its words (few phrases match a
    // message, so asking them beats a per-lexeme table). A phrase of weight 0 only names
    // what it saw ("nobody has replied": aggrieved, tense on arrival); its words still count.
    let consumed = |hits: &[Hit], i: usize| {
        hits[..phrases]
            .iter()
            .any(|h| consumes(h.kind) && h.weight != 0.0 && h.start <= i && i < h.end)
    };
    for (i, l) in lex.iter().enumerate() {
        if l.kind != TokenKind::Word {
            continue;
        }
        let Some(sense) = lexicon::sense_of(&l.norm, l.entry) else {
            continue;
        };
        let prev = i.checked_sub(1).map(|p| &*lex[p].norm);
        let next = lex.get(i + 1).map(|n| &*n.norm);
        match sense {
            Sense::Signal(kind, weight) => {
                // "again" inside "never again" is part of the threat, not repetition.
                if (is_affect(kind) || kind == SignalKind::Repetition) && consumed(hits, i) {
                    continue;
                }
                if !word_applies(lex, i, prev, next) {
                    continue;
                }
                hits.push(Hit {
                    kind,
                    start: i,
                    end: i + 1,
                    weight,
                    origin: Origin::Word,
                });
            }
            Sense::Expectation => {
                if !consumed(hits, i) {
                    hits.push(Hit {
                        kind: SignalKind::Negative,
                        start: i,
                        end: i + 1,
                        weight: 0.0,
                        origin: Origin::Expectation,
                    });
                }
            }
        }
    }
}

/// Guards for the few lexicon words whose everyday uses are harmless.
fn word_applies(lex: &[Lexeme<'_>], i: usize, prev: Option<&str>, next: Option<&str>) -> bool {
    let norm = &*lex[i].norm;
    match norm {
        // "thanks again", "try again", "see you again" are not repetition.
        // "thanks again", "try again", "see you again" are not repetition; nor is a fault
        // that came back ("internet down again", "crashed again"): that is the fault
        // repeating, not the customer.
        "again" => {
            !prev.is_some_and(|p| {
                is_one_of(
                    p,
                    "thanks thank you try trying see back thx works working worked up online",
                )
            }) && !recurring_fault(lex, i)
        }
        // "a disputed payment" asks about a dispute; "I disputed it" is one.
        "disputed" => !prev.is_some_and(|p| is_one_of(p, "a the this that any my")),
        // "hell yeah" is delight, not swearing at anyone; a Bloody Mary is a drink.
        "hell" => !next.is_some_and(|n| is_one_of(n, "yeah yes yea")),
        "bloody" => next != Some("mary"),
        // "Sue from billing" is a name; "I will sue" is not.
        "sue" => {
            let capitalised = lex[i].text.starts_with('S') && !lex[i].shouted;
            !capitalised || lexemes::sentence_start(lex, i)
        }
        // "what kind of", "kind regards" are not praise.
        "kind" => !next.is_some_and(|n| is_one_of(n, "of regards")) && prev != Some("what"),
        _ => true,
    }
}

/// Whether "again" at lexeme `i` follows a fault in its clause ("down", "crashed", "wrong
/// size") or a refusal ("I won't be getting that again"), within five words, rather than
/// something the customer did over.
fn recurring_fault(lex: &[Lexeme<'_>], i: usize) -> bool {
    lex[i.saturating_sub(5)..i]
        .iter()
        .rev()
        .take_while(|l| l.kind == TokenKind::Word)
        .any(|l| {
            is_one_of(
                &l.norm,
                "down offline estimated frozen dropped not never won't wont",
            ) || matches!(
                lexicon::sense_of(&l.norm, l.entry),
                Some(Sense::Signal(SignalKind::Negative, _))
            )
        })
}

/// Combinations that mean more than their parts. Returns whether a cancellation was asked
/// for (a request, not a threat) or the customer says they will not come back to a place.
fn compose(lex: &[Lexeme<'_>], hits: &mut Vec<Hit>) -> bool {
    // "I want to cancel my subscription" asks for something; "This is ridiculous, I want to
    // cancel" and "I want to cancel unless this is sorted" threaten to leave. A cancellation
    // asked for (want, would like or need to) is a threat only beside anger, frustration,
    // hostility or an accusation, or on a condition ("unless").
    let upset = hits.iter().any(|h| {
        h.weight > 0.0
            && h.kind != SignalKind::ThreatCancel
            && (h.kind.is_hostile()
                || matches!(
                    h.kind,
                    SignalKind::Frustration | SignalKind::Disappointment | SignalKind::Accusation
                ))
    });
    // Asked for politely or for a date, it is a request whatever else the message says
    // ("Please cancel my subscription at the end of this billing period", "Could you close
    // my account?"; the playbook reads the request from the words); a bare "Cancel my
    // account." and statements of intent ("I'm cancelling") stay threats.
    let calm = !upset && !lex.iter().any(|l| &*l.norm == "unless");
    let asks = |k: usize| is_one_of(&lex[k].norm, "want wanna like need");
    let mut asked = false;
    hits.retain(|h| {
        let (i, end) = (h.start, h.end);
        let request = h.kind == SignalKind::ThreatCancel
            && (calm && (asks(i) || i > 1 && &*lex[i - 1].norm == "to" && asks(i - 2))
                || (lex[i].norm.starts_with("cancel")
                    || is_one_of(&lex[i].norm, "close delete terminate"))
                    && lex[i.saturating_sub(2)..lex.len().min(end + 4)]
                        .iter()
                        .any(|l| {
                            is_one_of(
                                &l.norm,
                                "please kindly could can would end renewal before from next",
                            )
                        }));
        asked |= request;
        !request
    });
    // "We'll never go again", "I will never come again": not coming back to a meal out or a
    // visit is leaving over a fault too (the head reads "never ... again" as anger).
    asked |= hits.iter().any(|h| {
        h.kind == SignalKind::ThreatCancel
            && lex[h.start..h.end].iter().any(|l| {
                is_one_of(
                    &l.norm,
                    "come coming go going return returning visit eat dine stay",
                )
            })
    });
    // "I love how ..." is sarcastic when the message complains; "I love how easy it was"
    // is praise. Keep it only next to some complaint.
    let complains = hits.iter().any(|h| {
        matches!(
            h.kind,
            SignalKind::Negative
                | SignalKind::Frustration
                | SignalKind::Anger
                | SignalKind::Disappointment
                | SignalKind::Repetition
                | SignalKind::ElapsedTime
                | SignalKind::Negation
                | SignalKind::Exclamation
                | SignalKind::EmojiNegative
        )
    });
    if !complains {
        hits.retain(|h| {
            // "Love when you cancel my flight" (a stronger rule) needs no other complaint.
            let loving = h.weight < 0.6 && is_one_of(&lex[h.start].norm, "love loving loved adore");
            !(h.kind == SignalKind::Sarcasm && loving)
        });
    }
    // Repeating oneself while shouting or with !!! is frustration, even with no
    // frustration word ("This is the THIRD time I'm asking!!!").
    let loud = hits
        .iter()
        .any(|h| matches!(h.kind, SignalKind::Exclamation | SignalKind::Shouting));
    let has_emotion = hits
        .iter()
        .any(|h| matches!(h.kind, SignalKind::Frustration | SignalKind::Anger));
    if loud && !has_emotion {
        if let Some(rep) = hits.iter().find(|h| h.kind == SignalKind::Repetition) {
            let (start, end) = (rep.start, rep.end);
            hits.push(Hit {
                kind: SignalKind::Frustration,
                start,
                end,
                weight: 0.4,
                origin: Origin::Rule,
            });
        }
    }
    thanks_for_a_fault(lex, hits);
    praise_beside_a_failure(lex, hits);
    praise_only(hits);
    asked
}

/// Praise beside a failure it does not set against is sarcasm, not praise: "Great job,
/// waited 2 hours on the phone and then got hung up on. Amazing service." Its words must not
/// cool the level nor read as thanks to close on; the failure beside them sets the level. A
/// "but" ("waited an hour but the agent was great"), a fix ("sorted it in minutes,
/// brilliant") keep the praise; a span of time alone ("a customer for 10 years, great
/// service") is no failure, a wait is; a failure is told in words ("never arrived", "hung up
/// on"), not read from one sore word.
fn praise_beside_a_failure(lex: &[Lexeme<'_>], hits: &mut Vec<Hit>) {
    let waited = lex
        .iter()
        .any(|l| is_one_of(&l.norm, "hold waited waiting queue"));
    // A failure told, not a feeling or a bad word: a sore word alone ("the show broke
    // records, great analysis"; "love Paul so much #pissed") leaves the praise as it is.
    let failure = hits.iter().any(|h| {
        h.weight > 0.0
            && match h.kind {
                SignalKind::Frustration | SignalKind::Dissatisfaction => true,
                SignalKind::Negative => h.end - h.start >= 2,
                SignalKind::ElapsedTime => waited,
                _ => false,
            }
    });
    let set_against = hits.iter().any(|h| h.kind == SignalKind::Contrast)
        || lex.iter().any(|l| {
            is_one_of(
                &l.norm,
                "fixed sorted solved resolved helped helpful replaced refunded quick quickly fast",
            )
        });
    if failure && !set_against {
        hits.retain(|h| !(h.kind == SignalKind::Positive && h.weight <= -0.3));
    }
}

/// Praise (a word of "good" strength or more, or thanks) with no complaint in it is not
/// escalation, however loudly it is said: its capitals and `!!!` are delight ("EXCELLENT
/// SERVICE!!!!"), and the words a threat or a repeat is read from are something else ("I
/// still tell people how awesome the duck was", "the crowds of jurors and lawyers, and the
/// staff were so nice", "I'll be ordering again and again"). Drops those cues when the
/// message praises and nothing in it complains, not even a "but".
fn praise_only(hits: &mut Vec<Hit>) {
    let praises = hits.iter().any(|h| {
        h.weight <= -0.3
            && matches!(
                h.kind,
                SignalKind::Positive | SignalKind::Gratitude | SignalKind::EmojiPositive
            )
    });
    let complains = hits.iter().any(|h| {
        h.weight > 0.0
            && matches!(
                h.kind,
                SignalKind::Negative
                    | SignalKind::Frustration
                    | SignalKind::Anger
                    | SignalKind::Anxiety
                    | SignalKind::Disappointment
                    | SignalKind::ElapsedTime
                    | SignalKind::Sarcasm
                    | SignalKind::Accusation
                    | SignalKind::Dissatisfaction
                    | SignalKind::Profanity
                    | SignalKind::AbuseAtAgent
                    | SignalKind::Demand
                    | SignalKind::EmojiNegative
            )
            // "LOVE my bread machine but the paddles won't stay on": praise, then the fault.
            || h.kind == SignalKind::Contrast
    });
    if praises && !complains {
        hits.retain(|h| {
            !matches!(
                h.kind,
                SignalKind::ThreatCancel
                    | SignalKind::ThreatLegal
                    | SignalKind::ThreatPublic
                    | SignalKind::Repetition
                    | SignalKind::Shouting
                    | SignalKind::Exclamation
            )
        });
    }
}

/// Thanks for a fault is sarcasm, the complaint it names: "thanks for ruining my morning",
/// "thx for sending me a ripped dress", "thank you for not delivering". "Thanks for fixing
/// it" and "thanks for the reply. Is it a known issue?" stay thanks.
fn thanks_for_a_fault(lex: &[Lexeme<'_>], hits: &mut [Hit]) {
    // Where the complaint's words start.
    let faults: Vec<usize> = hits
        .iter()
        .filter(|h| {
            matches!(
                h.kind,
                SignalKind::Negative
                    | SignalKind::Frustration
                    | SignalKind::Anger
                    | SignalKind::Disappointment
                    | SignalKind::ElapsedTime
                    | SignalKind::Accusation
            )
        })
        .map(|h| h.start)
        .collect();
    // "It worked for a while, then it broke" reports a fault; only thanks can be sarcastic.
    for h in hits.iter_mut().filter(|h| {
        h.kind == SignalKind::Gratitude && !is_one_of(&lex[h.start].norm, "it that this")
    }) {
        // Past the thanks: "you", "so much", the handles thanked, one name ("thanks Subaru").
        let mut k = h.end;
        while lex.get(k).is_some_and(|l| {
            l.kind == TokenKind::Mention
                || is_one_of(&l.norm, "you u so very much")
                || k == h.end && l.text.starts_with(|c: char| c.is_ascii_uppercase())
        }) {
            k += 1;
        }
        if lex.get(k).is_none_or(|l| &*l.norm != "for") {
            continue;
        }
        // The clause thanked for, to the next punctuation: a fault in it, no fix.
        let end = (k + 1..lex.len())
            .find(|&j| lex[j].kind == TokenKind::Punct && &*lex[j].norm != "&")
            .unwrap_or(lex.len());
        let clause = &lex[k + 1..end];
        let words = |set| clause.iter().any(|l| is_one_of(&l.norm, set));
        let sarcastic = (faults.iter().any(|&at| at > k && at < end)
            || words("ruining ignoring canceling cancelling charging not wrong ripped expired broken damaged cutting losing delaying breaking"))
            && !words("help fixing resolving resolution sorting replacing getting good quick speedy");
        if sarcastic {
            h.kind = SignalKind::Sarcasm;
            h.weight = 0.6;
        }
    }
}

/// Hits to signals: overlapping hits of one kind merge (widest span, strongest weight),
/// weights are clamped, and the list is sorted by where it starts.
fn finish(text: &str, lex: &[Lexeme<'_>], mut hits: Vec<Hit>) -> Vec<Signal> {
    hits.retain(|h| h.origin != Origin::Expectation && h.start < h.end && h.end <= lex.len());
    // One sort, by (start, end, kind); lexeme indices are capped at 2^28, far beyond any
    // chat message. Then a hit can only overlap the latest kept hit of its own kind: kept
    // hits of one kind never overlap each other, and starts only grow.
    let idx = |i: usize| (i as u64).min((1 << 28) - 1);
    crate::order::sort_by_key(&mut hits, |h| {
        (idx(h.start) << 36) | (idx(h.end) << 8) | h.kind as u64
    });
    // Merged in place: kept hits are compacted to the front of `hits`.
    let mut kept = 0;
    let mut latest: [Option<usize>; SignalKind::ALL.len()] = [None; SignalKind::ALL.len()];
    for k in 0..hits.len() {
        let hit = hits[k];
        let slot = &mut latest[hit.kind as usize];
        match slot.map(|i| &mut hits[i]) {
            Some(last) if hit.start < last.end => {
                last.end = last.end.max(hit.end);
                if hit.weight.abs() > last.weight.abs() {
                    last.weight = hit.weight;
                }
            }
            _ => {
                *slot = Some(kept);
                hits[kept] = hit;
                kept += 1;
            }
        }
    }
    hits.truncate(kept);
    // Spans in start order, counting UTF-16 units with a cursor that only moves forward:
    // `Span::new` counts from the start of the text each time, which is quadratic on a
    // long message with many signals. The result is the same (the property tests check).
    let mut cursor = (0usize, 0usize); // (byte, utf16) of the last span start
    hits.iter()
        .map(|h| {
            let (start, end) = (lex[h.start].start, lex[h.end - 1].end);
            let start_utf16 = cursor.1 + utf16_len(text.get(cursor.0..start).unwrap_or(""));
            cursor = (start, start_utf16);
            let span = Span {
                start,
                end,
                start_utf16,
                end_utf16: start_utf16 + utf16_len(text.get(start..end).unwrap_or("")),
            };
            Signal {
                kind: h.kind,
                span,
                weight: h.weight.clamp(-1.0, 1.0),
            }
        })
        .collect()
}

/// UTF-16 units in `s`, counted over bytes: one per char (every byte but continuation
/// bytes) and a second for chars outside the BMP (those with a four-byte lead).
fn utf16_len(s: &str) -> usize {
    s.bytes()
        .map(|b| usize::from(b & 0xc0 != 0x80) + usize::from(b >= 0xf0))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn kinds(text: &str) -> Vec<(SignalKind, String)> {
        let tokens = tokenize(text);
        detect(text, &tokens)
            .0
            .into_iter()
            .map(|s| (s.kind, s.span.slice(text).to_string()))
            .collect()
    }

    #[test]
    fn questions_asked_as_a_complaint_are_sarcasm() {
        let sarcastic = |t: &str| kinds(t).iter().any(|k| k.0 == SignalKind::Sarcasm);
        for t in [
            "@Argos how hard is it to deliver a parcel???",
            "are you out of boxes or something? my dress came in a bag",
            "what's the point of having a helpline if nobody answers?",
            "is it good customer service to inconvenience flood victims?",
            "twice now with no spoon, do you expect me to eat it with my fingers?",
            "@greateranglia what are you playing at?",
            "Really @blackanddecker? The second replacement died too",
            "Is this your customer satisfaction policy?",
        ] {
            assert!(sarcastic(t), "{t}");
        }
        for t in [
            "do you have the linen shirt in medium?",
            "how long does a refund take?",
            "is there a way to export my contacts?",
            "are you open on Sunday or only weekdays?",
            "Really happy with the new update",
        ] {
            assert!(!sarcastic(t), "{t}: {:?}", kinds(t));
        }
    }

    #[test]
    fn thanks_for_a_fault_is_sarcasm() {
        let sarcastic = |t: &str| kinds(t).iter().any(|k| k.0 == SignalKind::Sarcasm);
        for t in [
            "thanks for ruining my morning",
            "Thanks @Shop @ShopHelp for sending the wrong size",
            "thanks Brand for not calling me back",
            "thanks for cutting my broadband off again, really great service",
            "love when you cancel my flight the night before",
            "Gotta love the same error every morning",
        ] {
            assert!(sarcastic(t), "{t}");
        }
        for t in [
            "Thank you for fixing my router so quickly",
            "thanks for the reply. Is this a known issue?",
            "It stopped charging, can you help? Thanks @Voltix",
            "Thank you for the speedy resolution of the issue",
            "I love when you do the double points weekends",
            "Ok thank you for your patience, I'll try that and come back if it doesn't work",
        ] {
            assert!(!sarcastic(t), "{t}: {:?}", kinds(t));
        }
    }

    #[test]
    fn praise_beside_a_failure_is_no_praise() {
        let praised = |t: &str| kinds(t).iter().any(|k| k.0 == SignalKind::Positive);
        for t in [
            "Great job @Acme, waited 2 hours on the phone and then got hung up on. Amazing service.",
            "Very nice, a 50 minute hold and nobody picked up",
            "Well done @Acme, charged me twice again",
        ] {
            assert!(!praised(t), "{t}: {:?}", kinds(t));
        }
        for t in [
            "Waited 2 hours but the agent was amazing and sorted it",
            "Great product, but it arrived broken",
            "A customer for 10 years, great service every time",
            "Arrived in 2 days, great service!",
        ] {
            assert!(praised(t), "{t}: {:?}", kinds(t));
        }
    }

    #[test]
    fn a_burning_unit_is_a_safety_accusation() {
        let accuses = |t: &str| kinds(t).iter().any(|k| k.0 == SignalKind::Accusation);
        assert!(accuses("my room now has a burning air unit"));
        assert!(accuses("the burning heater in the lounge"));
        // Burning through an allowance is no hazard.
        assert!(!accuses("I keep burning through my data allowance"));
    }

    #[test]
    fn again_after_thanks_or_a_fault_is_not_repetition() {
        let repeats = |text: &str| kinds(text).iter().any(|k| k.0 == SignalKind::Repetition);
        assert!(!repeats("thanks again!"));
        assert!(repeats("I'm asking again: when will the engineer come?"));
        assert!(repeats("NO I DON'T WANT TO RESTART IT AGAIN"));
        // The fault came back; the customer is not repeating themselves.
        assert!(!repeats("broken again"));
        assert!(!repeats("internet down again"));
        // Nor is a refusal: the customer is not asking twice.
        assert!(!repeats("so I will not be getting that again"));
        assert!(!repeats("I keep getting logged out of the app"));
        assert!(repeats("I keep asking for a callback"));
    }

    #[test]
    fn a_calm_cancellation_request_is_not_a_threat() {
        let threat = |text: &str| kinds(text).iter().any(|k| k.0 == SignalKind::ThreatCancel);
        assert!(!threat(
            "Please cancel my subscription at the end of this billing period."
        ));
        assert!(!threat("Could you cancel my order before it ships?"));
        assert!(threat("Honestly your service is a joke. I want to cancel"));
        // Asked for with want, would like or need to, it is a request unless anger,
        // frustration or hostility is beside it, or it waits on a fix.
        assert!(!threat("I want to cancel my subscription please"));
        assert!(!threat(
            "I'd like to cancel my membership, I've moved house"
        ));
        assert!(!threat("I need to cancel my account"));
        assert!(!threat("I want to port my number to another network"));
        assert!(!threat("Could you close my account please?"));
        assert!(threat(
            "This is ridiculous, I want to cancel my subscription"
        ));
        assert!(threat("I want to cancel unless this is fixed by Friday"));
        assert!(!threat(
            "I want to cancel my order if it hasn't shipped yet"
        ));
        // Threats to leave in other words.
        assert!(threat("I'm about to cancel"));
        assert!(threat("I was this close to cancelling altogether"));
        assert!(threat("Done, cancelling and switching to another app"));
        assert!(!threat("Can I cancel and switch to the yearly plan?"));
        assert!(threat("I'm cancelling my subscription today."));
        assert!(threat("cancel my subscription right now"));
        assert!(threat("This is ridiculous. Cancel my account."));
        assert!(threat(
            "Cancel my account. I'm switching to another provider."
        ));
    }

    #[test]
    fn a_cancellation_asked_for_is_reported_to_the_level() {
        let asked = |text: &str| detect(text, &tokenize(text)).1;
        assert!(asked(
            "I want to cancel my subscription, the app keeps crashing"
        ));
        assert!(asked("Please cancel my account, you charged me twice"));
        assert!(asked("I need to cancel my contract"));
        // Threats, and cancellations nobody asked for, are not requests.
        assert!(!asked(
            "This is ridiculous, I want to cancel my subscription"
        ));
        assert!(!asked("Cancel my account if this isn't fixed by Friday"));
        // Not coming back to a place is leaving over a fault; leaving a company is a threat.
        assert!(asked("The soup was cold. We'll never go again."));
        assert!(!asked("I'll never order from you again."));
        assert!(!asked("why did you cancel my order?"));
        assert!(!asked("my flight was cancelled"));
    }

    #[test]
    fn a_star_rating_is_a_verdict_not_a_threat() {
        let has = |t: &str, kind| kinds(t).iter().any(|k| k.0 == kind);
        use SignalKind::{Disappointment, ThreatPublic};
        for t in [
            "If I could give zero stars I would.",
            "For service, I give them no stars.",
            "I'd give it 1 star.",
        ] {
            assert!(has(t, Disappointment) && !has(t, ThreatPublic), "{t}");
        }
        // A one-star review is still a threat to post one.
        assert!(has("I'm leaving a one star review.", ThreatPublic));
    }

    #[test]
    fn a_threat_to_go_public_needs_others_told() {
        let has = |t: &str, kind| kinds(t).iter().any(|k| k.0 == kind);
        use SignalKind::{DemandManager, ThreatPublic};
        // The word "public", being told something, and reviews others wrote threaten nothing.
        for t in [
            "we were chatting on it in public and the strap looked cheap",
            "my friend and I talked about it in public",
            "the rep kept trying to tell me that most people never use it",
            "it died after a week (look at the other bad reviews)",
        ] {
            assert!(!has(t, ThreatPublic), "{t}");
        }
        for t in [
            "I'm going public with this",
            "I'll post it on facebook",
            "I will tell all my friends",
            "I'm writing a bad review",
            "I'm thinking of going public",
        ] {
            assert!(has(t, ThreatPublic), "{t}");
        }
        // A manager asked for in one breath, not two clauses joined by "and".
        assert!(!has(
            "prices went up, the plates got smaller and management stopped caring",
            DemandManager
        ));
        assert!(has("let me talk to your manager", DemandManager));
    }

    #[test]
    fn real_anger_and_hazards_said_plainly_are_read() {
        let has = |t: &str, kind| kinds(t).iter().any(|k| k.0 == kind);
        use SignalKind::{Accusation, Anger, Frustration, ThreatCancel};
        assert!(has("the adapter fried within a week", Accusation));
        assert!(has("my laptop smoked when I plugged it in", Accusation));
        assert!(has("it shorted out and fried my tv", Accusation));
        assert!(has("my kettle sparked and fried the socket", Accusation));
        assert!(!has("the fried rice was cold", Accusation));
        assert!(has("the listing was a bait and switch", Anger));
        assert!(has("forty dollars down the drain", Frustration));
        assert!(has(
            "I will never purchase anything from them again",
            ThreatCancel
        ));
        // A design remark in strong words is a remark: "hate how" is frustration, not anger.
        assert!(!has("I hate how small the buttons are", Anger));
    }

    #[test]
    fn sue_the_name_is_not_a_legal_threat() {
        assert!(kinds("I spoke to Sue yesterday")
            .iter()
            .all(|k| k.0 != SignalKind::ThreatLegal));
        assert!(kinds("I will sue")
            .iter()
            .any(|k| k.0 == SignalKind::ThreatLegal));
        assert!(kinds("Sue them.")
            .iter()
            .any(|k| k.0 == SignalKind::ThreatLegal));
    }

    #[test]
    fn repetition_with_exclamation_reads_as_frustration() {
        let found = kinds("third time!!!");
        assert!(found.contains(&(SignalKind::Frustration, "third time".into())));
    }

    #[test]
    fn spans_match_span_new() {
        let text = "😡 I already told you, NOT happy!!! 🙏 since Monday";
        let tokens = tokenize(text);
        for s in detect(text, &tokens).0 {
            assert_eq!(s.span, Span::new(text, s.span.start, s.span.end));
        }
    }

    #[test]
    fn same_kind_overlaps_merge() {
        let found = kinds("thank you so much");
        let gratitude: Vec<_> = found
            .iter()
            .filter(|k| k.0 == SignalKind::Gratitude)
            .collect();
        assert_eq!(
            gratitude,
            vec![&(SignalKind::Gratitude, "thank you so much".into())]
        );
    }
}
