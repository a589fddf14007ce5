"""The sample project's charter: names and texts of the Project row, in both languages.

Every text is an (English, Simplified Chinese) pair; the same project in each language.
"""

from __future__ import annotations

from datetime import date, datetime

Text = tuple[str, str]  # (en, zh_CN)

START = date(2026, 3, 2)
STATUS_DATE = date(2026, 11, 13)
# The baseline was saved right after the charter was signed, before any slip.
BASELINE_TAKEN_AT = datetime(2026, 3, 10, 17, 30)
CODE = "ERP-2026"
CURRENCY = "CNY"

NAME: Text = ("Huayue ERP Upgrade to SAP S/4HANA",
              "华岳精密ERP升级项目(SAP S/4HANA)")
CLIENT: Text = ("Huayue Precision Machinery Co., Ltd.", "华岳精密机械股份有限公司")
BASELINE_NAME: Text = ("Baseline", "基准")

DESCRIPTION: Text = (
    "Upgrade Huayue's SAP ECC 6.0 system, in use since 2012, to SAP S/4HANA 2023 on a "
    "private cloud, and roll the new system out to Shanghai headquarters, the Suzhou plant "
    "and the Chongqing plant in two waves. The scope covers blueprint design, configuration "
    "and custom development, data migration, interfaces to the plants' MES, to the banks and "
    "to the tax authority's e-invoicing platform, system integration and user acceptance "
    "testing, training, cut-over and hypercare.\n"
    "Bluepeak Consulting implements under a fixed-price contract; Huayue IT owns the "
    "infrastructure, the data and change management.",
    "将华岳精密自2012年起使用的SAP ECC 6.0系统升级至私有云部署的SAP S/4HANA 2023,"
    "并分两批在上海总部、苏州工厂和重庆工厂上线。项目范围包括蓝图设计、系统配置与客制化开发、"
    "数据迁移、与工厂MES、银企直连及税务数电发票平台的接口集成、集成测试(SIT)与用户验收测试"
    "(UAT)、最终用户培训、割接上线以及上线后支持(Hypercare)。\n"
    "蓝峰咨询作为实施方,按固定总价合同交付;华岳信息部负责基础设施、数据治理与变革管理。",
)

OBJECTIVES: Text = (
    "1. Replace SAP ECC before its mainstream maintenance ends, with one harmonised process "
    "template for all three sites.\n"
    "2. Shorten the month-end close from 7 to 4 working days with the Universal Journal.\n"
    "3. Give planners real-time material availability (MRP Live) and reduce finished-goods "
    "inventory by 10% within a year of go-live.\n"
    "4. Issue fully digitalised e-invoices as required by the State Taxation Administration.",
    "1. 在ECC主流维护期结束前完成替换,三个基地统一使用一套标准化业务流程模板;\n"
    "2. 借助通用日记账(Universal Journal),将月结周期由7个工作日缩短至4个工作日;\n"
    "3. 通过MRP Live为计划员提供实时物料可用性,上线后一年内产成品库存降低10%;\n"
    "4. 按国家税务总局要求全面开具数电发票。",
)

SUCCESS_CRITERIA: Text = (
    "- Shanghai HQ and Suzhou live by 19 October 2026, Chongqing by 30 November 2026, with no "
    "unplanned production stoppage longer than 4 hours.\n"
    "- Migrated balances reconciled with zero difference and signed off by the Finance "
    "Director; first month-end close on S/4HANA done within 5 working days.\n"
    "- No open priority-1 defects and fewer than 20 open priority-2 defects at UAT sign-off.\n"
    "- At least 95% of end users trained and passing the post-training test before go-live.\n"
    "- Total cost within 5% of the approved budget of CNY 18.6 million.",
    "- 上海总部与苏州工厂于2026年10月19日前上线,重庆工厂于2026年11月30日前上线,"
    "期间无超过4小时的非计划停产;\n"
    "- 迁移余额核对零差异并经财务总监签字确认;S/4HANA上的首次月结在5个工作日内完成;\n"
    "- UAT签字时无未关闭的一级缺陷,未关闭的二级缺陷少于20个;\n"
    "- 上线前至少95%的最终用户完成培训并通过考核;\n"
    "- 项目总成本不超过批复预算1,860万元的5%。",
)


def pick(text: Text, language: str) -> str:
    """The text in the project's language (English for anything but Simplified Chinese)."""
    return text[1] if language == "zh_CN" else text[0]
