//! The patterns English speaker detection reads with: speech verbs and frames, names,
//! roles and references, and words that are not names. What kind of thing a capitalised
//! word is (an office, a nationality, a place, an organisation) is in `en_words.rs`.

use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::re;

pub(super) static EN_VERB: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:also\s+|further\s+|later\s+|previously\s+|then\s+|(?:openly|publicly|privately|repeatedly|recently|initially|originally|separately|bluntly|flatly|quickly|swiftly|immediately|subsequently|ultimately|eventually|finally|explicitly|directly|reportedly|frequently|specifically)\s+)?(?P<verb>(?:is|are|was|were)\s+(?:now\s+|also\s+|still\s+)?(?:calling\s+(?:for|on)|urging|warning|arguing|saying|telling|demanding|accusing|slamming|blasting|criticizing|insisting|claiming|threatening)|(?:is|was|remained|remains)\s+(?:again\s+|also\s+|still\s+)?(?:adamant|insistent|emphatic)\s+that|said|says|added|adds|argued|argues|told|tells|noted|notes|warned|warns|explained|explains|stressed|insisted|threatened|acknowledged|admitted|cautioned|predicted|recalled|wrote|writes|observed|asked|asks|stated|testified|responded|replied|continued|emphasized|emphasised|emphasizes|emphasises|stresses|underscores|underscored|highlights|suggested|urged|vowed|declared|posted|tweeted|claimed|contended|countered|announced|reiterated|confirmed|denied|conceded|remarked|commented|joked|quipped|lamented|complained|boasted|maintained|disclosed|pointed out|called|defended|comments|commented|pledged|promised|accused|accuses|cited|cites|reminded|slammed|blasted|criticized|criticised|knocked|touted|blamed|decried|mocked|questioned|demanded|signaled|signalled|hinted|estimated|revealed|ordered|ruled|praised|lauded|commended|hailed|applauded|condemned|denounced|rebuked|advocated|asserted|asserts|alleged|alleges|clarified|teased|fumed|indicated|doubled down|puts it|put it|made\s+(?:it\s+)?clear|makes\s+(?:it\s+)?clear|shot back|fired back|hit back|pushed back|weighed in|weighs in)\b",
    )
});

/// Verbs that report speech only when a quotation or a `that` clause follows, and then only
/// for someone already known to speak (`“Judges,” Vance concluded, “…”`, `Knittel agreed that
/// …`): companies and judges agree, describe and propose things too.
pub(super) static EN_VERB_WEAK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:also\s+|further\s+|later\s+|then\s+)?(?:concluded|concludes|agreed|voiced|described|proposed|highlighted|mentioned|recounted|shared|detailed|outlined|echoed|expressed|reflected|elaborated|summed up|laughed|chuckled|sighed|smiled|shrugged|exclaimed|gushed|beamed|apprised|informed|assured|reassured|notified|briefed)\b",
    )
});

pub(super) static EN_INVERTED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:said|says|added|adds|argued|noted|notes|warned|explained|explains|stressed|insisted|cautioned|recalled|observed|asked|wrote|continued|continues|replied|responded|commented|comments|stated|states|emphasized|emphasised|concluded|concludes|remarked|shared|affirmed|elaborated)\s+(?P<np>(?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Lt|Gen|Col|Sgt|Adm|Capt|Maj|Rev|Hon|Judge|Justice)\.?\s+)?\p{Lu}[\p{L}'’\-]+(?:(?:\s+(?:de|la|le|du|di|dos|das|van|von|der|den|da|del|bin|al|ter|St\.))*(?:\s+[A-Z]\.)?\s+\p{Lu}[\p{L}'’\-]+)*(?:,?\s+(?:Jr|Sr)\.|\s+I{2,3}\b)?)(?:\s*,\s*(?:M\.D\.|Ph\.D\.|M\.H\.S\.|M\.B\.A\.|J\.D\.|D\.O\.|Esq\.|(?:MD|PhD|MBA|CFA|CPA|MPH|MSc|DPhil|FACC|FRCP|RN)\b))*(?:\s*,\s*(?P<app>[^.;:“”\x22]+))?",
    )
});

/// What a speaker expressed or voiced that states a stance (`confidence that`, `reservations
/// about the idea`).
pub(super) static EN_STANCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s+(?:\w+\s+){0,2}?(?:confidence|concerns?|hope|doubts?|optimism|frustration|skepticism|scepticism|reservations|support|opposition|disappointment|surprise|regret|anger|outrage|dismay|alarm|irritation)(?:\s+\w+){0,3}?\s+(?:that|about|over|for|with|at|in)\b",
    )
});

/// A quote-first attribution to someone unnamed (`,” said one Republican senator who
/// requested anonymity`).
pub(super) static EN_INVERTED_UNNAMED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"[”"],?\s+(?:said|says|added|adds|noted|explained|continued|argued|wrote)\s+(?P<np>(?:a|an|one|another)\s+[^,.;:“”"]{3,150})"#,
    )
});

/// The verb of a quote-first attribution and what follows it up to a comma or a quote
/// (`said Annature founder and CEO Corey Cacic.`), read by `en_titled_name`.
pub(super) static EN_INVERTED_TITLED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:said|says|added|adds|noted|explained|commented|comments|stated|continued|concluded|shared)\s+(?P<np>[^,;:“”\x22()]{3,120})",
    )
});

/// The same with titles listed with commas before the name (`said Chairman-Elect, President
/// & CEO Rob C. Holmes.`), read when the phrase up to the first comma names no one.
pub(super) static EN_INVERTED_LISTED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:said|says|added|adds|noted|explained|commented|comments|stated|continued|concluded|shared)\s+(?P<np>[^,;:“”\x22()]{3,120}(?:,\s+[A-Z][^,;:“”\x22()]{1,100})+)",
    )
});

/// A name, maybe with its appositive, then a colon and a quotation, as newsletters and
/// transcripts write speech (`Warren: “So why …”`, `Rep. Maxine Waters (Calif.), the top
/// Democrat on the committee: “Why …”`).
pub(super) static EN_COLON_QUOTE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?:^|[.!?”"]\s+|\s{2,}|\|\s*)(?P<np>(?:[A-Z][\w.’'\-]*\s+){0,5}?[A-Z][\w’'\-]*(?:\s*\([^()]{1,40}\))?)(?:,\s+(?P<app>[^:“”"]{1,120}))?:\s*[“"]"#,
    )
});

/// A paragraph that is a name, an appositive and a colon alone (`Aarne Simula, CEO, Wetteri
/// Plc:`).
pub(super) static EN_COLON_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    re(r#"^(?P<np>(?:[A-Z][\w.’'\-]*\s+){1,4}[A-Z][\w’'\-]*),\s+(?P<app>[^:“”"]{2,120}):$"#)
});

pub(super) static EN_ACCORDING: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(?:[Aa]ccording to|[Ii]n the words of)\s+(?P<np>[^.;:“”\x22]+?)(?:[,.;]|$)")
});

/// `what Richard Haas described as “…”`, `whom Trump called “…”`: the quoted words are the
/// named person's.
pub(super) static EN_WHAT_CALLED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:what|whom)\s+(?P<np>(?:[A-Z][\p{L}.’'\-]*\s+){0,4}[A-Z][\p{L}’'\-]+)\s+(?:has\s+|had\s+)?(?:called|calls|described\s+as|describes\s+as|termed|dubbed|referred\s+to\s+as)\s+[“\x22]",
    )
});

/// `…, with Collins saying she opposes …`: a name, then a participle of speech, after `with`.
pub(super) static EN_WITH_SAYING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\bwith\s+(?P<np>(?:(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Prof)\.\s+)?[A-Z][\p{L}’'\-]+(?:\s+[A-Z][\p{L}’'\-]+){0,2})\s+(?:also\s+)?(?:saying|arguing|warning|adding|noting|telling|calling\s+(?:for|on)|writing|insisting|claiming|vowing|urging|stressing)\b",
    )
});

pub(super) static EN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Lt|Gen|Col|Sgt|Adm|Capt|Maj|Rev|Hon|Judge|Justice)\.?\s+)?(?P<name>\p{Lu}[\p{L}'’\-]+(?:(?:\s+(?:de|la|le|du|di|dos|das|van|von|der|den|da|del|bin|al|ter|St\.)){0,2}(?:\s+[A-Z]\.)?\s+\p{Lu}[\p{L}'’\-]+){0,3}(?:,?\s+(?:Jr|Sr)\.?|\s+I{2,3})?)$",
    )
});

/// A participle of speech after a comma: `…, telling reporters that`, `…, saying`.
pub(super) static EN_PARTICIPLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r",\s+(?:saying|telling|adding|arguing|noting|warning|insisting|explaining|writing|calling|accusing|claiming|asserting|stating|expressing|urging|vowing|pledging|questioning|citing|praising|criticizing|criticising|blaming|describing|suggesting|predicting|announcing|touting|slamming|declaring|acknowledging|admitting|recalling|emphasizing|stressing|promising|asking|demanding|referring)\b",
    )
});

/// A speaker named by role alone: `the senator`, `the Speaker`, `the Israeli prime minister`,
/// `the New York Democrat`, `the former Senate majority leader`.
pub(super) static EN_ROLE_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^the\s+(?:(?:former|then|new|longtime|outgoing|incoming|top|veteran)\s+|(?-i:[A-Z])[\w.’'\-]*\s+|(?-i:[a-z])[a-z\-]+\s+){0,3}(?P<role>prime minister|pm|majority leader|minority leader|attorney general|president|senator|congressman|congresswoman|lawmaker|legislator|governor|mayor|chief executive|minister|spokesperson|spokesman|spokeswoman|secretary|speaker|chairman|chairwoman|chair|judge|justice|economist|analyst|professor|democrat|republican|independent|billionaire|ambassador|envoy|chancellor|premier|prosecutor|chief|director|head|businessman|businesswoman|entrepreneur|founder|lawyer|attorney|ceo|cfo|coo|cto|chief executive officer|strategist|investor|comedian|rapper|singer|actor|actress|performer|musician|pope|host|anchor|podcaster|novelist|filmmaker)$",
    )
});

/// People named together, referred to as a group (`the former secretaries`, `the two
/// senators`, `the lawmakers`).
pub(super) static EN_GROUP_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^the\s+(?:(?:former|two|three|four|five|six|seven|eight|nine|ten|several|Democratic|Republican)\s+){0,2}(?:secretaries|senators|lawmakers|legislators|congressmen|congresswomen|members|signatories|authors|governors|attorneys general|officials)$",
    )
});

/// A party and state in brackets after a name: `Sen. Lisa Murkowski (R-Alaska)`.
pub(super) static EN_PARTY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?P<name>[A-Z][\p{L}'’\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\p{L}'’\-]+){1,2})\s*\((?P<party>[DRI])[-–]",
    )
});

/// Brackets after a name (`(R-Tenn.)`, `(Ilya Sutskever)`).
pub(super) static EN_BRACKETS: LazyLock<Regex> = LazyLock::new(|| re(r"\s*\([^()]{0,40}\)"));

/// A full name in running text: two or three capitalised words, an initial allowed between.
pub(super) static EN_FULL_NAME: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b\p{Lu}\p{Ll}[\p{L}'’\-]*(?:\s+(?:[A-Z]\.\s+)?\p{Lu}\p{Ll}[\p{L}'’\-]*){1,3}\b")
});

/// A run of capitalised words of any length (`Senate Majority Leader John Thune`,
/// `Trooper First Class Megan Frazer`), initials allowed between; a possessive ends it.
pub(super) static EN_CAP_RUN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:[A-Z]['’][A-Z][\p{L}\-]+|\p{Lu}\p{Ll}[\p{L}\-]*)(?:\s+(?:[A-Z]\.\s+|(?:de|van|von|der|den|du|di|da|del|dos|das|ter)\s+)?(?:[A-Z]['’][A-Z][\p{L}\-]+|\p{Lu}\p{Ll}[\p{L}\-]*))+\b",
    )
});

/// One capitalised word that the text treats as a person's: `Johnson, who …`, `Ravanel said
/// he …`, `Johnson responded that she …` (companies and countries are `which` and `it`), or
/// one that is alone the subject of `said`, `told`, `wrote` (`plain`; read with care).
pub(super) static EN_PERSON_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?P<w>[A-Z][a-z][\p{L}\-]+)(?:,\s+who(?:se)?\b|\s+(?:(?:also|has|had|previously|repeatedly|later|then)\s+)*(?:(?:said|says|told\s+\w+|added|wrote|argued|noted|claimed|responded|insisted|stressed|explained)(?:\s+\w+){0,2}?\s+(?:that\s+)?(?:he|she)\s|(?P<plain>said|says|told|added|wrote|asked)\b))",
    )
});

/// One capitalised word (`Trump`).
pub(super) static EN_NAME_WORD: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b[A-Z][a-z][\p{L}'’\-]*\b"));

/// A phrase that ends with a role word (`White House Director`): a title, not a name.
pub(super) static EN_ROLE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:director|secretary|president|chairman|chairwoman|officer|spokesperson|spokesman|spokeswoman|CEO|CFO|CTO|leader|minister|governor|senator)$",
    )
});

pub(super) static EN_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:co-?founder|founder|chief [a-z ]{2,30}officer|CEO|CTO|COO|CFO|CMO|CIO|CSO|SVP|EVP|president|vice president|VP|partner|analyst|economist|director|head|engineer|researcher|scientist|professor|spokesperson|spokeswoman|spokesman|executive|manager|chair(?:man|woman)?|lead|developer|strategist|investor|lawyer|consultant|adviser|advisor|editor|architect|officer|secretary|senator|sen\.?|rep\.?|representative|congressman|congresswoman|czar|tsar|assemblymember|assemblyman|assemblywoman|councilmember|councilman|councilwoman|alderman|governor|gov\.?|mayor|comptroller|auditor|leader|speaker|minister|ambassador|commissioner|judge|justice|administrator|attorney general|whip|chancellor|prime minister|premier|envoy|press secretary|PM|(?:council|board|committee|cabinet|staff) member|specialist|expert|(?:research|senior|visiting) fellow|host|anchor|correspondent|commentator|columnist|pollster|historian|physician|doctor|geologist|geophysicist|physicist|chemist|biologist|psychologist|sociologist|epidemiologist|scholar|treasurer|superintendent|coordinator|supervisor|owner|publisher|producer|author|reporter|journalist|lobbyist|activist|advocate|surgeon|nurse|pharmacist|attorney|prosecutor|counsel|chief|sheriff|marshal|detective|trooper|sergeant|lieutenant|captain|commander|colonel|ally|aide|coach|quarterback|[a-z][a-z\-]*(?:ologist|ician|iatrist|ographer)s?|(?:lt|cmdr|sgt|capt|col|adm)\.?|Dr\.?|Prof\.?)\b",
    )
});

pub(super) static EN_UNNAMED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:a|an|one|another)\s+(?P<desc>.*?\b(?:person|people|executive|official|officer|engineer|analyst|source|employee|researcher|investor|manager|developer|insider|spokesperson|banker|trader|lawyer|adviser|advisor|consultant|founder|customer|director|partner|scientist|worker|staffer|ally|aide|member|lawmaker|senator|congressman|congresswoman|strategist|operative|Republican|Democrat)\b.*)$",
    )
});

pub(super) static EN_CONJUNCTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:,\s*|\s+)(?:but|while|whereas|although|though|and|as|because|after|before|when|that|whom)\s+",
    )
});

pub(super) static EN_ORG_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:AI|Inc|Corp|Co|Ltd|LLC|Labs?|Systems|Partners|Capital|Compute|Computing|Technologies|Technology|Tech|Groups?|Ventures|Holdings|Robotics|Semiconductors?|Silicon|Cloud|Networks|Bank|Research|Institute|University|Foundation|Media|News|Press|Times|Post|Journal|Ledger|Securities|Fund|Analytics|Software|Data|Energy|Motors|Logistics|Freight|Health|Pharma|Industries|Association|Council|Agency|Ministry|Commission|Department|Office|Company|Corporation|Weekly|Daily|Review|Committee|Republicans|Democrats|Republican|Democrat|House|Corporate|Business|Development|Operations|Communications|Relations|Affairs|Marketing|Sales|Strategy|Finance|Investor|Steel|Senate|Congress|Court|Administration|Party|Caucus|Amendment|Constitution|Eggs|Airlines|Airways|Motors|Pharmaceuticals|Therapeutics|Bancorp|Trust|Insurance|Exchange|Reserve|Treasury|Pentagon|Police|Army|Navy|Guard|AG|GmbH|AS|ASA|SA|NV|PLC|plc|AB|Oy|Oyj|SE|SpA|Properties|Management|Instruments|Biotech|Act|Capitol|Bureau|Service|Services|Healthcare|Medical|International|Network|Program|Club|Church|Companies|Security|Cyber|Promotion|Solutions|Sciences|Biosciences|Realty|Resources|Mining|Minerals|Metals|Foods|Brands|Hospital|Clinic|School|College|Academy|Center|Centre|Union|Federation|Alliance|Coalition|Initiative|Forum|Summit|Strip|Street|Restaurants|Stores|Markets|Retail|Hotels|Resorts|Entertainment|Studios|Games|Labs|Wireless|Telecom|Utilities|Power|Electric|Airport|Railways?|Shipping|Partnership|Trade|Chamber|Canyon|Mountains?|Valley|County|Creek|Avenue|Road|Project|Mine|Islands?|Peninsula|Province|District|Desert|Gulf|Ocean|Museum|Stadium|Bridge|Report|Statement|Survey|Resolution|Ratings|Movement|Intelligence|Insights|Advisors|Advisory|Consulting|Economics)\b",
    )
});

/// Words that modify a role (`chief`, `senior`, `co`).
const EN_ROLE_MODS: &str = "chief|senior|deputy|vice|former|co|managing|general|principal|lead|executive|acting|interim|global|regional|associate|assistant";

pub(super) static EN_ROLE_MOD: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"(?i)(?:\b(?:{EN_ROLE_MODS})\b[\s-]*)+$")));

/// A word that modifies a role, anywhere.
pub(super) static EN_ROLE_MOD_WORD: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"(?i)\b(?:{EN_ROLE_MODS})\b")));

/// A person, then a relative clause that reports their speech: `incoming National Security
/// Advisor Mike Waltz, who recently called China … an “unholy alliance”`.
pub(super) static EN_WHO_SAID: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?P<np>(?:[A-Z][\w.’'\-]*\s+){0,6}[A-Z][\w’'\-]*(?:\s*\([^()]{1,40}\))?),\s+who\s+(?:(?:has|had|have|also|recently|previously|later|then|once|repeatedly|publicly|long|since)\s+)*(?:said|says|called|argued|told|warned|wrote|noted|added|stated|claimed|vowed|pledged|testified|posted|insisted|urged|accused|criticized|criticised|praised|dismissed|predicted|questioned)\b",
    )
});

/// Authors or signatories of a text, named after `by` (`It was written by former
/// secretaries Robert Rubin and Larry Summers; …`, `a letter signed by Sens. A and B`).
pub(super) static EN_WRITTEN_BY: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:written|signed|co-?signed|penned|authored)\s+by\s+"));

/// What a text written by several people is (`letter`, `op-ed`) or a sentence that opens
/// with the text itself (`It was written by`).
pub(super) static EN_JOINT_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:letter|op-ed|column|essay|statement|memo|petition)\b|^\s*It\s+was\b")
});

/// A phrase that opens a sentence before its subject: `Commenting on …, `, `Asked about …, `,
/// `In a statement on Monday, `.
pub(super) static EN_OPENING_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:[A-Z][a-z]+ing|Asked|In|On|At|During|After|Before|Following|Upon|Amid|Despite|Given|When|While)\b[^,]{1,160},\s+",
    )
});

pub(super) static EN_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:But|And|Yet|However|Still|Meanwhile|Instead|So|Now|Later|Earlier|Separately|Also|As|Just as|Even as|Though|Although|While|When|Because|Since|If),?\s+)+",
    )
});

/// Firms written like people's names (`Goldman Sachs said`, `Apple, who said`).
pub(super) const EN_FIRMS: &[&str] = &[
    "Goldman Sachs",
    "Morgan Stanley",
    "Wells Fargo",
    "Charles Schwab",
    "Merrill Lynch",
    "Lehman Brothers",
    "Raymond James",
    "Edward Jones",
    "Berkshire Hathaway",
    "Piper Sandler",
    "Lockheed Martin",
    "Northrop Grumman",
    "Booz Allen",
    "Rolls Royce",
    "Dow Jones",
    "Pershing Square",
    "Apple",
    "Google",
    "Amazon",
    "Microsoft",
    "Tesla",
    "Nvidia",
    "Boeing",
    "Walmart",
    "Barclays",
    "Jefferies",
    "Nomura",
    "Macquarie",
    "Citigroup",
    "Citi",
];

/// Words that start capitalised phrases which are not people: articles, pronouns, function
/// words, auxiliaries (`Is Trump …?`), adverbs and time words (`Early Wednesday, …`, `So
/// Trump said`), plural nouns for groups (`Senators wrote`), the departments of an office
/// title (`Secretary of State Marco Rubio`), and occupations (`Actor Gabriel Macht`).
const EN_NOT_NAMES: &str = "\
The A An Drs One Two Three Some Several Many This That These Those It Its They We I You He \
She Analysts Executives Officials Critics Investors Company Companies Experts Researchers \
Most Others Both Everyone Nobody In On At But And Yet However Still Meanwhile According Our \
Their His Her People Users Customers Engineers Developers Sources Reports Data Monday \
Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July \
August September October November December Last Former Next Each Every About While Although \
Though If Because As With Without Despite Follow For From After Before During Under Over \
Through Like Unlike Since Until Via Your My Such What When Where Why How So Is Does Did Do \
Might Can Could Would Should Must Has Have Had Was Were Are Am To Of Or Not No Who Which \
Whether Once Either Neither Any Few More Other All Another Everything Everybody Multiple \
Also Even Only Then Now Here There Among Amid Against Across Around Between Within Upon Into \
Throughout Early Earlier Late Later Today Yesterday Tonight Overnight Separately Instead \
Indeed Perhaps Maybe Top Team Senators Democrats Republicans Lawmakers Members Voters \
Americans Leaders State Defense Treasury Commerce Homeland Interior Agriculture \
Transportation Education Labor Actor Actress Singer Rapper Comedian Musician Novelist \
Filmmaker Read Watch Click Listen Subscribe Download";

/// Whether a capitalised word cannot begin a person's name (see `EN_NOT_NAMES`).
pub(super) fn en_not_name(word: &str) -> bool {
    static WORDS: LazyLock<std::collections::HashSet<&str>> =
        LazyLock::new(|| EN_NOT_NAMES.split_whitespace().collect());
    WORDS.contains(word)
}

/// What may stand between a subject and its verb of speech without being part of the name:
/// auxiliaries, adverbs and time phrases (`Trump has`, `The Speaker on Monday`).
pub(super) static EN_NP_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:,?\s+(?:has|have|had|also|instead|simply|since|long|both|in\s+recent\s+(?:days|weeks|months|years)|for\s+(?:days|weeks|months|years)|over\s+the\s+(?:past|last)\s+(?:(?:few|several|two|three)\s+)?(?:days|weeks|months|years)|previously|repeatedly|once|publicly|privately|recently|again|already|then|further|separately|later|earlier|subsequently|today|yesterday|tonight|similarly|likewise|flatly|quickly|(?:on|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|afternoon|evening))?|(?:last|this|next)\s+(?:week|month|year|night|weekend)|(?:earlier|later)\s+(?:this|that|last)\s+(?:week|month|year|day)|on\s+\w+\s+\d{1,2}|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})|in\s+(?:a|an|his|her)\s+(?:statement|interview|post|letter|speech|video)))+\s*,?$",
    )
});

/// An aside between dashes (`Speaker Mike Johnson — who attended … — said`).
pub(super) static EN_DASH_ASIDE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\s+[—–]\s[^—–]{1,200}?\s[—–]\s+|\s+--\s.{1,200}?\s--\s+"));

/// A relative clause between commas after a name (`Pete Buttigieg, who served as secretary
/// under Biden, wrote`): not the subject of the verb after it.
pub(super) static EN_RELATIVE_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r",\s+(?:who|whose|which|who’s|who's|as\s+(?:he|she)|when\s+(?:he|she)|while\s+(?:he|she)|speaking|appearing|writing)\s[^,]{1,200},\s*",
    )
});

/// What a speaker does that readers count as speaking when the paragraph opens with them as
/// its subject (`Musk, …, expressed his irritation`, `Youngkin issued an order`, `Cooper pressed
/// Sununu`): acts of stating, proposing or answering, after at most a short appositive and
/// up to three adverbs or a day (`also`, `previously`, `on Monday`).
pub(super) static EN_ACT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:,[^,.“”]{0,80},)?\s+(?:(?:also|then|again|once|later|previously|in\s+turn|on\s+\p{Lu}\w+day|\p{Lu}\w+day|\w+ly)\s+){0,3}(?:expressed|issued|sent\s+(?:a|an)\s+(?:\w+\s+)?(?:letter|email|memo|message|note|post|statement)|penned|welcomed|endorsed|pressed|admonished|railed|took\s+aim|took\s+to|proposed|offered|dug\s+in|floated|unveiled|rejected|downplayed|brushed\s+off|characterized|framed|backed|called\s+for|pointed\s+to|argued|signaled|signalled)\b",
    )
});

/// A sentence whose subject is someone known by their relation to a named person
/// (`Fogel’s mother met with Trump …, where she urged him`): its pronouns are that person,
/// who has no name.
pub(super) static EN_RELATION_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:\p{Lu}[\p{L}\-]*\s+)*\p{Lu}[\p{L}\-]*(?:’s|'s|’|')\s+(?:(?:late|former|longtime|younger|older|elder|eldest|youngest|twin)\s+)?(?:mother|father|mom|dad|parents|sister|brother|siblings?|wife|husband|widow|widower|son|daughter|children|family|cousin|uncle|aunt|niece|nephew|grandmother|grandfather|grandson|granddaughter|stepmother|stepfather|girlfriend|boyfriend|fianc[ée]e?|partner|friend|lawyer|attorney|aide|spokesperson|spokeswoman|spokesman)\s+\p{Ll}",
    )
});
