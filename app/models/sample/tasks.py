"""The sample project's WBS, links, constraints and the slips since the baseline."""

from __future__ import annotations

from datetime import datetime

from app.core.enums import ConstraintType, LinkType

from .charter import Text

# (outline number, key, duration in days or None for a summary, en, zh, assignees).
# Duration 0 is a milestone. Assignees are person keys, ":50" for half time.
WBS: tuple[tuple[str, str, float | None, str, str, str], ...] = (
    ("1", "init", None, "Initiation", "项目启动", ""),
    ("1.1", "kickoff", 1, "Kick-off meeting", "项目启动会", "pm vpm"),
    ("1.2", "charter", 5, "Project charter and scope statement", "编制项目章程与范围说明书",
     "pm vpm:50"),
    ("1.3", "m_charter", 0, "Project charter signed", "项目章程签署", ""),
    ("2", "bp", None, "Blueprint design", "蓝图设计", ""),
    ("2.1", "asis", None, "Current-state assessment", "现状调研", ""),
    ("2.1.1", "ws_sh", 10, "Process workshops – Shanghai HQ", "上海总部业务流程调研",
     "vpm arch fin:50"),
    ("2.1.2", "ws_plants", 12, "Process workshops – Suzhou and Chongqing plants",
     "苏州、重庆工厂业务流程调研", "vpm scm"),
    ("2.1.3", "fitgap", 8, "Fit-gap analysis", "差异分析(Fit-Gap)", "arch vpm:50"),
    ("2.2", "tobe", None, "Future-state design", "目标流程设计", ""),
    ("2.2.1", "des_fin", 15, "Finance and controlling design (FI/CO)",
     "财务与管理会计(FI/CO)方案设计", "arch:50 fin"),
    ("2.2.2", "des_scm", 18, "Supply-chain and manufacturing design (MM/PP/SD)",
     "供应链与生产制造(MM/PP/SD)方案设计", "arch:50 scm"),
    ("2.3", "m_bp", 0, "Blueprint signed off", "蓝图方案签字确认", ""),
    ("3", "build", None, "Build and configuration", "系统实现", ""),
    ("3.1", "conversion", 10, "System conversion ECC → S/4HANA (sandbox, DEV)",
     "系统转换ECC→S/4HANA(沙箱、开发环境)", "arch data:50"),
    ("3.2", "config", None, "Configuration", "系统配置", ""),
    ("3.2.1", "cfg_fin", 30, "Configure FI/CO", "FI/CO模块配置", "vpm:50 fin:50"),
    ("3.2.2", "cfg_scm", 35, "Configure MM/PP/SD", "MM/PP/SD模块配置", "vpm:50 scm:50"),
    ("3.3", "dev", None, "Custom development (RICEFW)", "客制化开发(RICEFW)", ""),
    ("3.3.1", "fspec", 10, "Functional specifications", "编写功能说明书", "arch fin:50"),
    ("3.3.2", "develop", 40, "Develop reports, forms and enhancements", "报表、表单及增强开发",
     "arch:50"),
    ("3.3.3", "unit_test", 10, "Unit testing and custom-code remediation", "单元测试与代码修正",
     "arch:50"),
    ("3.4", "m_build", 0, "Build complete", "系统实现完成", ""),
    ("4", "dm", None, "Data migration", "数据迁移", ""),
    ("4.1", "cleanse", 25, "Master-data cleansing (materials, BOMs, vendors, customers)",
     "主数据清洗(物料、BOM、供应商、客户)", "data scm:50"),
    ("4.2", "mock", None, "Mock loads", "模拟迁移", ""),
    ("4.2.1", "mock1", 5, "Mock load 1", "第一轮模拟迁移", "data"),
    ("4.2.2", "mock2", 5, "Mock load 2", "第二轮模拟迁移", "data"),
    ("4.2.3", "mock3", 5, "Mock load 3 (dress rehearsal)", "第三轮模拟迁移(全量彩排)", "data"),
    ("4.2.4", "recon", 4, "Data reconciliation and sign-off", "数据核对与签字确认",
     "data fin:50"),
    ("5", "integ", None, "Integration", "系统集成", ""),
    ("5.1", "ifc_mes", 20, "MES interface (Suzhou, Chongqing)", "MES接口开发(苏州、重庆)",
     "arch:50"),
    ("5.2", "ifc_bank", 15, "Bank connection and e-invoicing interfaces",
     "银企直连与数电发票接口开发", "fin:50"),
    ("5.3", "ifc_test", 8, "Interface end-to-end testing", "接口联调测试", "arch scm:50"),
    ("6", "test", None, "Testing", "测试", ""),
    ("6.1", "sit", None, "System integration testing (SIT)", "系统集成测试(SIT)", ""),
    ("6.1.1", "sit1", 15, "SIT cycle 1", "SIT第一轮", "vpm arch:50"),
    ("6.1.2", "sit2", 10, "SIT cycle 2 and regression", "SIT第二轮及回归测试", "vpm arch:50"),
    ("6.2", "uat", None, "User acceptance testing (UAT)", "用户验收测试(UAT)", ""),
    ("6.2.1", "uat_prep", 5, "UAT preparation (scripts, data, testers)",
     "UAT准备(测试脚本、数据与人员)", "pm fin:50 scm:50"),
    ("6.2.2", "uat_exec", 15, "UAT execution", "UAT执行", "fin scm"),
    ("6.3", "m_uat", 0, "UAT signed off", "用户验收测试(UAT)签字确认", ""),
    ("7", "train", None, "Training", "培训", ""),
    ("7.1", "materials", 12, "Training materials and user manuals", "编写培训教材与操作手册",
     "fin:50 scm:50"),
    ("7.2", "eut_w1", 8, "End-user training – Shanghai HQ and Suzhou",
     "最终用户培训(上海总部、苏州工厂)", "fin scm"),
    ("7.3", "eut_cq", 6, "End-user training – Chongqing", "最终用户培训(重庆工厂)", "scm"),
    ("8", "cutover", None, "Cut-over and go-live", "割接与上线", ""),
    ("8.1", "wave1", None, "Wave 1: Shanghai HQ and Suzhou", "第一批:上海总部与苏州工厂", ""),
    ("8.1.1", "gonogo1", 3, "Cut-over plan and go/no-go decision",
     "割接方案与上线决策(Go/No-Go)", "pm vpm"),
    ("8.1.2", "cut1", 3, "Production cut-over (business freeze, data load)",
     "生产系统割接(业务冻结、数据导入)", "data arch"),
    ("8.1.3", "m_golive1", 0, "Go-live Shanghai HQ and Suzhou", "上海总部与苏州工厂上线", ""),
    ("8.2", "wave2", None, "Wave 2: Chongqing", "第二批:重庆工厂", ""),
    ("8.2.1", "legacy", 10, "Keep legacy ECC running for Chongqing", "重庆工厂旧ECC系统保持运行",
     "data:50"),
    ("8.2.2", "cut2", 5, "Chongqing production cut-over", "重庆工厂生产割接", "data arch"),
    ("8.2.3", "m_golive2", 0, "Go-live Chongqing", "重庆工厂上线", ""),
    ("9", "hyper", None, "Hypercare", "上线后支持", ""),
    ("9.1", "hc1", 30, "Hypercare – Shanghai HQ and Suzhou", "上线后支持(上海总部、苏州工厂)",
     "vpm:50 arch:50"),
    ("9.2", "mec", 5, "First month-end close on S/4HANA", "S/4HANA首次月结支持", "fin"),
    ("9.3", "hc2", 20, "Hypercare – Chongqing", "上线后支持(重庆工厂)", "vpm:50 scm:50"),
    ("10", "close", None, "Project closure", "项目收尾", ""),
    ("10.1", "handover", 5, "Handover to application support (AMS)", "移交应用运维(AMS)",
     "pm vpm"),
    ("10.2", "lessons", 2, "Lessons learned and document archiving", "经验总结与文档归档", "pm"),
    ("10.3", "m_accept", 0, "Final acceptance signed", "项目终验签字", ""),
)

FS, SS, FF, SF = LinkType.FS, LinkType.SS, LinkType.FF, LinkType.SF

# (predecessor, successor, type, lag in days; negative is a lead).
LINKS: tuple[tuple[str, str, LinkType, float], ...] = (
    ("kickoff", "charter", FS, 0),
    ("charter", "m_charter", FS, 0),
    ("m_charter", "ws_sh", FS, 0),
    ("ws_sh", "ws_plants", SS, 3),  # plant teams join once the HQ workshops are under way
    ("ws_sh", "fitgap", FS, 0),
    ("ws_plants", "fitgap", FS, 0),
    ("fitgap", "des_fin", FS, 0),
    ("des_fin", "des_scm", SS, 2),
    ("des_fin", "m_bp", FS, 0),
    ("des_scm", "m_bp", FS, 0),
    ("fitgap", "conversion", FS, 0),  # the technical track runs beside the design
    ("m_bp", "cfg_fin", FS, 0),
    ("conversion", "cfg_fin", FS, 0),
    ("cfg_fin", "cfg_scm", SS, 5),
    ("m_bp", "fspec", FS, 0),
    ("fspec", "develop", SS, 5),
    ("develop", "unit_test", FF, 3),
    ("cfg_fin", "m_build", FS, 0),
    ("cfg_scm", "m_build", FS, 0),
    ("unit_test", "m_build", FS, 0),
    ("fitgap", "cleanse", FS, 0),
    ("cleanse", "mock1", FS, 0),
    ("mock1", "mock2", FS, 10),  # ten days to fix load errors between mock loads
    ("m_uat", "mock3", FS, 0),
    ("mock2", "mock3", FS, 0),
    ("mock3", "recon", FF, 1),
    ("m_bp", "ifc_mes", FS, 0),
    ("ifc_mes", "ifc_bank", SS, 5),
    ("ifc_mes", "ifc_test", FS, 0),
    ("ifc_bank", "ifc_test", FS, 0),
    ("m_build", "sit1", FS, 0),
    ("ifc_test", "sit1", FS, 0),
    ("sit1", "sit2", FS, 0),
    ("sit2", "uat_prep", FS, -3),  # UAT scripts are written while SIT finishes
    ("uat_prep", "uat_exec", FS, 0),
    ("uat_exec", "m_uat", FS, 0),
    ("sit1", "materials", SS, 5),
    ("materials", "eut_w1", FS, 0),
    ("uat_exec", "eut_w1", FS, -2),
    ("recon", "gonogo1", FS, 0),
    ("gonogo1", "cut1", FS, 0),
    ("cut1", "m_golive1", FS, 0),
    ("m_golive1", "eut_cq", FS, 16),
    ("eut_cq", "m_golive2", FS, 0),  # training may overlap the cut-over, not the go-live
    ("cut2", "m_golive2", FS, 0),
    ("m_golive2", "legacy", SF, 0),  # ECC keeps running until Chongqing is live
    ("m_golive1", "hc1", FS, 0),
    ("m_golive1", "mec", FS, 15),  # October's close starts in the first days of November
    ("m_golive2", "hc2", FS, 0),
    ("hc2", "handover", SS, 10),
    ("handover", "lessons", FS, 0),
    ("hc2", "m_accept", FS, 0),
    ("lessons", "m_accept", FS, 0),
)

C = ConstraintType
CONSTRAINTS: dict[str, tuple[ConstraintType, datetime]] = {
    # Wave 1 goes live on the first Monday after the National Day holiday.
    "m_golive1": (C.SNET, datetime(2026, 10, 12, 8, 0)),
    # Chongqing cuts over during the plant's annual maintenance shutdown.
    "cut2": (C.SNET, datetime(2026, 11, 16, 8, 0)),
}
DEADLINES: dict[str, datetime] = {
    "m_golive1": datetime(2026, 10, 19, 17, 0),
    "m_uat": datetime(2026, 9, 25, 17, 0),
    "m_golive2": datetime(2026, 11, 30, 17, 0),
    "m_accept": datetime(2026, 12, 31, 17, 0),
}

NOTES: dict[str, Text] = {
    "kickoff": (
        "Shanghai HQ, 3rd-floor training room. Steering committee members, plant managers "
        "and all key users attend; the sponsor opens.",
        "地点:上海总部三楼培训室。指导委员会成员、各厂长及全体关键用户参加,由发起人致辞。"),
    "cleanse": (
        "Extended by 5 days: 8% duplicate materials found in Chongqing (see R-001).",
        "因重庆工厂物料重复率达8%,工期延长5天(见风险R-001)。"),
    "uat_exec": (
        "Extended by 3 days because plant testers were only available part-time in August "
        "(R-003 occurred).",
        "8月工厂测试人员只能兼职参与,UAT延长3天(风险R-003已发生)。"),
    "cut1": (
        "Baselined over the National Day holiday; moved to 13-15 Oct after the UAT extension. "
        "Business freeze from 12 Oct 18:00; rollback point after the open-item load.",
        "基准计划安排在国庆假期割接,因UAT延期调整至10月13日至15日。10月12日18:00起业务冻结;"
        "未清项导入完成后设置回退点。"),
    "cut2": (
        "Start no earlier than 16 Nov: the plant's annual maintenance shutdown is the "
        "cut-over window agreed with the plant manager.",
        "不早于11月16日开始:利用工厂年度设备检修停产期割接,已与厂长确认。"),
    "legacy": (
        "Start-to-finish link: ECC may only be switched to read-only once Chongqing is live.",
        "开始-完成(SF)关系:重庆工厂上线后,旧ECC系统方可切换为只读。"),
}

# The current plan against the baseline: extra days on a few tasks (see the notes and
# the risk register for why).
SLIPS: dict[str, float] = {
    "cleanse": 5,
    "des_scm": 2,
    "cfg_scm": 5,
    "ifc_mes": 5,
    "uat_exec": 3,
    "hc2": 3,
}

DAILY_RATE = 4800.0  # CNY per person-day, blended client and vendor rate
