"""Stakeholders of the sample project and its RACI chart, in both languages."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.enums import Attitude, Engagement

from .charter import Text

_HUAYUE: Text = ("Huayue Precision Machinery", "华岳精密机械")
_HUAYUE_IT: Text = ("Huayue Precision Machinery – IT", "华岳精密机械 信息部")
_BLUEPEAK: Text = ("Bluepeak Consulting", "蓝峰咨询")


@dataclass(frozen=True)
class Stakeholder:
    key: str  # how tasks, risks and RACI rows refer to the person
    name: Text
    organisation: Text
    title: Text
    email: Text
    power: int  # 1..10
    interest: int
    attitude: Attitude
    current: Engagement
    desired: Engagement
    strategy: Text
    communication: Text
    notes: Text = ("", "")
    team: bool = False  # tasks are assigned to team members only
    confidential: bool = False
    target: tuple[int, int] | None = None  # (power, interest) we work towards


A, E = Attitude, Engagement

# Spread over the four Mendelow quadrants: sponsor, CIO and client PM are managed
# closely; the finance director and the Chongqing plant manager kept satisfied; the
# team kept informed; union and auditor monitored.
PEOPLE: tuple[Stakeholder, ...] = (
    Stakeholder(
        "sponsor", ("Michael Chen", "陈志远"), _HUAYUE,
        ("Executive Vice President, project sponsor", "常务副总裁(项目发起人)"),
        ("michael.chen@huayue.example", "chenzhiyuan@huayue.example"),
        10, 8, A.CHAMPION, E.LEADING, E.LEADING,
        ("Keep him leading: bring decisions, not problems; escalate early through the "
         "steering committee.",
         "保持其主导作用:汇报时带方案、带决策事项,重大问题通过指导委员会尽早升级。"),
        ("Monthly steering committee; weekly one-page status e-mail",
         "每月指导委员会会议;每周一页纸项目周报")),
    Stakeholder(
        "cio", ("Linda Wang", "王丽华"), _HUAYUE_IT,
        ("Chief Information Officer", "首席信息官(CIO)"),
        ("linda.wang@huayue.example", "wanglihua@huayue.example"),
        9, 10, A.CHAMPION, E.SUPPORTIVE, E.LEADING,
        ("Ask her to chair the cut-over go/no-go meetings and to champion the template "
         "with plant management.",
         "请其主持割接上线决策会(Go/No-Go),并在工厂管理层面前推动统一模板落地。"),
        ("Weekly project review; ad hoc calls for priority-1 issues",
         "每周项目例会;一级问题随时电话沟通")),
    Stakeholder(
        "cfo", ("Patricia Huang", "黄雅琴"), _HUAYUE,
        ("Finance Director", "财务总监"),
        ("patricia.huang@huayue.example", "huangyaqin@huayue.example"),
        8, 5, A.SUPPORTER, E.NEUTRAL, E.SUPPORTIVE,
        ("Raise her interest with the month-end close and reconciliation results; she "
         "signs off migrated balances.",
         "用月结提速和数据核对结果提升其关注度;迁移余额须由其签字确认。"),
        ("Monthly finance briefing; sign-off meetings before each go-live",
         "每月财务专题汇报;每批上线前的签字确认会"),
        target=(8, 8)),
    Stakeholder(
        "cq_gm", ("Frank Yang", "杨德明"), _HUAYUE,
        ("Plant Manager, Chongqing", "重庆工厂厂长"),
        ("frank.yang@huayue.example", "yangdeming@huayue.example"),
        8, 3, A.BLOCKER, E.RESISTANT, E.SUPPORTIVE,
        ("Show quick wins from Suzhou; involve his planners as key users; the sponsor "
         "talks to him one to one before the Chongqing go/no-go.",
         "用苏州工厂的上线成效说话;吸收其计划员担任关键用户;重庆上线决策前由发起人与其单独沟通。"),
        ("Bi-weekly plant visit by the project manager", "项目经理每两周到厂沟通一次"),
        ("Openly questions whether the plant needs the central template; fears losing "
         "local flexibility and overtime budget. Keep this assessment within the PMO.",
         "公开质疑工厂是否需要统一模板,担心失去本地灵活性和加班预算。此评估仅限PMO内部掌握。"),
        confidential=True),
    Stakeholder(
        "union", ("Helen Zhu", "朱红梅"), ("Huayue Chongqing Plant Trade Union",
                                           "华岳重庆工厂工会"),
        ("Trade union chair", "工会主席"),
        ("helen.zhu@huayue.example", "zhuhongmei@huayue.example"),
        3, 4, A.CRITIC, E.RESISTANT, E.NEUTRAL,
        ("Explain early that no roles are cut; agree the training schedule and the overtime "
         "rules for the cut-over weekend with her.",
         "尽早说明项目不涉及裁员;与其商定培训安排及割接期间的加班规则。"),
        ("Briefing before each plant announcement", "工厂每次发布通知前先行沟通"),
        target=(3, 6)),
    Stakeholder(
        "auditor", ("Andrew Kwok", "郭志明"), ("Zhonghe CPA", "中和会计师事务所"),
        ("Audit Senior Manager", "审计高级经理"),
        ("andrew.kwok@zhonghe-cpa.example", "guozhiming@zhonghe-cpa.example"),
        4, 3, A.NEUTRAL, E.UNAWARE, E.NEUTRAL,
        ("Share the migration reconciliation approach and the authorisation concept before "
         "the year-end audit.",
         "年审前向其说明数据迁移核对方法及权限设计方案。"),
        ("Quarterly update through the Finance Director", "每季度经财务总监通报一次")),
    Stakeholder(
        "pm", ("Jason Li", "李俊"), _HUAYUE_IT,
        ("IT PMO Manager, client project manager", "IT项目管理办公室经理(甲方项目经理)"),
        ("jason.li@huayue.example", "lijun@huayue.example"),
        6, 10, A.SUPPORTER, E.LEADING, E.LEADING,
        ("Owns the plan, the risks and the reporting.", "负责项目计划、风险管理与汇报。"),
        ("Daily stand-up; weekly status report", "每日站会;每周项目周报"), team=True),
    Stakeholder(
        "vpm", ("Kevin Zhang", "张凯"), _BLUEPEAK,
        ("Vendor project manager", "乙方项目经理"),
        ("kevin.zhang@bluepeak.example", "zhangkai@bluepeak.example"),
        5, 9, A.SUPPORTER, E.SUPPORTIVE, E.SUPPORTIVE,
        ("Hold to the fixed-price scope; review consultant staffing monthly.",
         "严格按固定总价合同范围管理;每月评审顾问人员配置。"),
        ("Daily stand-up; weekly status report", "每日站会;每周项目周报"), team=True),
    Stakeholder(
        "arch", ("Eric Xu", "徐磊"), _BLUEPEAK,
        ("Solution architect", "解决方案架构师"),
        ("eric.xu@bluepeak.example", "xulei@bluepeak.example"),
        3, 8, A.SUPPORTER, E.SUPPORTIVE, E.SUPPORTIVE,
        ("Technical design authority; keep him on the project until Chongqing go-live.",
         "技术方案把关人;确保其在重庆上线前不被调离。"),
        ("Daily stand-up; design authority board every Thursday", "每日站会;每周四技术方案评审会"),
        team=True),
    Stakeholder(
        "data", ("Grace Liu", "刘静"), _HUAYUE_IT,
        ("Data migration lead", "数据迁移负责人"),
        ("grace.liu@huayue.example", "liujing@huayue.example"),
        3, 7, A.SUPPORTER, E.SUPPORTIVE, E.SUPPORTIVE,
        ("Give her the data owners' time she needs for cleansing.",
         "协调各数据责任人投入足够时间配合数据清洗。"),
        ("Daily stand-up; data quality dashboard weekly", "每日站会;每周数据质量看板"), team=True),
    Stakeholder(
        "fin", ("Amy Zhao", "赵敏"), _HUAYUE,
        ("General ledger supervisor, finance key user", "总账主管(财务关键用户)"),
        ("amy.zhao@huayue.example", "zhaomin@huayue.example"),
        2, 7, A.NEUTRAL, E.NEUTRAL, E.SUPPORTIVE,
        ("Back-fill her month-end duties during UAT so she can test.",
         "UAT期间安排人员顶替其月结工作,保证测试投入。"),
        ("Weekly key-user meeting", "每周关键用户例会"), team=True),
    Stakeholder(
        "scm", ("Tony Sun", "孙涛"), _HUAYUE,
        ("Production planning manager, Suzhou plant (supply-chain key user)",
         "苏州工厂生产计划经理(供应链关键用户)"),
        ("tony.sun@huayue.example", "suntao@huayue.example"),
        4, 8, A.CHAMPION, E.SUPPORTIVE, E.LEADING,
        ("Make him the template's voice towards the Chongqing planners.",
         "请其作为统一模板的代言人,向重庆工厂计划员分享经验。"),
        ("Weekly key-user meeting", "每周关键用户例会"), team=True),
)

# RACI columns: people from the register, then named roles.
RACI_PEOPLE = ("sponsor", "cio", "pm", "vpm", "arch", "data", "fin", "scm")
RACI_ROLES: tuple[Text, ...] = (("Steering committee", "指导委员会"),
                                ("DBA", "数据库管理员(DBA)"),
                                ("Plant IT", "工厂IT支持"))

# One row per deliverable (phase or milestone); letters per column in the order above,
# "-" for an empty cell. Two rows are wrong on purpose so RACI validation has
# something to show: "dm" has two A's, "train" has none.
RACI: tuple[tuple[str, str], ...] = (
    # task key      sponsor cio  pm   vpm  arch data fin  scm  SC   DBA  plant IT
    ("init",       "A      C    R    C    -    -    -    -    I    -    -"),
    ("m_charter",  "A      C    R    I    -    -    I    I    I    -    -"),
    ("bp",         "I      A    C    R    R    C    C    C    I    -    C"),
    ("m_bp",       "C      C    R    R    C    -    C    C    A    -    I"),
    ("build",      "-      I    C    A/R  R    C    C    C    -    R    -"),
    ("m_build",    "-      A    C    R    R    -    I    I    I    C    -"),
    ("dm",         "-      A    C    C    C    A/R  R    R    -    R    C"),
    ("integ",      "-      C    C    A    R    -    C    C    -    C    R"),
    ("test",       "-      I    A    R    R    C    R    R    -    -    C"),
    ("m_uat",      "I      C    R    C    -    -    R    R    A    -    -"),
    ("train",      "-      I    C    R    C    -    R    R    -    -    C"),
    ("cutover",    "I      A    R    R    R    R    C    C    I    R    R"),
    ("m_golive1",  "C      C    R    R    C    C    C    C    A    C    C"),
    ("m_golive2",  "C      C    R    R    C    C    C    C    A    C    R"),
    ("hyper",      "-      A    C    R    R    C    C    C    -    C    R"),
    ("close",      "A      C    R    R    -    -    I    I    I    -    -"),
    ("m_accept",   "A      C    R    R    -    -    -    -    C    -    -"),
)


def raci_letters(row: str) -> list[str]:
    """The cell texts of one RACI row ("" where the row says "-")."""
    return [] if not row else ["" if cell == "-" else cell for cell in row.split()]
