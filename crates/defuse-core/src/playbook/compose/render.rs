//! One reply per technique and shape (short, warm, with the next step), from the parts in
//! `moves.rs`.

use crate::list::list;
use crate::playbook::library as lib;
use crate::playbook::situation::{Detail, Fault, IssueType, Request};
use crate::playbook::{Note, Question, Want};
use crate::technique::Technique;
use crate::text::Search;

use super::moves::outcome_or_story;
use super::{where_found, Scene, Shape};

/// The parts of one reply, as sentences.
pub(super) fn render(s: &Scene<'_>, subject: Option<&str>, shape: Shape) -> Vec<String> {
    use Technique as T;
    let salt = match shape {
        Shape::Short => 100,
        Shape::Warm => 200,
        Shape::Step => 300,
    };
    let topic = subject.unwrap_or("this");
    let greeting = s.greeting(salt);
    let greeted = !greeting.trim().is_empty();
    let mut parts: Vec<String> = Vec::new();
    let mut push = |p: String| {
        if !p.trim().is_empty() {
            parts.push(p);
        }
    };
    let notes = &s.situation.notes;
    // Food or drink that hurt someone: are they OK first, then keep it and the codes the
    // quality team needs, then where it goes (`Note::FoodHarm`).
    if notes.contains(&Note::FoodHarm) {
        if shape == Shape::Warm {
            push(greeting);
        }
        // One opener a shape: three different replies, none a twin with a tail added.
        let k = salt as usize / 100 - 1;
        // Something found in it, nobody hurt: sorry, no medical help spoken of.
        let opener = if s.mentions(crate::playbook::wants::HARMED) {
            lib::FOOD_HARM
        } else {
            lib::FOUND_IN_FOOD
        };
        // From the conversation's own start, so two reports do not open alike.
        push(opener.get((k + s.seed as usize) % opener.len()).to_string());
        // A meal eaten at or ordered from the business whose chat this is: what they had
        // and when, not a packet's batch code.
        let meal = !s.public()
            && s.mentions(list![
                "ate here",
                "your restaurant",
                "lunch",
                "dinner",
                "meal"
            ]);
        push(
            lib::FOOD_HARM_KEEP
                .get(if meal { 2 } else { usize::from(s.public()) })
                .to_string(),
        );
        if shape != Shape::Short {
            push(lib::FOOD_HARM_ROUTE.get(k - 1).to_string());
        }
        return parts;
    }
    // A hazard comes before anything else: stop using it, then the urgent route, then the
    // one detail; once, not again in answer to what they said next.
    if notes.contains(&Note::Safety) && !s.agent_said.iter().any(|a| a.contains_str("safety")) {
        if shape == Shape::Warm {
            push(greeting);
        }
        // A hazard in a station or a store: thanks, the safety route, and where it is only
        // if the report does not say (no device to unplug, no booking to ask for). A hazard
        // the issue type leaves `Other` is no device's (see `situation::second_look`).
        // Neighbours word the route apart: the warm one is not the short one plus a line.
        if s.situation.issue == IssueType::Other {
            push(s.pick(lib::SAFETY_PLACE, salt + 1).to_string());
            let known = s.situation.known.contains(&Detail::Place);
            // A hygiene report (a pest by the kitchen, filthy toilets): the site's manager
            // hears of it in the short reply, and the others ask when it was (and where, if
            // not said), which the manager needs.
            if crate::playbook::wants::hygiene(s.texts) {
                if shape == Shape::Short {
                    push(lib::HYGIENE_ROUTE.to_string());
                    return parts;
                }
                push(s.pick_shape(lib::SAFETY_ROUTE, salt).to_string());
                let when = s.situation.known.contains(&Detail::Time);
                let ask = if known {
                    lib::ASK_WHEN
                } else {
                    lib::HYGIENE_ASK
                };
                if !when {
                    push(ask.to_string());
                }
                return parts;
            }
            push(
                lib::SAFETY_ROUTE
                    .get((s.seed.wrapping_add(salt / 100) % 2) as usize)
                    .to_string(),
            );
            if shape != Shape::Short && !known {
                push(s.pick(lib::ASK_WHERE, salt + 3).to_string());
            }
            return parts;
        }
        // Someone hurt: how they are, and medical help, before anything else; else the warm
        // reply says plainly that it is taken seriously (never "that's frustrating"). Gas
        // comes first: the emergency line leads.
        let k = salt as usize / 100 - 1;
        let (stop, gas) = safety_line(s, salt + 1);
        if s.mentions(crate::playbook::wants::HARMED) {
            push(lib::FOOD_HARM.get((k + s.seed as usize) % 3).to_string());
        } else if shape == Shape::Warm && !gas {
            push(lib::CLAIM.get(0).replace_str("{claim}", "it"));
        }
        push(stop);
        push(s.pick(lib::SAFETY_ROUTE, salt + 2).to_string());
        // The one detail that starts the check, in every shape: never on a gas leak.
        if !gas {
            push(s.next_move(salt + 3));
        }
        return parts;
    }
    // Calls or texts pretending to be us: not ours, what to do, and the account secured now
    // if they gave anything away; no fault owned, nothing asked.
    if notes.contains(&Note::NotUs) {
        // One opener a shape: three different replies, no tail added to a twin.
        push(lib::NOT_US.get(salt as usize / 100 - 1).to_string());
        let shared = s.mentions(list!["replied", "clicked", "gave", "entered", "shared"]);
        push(lib::NOT_US_STEP.get(usize::from(shared)).to_string());
        return parts;
    }
    // Their email address or phone number in a public post: out of sight first, then the
    // case by DM, after the opening that fits it.
    if let Some(detail) = s
        .public()
        .then(|| crate::playbook::evidence::exposed(s.last()))
        .flatten()
    {
        if shape == Shape::Warm {
            push(greeting);
        }
        push(s.opener(subject, salt + 1));
        push(
            lib::EXPOSED
                .get(salt as usize / 100 - 1)
                .replace_str("{detail}", detail),
        );
        return parts;
    }
    // We said we'd message or call and have not: owned, then done now, whatever the
    // technique would ask.
    if let Some(now) = s.promise_broken() {
        if shape == Shape::Warm {
            push(greeting);
        }
        // The short one says we should have been in touch; the others own the chase, in
        // its two wordings.
        push(match shape {
            Shape::Short => lib::PROMISE_OWN.get(0).to_string(),
            _ => lib::OPEN_CHASED
                .get(salt as usize / 100 - 2)
                .replace_str("{subject}", topic),
        });
        push(
            lib::PLAN_NOW
                .get(salt as usize / 100 - 1)
                .replace_str("{action}", lib::PROMISE_NOW.get(now))
                .replace_str("{follow_up}", &s.config.follow_up_phrase()),
        );
        return parts;
    }
    // Praise with nothing wrong is thanked, whatever else the technique would do.
    // (Praise beside a problem type is thanked only when it names a person: "thanks for
    // the free jigsaw, formerly my dinner plates" is no praise.)
    // Settled since our reply ("yes, the store gave us a credit") is closed the same way,
    // even where the "yes" reads as taking up an offer.
    let praise = s.situation.issue == IssueType::Thanks
        || s.situation.staff_name.is_some()
        || s.agent_has_written && crate::playbook::situation::settled(s.last());
    // Thanks beside what we asked for ("thanks, DMed you the VIN") leaves the case open.
    let technique = if notes.contains(&Note::Praise)
        && praise
        && s.technique != T::InviteFeedback
        && !s.says_sent()
    {
        T::ThankAndClose
    } else {
        s.technique
    };
    match technique {
        T::Answer => {
            // A frustrated question: a short acknowledgement, then the answer; a promise to
            // find out says it only once ahead of the step (three alike read as one).
            // A chase is owned below instead: one acknowledgement, not two.
            // Each shape its own acknowledgement, so no reply is another plus a sentence.
            let ack = (s.situation.upset && !s.chased()).then(|| {
                lib::ANSWER_ACK
                    .get((s.seed.wrapping_add(salt / 100) % 3) as usize)
                    .to_string()
            });
            if let Some(line) = asked_line(s, shape, salt + 1) {
                if shape == Shape::Warm {
                    push(greeting);
                    push(ack.unwrap_or_else(|| s.pick(lib::ANSWER_LEAD, salt + 2).to_string()));
                } else if shape == Shape::Short {
                    push(ack.unwrap_or_default());
                }
                push(line);
            } else {
                let answer = answer_line(s, salt + 1);
                match shape {
                    // The short one asks first ("What's the order number? I can check ...",
                    // or the DM ask on a public post): not the warm one's words with a lead
                    // cut off.
                    Shape::Short => {
                        push(ack.clone().unwrap_or_default());
                        let b = answer.as_bytes();
                        push(match b.windows(2).rposition(|w| w == b". ") {
                            Some(i) if answer.ends_with('?') || answer[i..].contains_str("DM") => {
                                format!("{} {}", &answer[i + 2..], &answer[..=i])
                            }
                            _ => answer,
                        });
                    }
                    Shape::Warm => {
                        push(greeting);
                        // "Sure, I can help. I can walk you through it." says it twice: an
                        // answer that offers help is led by a plain thanks or "Of course".
                        push(ack.unwrap_or_else(|| {
                            let lead = s.pick(lib::ANSWER_LEAD, salt + 2);
                            let offers = ["I can", "Happy", "I'll"]
                                .iter()
                                .any(|w| answer.starts_with(w));
                            if offers && lead.contains_str("help") {
                                lib::ANSWER_LEAD.get(2 + (s.seed & 1) as usize).to_string()
                            } else {
                                lead.to_string()
                            }
                        }));
                        push(answer);
                    }
                    Shape::Step => {
                        push(ack.unwrap_or_default());
                        // "Tell me if you get stuck" follows steps, not a promise to find out
                        // or a question; after a question, a step they can take meanwhile.
                        // No "DM us if that doesn't work" on a public answer: a plain question
                        // needs no private channel.
                        let more = if answer.ends_with('?') {
                            // Else where the detail asked for is found, or no rush: the warm
                            // reply never holds this one whole.
                            s.tip(salt + 3).unwrap_or_else(|| {
                                s.pick(where_found(&answer), salt + 3).to_string()
                            })
                        } else if answer.contains_str("I'll") || answer.contains('?') {
                            // A detail asked with what follows (`Scene::need_move`): no
                            // "tell me if you get stuck" after it.
                            String::new()
                        } else if !s.public() {
                            s.pick(lib::ANSWER_MORE, salt + 3).to_string()
                        } else {
                            s.tip(salt + 3).unwrap_or_default()
                        };
                        push(answer);
                        push(more);
                    }
                }
            }
        }
        T::ThankAndClose => {
            // Thanks for a fix gets a glad-it's-fixed close, even with the fix out of sight
            // ("Thanks so much, that sorted it!" as the first message we see); praise for
            // staff or the product gets the share-with-the-team line; thanks for help just
            // given gets a welcome.
            let last = s.last();
            // Settled since our reply, not in the words of a fix ("they gave us a credit"):
            // glad it was put right, with no "it worked" and no "we got to the bottom of".
            let settled = crate::playbook::situation::settled(last) && !s.solved;
            let fixed = crate::playbook::evidence::fix_credit(last).unwrap_or(s.solved || settled);
            // Fixed it themselves ("I reinstalled it and it's fine now"): settled by them,
            // never "thanks for bearing with us" or "glad we got there".
            let own = s.agent_has_written
                && s.solved
                && crate::playbook::situation::has_any(
                    last,
                    list![
                        "myself",
                        "never mind",
                        "don't worry",
                        "i reinstalled",
                        "i restarted",
                        "i reset",
                        "i used",
                        "i fixed"
                    ],
                );
            let mut solved = false;
            // "Will give it a try" takes up a suggestion, seen or not: no praise to pass on.
            let close = if crate::playbook::evidence::will_try(last) {
                lib::THANKS_TRYING
            } else if own || settled && s.agent_has_written {
                lib::THANKS_SETTLED
            } else if !fixed
                && (!s.agent_has_written
                    // Praise after our reply with no thank-you in it ("yes, great flight
                    // and a lovely crew!") is praise to pass on, not thanks to welcome.
                    || notes.contains(&Note::Praise) && !last.contains_str("thank"))
            {
                lib::THANKS_PRAISE
            } else if fixed || evidence_solved(last) {
                solved = true;
                lib::THANKS_SOLVED
            } else {
                lib::THANKS_WELCOME
            };
            // Praise for a person is passed on to that person.
            let staff = s.situation.staff_name.as_deref();
            let pool = match staff {
                Some(_) if !s.agent_has_written && !fixed => lib::THANKS_STAFF,
                _ => close,
            };
            // Each shape its own close line (one line and two tails read as one reply);
            // the warm one names what was fixed ("Glad we got to the bottom of the hold-up
            // with your order."), never a request, a question, a rule or what is no longer
            // true ("the refund that hasn't come through").
            let short = s.pick(pool, 101);
            let warm = s.pick_besides(pool, 201, short);
            let fill = |line: &str| {
                line.replace_str("{staff}", staff.unwrap_or_default())
                    .replace_str("{follow_up}", &s.config.follow_up_phrase())
            };
            let other = fill(match shape {
                Shape::Step => (301..309)
                    .map(|k| s.pick(pool, k))
                    .find(|l| *l != short && *l != warm)
                    .unwrap_or(warm),
                _ => warm,
            });
            let short = fill(short);
            let fixed_name = fixed_name(s, subject).filter(|_| solved);
            match shape {
                Shape::Short => push(short),
                Shape::Warm => {
                    push(greeting);
                    let first = match fixed_name {
                        Some(name) => lib::THANKS_NAMED.replace_str("{subject}", name),
                        None => other,
                    };
                    // Thanked for the time once, not twice in a reply.
                    let timed = first.contains_str("the time");
                    push(first);
                    // "It was a pleasure helping you" needs help given in this
                    // conversation: praise on a first message is told what it means to us
                    // (the door left open is the third reply's, so the two never meet).
                    // Praise after our reply likewise: no "thanks for being so patient" for
                    // a compliment, and no "I really appreciate you taking the time" (read
                    // to support leads as filler).
                    push(
                        if own {
                            ""
                        } else if s.agent_has_written && pool.0 != lib::THANKS_PRAISE.0 {
                            s.pick(lib::THANKS_WARM, salt + 2)
                        } else if timed {
                            ""
                        } else {
                            lib::THANKS_WARM.get(2)
                        }
                        .to_string(),
                    );
                }
                Shape::Step => {
                    push(other);
                    push(s.pick(lib::THANKS_DOOR_OPEN, salt + 3).to_string());
                }
            }
        }
        T::InviteFeedback => {
            let line = s.pick(lib::FEEDBACK, salt + 1).to_string();
            let last = s.last();
            let fixed = fixed_name(s, subject).filter(|_| s.solved || evidence_solved(last));
            match shape {
                Shape::Short => push(line),
                Shape::Warm => {
                    push(greeting);
                    push(match fixed {
                        Some(name) => lib::THANKS_NAMED.replace_str("{subject}", name),
                        None => s.pick(lib::THANKS_WARM, salt + 2).to_string(),
                    });
                    push(line);
                }
                Shape::Step => {
                    push(s.pick(lib::THANKS_DOOR_OPEN, salt + 3).to_string());
                    push(line);
                }
            }
        }
        T::Listen => {
            // Three ways to listen: the short line; the problem named and room given; a
            // different line with what happens once they are done.
            let short = s.pick(lib::LISTEN, 101);
            let other = s.pick_besides(lib::LISTEN, salt, short);
            match shape {
                Shape::Short => push(short.to_string()),
                Shape::Warm => {
                    push(greeting);
                    // With nothing to name and no feeling to meet, a listening line of
                    // its own.
                    let ack = match subject {
                        Some(name) => s
                            .pick(lib::ACK_SUBJECT, salt + 1)
                            .replace_str("{subject}", name),
                        None => s.opener(None, salt + 1),
                    };
                    push(if ack.is_empty() {
                        other.to_string()
                    } else {
                        ack
                    });
                    push(s.pick(lib::LISTEN_WARM, salt + 2).to_string());
                }
                Shape::Step => {
                    push(other.to_string());
                    push(s.pick(lib::LISTEN_THEN, salt + 3).to_string());
                }
            }
        }
        T::SetBoundary => {
            let line = match subject {
                Some(name) => s
                    .pick(lib::BOUNDARY, salt + 1)
                    .replace_str("{subject}", name),
                None => s.pick(lib::BOUNDARY_PLAIN, salt + 1).to_string(),
            };
            match shape {
                Shape::Short => push(line),
                Shape::Warm => {
                    push(greeting);
                    push(match subject {
                        Some(name) => s
                            .pick(lib::BOUNDARY_ACK, salt + 2)
                            .replace_str("{subject}", name),
                        None => s.pick(lib::BOUNDARY_ACK_BARE, salt + 2).to_string(),
                    });
                    push(s.pick(lib::BOUNDARY_PLAIN, salt + 1).to_string());
                }
                Shape::Step => {
                    push(line);
                    push(s.next_move(salt + 3));
                }
            }
        }
        T::Escalate => {
            let legal = s.mentions(list![
                "lawyer",
                "solicitor",
                "attorney",
                "sue",
                "court",
                "legal"
            ]);
            // Three ways to hand over, not one reply growing: a short chat line; the
            // problem named and a different handover line; who picks it up, when, and the
            // one detail they still need.
            let pool = match (legal, subject) {
                (true, _) => lib::ESCALATE_LEGAL,
                (false, Some(_)) => lib::ESCALATE,
                (false, None) => lib::ESCALATE_BARE,
            };
            let short = s.pick(pool, 101).replace_str("{subject}", topic);
            match shape {
                Shape::Short => push(short),
                Shape::Warm => {
                    // The opener names the problem: the handover does not name it again.
                    let pool = if legal { pool } else { lib::ESCALATE_BARE };
                    push(greeting);
                    push(if legal && subject.is_none() && s.claim().is_none() {
                        s.pick(lib::OPEN_FORMAL, salt + 2).to_string()
                    } else {
                        s.opener(subject, salt + 2)
                    });
                    push(s.pick_besides(pool, salt, &short).to_string());
                }
                Shape::Step => {
                    push(s.step_ack().unwrap_or_default());
                    // On a public post the step is the DM with the detail that finds it.
                    if s.public() {
                        push(s.dm_step(salt + 3));
                    } else {
                        push(
                            lib::ESCALATE_STEP
                                .get(usize::from(legal))
                                .replace_str("{follow_up}", &s.config.follow_up_phrase()),
                        );
                        if !s.situation.missing.is_empty() {
                            push(s.question(salt + 4).unwrap_or_default());
                        }
                    }
                }
            }
        }
        T::Clarify => {
            // "What I have is that that isn't an answer": only a clause about their thing
            // restates it; one about the last reply ("that", "this", "it") or what was
            // said ("you said the code never arrives", "they told you it isn't") does not.
            let mirrored = s
                .mirrored
                .filter(|m| ["your ", "the "].iter().any(|w| m.starts_with(w)));
            let follow_up = s.config.follow_up_phrase();
            // Asked who it went to, or a question we misread: who has it, or the question,
            // with what happens next and when (no "Have I got that right?").
            let passed = crate::playbook::evidence::asks_where_passed(
                s.last(),
                s.agent_said.last().map_or("", String::as_str),
            );
            let answer = if passed {
                Some(
                    s.pick_shape(lib::CLARIFY_PASSED, salt + 1)
                        .replace_str("{subject}", subject.unwrap_or("this")),
                )
            } else {
                let says_asked = crate::playbook::situation::has_any(
                    s.last(),
                    list![
                        "i'm asking",
                        "i am asking",
                        "i asked",
                        "my question",
                        "or not"
                    ],
                );
                // "Are you thick?" is a jab, never a question to find out about.
                match s.asked_as.filter(|q| {
                    !crate::playbook::situation::has_any(
                        q,
                        list!["even", "ever", "read", "missed", "we are", "we're", "i am"],
                    )
                }) {
                    Some(q) => Some(
                        s.pick(lib::CLARIFY_ASKED, salt + 1)
                            .replace_str("{question}", q),
                    ),
                    None if says_asked => {
                        Some(s.pick(lib::CLARIFY_ASKED_BARE, salt + 1).to_string())
                    }
                    None => None,
                }
            }
            .map(|l| l.replace_str("{follow_up}", &follow_up));
            let restated = match (mirrored, subject) {
                _ if answer.is_some() => answer.clone(),
                (Some(m), _) => Some(
                    s.pick(lib::CLARIFY_MIRROR, salt + 1)
                        .replace_str("{complaint}", m),
                ),
                (None, Some(name)) => Some(
                    s.pick(lib::CLARIFY_SUBJECT, salt + 1)
                        .replace_str("{subject}", name),
                ),
                (None, None) => None,
            };
            use crate::playbook::situation::has_any;
            // (What they say they sent or gave is owned as such: `CLARIFY_SENT` or "You're
            // right".)
            let need = if has_any(s.last(), super::super::evidence::WHAT_MORE) {
                (!s.says_sent() && !has_any(s.last(), list!["gave you", "gave it"]))
                    .then(|| usize::from(s.public() || !s.situation.missing.is_empty()))
            } else {
                has_any(s.last(), list!["even ask", "never asked", "didn't ask"]).then_some(2)
            };
            let told = has_any(s.last(), list!["said", "told", "read", "miss", "wrote"])
                && !has_any(s.last(), list!["asked", "asking", "question"]);
            let lead_pool = if s.says_sent() {
                lib::CLARIFY_SENT
            } else if s.agent_has_written && told {
                lib::CLARIFY_TOLD
            } else if s.agent_has_written {
                lib::CLARIFY_LEAD_AFTER_REPLY
            } else {
                lib::CLARIFY_LEAD
            };
            let lead = match need {
                _ if passed => String::new(),
                Some(i) => lib::CLARIFY_NEED.get(i).to_string(),
                None => s.pick(lead_pool, salt + 2).to_string(),
            };
            // They sent it already: own the miss and get on with it, no restating.
            let restated = restated.filter(|_| !s.says_sent() && need.is_none());
            // Not asked what was wrong: asked now, in a chat (on a public post, the DM).
            let next_move = |k| match need {
                Some(2) if !s.public() => s
                    .question(k)
                    .unwrap_or_else(|| s.pick(lib::ASK_MAIN, k).to_string()),
                _ => s.next_move(k),
            };
            match shape {
                Shape::Short => {
                    push(lead);
                    push(restated.unwrap_or_else(|| next_move(salt + 4)));
                }
                Shape::Warm => {
                    push(greeting);
                    push(lead);
                    match restated {
                        Some(r) if answer.is_some() => push(r),
                        Some(r) => {
                            push(r);
                            push(s.pick(lib::CLARIFY_CHECK, salt + 3).to_string());
                        }
                        None => push(next_move(salt + 4)),
                    }
                }
                Shape::Step => {
                    push(lead);
                    if let Some(r) = restated {
                        push(r);
                    }
                    if answer.is_none() {
                        push(next_move(salt + 5));
                    }
                }
            }
        }
        T::OfferRemedy => {
            let remedy = s
                .remedy
                .unwrap_or("look at what I can offer to make up for it");
            let offer = match subject {
                Some(name) => s
                    .pick(lib::OFFER, salt + 1)
                    .replace_str("{remedy}", remedy)
                    .replace_str("{subject}", name),
                None => s
                    .pick(lib::OFFER_BARE, salt + 1)
                    .replace_str("{remedy}", remedy),
            };
            match shape {
                Shape::Short => push(offer),
                Shape::Warm => {
                    push(greeting);
                    push(s.opener(subject, salt + 2));
                    push(offer);
                }
                Shape::Step => {
                    push(offer);
                    push(s.pick(lib::OFFER_CONFIRM, salt + 3).to_string());
                }
            }
        }
        // A yes to the agent's offer: do it, no new question.
        T::Propose if s.accepts() => {
            let refund = s.situation.request == Some(Want::Refund);
            let change = s.mentions(list!["switch", "change", "downgrade", "move me"]);
            let pool = if refund && change {
                lib::ACCEPT_CHANGE_REFUND
            } else {
                lib::ACCEPT
            };
            let line = s.pick(pool, salt + 1).to_string();
            // A question asked beside the yes ("Yes please. Do I need the original box?")
            // is taken up after it, in every shape.
            let asked = s.asked_as.and_then(|_| asked_line(s, shape, salt + 4));
            match shape {
                Shape::Short => {
                    push(s.pick(lib::ACCEPT_LEAD, salt + 2).to_string());
                    push(line);
                }
                Shape::Warm => {
                    push(greeting);
                    push(s.pick(lib::ACCEPT_THANKS, salt + 2).to_string());
                    push(line);
                }
                Shape::Step => {
                    push(line);
                    if asked.is_none() {
                        push(s.pick(lib::THANKS_DOOR_OPEN, salt + 3).to_string());
                    }
                }
            }
            push(asked.unwrap_or_default());
        }
        T::Propose => {
            // Three ways, not one plan growing: where the pools allow, each shape's plan
            // is worded apart from the shorter replies' ones.
            let short = propose_line(s, 101);
            let warm = other_than(&|k| propose_line(s, k), 201, &[&short]);
            let plan = match shape {
                Shape::Short => short.clone(),
                _ => warm.clone(),
            };
            match shape {
                Shape::Short => {
                    // An upset post is acknowledged before the plan; in a private chat, a
                    // fault of ours is apologised for, and a complaint is not met with a
                    // bare question ("What let you down most?" reads cold), however calm.
                    let asks = plan.ends_with('?');
                    let upset = s.mood != super::Mood::Calm;
                    let chat = asks && !s.public();
                    // (A calm one with a name has its help in the plan: "I can look into
                    // the hotel room problem" needs no "I can help with it" before.)
                    let bare = chat && subject.is_none();
                    if upset && (s.public() || asks) || bare || s.ours() {
                        let open = s.opener_besides(subject, salt + 2, 202);
                        push(s.or_ack(open, &plan, bare, salt));
                    }
                    push(plan);
                }
                Shape::Warm => {
                    push(greeting);
                    // A cancellation for a reason that is no fault of ours (a price
                    // rise): the reason acknowledged, not owned; else a plain "Of course", or
                    // help with the request by name ("happy to help with your cancellation").
                    let reason = subject.is_some() && s.situation.fault == Fault::Policy;
                    if s.situation.asked_for == Request::Cancel
                        && s.situation.fault != Fault::Company
                        && !reason
                    {
                        push(match subject {
                            Some(name) => lib::PROPOSE_LEAD
                                .get(1 + (s.seed & 1) as usize)
                                .replace_str("that", name),
                            None => s.pick(lib::PROPOSE_LEAD, salt + 2).to_string(),
                        });
                    } else {
                        push(s.or_ack(s.opener(subject, salt + 2), &plan, true, salt));
                    }
                    push(plan);
                }
                // The step in its own form: the detail, then what happens once it is in.
                Shape::Step => {
                    let dm = s.public() && !s.says_sent() && s.sent_off(salt).is_none();
                    let step = |k| {
                        if dm {
                            s.dm_step(k)
                        } else {
                            s.next_move(k)
                        }
                    };
                    let step = other_than(&step, salt + 1, &[&warm, &short]);
                    if dm && subject.is_some() {
                        push(s.step_for(subject, step, salt + 2));
                    } else {
                        // A bare question in a chat reads cold to someone complaining
                        // ("What was the main thing that went wrong?"): acknowledged first.
                        push(s.ack_before(&step, true, salt).unwrap_or_default());
                        push(step);
                    }
                    if let Some(tip) = s.tip(salt + 3) {
                        push(tip);
                    } else if let Some(impact) = s.impact(salt + 3) {
                        push(impact);
                    }
                }
            }
        }
        T::Ask => {
            let taken = s.take_up(salt + 2);
            // Nothing taken up, named or ours: the lead is a bare offer of help.
            let bare = taken.is_none() && subject.is_none() && !s.ours();
            let lead = taken.unwrap_or_else(|| match subject {
                // Their item or meal in our own chat: sorry first, not "happy to look into
                // this".
                _ if s.ours() => s.opener(subject, salt + 3),
                Some(name) => s
                    .pick(lib::ASK_LEAD, salt + 2)
                    .replace_str("{subject}", name),
                None => s.pick(lib::ASK_LEAD_BARE, salt + 2).to_string(),
            });
            match shape {
                Shape::Short => {
                    if s.public() {
                        // An upset post is acknowledged before anything is asked.
                        if s.mood != super::Mood::Calm {
                            push(s.opener_besides(subject, salt + 3, 203));
                        }
                        push(s.dm(salt + 1));
                    } else {
                        let question = match s.question(salt + 1) {
                            Some(q) => q,
                            // The lead took up their request: nothing more to ask.
                            None if s.situation.request.is_some() => String::new(),
                            None => outcome_or_story(s, salt + 1),
                        };
                        // A complaint hears sorry before the question, not "happy to help"
                        // (a mild one: an upset mood's one line is the step reply's lead);
                        // so does a remark that asks nothing ("tech support is nonexistent",
                        // "I'd look elsewhere"): cheer reads wrong to someone let down. A
                        // request ("I'd like to return it") or what they are doing ("I'm
                        // trying to set up the router") is no complaint.
                        let mild = matches!(s.mood, super::Mood::Calm | super::Mood::Mild);
                        let complaint = s.complains()
                            || !s.last().contains('?')
                                && !crate::playbook::situation::has_any(
                                    s.last(),
                                    list!["like to", "want", "need", "please", "trying", "how"],
                                );
                        let ack = (bare && mild)
                            .then(|| s.ack_before(&question, complaint, salt))
                            .flatten();
                        push(ack.unwrap_or(lead));
                        push(question);
                    }
                }
                Shape::Warm => {
                    push(greeting);
                    let step = s.next_move(salt + 1);
                    push(s.or_ack(s.opener(subject, salt + 3), &step, s.complains(), salt));
                    push(step);
                }
                Shape::Step => {
                    // On an upset public post the step names the problem ("To sort out
                    // ..."), or leads with an acknowledgement; a calm question's name may
                    // be a guess, so a calm one goes straight to the DM.
                    if s.public() && s.mood != super::Mood::Calm {
                        push(s.step_for(subject, s.dm_step(salt + 1), salt + 2));
                    } else if s.public() {
                        push(s.dm_step(salt + 1));
                    } else {
                        let step = s.next_move(salt + 1);
                        push(s.ack_before(&step, s.complains(), salt).unwrap_or_default());
                        push(step);
                    }
                    if let Some(tip) = s.tip(salt + 4) {
                        push(tip);
                    }
                }
            }
        }
        T::RespondNow => {
            // One lead a shape: three replies, never one opener thrice.
            let lead = match subject {
                Some(name) => s
                    .pick_shape(lib::RESPOND_NOW, salt + 1)
                    .replace_str("{subject}", name),
                None => s.pick_shape(lib::RESPOND_NOW_BARE, salt + 1).to_string(),
            };
            match shape {
                Shape::Short => {
                    push(lead);
                    push(s.next_move(salt + 2));
                }
                Shape::Warm => {
                    push(greeting);
                    push(lead);
                    if let Some(impact) = s.impact(salt + 3) {
                        push(impact);
                    }
                    push(s.next_move(salt + 2));
                }
                Shape::Step => {
                    push(lead);
                    push(s.next_move(salt + 2));
                    if let Some(tip) = s.tip(salt + 4) {
                        push(tip);
                    }
                }
            }
        }
        T::TakePrivate | T::Apologize | T::Acknowledge => {
            let first = match (s.technique, shape, s.mirrored.and(s.clause)) {
                // "done it*" after we asked for a DM, said calmly: the thanks for it is the
                // reply, with no consoling opener before it.
                _ if s.says_sent() && s.mood == super::Mood::Calm => String::new(),
                // The warm apology names the problem in the customer's own (cleaned) words.
                (T::Apologize | T::TakePrivate, Shape::Warm, Some(m))
                    if s.situation.fault == Fault::Company
                        && !s.own_meal()
                        && (s.agent_has_written || !s.chased()) =>
                {
                    s.pick(lib::SORRY_MIRROR, salt + 1)
                        .replace_str("{complaint}", m)
                }
                // A calm remark is thanked (`Scene::opener`), never told it is annoying.
                (T::Acknowledge, Shape::Warm, _)
                    if !(s.mood == super::Mood::Calm
                        && s.situation.fault == Fault::Policy
                        && s.situation.request.is_none()) =>
                {
                    acknowledge_line(s, subject, salt + 1)
                }
                // The warm one never opens with the short one's words.
                (_, Shape::Warm, _) => s.opener_besides(subject, salt + 1, 101),
                _ => s.opener(subject, salt + 1),
            };
            match shape {
                // In a chat the short one asks and stops; the plan after the answer is the
                // fuller replies' (three alike read as one).
                Shape::Short => {
                    let ask = !s.public() && !s.says_sent() && s.sent_off(salt).is_none();
                    let step = ask
                        .then(|| s.question(salt + 2))
                        .flatten()
                        .unwrap_or_else(|| s.next_move(salt + 2));
                    // No opener for a calm complaint: a mild acknowledgement before a bare
                    // question ("What would put this right for you?" alone reads cold).
                    push(s.or_ack(first, &step, true, salt));
                    push(step);
                }
                Shape::Warm => {
                    push(greeting);
                    push(first);
                    // A chase owned already says what the impact line would.
                    if let Some(impact) = s.impact(salt + 3).filter(|_| !s.chased()) {
                        push(impact);
                    }
                    push(s.next_move(salt + 2));
                }
                // The step leads, with the problem's name in it; with no name, after an
                // opener the short one does not use.
                Shape::Step => {
                    let step = if s.public()
                        && !s.says_sent()
                        && s.situation.issue != IssueType::PolicyComplaint
                    {
                        s.dm_step(salt + 2)
                    } else {
                        s.next_move(salt + 2)
                    };
                    push(s.step_for(subject, step, salt + 1));
                    if let Some(tip) = s.tip(salt + 4) {
                        push(tip);
                    }
                }
            }
        }
    }
    let at = usize::from(greeted && shape == Shape::Warm).min(parts.len());
    // Our last reply said it was sorted and it isn't: that is owned first (it says the
    // chase too).
    if s.we_were_wrong() {
        parts.insert(at, lib::OPEN_WRONG.get(0).to_string());
        return parts;
    }
    // The steps we gave did not help: thanked and owned first, in place of a stock lead
    // ("Thanks for asking.", "Sorry, that's disappointing."); where the opener said it
    // already, not again. What we did worked and they ask something new: glad first, in
    // place of the same leads (no "Sorry to hear it" for what is fixed).
    let failed = s.steps_failed();
    if failed || s.fixed_then_asked {
        parts.retain(|p| {
            ![
                lib::ANSWER_LEAD,
                lib::ANSWER_ACK,
                lib::ACK_MILD,
                lib::ACK_STEP,
            ]
            .iter()
            .any(|pool| pool.contains(p))
        });
        if !failed
            || !parts.iter().any(|p| {
                p.contains_str("thanks for giving it a go")
                    || p.starts_with("Thanks for trying that")
            })
        {
            let own = if failed {
                lib::OPEN_STEPS_FAILED
                    .get((s.seed.wrapping_add(salt / 100) % 2) as usize)
                    .replace_str(
                        "{subject}",
                        // Named once: "this" beside a part that names it.
                        if parts.iter().any(|p| p.contains_str(topic)) {
                            "this"
                        } else {
                            topic
                        },
                    )
            } else {
                [
                    lib::THANKS_SOLVED.get(4),
                    lib::THANKS_SETTLED.get(1),
                    lib::THANKS_SOLVED.get(0),
                ][salt as usize / 100 - 1]
                    .to_string()
            };
            parts.insert(at.min(parts.len()), own);
        }
    }
    // A chase after our reply owns the wait first, whatever the technique's own lead.
    // (Not beside "you did send it", which owns the miss already, nor before thanks.)
    if s.chased()
        && s.technique != T::ThankAndClose
        && !parts
            .iter()
            .any(|p| p.contains_str("had to c") || p.contains_str("far too long"))
        && !(s.technique == T::Clarify && s.says_sent())
    {
        // The shapes alternate the two wordings, so neighbours never open alike.
        // Months of chasing: the figure said back ("Four months is far too long ...").
        let wait = s.long_wait();
        let own = if wait.is_some() {
            lib::OPEN_LONG_WAIT
        } else {
            lib::OPEN_CHASED
        }
        .get((s.seed.wrapping_add(salt / 100) % 2) as usize)
        .replace_str("{subject}", topic)
        .replace_str("{wait}", wait.unwrap_or_default());
        parts.insert(at, own);
    }
    parts
}

/// The reply to a calm question the brand answers in general (stock, payment, delivery,
/// rules, which app, dates, store hours, an outage, or one no keyword places), naming its
/// subject in the customer's words when they read cleanly; `None` for a question about the
/// customer's own account or a how-to (see [`answer_line`]). Three real ways: a short
/// promise to check, a fuller and warmer one, and where the answer lives.
fn asked_line(s: &Scene<'_>, shape: Shape, salt: u64) -> Option<String> {
    use lib::Asked;
    let question = s.situation.question;
    let routed = question == Some(Question::Contact)
        || s.situation.request == Some(Want::ContactNumber)
        // A request put as a question ("can someone call me back?"): taken up.
        || question.is_none() && s.take_up(salt).is_some()
        // "Tried to DM you but it won't let me, how else can I reach you?": a way in.
        || s.dm_fails();
    if routed {
        return None;
    }
    let kind = Asked::of(crate::playbook::situation::to_brand(s.texts)?, question);
    // No kind and no clean clause, and the case needs a detail (a question why their own
    // case went wrong): that detail, not a bare promise to find out (see `answer_line`).
    // Something that came damaged ("what can I do?") is a case of theirs: its detail,
    // never "I'll find out what you can do".
    if kind.is_none()
        && (lib::answers(s.texts).is_some()
            || s.asked_as.is_none() && !s.situation.missing.is_empty()
            || damaged_case(s))
    {
        return None;
    }
    let pool = match (kind, shape) {
        (Some(Asked::Choice), _) => {
            let k = match shape {
                Shape::Short => 0,
                Shape::Warm => 1,
                Shape::Step => 2,
            };
            return Some(Asked::Choice.step().get(k).to_string());
        }
        // Hours differ by store: which store's, when the question's words did not say.
        (Some(Asked::Hours), Shape::Step) if s.asked_as.is_none() => lib::ANSWER_HOURS,
        // Where the answer lives, said in the short and warm replies too.
        (Some(kind), Shape::Short) if kind.place().is_some() => lib::ASKED_SHORT_PLACE,
        (Some(kind), Shape::Warm) if kind.place().is_some() => lib::ASKED_WARM_PLACE,
        (_, Shape::Short) => lib::ASKED_SHORT,
        (_, Shape::Warm) => lib::ASKED_WARM,
        (Some(kind), Shape::Step) => kind.step(),
        (None, Shape::Step) => lib::ASKED_TEAM,
    };
    let line = s
        .pick(pool, salt)
        .replace_str("{place}", kind.and_then(Asked::place).unwrap_or_default());
    Some(match s.asked_as.or(kind.map(Asked::name)) {
        Some(subject) => line.replace_str("{asked}", subject),
        None => line.replace_str(" {asked}", ""),
    })
}

/// Whether a first message asks about something that came damaged ("parcel turned up
/// crushed, what can I do?"): a case of theirs, whose detail is the step.
fn damaged_case(s: &Scene<'_>) -> bool {
    s.situation.issue == IssueType::DeliveryDamaged && !s.agent_has_written
}

/// The answer to a question about the customer's own account, order or settings, or a
/// how-to; on a public channel, any account detail it needs is asked for by DM instead.
fn answer_line(s: &Scene<'_>, salt: u64) -> String {
    let pool = match s.situation.question {
        _ if s.dm_fails() => return s.dm(salt),
        Some(Question::Contact) => lib::ANSWER_CONTACT,
        _ if s.situation.request == Some(Want::ContactNumber) => lib::ANSWER_CONTACT,
        // A request put as a question ("can someone call me back?"): take it up.
        _ if s.take_up(salt).is_some() => return s.next_move(salt),
        // `asked_line` answers any other question; one it cannot restate whose case needs a
        // detail gets the case's next move (the detail, and what is done with it; by DM on
        // a public post, never "I'll pass your feedback on" for a question).
        _ => match lib::answers(s.texts) {
            Some(pool) => pool,
            None if !s.situation.missing.is_empty() || damaged_case(s) => {
                return if s.public() {
                    s.dm(salt)
                } else {
                    s.next_move(salt)
                }
            }
            None => lib::ASKED_TEAM,
        },
    };
    let mut answer = s
        .pick(pool, salt)
        .replace_str("{follow_up}", &s.config.follow_up_phrase())
        .replace_str(" {asked}", "");
    // An order number in the thread ("change the address on order 55231") is never asked
    // for again: only what is still lacking ("What's the new address?").
    if s.situation.known.contains(&Detail::OrderNumber) {
        answer = answer.replace_str("the order number and ", "");
        if let Some(at) = answer.find_str(" What's the order number?") {
            answer.truncate(at);
        }
    }
    if !s.public() {
        return answer;
    }
    let private = list!["order", "email", "address", "postcode", "number"];
    let mut kept: Vec<&str> = Vec::new();
    let mut dropped = String::new();
    for sentence in crate::text::split_inclusive_any(&answer, b".?") {
        let asks_private =
            sentence.ends_with('?') && private.iter().any(|w| sentence.contains_str(w));
        if asks_private {
            dropped.push_str(sentence);
        } else {
            kept.push(sentence.trim());
        }
    }
    if dropped.is_empty() {
        return answer;
    }
    let details = if dropped.contains_str("number and time") || dropped.contains_str("ring") {
        s.pick(lib::DETAIL_CALLBACK, salt + 1)
    } else if dropped.contains_str("email") {
        s.pick(lib::DETAIL_EMAIL, salt + 1)
    } else if dropped.contains_str("order") {
        s.pick(lib::DETAIL_ORDER, salt + 1)
    } else if dropped.contains_str("new address") {
        "the new address"
    } else {
        "the details"
    };
    let dm = s
        .pick(lib::DM_ANSWER, salt + 2)
        .replace_str("{details}", details);
    kept.push(&dm);
    crate::text::join(&kept, " ")
}

/// The first of `make(from)`, `make(from + 1)`, ... (eight tries) that neither holds nor
/// is held by any of `taken`, else `make(from)`: another wording, so no reply is another
/// plus a sentence.
fn other_than(make: &dyn Fn(u64) -> String, from: u64, taken: &[&str]) -> String {
    (from..from + 8)
        .map(make)
        .find(|p| {
            taken.iter().all(|t| {
                let (p, t) = (p.trim_end_matches('.'), t.trim_end_matches('.'));
                !p.contains_str(t) && !t.contains_str(p)
            })
        })
        .unwrap_or_else(|| make(from))
}

/// The first thing to do about a hazard (see `Scene::safety_step`), and whether it is gas
/// (then nothing is asked for).
fn safety_line(s: &Scene<'_>, salt: u64) -> (String, bool) {
    let pool = s.safety_step();
    (s.pick(pool, salt).to_string(), pool.0 == lib::SAFETY_GAS.0)
}

/// "Here's what happens next": for a customer who already said what they want (a refund,
/// a cancellation), the agent's action, conditional on a missing detail.
fn propose_line(s: &Scene<'_>, salt: u64) -> String {
    if s.says_sent() || s.sent_off(salt).is_some() {
        return s.next_move(salt);
    }
    let action = s.action(salt);
    let pool = if s.public() {
        lib::PLAN_PUBLIC
    } else if s.question(salt + 7).is_none() {
        return s.plan(salt);
    } else {
        lib::PLAN_ASK
    };
    let question = if s.public() {
        match s.details(salt + 7) {
            Some(details) => details,
            // Everything the case needs is in the thread: the step itself.
            None => return s.plan(salt),
        }
    } else {
        s.question(salt + 7).unwrap_or_default()
    };
    s.pick(pool, salt)
        .replace_str("{action}", &action)
        .replace_str("{details}", &question)
        .replace_str("{question}", &question)
        .replace_str("{when}", &s.config.follow_up_phrase())
}

/// The problem's name for a close that says it is fixed ("Glad we got to the bottom of the
/// hold-up with your order."): never a request, a question, a rule, or a name that says
/// it is still wrong ("the refund that hasn't come through").
fn fixed_name<'a>(s: &Scene<'_>, subject: Option<&'a str>) -> Option<&'a str> {
    subject.filter(|n| {
        s.situation.fault != Fault::Policy
            && !["request", "question", "n't"]
                .iter()
                .any(|w| n.contains_str(w))
    })
}

/// Whether a thank-you also says the problem went away ("it just turned up, thanks").
fn evidence_solved(text: &str) -> bool {
    crate::playbook::situation::has_any(
        text,
        list![
            "turned up",
            "arrived",
            "came today",
            "landed",
            "got it",
            "it worked",
            "works now",
            "working now",
            "all good",
            "sorted",
            "fixed",
            "received it",
            "in now",
            "back in",
        ],
    )
}

/// An acknowledgement naming the problem: the customer's own clause when it names the
/// problem (a chat's clause said back whole, "you advise everyone do not be fooled", reads
/// as a template); else the name.
fn acknowledge_line(s: &Scene<'_>, subject: Option<&str>, salt: u64) -> String {
    match (s.mirrored.and(s.clause), subject) {
        (Some(m), _) => s.pick(lib::ACK_MIRROR, salt).replace_str("{complaint}", m),
        (None, Some(name)) => s
            .pick(lib::ACK_SUBJECT, salt)
            .replace_str("{subject}", name),
        (None, None) => s.opener(None, salt),
    }
}
