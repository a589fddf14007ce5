"""stub"""
from app.reports.build import PORTRAIT, Context
from app.reports.flowables import Heading


def build(ctx: Context):
    return PORTRAIT, [Heading(ctx.ts, "risks")]
