from PySide6.QtCore import Qt

from app.core.enums import Engagement as E
from app.views.stakeholders.engagement_matrix import GAP_COLUMN, EngagementMatrix


def make(qtbot, people):
    view = EngagementMatrix()
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.matrix.set_records(people)
    view.show()
    qtbot.waitExposed(view)
    asked = []
    view.engagement_requested.connect(lambda *args: asked.append(args))
    return view, asked


def click(qtbot, view, row, column, modifier=Qt.KeyboardModifier.NoModifier):
    rect = view.visualRect(view.matrix.index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_marks_and_gaps_read_at_a_glance(qtbot, people):
    view, _ = make(qtbot, people)
    m = view.matrix
    assert [m.index(0, c).data() for c in range(GAP_COLUMN + 1)] == ["", "", "", "C", "D", "+1"]
    assert m.index(1, 1).data() == "C D" and m.index(1, GAP_COLUMN).data() == ""
    assert m.index(2, GAP_COLUMN).data(Qt.ItemDataRole.ToolTipRole).startswith("Not assessed")
    assert m.index(0, 3).data(Qt.ItemDataRole.BackgroundRole) is not None  # the gap shaded
    assert m.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert m.headerData(0, Qt.Orientation.Vertical) == "Ada"


def test_click_sets_current_shift_click_desired_and_a_second_click_clears(qtbot, people):
    view, asked = make(qtbot, people)
    click(qtbot, view, 2, 1)
    click(qtbot, view, 2, 3, Qt.KeyboardModifier.ShiftModifier)
    click(qtbot, view, 0, 3)  # Ada is already supportive: the mark goes
    click(qtbot, view, 0, GAP_COLUMN)  # the gap column is not a level
    assert asked == [(3, "engagement_current", E.RESISTANT),
                     (3, "engagement_desired", E.SUPPORTIVE),
                     (1, "engagement_current", None)]


def test_keys_c_and_d_set_marks_on_the_current_cell(qtbot, people):
    view, asked = make(qtbot, people)
    view.setFocus()
    view.setCurrentIndex(view.matrix.index(1, 2))
    qtbot.keyClick(view, Qt.Key.Key_D)
    qtbot.keyClick(view, Qt.Key.Key_C)
    assert asked == [(2, "engagement_desired", E.NEUTRAL), (2, "engagement_current", E.NEUTRAL)]
