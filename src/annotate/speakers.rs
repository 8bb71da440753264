//! Speakers: the people quoted in an article, with organisation and role, and the
//! paragraphs where they speak. No registry is needed; `content/people.yaml` refines.
//!
//! Steps, per article:
//! 1. find attributions in each paragraph, in reading order: reported-speech frames
//!    (`X表示`, `在X看来`, `据X介绍`, `X告诉记者`, `“……”X说`, `X said`, `said X, role at Org`,
//!    `according to X`), clause-initial pronouns (`他认为`, `She added`) and unnamed sources
//!    with a determiner (`一名开发人员告诉记者`, `a person familiar with the matter said`);
//! 2. read the noun phrase of each frame: the name at its end, the appositive before or after
//!    it split into organisation and role with a lexicon of role words;
//! 3. join later mentions to the same speaker (full name, alias, surname, given name);
//! 4. extend attributions over quotes that run across paragraphs;
//! 5. fill organisation and role from appositive mentions outside frames
//!    (`…，但创始人高雪峰的感受是`), then apply the registry.

use std::sync::LazyLock;

use regex::Regex;

use super::people::People;
use super::{Glossary, Segmenter};
use crate::model::Lang;
use crate::text::is_han;

/// A named person quoted in an article.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Speaker {
    pub name: String,
    pub org: Option<String>,
    pub role: Option<String>,
    pub aliases: Vec<String>,
    /// 0-based body paragraphs where they speak, in order.
    pub paragraphs: Vec<usize>,
    pub bio: Option<String>,
    pub link: Option<String>,
}

/// A specific person quoted without a name (`一名大模型开发人员`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnnamedSource {
    pub description: String,
    pub paragraphs: Vec<usize>,
}

/// Everyone quoted in one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Speakers {
    pub named: Vec<Speaker>,
    pub unnamed: Vec<UnnamedSource>,
}

impl Speakers {
    /// For each paragraph, the speakers who speak in it, as `s1`, `s2` (named, in order)
    /// and `u1`, `u2` (unnamed).
    pub fn refs_by_paragraph(&self, paragraphs: usize) -> Vec<Vec<String>> {
        let mut refs = vec![Vec::new(); paragraphs];
        for (i, s) in self.named.iter().enumerate() {
            for &p in &s.paragraphs {
                if let Some(slot) = refs.get_mut(p) {
                    slot.push(format!("s{}", i + 1));
                }
            }
        }
        for (i, u) in self.unnamed.iter().enumerate() {
            for &p in &u.paragraphs {
                if let Some(slot) = refs.get_mut(p) {
                    slot.push(format!("u{}", i + 1));
                }
            }
        }
        refs
    }
}

/// What detection reads besides the text.
pub struct Detector<'a> {
    pub glossary: &'a Glossary,
    pub segmenter: &'a Segmenter,
    pub people: &'a People,
}

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("pizhu's built-in speaker pattern is valid")
}

const ZH_VERBS: &str = "印象最深刻?的是|的(?:感受|看法|观点|判断|说法|回答|解释|理解)是|感受到|觉得|表示|认为|指出|称|说道|说|坦言|透露|提到|强调|直言|谈到|谈及|观察到|判断|告诉记者|介绍|解释|补充|坦承|承认|回忆|预计|建议|提醒|警告|感叹|发现|分享|回应|举例";
const ZH_MID: &str = r"(?:私下|\d{1,2}月(?:\d{1,2}日)?|去年底?|今年|年初|年底|年中|上周|本周|上月|近期|昨日|昨天|今天|也|还|则|就|曾|曾经|更|并|却|又|亦|仍|一直|此前|随后|同样|进一步|直接|不|再次|多次|公开|明确|坦率地|近日|日前|最近|当时|也曾|则是|还曾|在[^，。；：“”]{1,24}?(?:时|中|里|上|后|前|期间|之际)?|对[^，。；：“”]{1,14}?|向[^，。；：“”]{1,12}?|接受[^，。；：“”]{1,14}?采访时|以[^，。；：“”]{1,20}?)*";

/// The same frame with plain adverbs only, for names that a `向…`/`对…` phrase would eat
/// (`首席技术官向前说`).
/// Any word that can start a frame: a quick test before the frames themselves.
static ZH_ANY_CUE: LazyLock<Regex> =
    LazyLock::new(|| re(&format!("(?:{ZH_VERBS}|看来|据|引用|援引|借用)")));
static ZH_FRAME_PLAIN: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^(?P<np>[^，。；：“”\n]+?)(?:也|还|则|就|曾|更|并|却|又|亦|仍|一直|此前|不)*(?P<verb>{ZH_VERBS})"
    ))
});
static ZH_FRAME: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^(?P<np>[^，。；：“”\n]+?){ZH_MID}(?P<verb>{ZH_VERBS})"
    ))
});
static ZH_CITE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?P<np>[^，。；：“”\n]+?)(?:引用|援引|借用)[^，。；：“”\n]{1,40}?(?:表示|说|指出|称)")
});
static ZH_KANLAI: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:在|从)(?P<np>[^，。；：“”\n]{1,60}?)(?:的角度)?看来"));
static ZH_JU: LazyLock<Regex> =
    LazyLock::new(|| re(r"据(?P<np>[^，。；：“”\n]{2,60}?)(?:介绍|透露|表示|称|说)"));
static ZH_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:但是|但|而|不过|据|对此|此外|同时|另外|其中|因此|所以|并且|而且|此前|随后|今年|去年|目前|如今|近日|日前|最近|当时|后来|早前|之前|与此同时|事实上|值得一提的是)+",
    )
});
static ZH_TIME: LazyLock<Regex> = LazyLock::new(|| re(r"^\d{2,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?"));
static LATIN_NAME_TAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}$"));
static GLOSSED_ORG: LazyLock<Regex> =
    LazyLock::new(|| re(r"(\p{Han}{2,10})[(（][A-Za-z][^)）]*[)）]"));
static TRANSLITERATED: LazyLock<Regex> = LazyLock::new(|| re(r"(\p{Han}{1,8}(?:·\p{Han}{1,8})+)$"));
static BRACKET_TAIL: LazyLock<Regex> = LazyLock::new(|| re(r"[(（]\s*([^()（）]{1,40}?)\s*[)）]$"));
static ZH_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:联合创始人|创始合伙人|创始人|创办人|董事长|副董事长|总裁|首席[\p{Han}A-Za-z]{0,6}官|CEO|CTO|COO|CFO|CMO|CIO|CSO|VP|合伙人|分析师|科学家|研究员|工程师|副教授|教授|院长|所长|主任|总监|总经理|经理|负责人|主席|秘书长|董事|架构师|专家|学者|发言人|高管|主编|首席分析师|研究总监|投资人|创业者|开发者|产品经理|总编辑|记者|律师|顾问|执行董事|理事长|会长|委员|理事|监事|主管|组长|部长|处长|局长|司长|厂长|校长|行长)",
    )
});
static ZH_ROLE_MOD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:前|原|联合|首席|主管|高级|资深|青年|副|执行|常务|兼|总|技术|研究|投资|管理|合伙|市场|销售|产品|运营|研发|战略|财务|公关|品牌|业务|算法|工程|\s)*$",
    )
});
static ZH_ORG_SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:基金会|委员会|研究中心|实验室|研究院|研究所|事务所|工作室|科技|集团|公司|创投|资本|证券|银行|基金|大学|学院|信息|网络|传媒|控股|咨询|资管|投资|智能|中心|协会|医院|社区|平台|半导体|软件|云计算|机器人|算力|云)",
    )
});
static ZH_UNNAMED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<det>一名|一位|一家|另一名|另一位|另一家|某位|某|上述|该|这位|这名|有)(?P<desc>.*?(?:人员|人士|负责人|创始人|高管|工程师|分析师|研究员|专家|员工|投资人|合伙人|经理|总监|官员|律师|教授|学者|消息人士|知情人士|从业者|开发者|代表|发言人|工作人员|CEO|CTO|老板))$",
    )
});
static EN_VERB: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:also\s+|further\s+|later\s+|previously\s+|then\s+)?(?P<verb>said|says|added|adds|argued|argues|told|tells|noted|notes|warned|warns|explained|explains|stressed|insisted|acknowledged|admitted|cautioned|predicted|recalled|wrote|observed)\b",
    )
});
static EN_INVERTED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:said|says|added|argued|noted|warned|explained|stressed|insisted|cautioned|recalled|observed)\s+(?P<np>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\p{L}'’\-]+(?:\s+(?:[A-Z][\p{L}'’\-]+|de|la|le|du|di|dos|das|van|von|der|den|da|del|bin|al|ter))*)(?:,\s*(?P<app>[^.;:“”\x22]+))?",
    )
});
static EN_ACCORDING: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b[Aa]ccording to\s+(?P<np>[^.;:“”\x22]+?)(?:[,.;]|$)"));
static EN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?P<name>[A-Z][\p{L}'’\-]+(?:\s+(?:[A-Z][\p{L}'’\-]+|de|la|le|du|di|dos|das|van|von|der|den|da|del|bin|al|ter)){0,3})$",
    )
});
static EN_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:co-?founder|founder|chief [a-z ]{2,30}officer|CEO|CTO|COO|CFO|CMO|CIO|CSO|president|vice president|VP|partner|analyst|economist|director|head|engineer|researcher|scientist|professor|spokesperson|spokeswoman|spokesman|executive|manager|chair(?:man|woman)?|lead|developer|strategist|investor|lawyer|consultant|adviser|advisor|editor|architect|officer)\b",
    )
});
static EN_UNNAMED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:a|an|one|another)\s+(?P<desc>.*?\b(?:person|people|executive|official|officer|engineer|analyst|source|employee|researcher|investor|manager|developer|insider|spokesperson|banker|trader|lawyer|adviser|advisor|consultant|founder|customer|director|partner|scientist|worker|staffer)\b.*)$",
    )
});
static EN_CONJUNCTION: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:,\s*|\s+)(?:but|while|whereas|although|though|and|as|because|after|before|when)\s+")
});
static EN_ORG_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:AI|Inc|Corp|Co|Ltd|LLC|Labs?|Systems|Partners|Capital|Compute|Computing|Technologies|Technology|Tech|Group|Ventures|Holdings|Robotics|Semiconductors?|Silicon|Cloud|Networks|Bank|Research|Institute|University|Foundation|Media|News|Times|Post|Journal|Ledger|Securities|Fund|Analytics|Software|Data|Energy|Motors|Logistics|Freight|Health|Pharma|Industries|Association|Council|Agency|Ministry|Commission|Department|Office|Company|Corporation|Weekly|Daily|Review)\b",
    )
});
static EN_ROLE_MOD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?:chief|senior|deputy|vice|former|co|managing|general|principal|lead|executive|acting|interim|global|regional|associate|assistant)\b[\s-]*)+$",
    )
});
static EN_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:But|And|Yet|However|Still|Meanwhile|Instead|So|Now|Later|Earlier|Separately|Also),?\s+)+",
    )
});

/// Words that start capitalised phrases which are not people.
const EN_NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "They",
    "We",
    "I",
    "You",
    "He",
    "She",
    "Analysts",
    "Executives",
    "Officials",
    "Critics",
    "Investors",
    "Company",
    "Companies",
    "Experts",
    "Researchers",
    "Some",
    "Many",
    "Most",
    "Others",
    "Both",
    "Everyone",
    "Nobody",
    "In",
    "On",
    "At",
    "But",
    "And",
    "Yet",
    "However",
    "Still",
    "Meanwhile",
    "According",
    "Its",
    "Our",
    "Their",
    "His",
    "Her",
    "People",
    "Users",
    "Customers",
    "Engineers",
    "Developers",
    "Sources",
    "Reports",
    "Data",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Last",
    "Next",
    "Each",
    "Every",
    "Such",
    "What",
    "When",
    "Where",
    "Why",
    "How",
    "If",
];

/// Chinese words that stand where a name would but are not people.
const ZH_NOT_NAMES: &[&str] = &[
    "大家", "有人", "行业", "记者", "报告", "公司", "我们", "他们", "她们", "业内", "业界", "市场",
    "外界", "对方", "双方", "官方", "媒体", "网友", "用户", "客户", "厂商", "企业", "团队", "机构",
    "专家", "人们", "众人", "各方", "舆论",
];

/// Single characters that, standing as a word of their own, are grammar, not a given name.
const FUNCTION_CHARS: &str = "就也还则都又并却才曾被把将在对从向和与及的了是有不说称这那其";

/// Common Chinese surnames (single and compound) for telling names from words.
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";
const COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "长孙", "宇文",
    "司徒", "夏侯", "轩辕", "端木", "澹台",
];

/// One attribution found in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Who {
    Named {
        name: String,
        alias: Option<String>,
        org: Option<String>,
        role: Option<String>,
    },
    Unnamed(String),
    Pronoun,
}

impl Detector<'_> {
    /// Detect the speakers of an article from its paragraphs' plain text.
    pub fn detect(&self, paragraphs: &[String], lang: Lang) -> Speakers {
        let mut out = Speakers::default();
        let mut last: Option<Ref> = None;
        for (i, paragraph) in paragraphs.iter().enumerate() {
            let found = match lang {
                Lang::Zh => self.zh_attributions(paragraph, &out),
                Lang::En => self.en_attributions(paragraph, &out),
            };
            for (at, who) in found {
                let r = match who {
                    // He or she is the speaker named last before the pronoun in this
                    // paragraph, else whoever spoke last.
                    Who::Pronoun => match latest_mention(&out, &paragraph[..at]).or(last) {
                        Some(r) => r,
                        None => continue,
                    },
                    Who::Unnamed(desc) => Ref::Unnamed(unnamed_index(&mut out, &desc)),
                    Who::Named {
                        name,
                        alias,
                        org,
                        role,
                    } => Ref::Named(self.named_index(&mut out, name, alias, org, role)),
                };
                add_paragraph(&mut out, r, i);
                last = Some(r);
            }
        }
        extend_over_quotes(&mut out, paragraphs, lang);
        self.fill_from_mentions(&mut out, paragraphs, lang);
        self.apply_registry(&mut out);
        out
    }

    fn named_index(
        &self,
        out: &mut Speakers,
        name: String,
        alias: Option<String>,
        org: Option<String>,
        role: Option<String>,
    ) -> usize {
        let existing = out.named.iter().position(|s| {
            same_person(s, &name) || alias.as_deref().is_some_and(|a| same_person(s, a))
        });
        let i = match existing {
            Some(i) => {
                let s = &mut out.named[i];
                // A fuller form of the name becomes the name, the shorter an alias.
                if name.chars().count() > s.name.chars().count() && name.contains(s.name.as_str()) {
                    let old = std::mem::replace(&mut s.name, name);
                    push_alias(s, old);
                } else if name != s.name {
                    push_alias(s, name);
                }
                i
            }
            None => {
                out.named.push(Speaker {
                    name,
                    org: None,
                    role: None,
                    aliases: Vec::new(),
                    paragraphs: Vec::new(),
                    bio: None,
                    link: None,
                });
                out.named.len() - 1
            }
        };
        let s = &mut out.named[i];
        if let Some(a) = alias {
            push_alias(s, a);
        }
        if s.org.is_none() {
            s.org = org;
        }
        if s.role.is_none() {
            s.role = role;
        }
        i
    }

    // ---------------------------------------------------------------- Chinese

    fn zh_attributions(&self, paragraph: &str, known: &Speakers) -> Vec<(usize, Who)> {
        let mut found: Vec<(usize, Who)> = Vec::new();
        for (start, clause) in clauses(
            paragraph,
            &[
                '，', ',', '。', '！', '？', '；', ';', '：', ':', '“', '”', '"', '\n',
            ],
        ) {
            // Most clauses hold no speech verb at all: skip them before the costly frames.
            if !ZH_ANY_CUE.is_match(clause) {
                continue;
            }
            let frame = [&*ZH_FRAME, &*ZH_FRAME_PLAIN].into_iter().find_map(|re| {
                let caps = re.captures(clause)?;
                let np = caps.name("np").map_or("", |m| m.as_str());
                let verb = caps.name("verb").map_or("", |m| m.as_str());
                self.zh_np(np, verb, known)
            });
            {
                if let Some(who) = frame {
                    // `邵千帆则持相反看法，他说…`: he is the subject named just before.
                    let who = match who {
                        Who::Pronoun => self
                            .zh_subject_before(&paragraph[..start], known)
                            .unwrap_or(Who::Pronoun),
                        other => other,
                    };
                    found.push((start, who));
                    continue;
                }
            }
            for re in [&*ZH_CITE, &*ZH_KANLAI, &*ZH_JU] {
                if let Some(caps) = re.captures(clause) {
                    let np = caps.name("np").map_or("", |m| m.as_str());
                    if let Some(who) = self.zh_np(np, "看来", known) {
                        found.push((start, who));
                    }
                }
            }
        }
        found.sort_by_key(|(p, _)| *p);
        found
    }

    /// The person a clause before `text`'s end opens with (`邵千帆则持相反看法`), if any.
    fn zh_subject_before(&self, text: &str, known: &Speakers) -> Option<Who> {
        let delims = [
            '，', ',', '。', '！', '？', '；', ';', '：', ':', '“', '”', '"',
        ];
        for (_, clause) in clauses(text, &delims).into_iter().rev() {
            let clause = ZH_LEAD
                .find(clause)
                .map_or(clause, |m| &clause[m.end()..])
                .trim();
            for s in &known.named {
                for form in std::iter::once(&s.name).chain(s.aliases.iter()) {
                    if clause.starts_with(form.as_str()) {
                        return Some(Who::Named {
                            name: form.clone(),
                            alias: None,
                            org: None,
                            role: None,
                        });
                    }
                }
            }
            let chars: Vec<(usize, char)> = clause.char_indices().collect();
            let cuts = self.segmenter.boundaries(clause);
            for n in [3usize, 2] {
                if chars.len() > n
                    && cuts.contains(&chars[n].0)
                    && self.is_zh_name(&clause[..chars[n].0], false)
                {
                    let name = clause[..chars[n].0].to_string();
                    return Some(Who::Named {
                        name,
                        alias: None,
                        org: None,
                        role: None,
                    });
                }
            }
        }
        None
    }

    /// Read a Chinese noun phrase that stands before a speech verb.
    fn zh_np(&self, np: &str, verb: &str, known: &Speakers) -> Option<Who> {
        let mut np = np.trim();
        loop {
            let before = np;
            np = ZH_LEAD.find(np).map_or(np, |m| &np[m.end()..]).trim();
            np = ZH_TIME.find(np).map_or(np, |m| &np[m.end()..]).trim();
            if np == before {
                break;
            }
        }
        // `他认为`, and `他引用…的一句话表示` (he is still the subject), but not `他们`, `他的同事`.
        let mut chars = np.chars();
        if matches!(chars.next(), Some('他' | '她')) && !matches!(chars.next(), Some('们' | '的'))
        {
            return Some(Who::Pronoun);
        }
        if np.is_empty() || np.chars().count() > 60 {
            return None;
        }
        let mut alias = None;
        let mut body = np;
        if let Some(caps) = BRACKET_TAIL.captures(np) {
            let inner = caps.get(1).map_or("", |m| m.as_str()).trim();
            if inner.chars().any(|c| c.is_ascii_alphabetic()) {
                alias = Some(inner.to_string());
            }
            body = np[..caps.get(0).map_or(np.len(), |m| m.start())].trim_end();
        }
        if let Some((name, appositive)) = self.zh_name_at_end(body, known) {
            let (org, role) = split_zh_appositive(appositive, self.glossary);
            return Some(Who::Named {
                name,
                alias,
                org,
                role,
            });
        }
        let told = verb.contains("告诉") || np.contains('对');
        if let Some(caps) = ZH_UNNAMED.captures(np) {
            let det = caps.name("det").map_or("", |m| m.as_str());
            if det != "有" || told || verb == "告诉记者" {
                let desc = caps
                    .name("desc")
                    .map_or("", |m| m.as_str())
                    .trim_start_matches('的')
                    .trim();
                let desc = desc.trim_end_matches(['也', '还', '则']);
                if !desc.is_empty() {
                    // A back-reference keeps its word, so that it joins the earlier source.
                    let back = matches!(det, "上述" | "该" | "这位");
                    let desc = if back {
                        format!("{det}{desc}")
                    } else {
                        desc.to_string()
                    };
                    return Some(Who::Unnamed(desc));
                }
            }
        }
        None
    }

    /// A person's name at the end of `np`, and what stands before it.
    fn zh_name_at_end<'t>(&self, np: &'t str, known: &Speakers) -> Option<(String, &'t str)> {
        // A name already known in this article (or one part of a transliterated one:
        // `伊利亚` of `伊利亚·苏茨克维尔`), or in the registry.
        for s in &known.named {
            let parts = s
                .name
                .split('·')
                .filter(|_| s.name.contains('·'))
                .map(str::to_string);
            let forms: Vec<String> = std::iter::once(s.name.clone())
                .chain(s.aliases.iter().cloned())
                .chain(parts)
                .collect();
            for form in forms {
                if np.ends_with(form.as_str()) && form.chars().count() >= 2 {
                    return Some((form.clone(), &np[..np.len() - form.len()]));
                }
            }
        }
        if let Some(form) = self.people.name_suffix(np) {
            return Some((form.to_string(), &np[..np.len() - form.len()]));
        }
        if let Some(caps) = TRANSLITERATED.captures(np) {
            let m = caps.get(1)?;
            // `首席科学家伊利亚·苏茨克维尔`: the name starts after the last role word.
            let start = ZH_ROLE
                .find_iter(m.as_str())
                .last()
                .map_or(m.start(), |r| m.start() + r.end());
            return Some((np[start..].to_string(), &np[..start]));
        }
        // A Latin name at the end (`Sam Altman表示`).
        if let Some(m) = LATIN_NAME_TAIL.find(np) {
            if self.glossary.lookup(m.as_str()).is_none() {
                return Some((m.as_str().to_string(), &np[..m.start()]));
            }
        }
        // After the last role word: `MiniMax副总裁刘华`.
        if let Some(m) = ZH_ROLE.find_iter(np).last() {
            let tail = &np[m.end()..];
            let tail = tail.trim();
            if self.is_zh_name(tail, true) {
                let start = np.len() - tail.len();
                return Some((tail.to_string(), &np[..start]));
            }
            return None;
        }
        // The whole phrase is a name: `高雪峰`.
        self.is_zh_name(np, false).then(|| (np.to_string(), ""))
    }

    /// Whether `text` reads as a Chinese personal name. After a role word (`首席技术官向前`)
    /// the structure vouches for it; standing alone it must not be a dictionary word.
    fn is_zh_name(&self, text: &str, after_role: bool) -> bool {
        let n = text.chars().count();
        if !(2..=4).contains(&n) || !text.chars().all(is_han) || ZH_NOT_NAMES.contains(&text) {
            return false;
        }
        if self.glossary.lookup(text).is_some() {
            return false;
        }
        let compound = COMPOUND_SURNAMES.iter().any(|s| text.starts_with(s));
        let first = text.chars().next().unwrap_or(' ');
        if !compound && (!SURNAMES.contains(first) || n == 4) {
            return false;
        }
        if after_role {
            return true;
        }
        // A dictionary word at the start that runs past the surname (`乐观派`) is no name;
        // a name jieba guessed as a word of its own (`苏映`+`秋`) is not in its dictionary.
        // A single word must be one jieba does not know as an everyday word (`乐观` is one).
        // Split words must not be function words (`时就`: 时 + 就).
        let words = self.segmenter.words(text);
        let surname_len = if compound { 2 } else { 1 };
        let jieba = self.segmenter.jieba();
        match words.as_slice() {
            [] => false,
            [one] => !jieba.has_word(one) || self.tagged_as_name(one),
            [first, rest @ ..] => {
                let first_ok = first.chars().count() <= surname_len || !jieba.has_word(first);
                first_ok
                    && !rest
                        .iter()
                        .any(|w| w.chars().count() == 1 && FUNCTION_CHARS.contains(*w))
            }
        }
    }

    fn tagged_as_name(&self, word: &str) -> bool {
        self.segmenter
            .jieba()
            .tag(word, true)
            .first()
            .is_some_and(|t| t.tag.starts_with("nr"))
    }

    // ---------------------------------------------------------------- English

    fn en_attributions(&self, paragraph: &str, known: &Speakers) -> Vec<(usize, Who)> {
        let mut found: Vec<(usize, Who)> = Vec::new();
        // Quote-first, inverted: `,” said Mira Okafor, chief technology officer at X.`
        for caps in EN_INVERTED.captures_iter(paragraph) {
            let (Some(np), whole) = (caps.name("np"), caps.get(0)) else {
                continue;
            };
            if let Some(who) =
                self.en_named(np.as_str(), caps.name("app").map(|m| m.as_str()), known)
            {
                found.push((whole.map_or(0, |m| m.start()), who));
            }
        }
        for caps in EN_ACCORDING.captures_iter(paragraph) {
            let Some(np) = caps.name("np") else { continue };
            if let Some(who) = self.en_np(np.as_str(), known) {
                found.push((np.start(), who));
            }
        }
        // `X said`: the phrase from the start of the clause (or from the last `but`,
        // `while`, `although` …) to the verb.
        for (start, clause) in clauses(paragraph, &['.', '!', '?', ';', '“', '”', '"', ':']) {
            let mut from = 0;
            for m in EN_VERB.find_iter(clause) {
                let before = &clause[from..m.start()];
                let np_start = EN_CONJUNCTION
                    .find_iter(before)
                    .last()
                    .map_or(0, |c| c.end());
                let np = before[np_start..].trim().trim_end_matches(',').trim();
                from = m.end();
                if let Some(who) = self.en_np(np, known) {
                    found.push((start + m.start(), who));
                }
            }
        }
        found.sort_by_key(|(p, _)| *p);
        found.dedup_by(|a, b| a.1 == b.1 && a.0 == b.0);
        found
    }

    fn en_np(&self, np: &str, known: &Speakers) -> Option<Who> {
        let np = EN_LEAD.find(np).map_or(np, |m| &np[m.end()..]).trim();
        let np = np
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.');
        if matches!(np, "He" | "She" | "he" | "she") {
            return Some(Who::Pronoun);
        }
        if let Some(caps) = EN_UNNAMED.captures(np) {
            let desc = caps.name("desc").map_or("", |m| m.as_str()).trim();
            return Some(Who::Unnamed(desc.to_string()));
        }
        // `Mira Okafor, chief technology officer at Northwind Compute`
        if let Some((name, app)) = np.split_once(',') {
            return self.en_named(name.trim(), Some(app.trim().trim_end_matches(',')), known);
        }
        // `Northwind Compute CTO Mira Okafor`: a role word, then the name.
        if let Some(m) = EN_ROLE.find_iter(np).last() {
            let tail = np[m.end()..].trim();
            if !tail.is_empty() {
                if let Some(Who::Named { name, alias, .. }) = self.en_named(tail, None, known) {
                    let (org, role) = split_en_before(&np[..m.end()]);
                    return Some(Who::Named {
                        name,
                        alias,
                        org,
                        role,
                    });
                }
            }
        }
        self.en_named(np, None, known)
    }

    fn en_named(&self, name: &str, appositive: Option<&str>, known: &Speakers) -> Option<Who> {
        // A later mention by a surname with particles (`de la Cruz said`).
        let trimmed = name.trim();
        if trimmed.contains(' ') && known.named.iter().any(|s| same_person(s, trimmed)) {
            let (org, role) = appositive.map(split_en_after).unwrap_or((None, None));
            return Some(Who::Named {
                name: trimmed.to_string(),
                alias: None,
                org,
                role,
            });
        }
        let caps = EN_NAME.captures(name.trim())?;
        let name = caps.name("name")?.as_str().to_string();
        let first = name.split_whitespace().next().unwrap_or_default();
        if EN_NOT_NAMES.contains(&first)
            || self.glossary.lookup(&name).is_some()
            || EN_ORG_WORD.is_match(&name)
        {
            return None;
        }
        let known_form =
            known.named.iter().any(|s| same_person(s, &name)) || self.people.knows(&name);
        if name.split_whitespace().count() < 2 && !known_form {
            return None;
        }
        let (org, role) = appositive.map(split_en_after).unwrap_or((None, None));
        Some(Who::Named {
            name,
            alias: None,
            org,
            role,
        })
    }

    // ---------------------------------------------------------------- after the frames

    /// Organisation and role from appositive mentions outside speech frames.
    fn fill_from_mentions(&self, out: &mut Speakers, paragraphs: &[String], lang: Lang) {
        for speaker in out
            .named
            .iter_mut()
            .filter(|s| s.org.is_none() || s.role.is_none())
        {
            let forms: Vec<String> = std::iter::once(speaker.name.clone())
                .chain(speaker.aliases.iter().cloned())
                .collect();
            'search: for paragraph in paragraphs {
                for form in &forms {
                    for (at, _) in paragraph.match_indices(form.as_str()) {
                        let before = &paragraph[..at];
                        let (org, role) = match lang {
                            Lang::Zh => mention_zh(before, self.glossary, self.segmenter),
                            Lang::En => {
                                let after = &paragraph[at + form.len()..];
                                match after.strip_prefix(", ") {
                                    Some(app) => split_en_after(
                                        app.split([',', '.', ';']).next().unwrap_or_default(),
                                    ),
                                    None => (None, None),
                                }
                            }
                        };
                        if role.is_some() {
                            if speaker.role.is_none() {
                                speaker.role = role;
                            }
                            if speaker.org.is_none() {
                                speaker.org = org;
                            }
                            break 'search;
                        }
                    }
                }
            }
        }
    }

    fn apply_registry(&self, out: &mut Speakers) {
        let mut kept = Vec::new();
        for mut s in std::mem::take(&mut out.named) {
            let entry = std::iter::once(&s.name)
                .chain(s.aliases.iter())
                .find_map(|n| self.people.get(n));
            match entry {
                Some(p) if !p.speaker => {}
                Some(p) => {
                    if s.name != p.name {
                        let old = std::mem::replace(&mut s.name, p.name.clone());
                        push_alias(&mut s, old);
                    }
                    s.aliases.retain(|a| *a != p.name);
                    s.org = p.org.clone().or(s.org);
                    s.role = p.role.clone().or(s.role);
                    s.bio = p.bio.clone();
                    s.link = p.link.clone();
                    kept.push(s);
                }
                None => kept.push(s),
            }
        }
        // Two detected names may be one registered person.
        let mut merged: Vec<Speaker> = Vec::new();
        for s in kept {
            match merged.iter_mut().find(|m| m.name == s.name) {
                Some(m) => {
                    m.paragraphs.extend(s.paragraphs);
                    m.paragraphs.sort_unstable();
                    m.paragraphs.dedup();
                    for a in s.aliases {
                        push_alias(m, a);
                    }
                }
                None => merged.push(s),
            }
        }
        out.named = merged;
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ref {
    Named(usize),
    Unnamed(usize),
}

/// The named speaker whose name or alias occurs last in `text`.
fn latest_mention(out: &Speakers, text: &str) -> Option<Ref> {
    let mut best: Option<(usize, usize)> = None;
    for (i, s) in out.named.iter().enumerate() {
        let surname = s
            .name
            .split_whitespace()
            .last()
            .filter(|_| s.name.contains(' '))
            .map(str::to_string);
        for form in std::iter::once(&s.name)
            .chain(s.aliases.iter())
            .chain(surname.iter())
        {
            if let Some(at) = text.rfind(form.as_str()) {
                if best.is_none_or(|(b, _)| at > b) {
                    best = Some((at, i));
                }
            }
        }
    }
    best.map(|(_, i)| Ref::Named(i))
}

fn add_paragraph(out: &mut Speakers, r: Ref, p: usize) {
    let list = match r {
        Ref::Named(i) => &mut out.named[i].paragraphs,
        Ref::Unnamed(i) => &mut out.unnamed[i].paragraphs,
    };
    if !list.contains(&p) {
        list.push(p);
        list.sort_unstable();
    }
}

fn unnamed_index(out: &mut Speakers, desc: &str) -> usize {
    // `上述研发人员` refers back to the last source described with the same words.
    let back = desc
        .strip_prefix("上述")
        .or_else(|| desc.strip_prefix("该"))
        .or_else(|| desc.strip_prefix("这位"));
    let found = match back {
        Some(rest) => out
            .unnamed
            .iter()
            .rposition(|u| u.description.ends_with(rest)),
        None => out.unnamed.iter().rposition(|u| u.description == desc),
    };
    if let Some(i) = found {
        return i;
    }
    out.unnamed.push(UnnamedSource {
        description: desc.to_string(),
        paragraphs: Vec::new(),
    });
    out.unnamed.len() - 1
}

fn push_alias(s: &mut Speaker, alias: String) {
    if alias != s.name && !s.aliases.contains(&alias) {
        s.aliases.push(alias);
    }
}

/// Whether `name` is a form of speaker `s`: the name, an alias, an English surname or
/// given name, or one part of a transliterated name (`伊利亚` of `伊利亚·苏茨克维尔`).
fn same_person(s: &Speaker, name: &str) -> bool {
    let forms = std::iter::once(&s.name).chain(s.aliases.iter());
    for form in forms {
        if form == name {
            return true;
        }
        if form.contains('·') && form.split('·').any(|part| part == name) {
            return true;
        }
        if name.contains('·') && name.split('·').any(|part| part == form) {
            return true;
        }
        // An English surname, of one word or several (`Okafor`, `de la Cruz`).
        if form.ends_with(&format!(" {name}")) || name.ends_with(&format!(" {form}")) {
            return true;
        }
    }
    false
}

/// Clauses of `text` split at `delims`, with their byte offsets.
fn clauses<'t>(text: &'t str, delims: &[char]) -> Vec<(usize, &'t str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if delims.contains(&c) {
            if i > start {
                out.push((start, &text[start..i]));
            }
            start = i + c.len_utf8();
        }
    }
    if start < text.len() {
        out.push((start, &text[start..]));
    }
    out
}

/// Split a Chinese appositive (`瑞银证券中国科技软件分析师`) into organisation and role.
pub fn split_zh_appositive(app: &str, glossary: &Glossary) -> (Option<String>, Option<String>) {
    let app = app.trim().trim_end_matches('的').trim();
    if app.is_empty() {
        return (None, None);
    }
    let Some(role_word) = ZH_ROLE.find_iter(app).last() else {
        return (None, None);
    };
    // The role runs from its modifiers (前, 联合, 首席, 兼 …) to the end.
    let mut role_start = role_word.start();
    if let Some(m) = ZH_ROLE_MOD.find(&app[..role_start]) {
        role_start = m.start();
    }
    // `X兼Y`: both roles.
    while let Some(prev) = ZH_ROLE.find_iter(&app[..role_start]).last() {
        let between = &app[prev.end()..role_start];
        if between.trim().is_empty() || between.trim() == "兼" {
            role_start = ZH_ROLE_MOD
                .find(&app[..prev.start()])
                .map_or(prev.start(), |m| m.start());
        } else {
            break;
        }
    }
    let before = &app[..role_start];
    let (org, role_from) = zh_org(before, glossary);
    let role_text = &app[role_from.min(app.len())..];
    let role: String = role_text.chars().filter(|c| !c.is_whitespace()).collect();
    (org, (!role.is_empty()).then_some(role))
}

/// The organisation at the start of `text`, and where what follows it begins (the rest
/// belongs to the role: `中国科技软件` of `瑞银证券中国科技软件分析师`).
fn zh_org(text: &str, glossary: &Glossary) -> (Option<String>, usize) {
    let text_trim = text.trim();
    if text_trim.is_empty() {
        return (None, text.len());
    }
    let offset = text.len() - text.trim_start().len();
    // `跬智信息(Kyligence)`, `大模型生态社区OpenCSG(开放传神)`.
    if let Some(open) = text.rfind(['(', '（']) {
        let close = text[open..].find([')', '）']).map(|i| open + i);
        if let Some(close) = close {
            let head = text[..open].trim();
            let close_len = text[close..].chars().next().map_or(1, char::len_utf8);
            let after = close + close_len;
            let latin_tail: String = head
                .chars()
                .rev()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == ' ')
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            // `OpenCSG(开放传神)`: a Latin name glossed in Chinese is the organisation, and
            // what comes before it a description; `启明AI(Qiming AI)`: the whole head is.
            let glossed_in_chinese = text[open..close].chars().any(is_han);
            let latin_name = latin_tail.trim().chars().any(|c| c.is_ascii_alphabetic())
                && head
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_ascii_alphanumeric());
            let org = if glossed_in_chinese && latin_name {
                latin_tail.trim().to_string()
            } else {
                head.to_string()
            };
            return ((!org.is_empty()).then_some(org), after);
        }
    }
    // An organisation suffix whose remainder does not start with another suffix.
    for m in ZH_ORG_SUFFIX.find_iter(text_trim) {
        // A suffix needs a name before it (`云帆…` is not the organisation `云`).
        if m.start() == 0 {
            continue;
        }
        let rest = &text_trim[m.end()..];
        if ZH_ORG_SUFFIX.find(rest).is_some_and(|r| r.start() == 0) {
            continue;
        }
        return (Some(text_trim[..m.end()].to_string()), offset + m.end());
    }
    // A known organisation of the glossary, or everything before the role.
    let _ = glossary;
    (Some(text_trim.to_string()), text.len())
}

/// Organisation and role from text just before a name (`…，但创始人高雪峰`): a role word
/// right before the name, and an organisation earlier in the same sentence.
fn mention_zh(
    before: &str,
    glossary: &Glossary,
    segmenter: &Segmenter,
) -> (Option<String>, Option<String>) {
    let sentence_start = before.rfind(['。', '！', '？', '\n']).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    let sentence = &before[sentence_start..];
    let clause_start = sentence.rfind(['，', ',', '；', '“', '”']).map_or(0, |i| {
        i + sentence[i..].chars().next().map_or(1, char::len_utf8)
    });
    let clause = &sentence[clause_start..];
    let Some(role_word) = ZH_ROLE.find_iter(clause).last() else {
        return (None, None);
    };
    if role_word.end() != clause.len() {
        return (None, None);
    }
    let lead = ZH_LEAD.find(clause).map_or(0, |m| m.end());
    let app = &clause[lead..];
    let (org, role) = split_zh_appositive(app, glossary);
    if org.is_some() {
        return (org, role);
    }
    // The organisation is named earlier in the sentence: `枫清科技(Fabarta)在寻找…，但创始人`.
    let earlier = &sentence[..clause_start];
    let org = glossary_org(earlier, glossary, segmenter).or_else(|| {
        let caps = GLOSSED_ORG.captures(earlier)?;
        Some(caps.get(1)?.as_str().to_string())
    });
    (org, role)
}

/// The first organisation of the glossary (category 公司 or 机构) named in `text`.
fn glossary_org(text: &str, glossary: &Glossary, segmenter: &Segmenter) -> Option<String> {
    glossary.find(text, segmenter).into_iter().find_map(|hit| {
        let entry = &glossary.entries[hit.entry];
        matches!(entry.category.as_deref(), Some("公司" | "机构")).then(|| entry.term.clone())
    })
}

/// English appositive after a name: `chief technology officer at Northwind Compute`.
fn split_en_after(app: &str) -> (Option<String>, Option<String>) {
    // `chief technology officer at Northwind Compute, a startup that…`: the first part.
    let app = app.split(',').next().unwrap_or_default();
    let app = app.trim().trim_end_matches(['.', ',']);
    let app = app
        .strip_prefix("the ")
        .or_else(|| app.strip_prefix("a "))
        .or_else(|| app.strip_prefix("an "))
        .unwrap_or(app);
    if !EN_ROLE.is_match(app) {
        return (None, None);
    }
    for sep in [" at ", " of ", " for ", " with ", " from "] {
        if let Some((role, org)) = app.split_once(sep) {
            let org = org.trim().trim_start_matches("the ");
            return (Some(org.to_string()), Some(role.trim().to_string()));
        }
    }
    if let Some((org, role)) = app.split_once("'s ") {
        return (Some(org.trim().to_string()), Some(role.trim().to_string()));
    }
    (None, Some(app.to_string()))
}

/// English organisation and role before a name: `Northwind Compute CTO`.
fn split_en_before(app: &str) -> (Option<String>, Option<String>) {
    let Some(m) = EN_ROLE.find_iter(app).next() else {
        return (None, None);
    };
    let start = EN_ROLE_MOD
        .find(&app[..m.start()])
        .map_or(m.start(), |r| r.start());
    let org = app[..start].trim().trim_end_matches("'s").trim();
    let org = org.strip_prefix("the ").unwrap_or(org);
    let role = app[start..].trim();
    (
        (!org.is_empty()).then(|| org.to_string()),
        Some(role.to_string()),
    )
}

/// Quotes that run across paragraphs: every paragraph of the run belongs to whoever is
/// attributed in any paragraph of it.
fn extend_over_quotes(out: &mut Speakers, paragraphs: &[String], lang: Lang) {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < paragraphs.len() {
        let mut end = i;
        while end + 1 < paragraphs.len()
            && quote_continues(&paragraphs[end], &paragraphs[end + 1], lang)
        {
            end += 1;
        }
        if end > i {
            runs.push((i, end));
        }
        i = end + 1;
    }
    for (start, end) in runs {
        for s in &mut out.named {
            if s.paragraphs.iter().any(|p| (start..=end).contains(p)) {
                s.paragraphs.extend(start..=end);
                s.paragraphs.sort_unstable();
                s.paragraphs.dedup();
            }
        }
        for u in &mut out.unnamed {
            if u.paragraphs.iter().any(|p| (start..=end).contains(p)) {
                u.paragraphs.extend(start..=end);
                u.paragraphs.sort_unstable();
                u.paragraphs.dedup();
            }
        }
    }
}

/// Whether a quote opened in `this` paragraph is still open at its end and goes on in
/// `next` (which, by convention, opens with a quotation mark again).
fn quote_continues(this: &str, next: &str, lang: Lang) -> bool {
    let next_opens = next.trim_start().starts_with(['“', '"', '「']);
    if !next_opens {
        return false;
    }
    let open = this.matches(['“', '「']).count();
    let close = this.matches(['”', '」']).count();
    let straight = this.matches('"').count();
    let _ = lang;
    open > close || straight % 2 == 1
}

#[cfg(test)]
mod tests;
