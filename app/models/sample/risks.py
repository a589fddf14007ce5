"""The sample project's risk register and its monthly reviews, in both languages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.core.enums import RiskKind, RiskStatus, RiskStrategy

from .charter import Text

# Category names as PMs in each language write them.
TECH: Text = ("Technical", "技术")
DATA: Text = ("Data", "数据")
PEOPLE: Text = ("People", "人员")
VENDOR: Text = ("Vendor", "供应商")
SCHEDULE: Text = ("Schedule", "进度")
COMPLIANCE: Text = ("Compliance", "合规")
COST: Text = ("Cost", "成本")

Score = tuple[int, int, int, int]  # probability, impact, residual probability, residual impact


@dataclass(frozen=True)
class Review:
    on: date
    score: Score
    note: Text


@dataclass(frozen=True)
class SampleRisk:
    code: str
    title: Text
    cause: Text
    event: Text
    effect: Text
    category: Text
    kind: RiskKind
    owner: str  # person key
    strategy: RiskStrategy
    actions: Text
    trigger: Text
    status: RiskStatus
    identified_on: date
    next_review_on: date | None
    closed_on: date | None
    tasks: tuple[str, ...]  # task keys
    reviews: tuple[Review, ...]  # oldest first; the last one holds the current scores

    @property
    def score(self) -> Score:
        return self.reviews[-1].score


THREAT, OPPORTUNITY = RiskKind.THREAT, RiskKind.OPPORTUNITY
S, St = RiskStrategy, RiskStatus
d = date


def _r(on: date, score: Score, en: str, zh: str) -> Review:
    return Review(on, score, (en, zh))


RISKS: tuple[SampleRisk, ...] = (
    SampleRisk(
        "R-001", ("Poor master-data quality", "主数据质量差"),
        ("Material masters and BOMs were maintained separately by each plant for ten years.",
         "十年来各工厂分别维护物料主数据和BOM。"),
        ("Migrated data fails reconciliation in a mock load.", "模拟迁移中数据核对不通过。"),
        ("Extra mock load; go-live delayed by up to four weeks.", "需增加一轮模拟迁移,上线最多推迟四周。"),
        DATA, THREAT, "data", S.MITIGATE,
        ("Data owners per plant; weekly cleansing dashboard; duplicate-material check "
         "before each mock load.",
         "各工厂指定数据责任人;每周发布清洗进度看板;每轮模拟迁移前执行重复物料检查。"),
        ("More than 2% of material records rejected in a mock load.", "模拟迁移中物料记录拒绝率超过2%。"),
        St.MONITORING, d(2026, 3, 16), d(2026, 11, 20), None, ("cleanse", "mock1", "mock2", "recon"),
        (_r(d(2026, 4, 15), (4, 5, 3, 4), "Duplicate rate in Chongqing 8%.", "重庆工厂物料重复率达8%。"),
         _r(d(2026, 5, 15), (4, 5, 3, 4), "Cleansing behind plan; 5 days added.",
            "数据清洗滞后,计划顺延5天。"),
         _r(d(2026, 6, 15), (4, 4, 2, 4), "Mock 1 rejection rate 3.1%.", "第一轮模拟迁移拒绝率3.1%。"),
         _r(d(2026, 7, 15), (3, 4, 2, 3), "Mock 2 rejection rate 0.8%.", "第二轮模拟迁移拒绝率降至0.8%。"),
         _r(d(2026, 9, 30), (2, 4, 2, 3), "Dress rehearsal clean for wave 1.", "第一批全量彩排数据核对通过。"),
         _r(d(2026, 10, 20), (2, 4, 1, 3), "Wave 1 balances reconciled.", "第一批上线余额核对无差异。"))),
    SampleRisk(
        "R-002", ("Custom code incompatible with S/4HANA", "客制化代码与S/4HANA不兼容"),
        ("About 1,400 custom objects use tables that S/4HANA simplifies away.",
         "约1,400个客制化对象引用了S/4HANA已简化的数据表。"),
        ("Remediation takes longer than planned.", "代码修正工作量超出计划。"),
        ("Build phase overruns; less time for SIT.", "系统实现阶段超期,压缩集成测试时间。"),
        TECH, THREAT, "arch", S.MITIGATE,
        ("Run the custom-code check in the sandbox; retire unused objects; fix the rest "
         "with the vendor's remediation tool.",
         "在沙箱中运行客制化代码检查;下线不再使用的对象;其余对象用实施方工具批量修正。"),
        ("More than 300 objects still failing the check at build midpoint.",
         "系统实现过半时仍有300个以上对象未通过检查。"),
        St.CLOSED, d(2026, 3, 20), None, d(2026, 7, 31), ("conversion", "develop", "unit_test"),
        (_r(d(2026, 4, 20), (4, 4, 3, 3), "Check run: 1,412 findings.", "代码检查发现1,412处问题。"),
         _r(d(2026, 5, 20), (3, 4, 2, 3), "620 unused objects retired.", "已下线620个未使用对象。"),
         _r(d(2026, 6, 18), (2, 3, 2, 2), "Remediation 80% done.", "代码修正完成80%。"),
         _r(d(2026, 7, 31), (1, 2, 1, 2), "All objects pass; closed.", "全部对象通过检查,风险关闭。"))),
    SampleRisk(
        "R-003", ("Key users unavailable for UAT", "关键用户无法投入UAT"),
        ("UAT overlaps the plants' peak season and the August month-end close.",
         "UAT与工厂生产旺季及8月月结重叠。"),
        ("Key users test part-time only.", "关键用户只能兼职参与测试。"),
        ("UAT takes longer; defects are found late.", "UAT周期延长,缺陷发现滞后。"),
        PEOPLE, THREAT, "pm", S.MITIGATE,
        ("Back-fill month-end work; agree test days with plant managers in advance.",
         "安排人员顶替月结工作;提前与各厂长确认测试日程。"),
        ("Test execution below 80% of plan in any UAT week.", "任一UAT周的测试执行率低于计划的80%。"),
        St.OCCURRED, d(2026, 5, 8), d(2026, 11, 27), None, ("uat_prep", "uat_exec", "m_uat"),
        (_r(d(2026, 6, 8), (3, 4, 2, 3), "Back-fill agreed for finance.", "财务部已同意安排顶岗人员。"),
         _r(d(2026, 7, 8), (3, 4, 2, 3), "Suzhou peak season confirmed.", "苏州工厂确认8月为生产旺季。"),
         _r(d(2026, 8, 7), (4, 4, 3, 3), "Plant testers at 60% of plan.", "工厂测试人员投入仅为计划的60%。"),
         _r(d(2026, 9, 8), (5, 3, 5, 3), "Occurred: UAT extended by 3 days.",
            "风险已发生:UAT延长3天。"))),
    SampleRisk(
        "R-004", ("Loss of senior vendor consultants", "乙方核心顾问流失"),
        ("The S/4HANA market is tight and consultants are poached.", "S/4HANA顾问市场紧缺,人员易被挖角。"),
        ("The FI or PP lead consultant leaves before go-live.", "FI或PP模块负责顾问在上线前离职。"),
        ("Knowledge loss and slower defect fixing.", "知识流失,缺陷修复变慢。"),
        VENDOR, THREAT, "vpm", S.TRANSFER,
        ("Key-personnel clause with replacement within 10 days at the vendor's cost; "
         "documented design decisions.",
         "合同约定核心人员条款:10个工作日内由乙方承担费用完成替换;设计决策全部文档化。"),
        ("A named consultant gives notice.", "合同指定顾问提出离职。"),
        St.MONITORING, d(2026, 3, 12), d(2026, 12, 4), None, ("cfg_fin", "cfg_scm", "hc2"),
        (_r(d(2026, 6, 12), (3, 3, 2, 2), "Clause signed in contract change 2.", "已在第2号合同变更中签署该条款。"),
         _r(d(2026, 8, 12), (3, 3, 2, 2), "PP consultant replaced smoothly.", "PP顾问已顺利完成交接替换。"),
         _r(d(2026, 11, 4), (2, 3, 2, 2), "Team stable until hypercare ends.", "团队在上线支持期结束前保持稳定。"))),
    SampleRisk(
        "R-005", ("Chongqing go-live clashes with year-end peak", "重庆上线与年末旺季冲突"),
        ("Chongqing's December order book is 30% above average.", "重庆工厂12月订单量高于均值30%。"),
        ("The plant refuses the November cut-over window.", "工厂拒绝11月的割接窗口。"),
        ("Chongqing go-live moves to 2027; two systems run for months.",
         "重庆上线推迟至2027年,新旧系统长期并行。"),
        SCHEDULE, THREAT, "pm", S.ESCALATE,
        ("Escalated to the steering committee: use the annual maintenance shutdown for "
         "cut-over; sponsor to agree with the plant manager.",
         "已升级至指导委员会:利用年度设备检修停产期割接,由发起人与厂长协调确认。"),
        ("Plant manager withholds go/no-go approval.", "厂长不同意上线决策。"),
        St.PLANNED, d(2026, 8, 20), d(2026, 11, 6), None, ("cut2", "m_golive2", "eut_cq"),
        (_r(d(2026, 9, 18), (3, 5, 3, 4), "Plant asks to move to January.", "工厂提出推迟至次年1月。"),
         _r(d(2026, 10, 16), (3, 5, 2, 4), "Steering committee keeps November.", "指导委员会决定维持11月上线。"))),
    SampleRisk(
        "R-006", ("MES interface performance", "MES接口性能不足"),
        ("The Chongqing MES is an old version that posts confirmations one by one.",
         "重庆工厂MES版本老旧,报工数据逐条过账。"),
        ("Backlog of production confirmations at shift change.", "交接班时报工数据积压。"),
        ("Stock and costs wrong for hours; planners lose trust.", "库存和成本数小时内不准确,计划员失去信任。"),
        TECH, THREAT, "arch", S.MITIGATE,
        ("Batch the postings; load test with three days of production volume.",
         "改为批量过账;按三天生产量进行压力测试。"),
        ("Queue longer than 15 minutes in the load test.", "压力测试中队列积压超过15分钟。"),
        St.MONITORING, d(2026, 5, 20), d(2026, 11, 20), None, ("ifc_mes", "ifc_test", "hc2"),
        (_r(d(2026, 6, 22), (3, 4, 3, 3), "Interface 5 days late.", "接口开发延迟5天。"),
         _r(d(2026, 7, 20), (3, 4, 2, 3), "Batching in place.", "批量过账已实现。"),
         _r(d(2026, 8, 20), (3, 4, 2, 2), "Load test passed: 6 min peak.", "压力测试通过,峰值积压6分钟。"),
         _r(d(2026, 10, 20), (2, 4, 2, 2), "Suzhou stable after go-live.", "苏州工厂上线后接口运行稳定。"))),
    SampleRisk(
        "R-007", ("Resistance to the harmonised template in Chongqing",
                  "重庆工厂抵触统一模板"),
        ("The plant built its own workarounds over the years; the union fears job changes.",
         "工厂多年来形成了自己的变通做法;工会担心岗位调整。"),
        ("Users keep Excel side systems after go-live.", "上线后用户继续使用Excel台账。"),
        ("Benefits not realised; data in S/4HANA incomplete.", "预期收益无法实现,系统数据不完整。"),
        PEOPLE, THREAT, "cio", S.MITIGATE,
        ("Change agents in each department; union briefing; Suzhou key users share results.",
         "各部门设立变革推动人;与工会专题沟通;苏州关键用户分享上线成效。"),
        ("Training attendance below 90% in Chongqing.", "重庆工厂培训出勤率低于90%。"),
        St.MONITORING, d(2026, 4, 10), d(2026, 10, 30), None, ("eut_cq", "hc2"),
        (_r(d(2026, 5, 11), (4, 4, 3, 3), "Union raised concerns.", "工会提出关切。"),
         _r(d(2026, 6, 10), (4, 4, 3, 3), "Change agents named.", "变革推动人已确定。"),
         _r(d(2026, 8, 10), (3, 4, 3, 3), "Union briefing held.", "已召开工会专题沟通会。"),
         _r(d(2026, 9, 30), (3, 4, 2, 3), "Suzhou visit by Chongqing planners.", "重庆计划员赴苏州交流。"))),
    SampleRisk(
        "R-008", ("E-invoicing rules change before go-live", "上线前数电发票规则变化"),
        ("The tax authority is still rolling out fully digitalised e-invoices by province.",
         "税务机关仍在分省推广数电发票。"),
        ("Interface format or rules change shortly before go-live.", "上线前接口格式或规则发生变化。"),
        ("Invoices cannot be issued; customer shipments held.", "无法开票,客户发货受阻。"),
        COMPLIANCE, THREAT, "fin", S.MITIGATE,
        ("Monthly check with the tax service provider; keep the old invoicing client as "
         "fallback for one month.",
         "每月与税务服务商确认政策;保留原开票软件作为一个月的应急方案。"),
        ("New notice from the local tax bureau.", "当地税务局发布新通知。"),
        St.PLANNED, d(2026, 6, 1), d(2026, 11, 30), None, ("ifc_bank", "cut2"),
        (_r(d(2026, 7, 1), (2, 5, 2, 4), "Provider confirmed format.", "服务商已确认接口格式。"),
         _r(d(2026, 9, 1), (2, 5, 1, 4), "Fallback client tested.", "应急开票方案已验证。"))),
    SampleRisk(
        "R-009", ("Cut-over window too short", "割接窗口不足"),
        ("Wave 1 data volume is 1.8 TB and the freeze spans the National Day holiday only.",
         "第一批数据量达1.8TB,业务冻结仅限国庆假期。"),
        ("Data load does not finish within the window.", "数据导入无法在窗口期内完成。"),
        ("Longer business freeze; shipments stop.", "业务冻结延长,发货中断。"),
        SCHEDULE, THREAT, "data", S.MITIGATE,
        ("Load open items only; pre-load master data a week early; timed dress rehearsal.",
         "仅迁移未清项;主数据提前一周预加载;全量彩排计时。"),
        ("Dress rehearsal exceeds 60 hours.", "全量彩排耗时超过60小时。"),
        St.CLOSED, d(2026, 6, 15), None, d(2026, 10, 16), ("mock3", "cut1"),
        (_r(d(2026, 7, 15), (3, 4, 2, 3), "Estimate 72 h; open items only.", "预估72小时,改为仅迁移未清项。"),
         _r(d(2026, 9, 30), (2, 4, 1, 3), "Rehearsal took 41 h.", "全量彩排耗时41小时。"),
         _r(d(2026, 10, 16), (1, 3, 1, 3), "Wave 1 cut-over in 38 h; closed.", "第一批割接耗时38小时,风险关闭。"))),
    SampleRisk(
        "R-010", ("Segregation-of-duties conflicts found by auditors",
                  "审计发现职责分离冲突"),
        ("Roles were copied from ECC with broad authorisations.", "角色沿用ECC时期的宽泛权限。"),
        ("Year-end audit finds SoD conflicts.", "年审发现职责分离(SoD)冲突。"),
        ("Management letter point; roles rework in hypercare.", "审计管理建议书提出问题,上线支持期需返工角色。"),
        COMPLIANCE, THREAT, "pm", S.ACCEPT,
        ("Accept for 2026; role redesign in the 2027 optimisation project.",
         "2026年接受该风险;角色优化纳入2027年优化项目。"),
        ("Auditor's interim findings.", "审计师期中审计发现。"),
        St.IDENTIFIED, d(2026, 10, 23), d(2026, 12, 11), None, ("hc1",),
        (_r(d(2026, 10, 23), (2, 3, 2, 3), "Raised by internal audit.", "由内审提出。"),
         _r(d(2026, 11, 10), (2, 3, 2, 3), "Auditor informed.", "已告知外部审计师。"))),
    SampleRisk(
        "R-011", ("Late delivery of production servers", "生产服务器交付延迟"),
        ("Imported server hardware has 12-week lead times.", "进口服务器供货周期长达12周。"),
        ("Servers arrive after the system conversion should start.", "服务器到货晚于系统转换开工时间。"),
        ("Build starts late.", "系统实现阶段延迟启动。"),
        VENDOR, THREAT, "cio", S.AVOID,
        ("Host the landscape on the private cloud instead of new hardware.",
         "改为私有云部署,不再采购新硬件。"),
        ("Hardware order not confirmed by mid-March.", "3月中旬前硬件订单未确认。"),
        St.CLOSED, d(2026, 3, 5), None, d(2026, 5, 15), ("conversion",),
        (_r(d(2026, 4, 3), (3, 4, 1, 2), "Private cloud approved.", "私有云方案已获批。"),
         _r(d(2026, 5, 15), (1, 2, 1, 2), "Cloud landscape live; closed.", "云上系统环境已就绪,风险关闭。"))),
    SampleRisk(
        "R-012", ("Reuse the Suzhou template for Chongqing", "重庆复用苏州模板"),
        ("Both plants make similar products on similar lines.", "两家工厂产品与产线相近。"),
        ("Chongqing adopts the Suzhou template with few changes.", "重庆工厂基本照搬苏州模板。"),
        ("Chongqing configuration and testing effort 20% lower.", "重庆工厂配置和测试工作量降低20%。"),
        SCHEDULE, OPPORTUNITY, "arch", S.EXPLOIT,
        ("Freeze the template after wave 1; only legal and local tax differences allowed.",
         "第一批上线后冻结模板;仅允许法规及地方税务差异。"),
        ("Fewer than 15 Chongqing change requests after the fit-gap.", "差异分析后重庆变更请求少于15个。"),
        St.MONITORING, d(2026, 4, 3), d(2026, 11, 27), None, ("fitgap", "cut2", "eut_cq"),
        (_r(d(2026, 5, 6), (3, 3, 3, 3), "Fit-gap: 22 Chongqing gaps.", "差异分析发现重庆22项差异。"),
         _r(d(2026, 7, 3), (3, 3, 4, 3), "Template frozen for PP.", "PP模块模板已冻结。"),
         _r(d(2026, 10, 23), (4, 3, 4, 3), "Only 9 change requests left.", "仅剩9个变更请求。"))),
    SampleRisk(
        "R-013", ("Vendor's migration accelerator", "实施方数据迁移加速工具"),
        ("The vendor has pre-built migration templates from another S/4HANA project.",
         "实施方有其他S/4HANA项目的预置迁移模板。"),
        ("The templates fit our objects.", "预置模板适用于本项目的迁移对象。"),
        ("Each mock load two days shorter.", "每轮模拟迁移缩短两天。"),
        VENDOR, OPPORTUNITY, "vpm", S.SHARE,
        ("Vendor provides the accelerator free in return for a joint case study.",
         "实施方免费提供工具,双方联合发布成功案例。"),
        ("Templates cover more than 70% of objects.", "模板覆盖70%以上的迁移对象。"),
        St.CLOSED, d(2026, 4, 20), None, d(2026, 8, 28), ("mock1", "mock2", "mock3"),
        (_r(d(2026, 5, 20), (3, 3, 4, 3), "Case-study agreement signed.", "已签署联合案例协议。"),
         _r(d(2026, 7, 20), (4, 3, 4, 3), "Mock 2 two days faster.", "第二轮模拟迁移提速两天。"),
         _r(d(2026, 8, 28), (5, 3, 5, 3), "Benefit realised; closed.", "收益已实现,关闭。"))),
    SampleRisk(
        "R-014", ("Smart-manufacturing subsidy", "智能制造专项补贴"),
        ("The Chongqing municipal government subsidises ERP projects in manufacturing.",
         "重庆市对制造业ERP项目提供专项补贴。"),
        ("Huayue qualifies for the 2026 subsidy round.", "华岳符合2026年度补贴申报条件。"),
        ("Up to CNY 1.2 million of project cost refunded.", "最高可返还120万元项目费用。"),
        COST, OPPORTUNITY, "cfo", S.ESCALATE,
        ("Escalated to the finance director: the application needs a company-level "
         "filing beyond the project's authority.",
         "已升级至财务总监:申报需以公司名义提交,超出项目权限。"),
        ("Call for applications published.", "补贴申报通知发布。"),
        St.ASSESSED, d(2026, 7, 6), d(2026, 12, 4), None, ("m_golive2",),
        (_r(d(2026, 8, 6), (2, 3, 2, 3), "Criteria checked.", "已核对申报条件。"),
         _r(d(2026, 10, 9), (3, 3, 3, 3), "Call published; filing due Dec 15.",
            "申报通知已发布,12月15日截止。"))),
    SampleRisk(
        "R-015", ("Early decommissioning of legacy ECC", "提前下线旧ECC系统"),
        ("ECC hosting is paid quarterly and renews on 1 January.", "ECC托管费按季度支付,1月1日续约。"),
        ("Legacy ECC is switched to read-only archive before year end.", "年底前将旧ECC转为只读归档。"),
        ("Saves CNY 380,000 hosting a year.", "每年节省托管费38万元。"),
        COST, OPPORTUNITY, "cio", S.ENHANCE,
        ("Archive to the new data lake during hypercare.", "在上线支持期间将历史数据归档至数据湖。"),
        ("Chongqing stable for two weeks after go-live.", "重庆工厂上线后稳定运行两周。"),
        St.IDENTIFIED, d(2026, 10, 14), d(2026, 11, 18), None, ("legacy", "hc2"),
        (_r(d(2026, 10, 14), (2, 2, 3, 2), "Raised at steering committee.", "在指导委员会会议上提出。"),
         _r(d(2026, 11, 11), (2, 2, 3, 2), "Archive scope drafted.", "已起草归档范围。"))),
)
