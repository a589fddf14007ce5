"""Closed vocabularies shared by the model, the views and the exchange formats."""

from __future__ import annotations

from enum import StrEnum

from app.core.i18n import QT_TRANSLATE_NOOP, translate


class Labelled(StrEnum):
    """A StrEnum whose members have a translated display label."""

    @property
    def label(self) -> str:
        return translate("enums", _LABELS[self])


class LinkType(Labelled):
    FS = "FS"
    SS = "SS"
    FF = "FF"
    SF = "SF"


class LagUnit(Labelled):
    """How a link's lag is measured (MSPDI has all three)."""

    WORKING = "working"  # working minutes on the calendar
    ELAPSED = "elapsed"  # calendar minutes, 24/7
    PERCENT = "percent"  # tenths of a percent of the predecessor's duration


class ConstraintType(Labelled):
    ASAP = "ASAP"
    ALAP = "ALAP"
    SNET = "SNET"
    SNLT = "SNLT"
    FNET = "FNET"
    FNLT = "FNLT"
    MSO = "MSO"
    MFO = "MFO"


class Attitude(Labelled):
    CHAMPION = "champion"
    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    CRITIC = "critic"
    BLOCKER = "blocker"


class Engagement(Labelled):
    UNAWARE = "unaware"
    RESISTANT = "resistant"
    NEUTRAL = "neutral"
    SUPPORTIVE = "supportive"
    LEADING = "leading"


class RiskKind(Labelled):
    THREAT = "threat"
    OPPORTUNITY = "opportunity"


class RiskStatus(Labelled):
    IDENTIFIED = "identified"
    ASSESSED = "assessed"
    PLANNED = "planned"
    MONITORING = "monitoring"
    CLOSED = "closed"
    OCCURRED = "occurred"


class RiskStrategy(Labelled):
    AVOID = "avoid"
    MITIGATE = "mitigate"
    TRANSFER = "transfer"
    EXPLOIT = "exploit"
    ENHANCE = "enhance"
    SHARE = "share"
    ACCEPT = "accept"
    ESCALATE = "escalate"


class RaciVariant(Labelled):
    RACI = "RACI"
    RASCI = "RASCI"



THREAT_STRATEGIES = (RiskStrategy.AVOID, RiskStrategy.MITIGATE, RiskStrategy.TRANSFER,
                     RiskStrategy.ACCEPT, RiskStrategy.ESCALATE)
OPPORTUNITY_STRATEGIES = (RiskStrategy.EXPLOIT, RiskStrategy.ENHANCE, RiskStrategy.SHARE,
                          RiskStrategy.ACCEPT, RiskStrategy.ESCALATE)

_LABELS: dict[StrEnum, str] = {
    LinkType.FS: QT_TRANSLATE_NOOP("enums", "Finish-to-start"),
    LinkType.SS: QT_TRANSLATE_NOOP("enums", "Start-to-start"),
    LinkType.FF: QT_TRANSLATE_NOOP("enums", "Finish-to-finish"),
    LinkType.SF: QT_TRANSLATE_NOOP("enums", "Start-to-finish"),
    LagUnit.WORKING: QT_TRANSLATE_NOOP("enums", "Working time"),
    LagUnit.ELAPSED: QT_TRANSLATE_NOOP("enums", "Elapsed time"),
    LagUnit.PERCENT: QT_TRANSLATE_NOOP("enums", "Percent of predecessor"),
    ConstraintType.ASAP: QT_TRANSLATE_NOOP("enums", "As soon as possible"),
    ConstraintType.ALAP: QT_TRANSLATE_NOOP("enums", "As late as possible"),
    ConstraintType.SNET: QT_TRANSLATE_NOOP("enums", "Start no earlier than"),
    ConstraintType.SNLT: QT_TRANSLATE_NOOP("enums", "Start no later than"),
    ConstraintType.FNET: QT_TRANSLATE_NOOP("enums", "Finish no earlier than"),
    ConstraintType.FNLT: QT_TRANSLATE_NOOP("enums", "Finish no later than"),
    ConstraintType.MSO: QT_TRANSLATE_NOOP("enums", "Must start on"),
    ConstraintType.MFO: QT_TRANSLATE_NOOP("enums", "Must finish on"),
    Attitude.CHAMPION: QT_TRANSLATE_NOOP("enums", "Champion"),
    Attitude.SUPPORTER: QT_TRANSLATE_NOOP("enums", "Supporter"),
    Attitude.NEUTRAL: QT_TRANSLATE_NOOP("enums", "Neutral"),
    Attitude.CRITIC: QT_TRANSLATE_NOOP("enums", "Critic"),
    Attitude.BLOCKER: QT_TRANSLATE_NOOP("enums", "Blocker"),
    Engagement.UNAWARE: QT_TRANSLATE_NOOP("enums", "Unaware"),
    Engagement.RESISTANT: QT_TRANSLATE_NOOP("enums", "Resistant"),
    Engagement.NEUTRAL: QT_TRANSLATE_NOOP("enums", "Neutral"),
    Engagement.SUPPORTIVE: QT_TRANSLATE_NOOP("enums", "Supportive"),
    Engagement.LEADING: QT_TRANSLATE_NOOP("enums", "Leading"),
    RiskKind.THREAT: QT_TRANSLATE_NOOP("enums", "Threat"),
    RiskKind.OPPORTUNITY: QT_TRANSLATE_NOOP("enums", "Opportunity"),
    RiskStatus.IDENTIFIED: QT_TRANSLATE_NOOP("enums", "Identified"),
    RiskStatus.ASSESSED: QT_TRANSLATE_NOOP("enums", "Assessed"),
    RiskStatus.PLANNED: QT_TRANSLATE_NOOP("enums", "Response planned"),
    RiskStatus.MONITORING: QT_TRANSLATE_NOOP("enums", "Monitoring"),
    RiskStatus.CLOSED: QT_TRANSLATE_NOOP("enums", "Closed"),
    RiskStatus.OCCURRED: QT_TRANSLATE_NOOP("enums", "Occurred"),
    RiskStrategy.AVOID: QT_TRANSLATE_NOOP("enums", "Avoid"),
    RiskStrategy.MITIGATE: QT_TRANSLATE_NOOP("enums", "Mitigate"),
    RiskStrategy.TRANSFER: QT_TRANSLATE_NOOP("enums", "Transfer"),
    RiskStrategy.EXPLOIT: QT_TRANSLATE_NOOP("enums", "Exploit"),
    RiskStrategy.ENHANCE: QT_TRANSLATE_NOOP("enums", "Enhance"),
    RiskStrategy.SHARE: QT_TRANSLATE_NOOP("enums", "Share"),
    RiskStrategy.ACCEPT: QT_TRANSLATE_NOOP("enums", "Accept"),
    RiskStrategy.ESCALATE: QT_TRANSLATE_NOOP("enums", "Escalate"),
    RaciVariant.RACI: QT_TRANSLATE_NOOP("enums", "RACI"),
    RaciVariant.RASCI: QT_TRANSLATE_NOOP("enums", "RASCI (with Support)"),
}
