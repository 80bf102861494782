//! The draft coach in the sidebar: at most two flags while the agent types, the most
//! important first, the rest behind "N more".

use defuse_core::Role;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::Fixture;

const ANGRY: &str = "This is the THIRD time I'm asking!!! Where is my refund??? I will sue you.";

fn labels(list: &web_sys::Element) -> Vec<String> {
    let items = list
        .query_selector_all("[data-testid=defuse-coach-flag] .defuse-reason-label")
        .expect("a valid selector");
    (0..items.length())
        .filter_map(|i| items.item(i))
        .filter_map(|n| n.text_content())
        .collect()
}

#[wasm_bindgen_test]
async fn two_flags_while_typing_the_rest_on_demand() {
    let f = Fixture::new().await;
    f.push(Role::Customer, ANGRY).await;
    // Five problems: two of the most severe kind (dismissal, blame), three milder.
    let draft =
        "As I said, it's our policy and I'll try ASAP. Calm down. You should have read the SLA.";
    f.handle.draft_changed(draft.to_string());
    yew::scheduler::flush().await;

    let all = f.all("defuse-coach-flag").len();
    assert!(all >= 5, "{all} flags");
    let shown = f.one("defuse-coach-flags").expect("the shown flags");
    let shown_labels = labels(&shown);
    assert_eq!(
        shown_labels,
        vec!["dismissive".to_string(), "blame".to_string()],
        "the two most severe flags show first, in text order"
    );
    let more = f.one("defuse-coach-more").expect("the rest, on demand");
    assert!(!more.has_attribute("open"), "the rest start folded away");
    let summary = more.query_selector("summary").unwrap().expect("a summary");
    assert_eq!(
        summary.text_content().unwrap_or_default(),
        format!("{} more", all - 2)
    );
    assert_eq!(labels(&more).len(), all - 2);

    // Opening it shows the rest, and it stays open while the agent keeps typing.
    f.click(&summary).await;
    assert!(f
        .one("defuse-coach-more")
        .expect("still there")
        .has_attribute("open"));
    f.handle.draft_changed(format!("{draft} Thanks."));
    yew::scheduler::flush().await;
    assert!(f
        .one("defuse-coach-more")
        .expect("still there")
        .has_attribute("open"));

    // A draft with one problem has nothing on demand.
    f.handle.draft_changed(
        "I'm sorry about your refund, I'll try to fix it by 5pm. The RMA is attached.".to_string(),
    );
    yew::scheduler::flush().await;
    assert!(f.one("defuse-coach-more").is_none());
    assert!(f.all("defuse-coach-flag").len() <= 2);
}
