//! The small closed word classes the rules need: negators, intensifiers, acronyms...
//! Each class is one space-separated string (cheaper in the wasm than a table of strings).

/// Words that negate what follows ("not", "never", "don't"); any word ending in `n't` does too.
pub(super) static NEGATORS: &str =
    "not no never cannot nothing nobody noone none neither nor without hardly barely lack \
     lacks lacking dont didnt doesnt cant wont isnt wasnt arent werent havent hasnt hadnt \
     couldnt shouldnt wouldnt aint";

/// Words that strengthen the sentiment word after them ("so angry", "very helpful").
pub(super) static INTENSIFIERS: &str =
    "so very really extremely absolutely totally completely utterly incredibly super truly \
     highly deeply insanely too such most freaking beyond thoroughly seriously";

/// Words that shift weight to the clause after them ("fine, but it broke").
pub(super) static CONTRASTS: &str = "but however although though except";

/// Words that introduce an apology, inside which problem words are not complaints ("sorry for the trouble").
pub(super) static APOLOGIES: &str = "sorry apologize apologise apologies apology apologizing";

/// Words that may stand before an imperative without making it a statement: "please fix it", "just refund me", "oh great, another bug".
pub(super) static SOFTENERS: &str =
    "please pls plz pleaseee kindly just now so and then ok okay oh well wow ah yeah hey hi \
     hello seriously honestly ugh again simply somebody someone";

/// Capitalised words that are names, not shouting (`OK`, `PDF`, `USA`).
pub(super) static ACRONYMS: &str =
    "ok id usa us uk eu pdf faq url api sms eta tv pc it hr vip dm pm am ceo fyi btw lol \
     imo atm pin ssn cc ip vpn dns ssl http https html css json xml csv usb gps ups dhl \
     fedex usps tnt nhs irs vat gst sku os ios mac sim wifi ram ssd hd dvd cd ai aws sql \
     sso mfa otp 2fa ibm bmw nasa ikea hp lg ny nyc la sf dc ca asap tbh omg aka diy gb mb \
     kb tb ghz xl xxl uae un ii iii iv iban bic swift ach po cod rma gdpr ftc bbb fcc cfpb \
     mr mrs ms dr jr sr";

/// Short capitalised words that are still shouting when they stand alone (`NOW`, `NO`): other words of three letters or fewer are more likely codes or acronyms.
pub(super) static SHORT_SHOUTS: &str =
    "no now not why how who you me my all any get yet did was are the and for off out bad \
     mad sad one two ten is do so to of in on at be an or if up we he she has had can won \
     don yes fix pay lie wtf ffs its i'm im i've ive";

/// Numbers written as words, for "three weeks" and "asked five times". `a`/`an` count as
/// one; vague quantities count as several. `word=value` pairs, one text (see `WORDS`).
pub(super) static NUMBER_WORDS: &str =
    "a=1 an=1 one=1 two=2 couple=2 three=3 few=3 four=4 five=5 several=5 multiple=5 \
     many=5 numerous=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 twelve=12 dozen=12 \
     fifteen=15 twenty=20 thirty=30 forty=40 fifty=50 hundred=100 countless=100 \
     hundreds=100";
