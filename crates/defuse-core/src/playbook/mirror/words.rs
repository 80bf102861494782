//! The word lists the mirroring rules read, each one string of space-separated words, sorted
//! for binary search (see `text::is_in_sorted`; a unit test in the parent module checks the
//! order). `SUBJECT_BEFORE`, short and read by a scan, is in no particular order.

/// Words that mark a sentence as a complaint worth mirroring.
pub(super) const PROBLEM_WORDS: &str = "again awful broke broken bug can't canceled cancelled \
    cannot charged couldn't crash crashed crashes crashing damaged days declined delayed didn't \
    disappeared doesn't don't error failed failing fails froze frozen hasn't haven't hours \
    ignored isn't late locked lost missing months never no nobody not nothing overcharged problem \
    refused still stopped stuck terrible twice unanswered waiting wasn't weeks won't wrong";

/// Common chat typos and shorthand, fixed before any rule runs, as `typo=fix` pairs (see
/// `text::lookup`); a `+` joins the words of a two-word fix.
pub(super) const TYPOS: &str = "acount=account alot=a+lot arent=aren't becasue=because \
    becuase=because cant=can't couldnt=couldn't didnt=didn't doesnt=doesn't dont=don't \
    hasnt=hasn't havent=haven't im=i'm isnt=isn't ive=i've pakage=package paymnet=payment \
    recieve=receive recieved=received refnud=refund u=you untill=until ur=your wasnt=wasn't \
    werent=weren't wont=won't wouldnt=wouldn't youre=you're";

/// Short words written in capitals for emphasis, not as acronyms.
pub(super) const COMMON_CAPS: &str = "all and any are but can did far for get got had has how i'm \
    not now off old one our out the too two was way why yet you";

/// Words after which "you" starts a clause, so it is a subject ("... because you ...").
pub(super) const SUBJECT_BEFORE: &str =
    "and but or because since so that when if then until after before while , why what's know";

/// Words dropped wherever they appear: interjections, intensifiers and swearing that add
/// heat but no content.
pub(super) const DROP: &str =
    "actually bloody dammit damn damned effing frankly freaking frigging \
    fucking goddamn honestly kindly literally please pls plz seriously stupid useless";

/// Words that may open a sentence without being part of the complaint.
pub(super) const LEAD_FILLERS: &str = "again also and anyway but guys hello hey hi listen look oh \
    ok okay omg so team ugh uh um well wow yeah yes";

/// Words that mean the sentence is not a complaint to mirror (threats, abuse, demands,
/// thanks); cues usually catch these first, this is the safety net.
pub(super) const REJECT: &str = "attorney bbb bullshit chargeback court crap demand facebook fuck \
    hell human idiot idiots incompetent instagram joke lawyer lawyers manager moron morons pathetic \
    review reviews shit star stars sue supervisor thank thanks tiktok trustpilot twitter wtf yelp";

/// Auxiliaries that invert in "why hasn't my refund arrived".
pub(super) const AUXILIARIES: &str = "am are aren't can can't could couldn't did didn't do does \
    doesn't don't has hasn't have haven't is isn't was wasn't were weren't will won't would \
    wouldn't";

/// Nouns a chat clause may open with after dropping "the" ("package never arrived").
pub(super) const TOPIC_NOUNS: &str = "account app bill card delivery email emails invoice item \
    laptop order package parcel password payment phone refund replacement site subscription \
    tablet tracking website";
