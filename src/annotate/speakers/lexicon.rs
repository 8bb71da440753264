//! The word lists and patterns speaker detection reads with for Chinese (and what both
//! languages share): speech verbs and frames, role and organisation words, surnames, and
//! words that are not names. The English ones are in `en_lexicon.rs`.

use std::sync::LazyLock;

use regex::Regex;

pub(super) fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("pizhu's built-in speaker pattern is valid")
}

const ZH_VERBS: &str = "印象最深刻?的是|的(?:感受|看法|观点|判断|说法|回答|解释|理解)是|感受到|觉得|表示|认为|指出|称|说道|所说|说|坦言|透露|披露|提到|强调|直言|谈到|谈及|观察到|判断|告诉记者|告诉|介绍|解释|补充|坦承|承认|回忆|预计|建议|提醒|警告|感叹|连呼|直呼|惊呼|大呼|高呼|发现|分享|回应|举例|评价|呼吁|敦促|表态|重申|写道|宣布|宣称|确认|畅谈|估计|预测|指控|所言|推测|分析道|分析$|分析[：:]|告知|留意到|注意到|形容|比喻(?:成|为)|(?:将|把)[^，。；：“”\n]{1,30}?(?:称为|称作|形容为|形容成|比作|比喻为|定义为|斥为|誉为)|提出$|提出[：:]|回答$|回答[：:]|证实|否认|裁定|裁决|揭露|爆料|辩称|抨击|炮轰|痛批|怒斥|喊话|放话|反驳|回击|回怼|声称|抱怨|坦陈|批评|质疑|指责|提议|威胁要|威胁称|下令|问道|反问|发问|下达了?(?:临时)?(?:禁令|命令|指令)|发布了?(?:临时)?禁令|发布报告|发文称|发帖称|致辞时说|评论道|暗示|承诺|发表了?(?:类似|相同|不同|相似|相反)?的?(?:看法|观点)|持有?(?:类似|相同|不同|相似|相反)的?(?:看法|观点|意见)";

const ZH_MID: &str = r"(?:(?:有些|有点|颇为|略显|略带|十分|非常|极为|相当|一脸|不无)?(?:哽咽|激动|无奈|平静|直白|动情|感慨|气愤|愤怒|冷静|谨慎|乐观|悲观|郑重|淡然|骄傲|幽默|自信|兴奋|严肃|认真|强硬|担忧|遗憾|毫不讳言|直言不讳|开门见山|语重心长|半开玩笑|意味深长|斩钉截铁|不屑一顾|毫不客气|毫不掩饰|坦然|干脆|轻描淡写|委婉|含蓄|耐心|自豪|得意|笃定|坚定|高调|简短)地|迅速|很快|率先|首次|第一时间|亲自|罕见地?|紧急|私下|后来|其后|续|立即|立刻|立马|当即|随即|马上|仍然|依然|始终|坚持|一再|反复|再度|已经|已|当地时间(?:\d{1,2}月)?\d{1,2}日|(?:当地时间)?(?:上|本|下)?周[一二三四五六日天]|隔夜|早些时候|\d{1,2}日|当天|当日|这样|如此|\d{1,2}月(?:\d{1,2}日)?|去年底?|今年|当年|那年|当初|彼时|年初|年底|年中|上周|本周|上月|近期|昨日|昨天|今天|今日|今晨|昨晚|晚间|当晚|就此|对此|发文|撰文|发帖|批评|回应|回复|评论|辩解|解释|补充|受访时|打趣|调侃|开玩笑|笑着|也|还|则|就|曾|曾经|更|更是|甚至|带头|并|却|又|亦|仍|一直|此前|随后|同样|同时|进一步|直接|不|再次|分析|准备|多次|公开|明确|坦率地|近日|日前|最近|当时|也曾|则是|还曾|在[^，。；：]{1,24}?(?:时|中|里|上|后|前|期间|之际)?|对[^，。；：]{1,30}?|向[^，。；：]{1,12}?|接受[^，。；：]{1,14}?采访时|以[^，。；：]{1,20}?)*";

/// Any word that can start a frame: a quick test before the frames themselves.
pub(super) static ZH_ANY_CUE: LazyLock<Regex> =
    LazyLock::new(|| re(&format!("(?:{ZH_VERBS}|看来|据|引用|援引|借用|的话)")));

/// The same frame with plain adverbs only, for names that a `向…`/`对…` phrase would eat
/// (`首席技术官向前说`).
pub(super) static ZH_FRAME_PLAIN: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^(?P<np>[^，。；：\n]+?)(?:也|还|则|就|曾|更|并|却|又|亦|仍|一直|此前|不)*(?P<verb>{ZH_VERBS})"
    ))
});

pub(super) static ZH_FRAME: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^(?P<np>[^，。；：\n]+?){ZH_MID}(?P<verb>{ZH_VERBS})"
    ))
});

pub(super) static ZH_CITE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?P<np>[^，。；：\n]+?)(?:引用|援引|借用)[^，。；：\n]{1,40}?(?:表示|说|指出|称)")
});

pub(super) static ZH_KANLAI: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:在|从)(?P<np>[^，。；：\n]{1,60}?)(?:的角度)?看来"));

pub(super) static ZH_JU: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:据(?P<np>[^，。；：\n]{2,60}?)(?:的(?:最新)?(?:爆料|说法|介绍|估计|分析|预测|描述|回忆|警告)|介绍|透露|表示|称|说|描述|回忆|讲述)|^用(?P<np2>[^，。；：\n]{2,30}?)的话(?:说|来说|讲|形容|概括)|^(?:根据|按照|依照)(?P<np3>[^，。；：\n]{2,60}?)的(?:说法|介绍|观点|看法|估计|分析|预测|计算|描述|回忆|警告|判断|表述))",
    )
});

pub(super) static ZH_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:但是|但|而|不过|尽管|虽然|即使|由于|因为|据|对此|此外|同时|另外|其中|因此|所以|并且|而且|例如|比如|如|此前|随后|今年|去年|今日|今天|昨日|昨天|目前|如今|近日|日前|最近|当时|后来|早前|之前|与此同时|事实上|值得一提的是|隔夜|周[一二三四五六日]|就如|正如|诚如|迫使|促使|逼迫|使得|导致|甚至连|就连|甚至)+",
    )
});

/// The end of a clause that introduces a quotation (`马斯克直接回复到“…”`, `他表示：“…”`).
pub(super) static ZH_INTRODUCES: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:[：:]|说|称|道|到|表示|回复|回应|写道|指出|强调|直言|坦言)$"));

/// A nickname before a description: `有着“美联储传声筒”之称的`, `素有“股神”之称的`.
pub(super) static ZH_KNOWN_AS: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:有着|素有|享有|有)[^，。；]{1,24}?之称的"));

pub(super) static ZH_TIME: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\d{2,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?"));

pub(super) static LATIN_NAME_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:(?:\s+(?:von|van|de|der|den|da|di|du|la|le|bin|al))*(?:\s*\p{Lu}[.．])?\s+\p{Lu}(?:\p{Ll}*['’\-]?\p{Lu})?\p{Ll}+){1,2}$",
    )
});

/// A Latin word alone at the end of a Chinese phrase (`Davis`, `Tan`): a surname when the
/// article names someone in full with it.
pub(super) static LATIN_WORD_TAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?$"));

/// A clause that opens with its speech verb: its subject is the previous clause's
/// (`马斯克在X平台上回复，称…`).
pub(super) static ZH_VERB_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:并|还|也|同时|随后|进而|更|甚至|则|而是|一边|一面|然后|接着|继而|于是|但|却|并且|最后|此外)?(?:于[0-9一二三四五六七八九十上本下今昨前当周][^，。；：“”]{0,11}?)?(?:向[^，。；：]{1,16}?)?(?:配文|发文|撰文|发帖|(?:在)?被问[及到][^，。；：]{0,40}?时)?(?:表示|称|说|指出|强调|认为|警告称|直言|坦言|写道|透露|呼吁|批评|警告|指控|告知|回应|畅谈|谈到|分享|解释|补充|坦承|连呼|直呼|质疑|反驳|驳斥|否认|重申|暗示|宣称|声称)",
    )
});

/// A paragraph that introduces a person's own text, which the rest of the article gives
/// (`以下为奥特曼撰文全文：`, `以下是Pichai的原文内容：`).
pub(super) static ZH_FULL_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:以下|下面)(?:为|是)(?P<np>[^：:。，]{1,40}?)的?(?:博客|公开信|内部信|信件|讲话|演讲|致辞|发言|自述|声明|撰文|文章|原文|全文|实录|看法|观点|要点)[^：:。，]{0,10}[：:]\s*$",
    )
});

/// The speech verbs alone, to find one anywhere in a clause.
pub(super) static ZH_VERB_ANY: LazyLock<Regex> = LazyLock::new(|| re(ZH_VERBS));

/// What may stand right after a speaker's name and before a phrase that leads to the verb
/// (`王传福今日晚间在发布会上表示`, `毛鸿军对财联社表示`): a time, an adverb or a preposition.
pub(super) static ZH_SUBJECT_MARK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"也|还|则|就此|就|曾|已经|已|随后|对此|对|在|向|于|接受|通过|当地时间|结束|出席|会见|访问|做客|参加|回答|致信|写信|主持|签署|抵达|视察|考察|上任|就任|被问|受访|答记者问|周[一二三四五六日]|\d{1,2}月|\d{1,2}日|当天|当晚|今日|今天|今晨|昨日|昨天|昨晚|晚间|近日|日前|此前|去年|今年|上周|本周|上月|早前|早些时候",
    )
});

/// Where a clause's subject ends: an adverb, a time or a preposition after the name
/// (`扎克伯格也对…`, `特朗普周三在…`).
pub(super) static ZH_SUBJECT_END: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<np>[^，。；：\n]{2,60}?)(?:也|还|则|就|曾|已经|已|将|正在|对|在|向|于|周[一二三四五六日]|\d{1,2}日|当天|近日|日前|此前|去年|今年|上周|本周|上月|上个月|随后|早前|早些时候|等人|致信|昨日|昨天|今日|今天|今晨|昨晚|当地时间|接受|出席|参加|会见|访问|做客|结束|通过|现身|亮相|发表|发布|撰文|发文|虽然|虽|尽管|并没有|并未|没有)",
    )
});

pub(super) static GLOSSED_ORG: LazyLock<Regex> =
    LazyLock::new(|| re(r"(\p{Han}{2,10})[(（][A-Za-z][^)）]*[)）]"));

/// Verbs of citing that stand before the person cited (`援引分析师…的话`).
pub(super) static ZH_CITING: LazyLock<Regex> = LazyLock::new(|| re(r"援引|引述|引用|转引"));

/// A paragraph that opens with a name and a colon: the transcript of a speaker (`郭嘉昆：…`).
pub(super) static ZH_COLON: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?P<np>(?:《[^》]{1,12}》)?[^，。：:“”\s]{2,16})[：:]\s*\S"));

/// What stands between a name and its verb without being part of the name: adverbs and
/// particles (`也`, `则`, `便`, `的话`, `等人`) and what a speaker does before speaking
/// (`发表声明`, `分析`).
pub(super) static ZH_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:的话|等人|等|也|则|便|立即|立刻|立马|当即|马上|鼓动|指责|抨击|嘲讽|讽刺|怒斥|痛批|炮轰|放话|喊话|辩称|声援|暗示|称|说|表示|认为|指出|还|就|都|又|亦|再|更|曾|并|却|仍|于|随即|随后|当地时间(?:\d{1,2}月)?\d{1,2}日|(?:当地时间)?(?:上|本)?周[一二三四五六日天]|隔夜|\d{1,2}日|当天|当日|在[^，。；：]{1,20}|发表(?:了)?(?:声明|讲话|演讲|文章|评论|视频)?|在(?:声明|讲话|采访|会上|发言|文章|信)中|分析|撰文|发文|发帖|致信|回复|回应|声明|解释道?|补充道?|进一步|及其(?:团队|同事)|(?:的|领导的|带领的|牵头的)?(?:研究|策略|分析|经济|策略分析|研究分析)?团队|(?:撰写|发布)的(?:最新|一份|新)?(?:研究报告|研报|报告|文章)|等?(?:在)?(?:研究报告|研报|报告|文章|声明)中|发微博|发推文?|转发(?:此|该|这条)?(?:消息|微博|视频|帖子)?|祝贺|恭喜|留言|配文|等\p{Han}{0,4}?(?:分析师|经济学家|策略师|研究员|专家|学者|官员|议员|人士)|(?:及|和|与|以及)其他\p{Han}{0,6}|[向对](?:媒体|记者|外界|本报|投资者)(?:记者)?)+$",
    )
});

/// Characters of transliterated foreign names (`萨姆·菲奥拉尼`): a name's last part stops at
/// the first character that is not one of them.
pub(super) const TRANSLITERATION_CHARS: &str = "历卫翰得治修思当秋歇逊易素烈娃喀廓铎恺楷钧赖岑冉韩赛桑霍亥嘉晓汀瑞赞哲娅薇黛婷琪倩斐彬侬瑙蓬杭贺赖岚朵琦蕾璐鸠崴隆澳麦莎薇茜茨芙阿埃艾爱安昂敖奥澳巴拔芭白拜班邦保堡鲍贝本比彼毕宾滨波玻伯勃博布步查察楚茨达大戴丹道德登狄迪蒂迭丁东杜敦顿多厄恩尔耳法凡范方菲费芬丰冯佛夫弗伏福富盖甘冈钢高戈哥格根贡古瓜圭桂果哈海亥汉豪好浩合何赫黑亨洪侯胡华怀霍基吉及加佳迦贾嘉简杰捷金晋京久居卡开凯坎康考柯科可克肯孔库夸奎昆拉腊莱赖兰朗劳勒雷蕾磊黎里理丽力利立莉连廉良列林琳令留柳龙隆卢鲁陆路伦罗洛骆吕律马玛迈麦曼芒毛茂梅美门蒙孟米密明缪摩莫默姆木穆纳娜乃奈南内妮尼宁纽努诺欧帕潘庞培佩彭皮珀坡普奇齐契恰乔切钦琴琼丘屈萨塞赛桑瑟森沙莎山珊尚绍舍申圣施什史士舒斯丝松苏索塔泰坦汤唐陶特腾滕提廷通图吐托瓦万旺威韦维温文沃乌伍武西希锡席夏仙香肖谢辛欣休许旭雅亚延扬杨耶叶伊依怡因英尤于雨约泽扎詹张珍朱祖佐兹孜齐恰契杰朔农灵津惠雪彻泼撒徒葛晤热蓓卜柴墨拿";

pub(super) static TRANSLITERATED: LazyLock<Regex> =
    LazyLock::new(|| re(r"(\p{Han}{1,8}(?:[·•・‧\-]\p{Han}{1,8}(?:-\p{Han}{1,4})?)+)$"));

/// A Markdown link left in raw text (`[阿里巴巴](https://…)`): its words are the text.
pub(super) static MARKDOWN_LINK: LazyLock<Regex> =
    LazyLock::new(|| re(r"\[([^\[\]]{1,80})\]\((?:https?:)?//[^()\s]*\)"));

pub(super) static BRACKET_TAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r"[(（]\s*([^()（）]{1,40}?)\s*[)）]$"));

pub(super) static ZH_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:联席(?:首席执行官|CEO|董事长|主席|总裁|主管|首席[\p{Han}A-Za-z]{0,6}官)|(?:国防|外交|财政|商务|司法|交通|能源|内政|卫生|教育|农业|劳工|国土安全|经济|贸易|工业和信息化|科技)部长|创始合伙人|创始人|创办人|董事长|副董事长|总裁|首席[\p{Han}A-Za-z]{0,6}官|CEO|CTO|COO|CFO|CMO|CIO|CSO|VP|合伙人|分析师|科学家|研究员|工程师|副教授|教授|院长|所长|主任|总监|总经理|经理|负责人|主席|秘书长|董事|架构师|专家|学者|发言人|高管|主编|首席分析师|研究总监|投资人士|投资人|创业者|开发者|产品经理|总编辑|记者|律师|顾问|执行董事|管委会成员|管委|理事长|会长|委员|理事|监事|主管|组长|研究者|评论员|观察家|主持人|作家|部长|处长|局长|司长|厂长|校长|行长|总统|副总统|总理|副总理|首相|国务卿|议长|参议员|众议员|议员|大使|外长|防长|财长|(?:财政|外交|内政|国防|司法|卫生|教育|商务|贸易|能源|经济|首席)?大臣|总督|署长|总干事|州长|市长|经济学家|成员|大法官|(?:联邦)?(?:地区|地方)?法官|检察长|特使|代表|王储|国王|女王|领袖|策略师|设计师|会计师|审计师|精算师|建筑师|规划师|咨询师|理财师|医师|医生|讲师|院士|博士|企业家|投资家|评论家|银行家|交易员|分析员|官员|外交官|检察官|经纪人|代言人|掌门人|撰稿人|主理人|操盘手|创作者|博主|书记|省长|区长|县长|镇长|社长|总编|编辑|店长|馆长|团长|队长|教练|球员|导演|秘书|助理|幕僚长|参赞|领事|司令|指挥官|将军|主教|牧师|教宗|编剧|演员|歌手|制片人|监制|出品人|主播|艺术家|画家|诗人|作曲家|店主|村民|居民|市民|员工|司机|农民|学生|老师|教师|护士|家长|运动员|志愿者|程序员|评论人|骑手|外卖员|快递员|店员|厨师|主厨|董秘|车主|房东|租客|业主|商户|工人|职员|白领|摄影师|网红|警察)",
    )
});

pub(super) static ZH_ROLE_MOD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:前|原|新任|现任|时任|候任|代理|联合|首席|主管|高级|资深|青年|副|执行|常务|兼|总|技术|研究|投资|管理|合伙|市场|销售|产品|运营|研发|战略|策略|外汇|宏观|固收|股票|行业|利率|量化|信贷|财务|公关|品牌|业务|算法|工程|\s)*$",
    )
});

/// What an appositive that names a publication or an institution ends with before its
/// name (`美国知名科技媒体Ars Technica`, `硅谷风投机构Andreessen Horowitz`).
pub(super) static ZH_INSTITUTION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re("(?:媒体|杂志|网站|电视台|通讯社|日报|周刊|报纸|新闻网|博客|播客|机构|基金|智库|投行|券商|资管公司|风投)$")
});

/// Words for a kind of business, which a description ends with before a name.
pub(super) static ZH_BUSINESS_WORD: LazyLock<Regex> =
    LazyLock::new(|| re("(?:运营商|供应商|制造商|服务商|开发商|提供商|巨头|龙头|初创公司|独角兽)"));

/// A rank that opens a role whatever field of work follows it (`高级多元资产策略师`).
pub(super) static ZH_RANK: LazyLock<Regex> = LazyLock::new(|| re(r"首席|高级|资深|常务"));

pub(super) static ZH_ORG_SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:基金会|委员会|研究中心|实验室|研究院|研究所|事务所|工作室|科技|集团|股份有限公司|有限责任公司|有限公司|公司|创投|资本|证券|银行|基金|大学|学院|信息|网络|传媒|控股|咨询|资管|投资|智能|中心|协会|医院|社区|平台|半导体|软件|云计算|机器人|算力|汽车|电子|能源|医药|药业|生物|物流|电气|食品|地产|通信|航空|化工|电力|材料|实业|云)",
    )
});

pub(super) static ZH_UNNAMED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<det>一名|一位|一家|另一名|另一位|另一家|某位|某|上述|该|这位|这名|有)(?P<desc>.*?(?:人员|人士|负责人|创始人|高管|工程师|分析师|研究员|专家|员工|投资人|合伙人|经理|总监|官员|律师|教授|学者|消息人士|知情人士|从业者|开发者|代表|发言人|工作人员|CEO|CTO|老板))$",
    )
});

/// Chinese words that stand where a name would but are not people.
pub(super) const ZH_NOT_NAMES: &[&str] = &[
    "大家", "有人", "行业", "记者", "报告", "公司", "我们", "他们", "她们", "业内", "业界", "市场",
    "外界", "对方", "双方", "官方", "媒体", "网友", "用户", "客户", "厂商", "企业", "团队", "机构",
    "专家", "人们", "众人", "各方", "舆论", "原题", "官宣", "包括", "曾任", "揭秘", "宣布", "强调",
];

/// Words made of transliteration characters that name countries, companies and groups, not
/// people (jieba tags some of them as names).
pub(super) const ZH_NOT_PEOPLE: &[&str] = &[
    "乌克兰",
    "特斯拉",
    "阿里巴巴",
    "哈马斯",
    "诺基亚",
    "英伟达",
    "以色列",
    "巴勒斯坦",
    "叙利亚",
    "欧佩克",
    "亚马逊",
    "沃尔玛",
    "高盛",
    "惠誉",
    "穆迪",
    "标普",
    "麦肯锡",
    "比亚迪",
    "安德玛",
    "摩根大通",
    "大摩",
    "小摩",
    "国常会",
    "摩根",
    "北约",
    "塔斯社",
    "路透社",
    "彭博社",
    "彭博",
    "路透",
    "新华社",
    "央视",
    "法新社",
    "美联社",
    "加沙",
    "克里姆林宫",
    "白宫",
    "巴拿马",
    "格陵兰",
    "哥伦比亚",
    "阿根廷",
    "巴西",
    "印尼",
    "菲律宾",
    "瑞士",
    "瑞典",
    "丹麦",
    "挪威",
    "芬兰",
    "荷兰",
    "比利时",
    "奥地利",
    "西班牙",
    "意大利",
    "波兰",
    "匈牙利",
    "罗马尼亚",
    "希腊",
    "土耳其",
    "埃及",
    "伊拉克",
    "约旦",
    "黎巴嫩",
    "卡塔尔",
    "阿联酋",
    "沙特",
    "也门",
    "利比亚",
    "苏丹",
    "肯尼亚",
    "尼日利亚",
    "南非",
    "新加坡",
    "马来西亚",
    "泰国",
    "越南",
    "缅甸",
    "柬埔寨",
    "老挝",
    "蒙古",
    "哈萨克斯坦",
    "乌兹别克斯坦",
    "阿富汗",
    "巴基斯坦",
    "孟加拉",
    "斯里兰卡",
    "尼泊尔",
    "智利",
    "秘鲁",
    "委内瑞拉",
    "古巴",
    "墨西哥",
    "加拿大",
    "澳大利亚",
    "新西兰",
    "俄罗斯",
    "德国",
    "法国",
    "英国",
    "美国",
    "日本",
    "韩国",
    "朝鲜",
    "印度",
    "伊朗",
    "欧盟",
    "联合国",
    "马斯克基金会",
    "谷歌",
    "微软",
    "苹果",
    "英特尔",
    "高通",
    "博通",
    "甲骨文",
    "奥迪",
    "宝马",
    "丰田",
    "本田",
    "索尼",
    "三星",
    "雀巢",
    "可口可乐",
    "百事",
    "麦当劳",
    "星巴克",
    "迪士尼",
    "耐克",
    "阿迪达斯",
    "波音",
    "雪佛龙",
    "空客",
    "辉瑞",
    "摩根士丹利",
    "花旗",
    "瑞银",
    "汇丰",
    "巴克莱",
    "贝莱德",
    "黑石",
];

/// Single characters that, standing as a word of their own, are grammar, not a given name.
pub(super) const FUNCTION_CHARS: &str =
    "就也还则都又并却才曾被把将在对从向和与及的了是有不说称这那其便等";

/// Common Chinese surnames (single and compound) for telling names from words.
pub(super) const SURNAMES: &str = "傅洪阎萧钮邝阚王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱丘江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由赖习";

pub(super) const COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "长孙", "宇文",
    "司徒", "夏侯", "轩辕", "端木", "澹台",
];

/// The suffix of an institution, ending an appositive's organisation part: the whole part is
/// the organisation (`对外经济贸易大学国家安全与治理研究院`).
const ZH_STRONG_ORG: &str = "研究院|研究所|研究中心|实验室|大学|学院|委员会|基金会|协会|医院|集团|公司|银行|事务所|交易所|央行|联储|政府|法院|议会";

pub(super) static ZH_STRONG_ORG_SUFFIX: LazyLock<Regex> =
    LazyLock::new(|| re(&format!("(?:{ZH_STRONG_ORG})$")));

/// The same suffixes anywhere: where an organisation's name ends inside a phrase
/// (`律师事务所刘鹏`).
pub(super) static ZH_STRONG_ORG_SUFFIX_ANY: LazyLock<Regex> =
    LazyLock::new(|| re(&format!("(?:{ZH_STRONG_ORG})")));

/// Titles written after a name (`刘鹏律师`, `王立教授`).
pub(super) const ZH_TITLE_AFTER: &[&str] = &["律师", "教授", "博士", "医生", "院士", "老师"];

/// An organisation named by reference to one the article named before (`该公司总裁`, a
/// bank's `该行`).
pub(super) static ZH_ORG_BACKREF: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:(?:该|这家|这个|此)?(?:公司|集团|企业|银行|机构|大学|学校|研究院|实验室)|该行|其)$")
});

/// What follows the name of a company or a place, not a person's (`股价`, `（HON.US）`,
/// `市议员`, `街头`; not `旗下` or `一家`: `马斯克旗下`, `汪小菲一家`).
pub(super) static ZH_COMPANY_OR_PLACE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:\d{4}年)?(?:第[一二三四]季度)?(?:的)?(?:股价|市值|营收|营业收入|归母净利润|净利润|门店|财报|股东|股票|总部)|在港交所|在纳斯达克|（[A-Z]{1,5}\.[A-Z]{2}）|\([A-Z]{1,5}\.[A-Z]{2}\)|市(?:议员|长|政府|民)|一家(?:地区|地方)?法院|街头|法院)",
    )
});

/// A reference that opens an appositive before the rest of a role (`该行全球新兴市场固定收益
/// 策略主管`; `该行业` is an industry, not a bank).
pub(super) static ZH_ORG_BACKREF_LEAD: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:该|这家)(?:公司|集团|企业|银行|机构|研究院|实验室|行)"));

/// The organisation that opens a sentence and speaks (`美银认为`, `星展银行也在一份报告中
/// 表示`), for a `该行` in the sentence after.
pub(super) static ZH_ORG_OPENS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<org>[\p{Han}A-Za-z&]{2,10}?)(?P<verb>也|还|则|在|认为|表示|指出|称|警告|预计|预测|公告|宣布|披露|分析师|策略师|经济学家)",
    )
});

/// An organisation's name before its suffix, for `该公司` to refer back to
/// (`华虹半导体有限公司`, `欧盟委员会`); the legal form is not part of the name.
pub(super) static ZH_ORG_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?P<name>[\p{Han}A-Za-z0-9\-]{2,16}?)(?P<suffix>股份有限公司|有限责任公司|有限公司|集团|公司|银行|研究院|研究所|实验室|大学|委员会|基金会|协会)",
    )
});

/// Characters of scripts written without spaces, and their punctuation: in Chinese text they
/// end a Latin name as punctuation would (`首席执行官Sam Altman表示`).
pub(super) static CJK: LazyLock<Regex> =
    LazyLock::new(|| re(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u3000-\u303f\uff00-\uffef]"));

/// Whether an organisation or a role as read is a clause, not a name or a title (`that in no
/// way justifies Elon Musk, shutting down … — which President`).
pub(super) fn reads_as_clause(text: &str) -> bool {
    text.contains(" —")
        || text.contains("— ")
        || ["that ", "which ", "who ", "and ", "but ", "while "]
            .iter()
            .any(|w| text.starts_with(w))
}

/// A company that publishes or announces at the start of a clause (`华虹半导体发布…`).
pub(super) static ZH_ORG_PUBLISHES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<org>[\p{Han}A-Za-z0-9]{2,8}?)(?:今日|今天|日前|近日|当天|当日)?(?:发布|公布|宣布|披露)",
    )
});

/// Words for a document, whose words need not be those of the person a sentence opens with
/// (`a report warning`, `托伯洛夫提供的马斯克的一份声明称`).
pub(super) static DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:report|statement|letter|filing|document|memo|study|survey)s?\b|声明|报告|文件|文章|信中|信函|研报|调查",
    )
});
