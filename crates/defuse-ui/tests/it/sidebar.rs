//! What the agent sees and does in the sidebar.

use defuse_core::{analyze, Band, Conversation, Message, Role};
use defuse_ui::{HostEvent, InsertMode};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::Fixture;

const ANGRY: &str = "This is the THIRD time I'm asking!!! Where is my refund??? I will sue you.";

fn expected_state(texts: &[&str]) -> defuse_core::State {
    let mut c = Conversation::new();
    for t in texts {
        c.push(Message {
            role: Role::Customer,
            text: t.to_string(),
            at: None,
        });
    }
    c.state().clone()
}

#[wasm_bindgen_test]
async fn gauge_shows_the_conversations_level_and_band() {
    let f = Fixture::new().await;
    assert_eq!(f.text("defuse-level"), "0");
    assert_eq!(f.text("defuse-band"), "calm");
    f.push(Role::Customer, "Hi, my order has not arrived.")
        .await;
    f.push(Role::Customer, ANGRY).await;
    let want = expected_state(&["Hi, my order has not arrived.", ANGRY]);
    assert!(want.level > 0, "the core should find this message heated");
    assert_eq!(f.text("defuse-level"), want.level.to_string());
    assert_eq!(f.text("defuse-band"), want.band.label());
    let gauge = f.one("defuse-gauge").expect("a gauge");
    assert_eq!(gauge.get_attribute("role").as_deref(), Some("meter"));
    assert_eq!(
        gauge.get_attribute("aria-valuenow"),
        Some(want.level.to_string())
    );
    // The host heard about the change.
    assert!(f.host.events.borrow().iter().any(|e| matches!(
        e,
        HostEvent::EscalationChanged { level, .. } if *level == want.level
    )));
}

#[wasm_bindgen_test]
async fn reasons_show_the_trigger_words_as_text() {
    let f = Fixture::new().await;
    f.push(Role::Customer, ANGRY).await;
    let reasons = f.all("defuse-reason");
    assert!(!reasons.is_empty(), "an angry message has reasons");
    let words: Vec<String> = analyze(ANGRY)
        .signals
        .iter()
        .map(|s| s.span.slice(ANGRY).to_string())
        .collect();
    for reason in reasons {
        let mark = reason
            .query_selector("mark")
            .unwrap()
            .expect("highlighted words");
        let text = mark.text_content().unwrap_or_default();
        assert!(words.contains(&text), "{text:?} is not a signal's words");
    }
}

#[wasm_bindgen_test]
async fn a_message_in_another_language_says_so_and_keeps_the_level() {
    let f = Fixture::new().await;
    f.push(Role::Customer, ANGRY).await;
    let before = f.text("defuse-level");
    f.push(
        Role::Customer,
        "Es la tercera vez que pregunto. Son unos inútiles, quiero mi dinero ya.",
    )
    .await;
    assert_eq!(
        f.text("defuse-level"),
        before,
        "no level claim from Spanish"
    );
    assert!(f
        .text("defuse-unsupported-language")
        .contains("Defuse reads English only for now"));
    assert!(f.all("defuse-reason").is_empty(), "no reasons read from it");
}

#[wasm_bindgen_test]
async fn html_in_a_message_renders_as_text() {
    let f = Fixture::new().await;
    let payload = "<img src=x onerror=defuseHacked=1> RIDICULOUS!!!<script>defuseHacked=2</script>";
    f.push(Role::Customer, payload).await;
    assert!(f.root.query_selector("img").unwrap().is_none());
    assert!(f.root.query_selector("script").unwrap().is_none());
    assert!(
        f.text("defuse-reasons").contains("<img src=x"),
        "the markup is shown as the customer typed it"
    );
    let hacked = js_sys::Reflect::get(&web_sys::window().unwrap(), &"defuseHacked".into()).unwrap();
    assert!(hacked.is_undefined());
}

#[wasm_bindgen_test]
async fn insert_into_an_empty_composer_goes_straight_in_and_can_be_undone() {
    let f = Fixture::new().await;
    f.push(Role::Customer, ANGRY).await;
    assert_eq!(f.all("defuse-reply").len(), 3);
    let first_reply = f.all("defuse-reply")[0]
        .query_selector(".defuse-reply-text")
        .unwrap()
        .and_then(|e| e.text_content())
        .expect("reply text");
    f.click_first("defuse-insert").await;
    assert_eq!(
        *f.host.inserts.borrow(),
        vec![(first_reply.clone(), InsertMode::Insert)]
    );
    assert!(f
        .host
        .events
        .borrow()
        .iter()
        .any(|e| matches!(e, HostEvent::ReplyInserted { text, .. } if *text == first_reply)));
    f.click_first("defuse-undo").await;
    assert_eq!(*f.host.undos.borrow(), 1);
    assert!(f.one("defuse-undo").is_none());
}

#[wasm_bindgen_test]
async fn insert_over_a_draft_asks_first_then_does_what_was_chosen() {
    let f = Fixture::new().await;
    f.push(Role::Customer, ANGRY).await;
    *f.host.draft.borrow_mut() = "Hello, ".to_string();

    f.click_first("defuse-insert").await;
    assert!(
        f.host.inserts.borrow().is_empty(),
        "nothing overwritten silently"
    );
    f.click_first("defuse-replace").await;
    assert_eq!(f.host.inserts.borrow().len(), 1);
    assert_eq!(f.host.inserts.borrow()[0].1, InsertMode::Replace);

    // Asked again (the draft is the reply now); this time insert at the cursor.
    f.click_first("defuse-insert").await;
    assert_eq!(f.host.inserts.borrow().len(), 1);
    assert!(f.one("defuse-replace").is_some());
    f.click_first("defuse-insert").await;
    assert_eq!(f.host.inserts.borrow().len(), 2);
    assert_eq!(f.host.inserts.borrow()[1].1, InsertMode::Insert);
    assert!(f.one("defuse-replace").is_none());
}

#[wasm_bindgen_test]
async fn edited_reply_is_what_gets_inserted() {
    let f = Fixture::new().await;
    f.push(Role::Customer, ANGRY).await;
    f.click_first("defuse-edit").await;
    let editor = f
        .root
        .query_selector("textarea.defuse-editor")
        .unwrap()
        .expect("an editor")
        .dyn_into::<web_sys::HtmlTextAreaElement>()
        .unwrap();
    editor.set_value("My own careful words.");
    let input = web_sys::InputEvent::new("input").unwrap();
    editor.dispatch_event(&input).unwrap();
    yew::scheduler::flush().await;
    f.click_first("defuse-insert").await;
    assert_eq!(
        *f.host.inserts.borrow(),
        vec![("My own careful words.".to_string(), InsertMode::Insert)]
    );
}

#[wasm_bindgen_test]
async fn copy_goes_to_the_host_clipboard() {
    let f = Fixture::new().await;
    f.push(Role::Customer, ANGRY).await;
    f.click_first("defuse-copy").await;
    assert_eq!(f.host.copies.borrow().len(), 1);
    assert!(!f.host.copies.borrow()[0].is_empty());
}

#[wasm_bindgen_test]
async fn coach_flags_phrases_in_the_draft() {
    let f = Fixture::new().await;
    f.push(Role::Customer, ANGRY).await;
    let draft = "Calm down. As I said, there is nothing we can do, it's our policy.";
    f.handle.draft_changed(draft.to_string());
    yew::scheduler::flush().await;
    assert!(!f.text("defuse-verdict").is_empty());
    let flags = f.all("defuse-coach-flag");
    assert!(!flags.is_empty(), "a dismissive draft is flagged");
    let marks: Vec<String> = flags
        .iter()
        .filter_map(|flag| flag.query_selector("mark").unwrap())
        .map(|mark| mark.text_content().unwrap_or_default())
        .collect();
    assert!(!marks.is_empty(), "phrase flags point at words");
    for words in marks {
        assert!(!words.is_empty() && draft.contains(&words), "{words:?}");
    }
}

#[wasm_bindgen_test]
async fn collapse_toggles_by_button_and_shortcut_and_is_remembered() {
    let f = Fixture::new().await;
    assert!(f.one("defuse-gauge").is_some());
    f.click_first("defuse-toggle").await;
    let aside = f.one("defuse-sidebar").expect("the sidebar");
    assert!(aside.class_list().contains("defuse--collapsed"));
    assert!(f.one("defuse-gauge").is_none());
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("defuse:settings")
        .unwrap()
        .unwrap_or_default();
    assert!(stored.contains("collapsed=1"), "{stored}");

    // Alt+Shift+D on the window (where focus usually is: the host's composer).
    let init = web_sys::KeyboardEventInit::new();
    init.set_code("KeyD");
    init.set_key("D");
    init.set_alt_key(true);
    init.set_shift_key(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
    assert!(f.one("defuse-gauge").is_some());
}

#[wasm_bindgen_test]
async fn live_region_announces_band_changes() {
    let f = Fixture::new().await;
    let live = f.one("defuse-live").expect("a live region");
    assert_eq!(live.get_attribute("aria-live").as_deref(), Some("polite"));
    f.push(Role::Customer, ANGRY).await;
    let band = expected_state(&[ANGRY]).band;
    assert_ne!(band, Band::Calm);
    let text = f.text("defuse-live");
    assert!(text.starts_with("Escalation rising"), "{text}");
    assert!(text.contains(band.label()), "{text}");
}

#[wasm_bindgen_test]
async fn show_error_is_a_quiet_visible_line() {
    let f = Fixture::new().await;
    assert!(f.one("defuse-error").is_none());
    f.handle
        .show_error("Something went wrong inside Defuse.".into());
    yew::scheduler::flush().await;
    assert_eq!(
        f.text("defuse-error").trim_end_matches('×'),
        "Something went wrong inside Defuse."
    );
}

#[wasm_bindgen_test]
async fn reset_clears_the_conversation() {
    let f = Fixture::new().await;
    f.push(Role::Customer, ANGRY).await;
    f.handle.reset();
    yew::scheduler::flush().await;
    assert_eq!(f.text("defuse-level"), "0");
    assert!(f.all("defuse-reason").is_empty());
    assert!(f.all("defuse-reply").is_empty());
}

#[wasm_bindgen_test]
async fn every_documented_testid_is_rendered() {
    let f = Fixture::new().await;
    f.push(Role::Customer, ANGRY).await;
    f.handle.draft_changed("Calm down, as I said.".into());
    yew::scheduler::flush().await;
    for id in [
        "defuse-sidebar",
        "defuse-gauge",
        "defuse-level",
        "defuse-band",
        "defuse-reasons",
        "defuse-reason",
        "defuse-technique",
        "defuse-stage",
        "defuse-reply",
        "defuse-insert",
        "defuse-copy",
        "defuse-edit",
        "defuse-coach",
        "defuse-verdict",
        "defuse-wait",
        "defuse-followup",
        "defuse-toggle",
        "defuse-live",
    ] {
        assert!(f.one(id).is_some(), "missing {id}");
    }
}

fn key(code: &str, alt: bool, shift: bool) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_code(code);
    init.set_alt_key(alt);
    init.set_shift_key(shift);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn alt_digit_inserts_that_reply() {
    let f = Fixture::new().await;
    f.push(Role::Customer, ANGRY).await;
    let second = f.all("defuse-reply")[1]
        .query_selector(".defuse-reply-text")
        .unwrap()
        .and_then(|e| e.text_content())
        .expect("reply text");
    key("Digit2", true, false);
    yew::scheduler::flush().await;
    assert_eq!(*f.host.inserts.borrow(), vec![(second, InsertMode::Insert)]);
    // Without Alt the digit is just typing.
    key("Digit1", false, false);
    yew::scheduler::flush().await;
    assert_eq!(f.host.inserts.borrow().len(), 1);
}

#[wasm_bindgen_test]
async fn coach_apply_replaces_just_the_flagged_phrase() {
    let f = Fixture::new().await;
    f.push(Role::Customer, "My order never arrived.").await;
    let draft = "Calm down, I will check the order now.";
    *f.host.draft.borrow_mut() = draft.to_string();
    f.handle.draft_changed(draft.to_string());
    yew::scheduler::flush().await;
    let apply = f
        .root
        .query_selector("[data-testid=defuse-coach-flag] .defuse-flag-rewrite button")
        .unwrap()
        .expect("an apply button");
    f.click(&apply).await;
    let inserts = f.host.inserts.borrow().clone();
    assert_eq!(inserts.len(), 1);
    let (fixed, mode) = &inserts[0];
    assert_eq!(*mode, InsertMode::Replace);
    assert!(!fixed.contains("Calm down"), "{fixed}");
    assert!(fixed.ends_with(", I will check the order now."), "{fixed}");
}

#[wasm_bindgen_test]
async fn follow_up_reminder_counts_down_and_clears() {
    let f = Fixture::new().await;
    let set = f.all("defuse-followup")[0]
        .query_selector("button")
        .unwrap()
        .expect("a reminder button");
    f.click(&set).await;
    let followup = f.one("defuse-followup").unwrap();
    assert!(
        followup.query_selector("time").unwrap().is_some(),
        "a countdown"
    );
    let clear = followup.query_selector("button").unwrap().expect("clear");
    f.click(&clear).await;
    assert!(f
        .one("defuse-followup")
        .unwrap()
        .query_selector("time")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn wait_timer_runs_while_the_customer_waits() {
    let f = Fixture::new().await;
    assert!(f.text("defuse-wait").contains("No one waiting"));
    f.push(Role::Customer, "Hello? Anyone there?").await;
    assert!(f.text("defuse-wait").contains("Waiting"));
    f.push(Role::Agent, "Hi, I'm here and looking at it now.")
        .await;
    assert!(f.text("defuse-wait").contains("No one waiting"));
}

#[wasm_bindgen_test]
async fn settings_panel_changes_dock_and_persists() {
    let f = Fixture::new().await;
    assert!(f.one("defuse-settings").is_none());
    let open = f
        .root
        .query_selector("[aria-controls=defuse-settings]")
        .unwrap()
        .expect("a settings button");
    f.click(&open).await;
    let panel = f.one("defuse-settings").expect("the settings panel");
    let dock = panel
        .query_selector("select")
        .unwrap()
        .expect("the dock select")
        .dyn_into::<web_sys::HtmlSelectElement>()
        .unwrap();
    dock.set_value("left");
    dock.dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    let aside = f.one("defuse-sidebar").unwrap();
    assert!(aside.class_list().contains("defuse--left"));
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("defuse:settings")
        .unwrap()
        .unwrap_or_default();
    assert!(stored.contains("dock=left"), "{stored}");
}

#[wasm_bindgen_test]
async fn stage_marks_the_current_step() {
    let f = Fixture::new().await;
    f.push(Role::Customer, ANGRY).await;
    let stage = f.one("defuse-stage").unwrap();
    let current = stage
        .query_selector("[aria-current=step]")
        .unwrap()
        .expect("a current stage");
    assert!(["Identify", "Guide", "Act", "Review"]
        .contains(&current.text_content().unwrap_or_default().as_str()));
    assert!(!f.text("defuse-technique").is_empty());
}

#[wasm_bindgen_test]
async fn a_follow_up_promised_in_the_chat_is_tracked() {
    let f = Fixture::new().await;
    f.push(Role::Customer, "My refund still hasn't arrived.")
        .await;
    f.push(
        Role::Agent,
        "I'm sorry. I'll get back to you within the hour with an update.",
    )
    .await;
    let promise = f
        .root
        .query_selector(".defuse-promise")
        .unwrap()
        .expect("the promise is shown");
    let text = promise.text_content().unwrap_or_default();
    assert!(text.starts_with("You promised a follow-up"), "{text}");
    assert!(promise.class_list().contains("pending"), "{text}");
}
