//! The playbook engine: the next technique and why, the conversation's stage, ready replies
//! that mirror the customer, site-owner configuration, and the draft coach.
