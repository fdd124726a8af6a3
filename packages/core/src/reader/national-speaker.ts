/** 我国 (the nation in the first person, as 我省 is a province's), or a headline whose subject is 中国/我国/全国. */
const NATION_AS_SUBJECT = /^(?:\d{4}年)?(?:中国|我国|全国)(?!人民|共产党|特色|式|人大|政协|银行|移动|电信|联通|石化|石油|建筑|铁建|中铁)/;
export function speaksForNation(title: string, text: string): boolean {
  return /我国/.test(text) || NATION_AS_SUBJECT.test(title.trim());
}

/**
 * A ministry of the State Council opening a sentence as the one who speaks (交通运输部26日宣布, 财政部近日公布): the nation's
 * own figures. A province's or city's departments are 厅 and 局, and a party committee's 宣传部 or 组织部 is no ministry.
 */
const MINISTRIES =
  '交通运输部|交通部|财政部|商务部|工业和信息化部|工信部|农业农村部|自然资源部|生态环境部|住房和城乡建设部|住房城乡建设部|水利部|人力资源和社会保障部|人力资源社会保障部|教育部|科学技术部|科技部|民政部|文化和旅游部|应急管理部';
export const MINISTRY_SPEAKS = new RegExp(
  `(?:^|[。！\\n])\\s*(?:中国|国家)?(?:${MINISTRIES})(?:\\d{1,2}日|近日|日前|今天|今日)?(?:宣布|发布|公布|表示|透露|消息)`,
);

/**
 * The State Council's ministries issuing a plan together (国家发展改革委、中央宣传部、教育部等二十一部门联合印发《…规划》): a
 * national body or ministry heading the list, counted departments, their verb. Not a province's (省发展改革委等10部门联合印发).
 */
export const MINISTRIES_JOINTLY = new RegExp(
  `(?:^|[^\\u4e00-\\u9fff]|】)(?:国家[\\u4e00-\\u9fff]{1,8}?(?:局|委员会|委)(?=[、等])|${MINISTRIES})[^。\\n]{0,40}?等[一二三四五六七八九十\\d]{1,4}个?部[门委](?:联合)?(?:印发|发布|公布|出台)`,
);

/** The premier's government work report to a session of the National People's Congress. */
export const NATIONAL_CONGRESS_REPORT =
  /届全国人(?:大|民代表大会)(?!代表)[^。\n]{0,40}国务院总理[^。\n]{0,40}政府工作报告|国务院总理[^。\n]{0,30}届全国人(?:大|民代表大会)(?!代表)[^。\n]{0,30}政府工作报告|国务院总理[^。\n]{0,20}政府工作报告[^。\n]{0,60}国内生产总值/;
/** 国内生产总值 as a measure of its own (not 占国内生产总值比重, a region's share of it). */
export const NATIONAL_MEASURE = /(?<!占)国内生产总值(?!的?比重)/;
export const NATIONAL_REPORT = /政府工作报告|两会/;
/**
 * The State Council as the speaker (国务院总理…在政府工作报告中, 国务院1日公布), a national work conference opening a
 * text, a report given to the National People's Congress (十四届全国人大四次会议; not one of its deputies, 全国人大代表) or a
 * minister of the State Council who speaks (工业和信息化部部长表示: a province's departments are headed by 厅长; not one
 * only named, 对标工信部部长提出的要求), or the head of one of a ministry's departments (规划司司长王伟指出: a province's
 * departments have 处, not 司); or the nation's statistics and planning bodies, the State Council's press office or
 * the national political consultative conference holding a press conference or speaking through their spokesmen
 * (国家发改委31日举行新闻发布会, 国家统计局发言人表示, 国新办举行记者会, 全国政协…新闻发布会); or a state administration
 * issuing a document of its own (国家能源局印发《…指导意见》, 国家发展和改革委员会于2021年7月7日公布“…规划” — its full name, the day
 * between, a plan's name in quotes; not a province's 省能源局印发《…》).
 */
export const NATIONAL =
  /国务院(?:总理|\d|在|[^。，、\n]{0,8}(?:发布|公布|印发|召开|举行))|全国[^。，、\n]{0,12}工作会议|届全国人(?:大|民代表大会)(?!代表)[^。，、\n]{0,6}会议|部部长[^。，、\n]{0,12}(?:表示|介绍|说|指出|称|透露|接受|答|在)|部[\u4e00-\u9fff]{1,6}?司司?长[\u4e00-\u9fff]{0,4}(?:表示|介绍|说|指出|称|透露)|(?:国家(?:统计局|发展改革委|发改委)|国新办)[^。，、\n]{0,8}(?:新闻发言人|发言人|举行|召开|负责同志)|全国政协[^。，、\n]{0,12}(?:新闻发布会|新闻发言人)|国家[\u4e00-\u9fff]{1,8}?(?:局|委员会|委)(?:近日|日前|于\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?(?:印发|发布|公布)(?:了)?[《“「]/;
