from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from app.views.stakeholders.grid_widget import PowerInterestGrid


def make(qtbot, people):
    grid = PowerInterestGrid()
    qtbot.addWidget(grid)
    grid.resize(600, 480)
    grid.set_records(people, 10)
    grid.show()
    qtbot.waitExposed(grid)
    return grid


def spot(grid, power, interest):
    plot = grid.picture().plot
    return QPoint(round(plot.x(interest)), round(plot.y(power)))


def drag(qtbot, grid, start, end):
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    middle = (start + end) / 2
    qtbot.mouseMove(grid, middle)
    qtbot.mouseMove(grid, end)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=end)


def test_dragging_a_marker_reports_snapped_scores_once(qtbot, people):
    grid = make(qtbot, people)
    moves = []
    grid.moved.connect(lambda *args: moves.append(args))
    picks = []
    grid.selection_requested.connect(lambda ids, toggle: picks.append(ids))
    target = spot(grid, 4, 7) + QPoint(9, -7)  # off-centre: still power 4, interest 7
    drag(qtbot, grid, grid.marker_centre(2), target)
    assert moves == [(2, 4, 7)]
    assert picks == [[2]]


def test_a_click_without_moving_changes_nothing(qtbot, people):
    grid = make(qtbot, people)
    moves = []
    grid.moved.connect(lambda *args: moves.append(args))
    centre = grid.marker_centre(1)
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=centre)
    drag(qtbot, grid, centre, centre + QPoint(QApplication.startDragDistance() + 2, 0))
    assert moves == []  # dropped on its own spot


def test_escape_cancels_a_drag(qtbot, people):
    grid = make(qtbot, people)
    moves = []
    grid.moved.connect(lambda *args: moves.append(args))
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=grid.marker_centre(1))
    qtbot.mouseMove(grid, spot(grid, 2, 2))
    assert grid._moving == {1: (2, 2)}
    qtbot.keyClick(grid, Qt.Key.Key_Escape)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=spot(grid, 2, 2))
    assert moves == []


def test_ctrl_click_toggles_and_a_click_on_nothing_clears(qtbot, people):
    grid = make(qtbot, people)
    picks = []
    grid.selection_requested.connect(lambda ids, toggle: picks.append((ids, toggle)))
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     grid.marker_centre(3))
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=spot(grid, 5, 5))
    assert picks == [([3], True), ([], False)]


def test_arrow_keys_nudge_the_selected_marker_within_the_scale(qtbot, people):
    grid = make(qtbot, people)
    nudges = []
    grid.nudged.connect(lambda *args: nudges.append(args))
    grid.set_selected([1])
    grid.setFocus()
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Right):
        qtbot.keyClick(grid, key)
    assert nudges == [(1, 10, 9), (1, 9, 8), (1, 8, 9), (1, 9, 10)]
    grid.set_selected([1, 2])
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    assert len(nudges) == 4  # several selected: arrows do not guess which one


def test_markers_at_one_spot_stay_apart_and_can_each_be_picked(qtbot, people):
    from dataclasses import replace

    same = [replace(p, power=5, interest=5) for p in people]
    grid = make(qtbot, same)
    centres = {grid.marker_centre(p.id).toTuple() for p in same}
    assert len(centres) == 3
    for p in same:
        assert grid.picture().marker_at(grid.marker_centre(p.id).toPointF()) == p.id


def test_tooltip_tells_the_details(qtbot, people):
    grid = make(qtbot, people)
    text = grid._details(3)
    assert "Power 8, interest 2: Keep satisfied" in text
    assert "Target: power 8, interest 6" in text and "Confidential" in text
