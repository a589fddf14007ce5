"""Every edit as a pure, undoable command object (no Qt)."""

from app.models.commands.base import Changes, Command, Macro
from app.models.commands.calendar import ReplaceCalendar
from app.models.commands.editor import Editor, History
from app.models.commands.rows import DeleteRows, InsertRows, SetFields

__all__ = ["Changes", "Command", "DeleteRows", "Editor", "History", "InsertRows", "Macro",
           "ReplaceCalendar", "SetFields"]
