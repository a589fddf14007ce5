from PySide6.QtCore import Qt

from app.core.enums import Attitude
from app.core.stakeholders import Quadrant
from app.views.stakeholders.register_model import COLUMN_OF, SORT_ROLE, RegisterModel
from app.views.stakeholders.register_view import RegisterProxy


def make(people):
    model = RegisterModel()
    model.set_records(people, 10)
    proxy = RegisterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def cell(model, row, field, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, COLUMN_OF[field]).data(role)


def test_cells_show_labels_flags_and_quadrants(qapp, people):
    model, _ = make(people)
    assert cell(model, 0, "attitude") == "Champion"
    assert cell(model, 0, "quadrant") == "Manage closely"
    assert cell(model, 2, "quadrant") == Quadrant.KEEP_SATISFIED.label
    assert cell(model, 1, "engagement_desired") == "Resistant"
    assert cell(model, 2, "confidential", Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert cell(model, 2, "target_interest") == "6"
    assert cell(model, 0, "target_power") == ""
    assert not model.flags(model.index(0, COLUMN_OF["quadrant"])) & Qt.ItemFlag.ItemIsEditable


def test_enums_sort_in_scale_order_not_alphabetically(qapp, people):
    model, proxy = make(people)
    proxy.sort(COLUMN_OF["attitude"])
    assert [proxy.index(r, 0).data() for r in range(3)] == ["Ada", "Cy", "Bo"]
    assert cell(model, 0, "attitude", SORT_ROLE) < cell(model, 1, "attitude", SORT_ROLE)


def test_filter_by_text_and_quadrant(qapp, people):
    _, proxy = make(people)
    proxy.set_text("UNION")
    assert [r.name for r in proxy.visible_records()] == ["Bo"]
    proxy.set_text("")
    proxy.set_quadrant(Quadrant.MANAGE_CLOSELY)
    assert [r.name for r in proxy.visible_records()] == ["Ada"]


def test_edits_are_handed_to_the_page_never_stored(qapp, people):
    model, _ = make(people)
    asked = []
    model.edit = lambda pid, values: asked.append((pid, values)) or False
    assert not model.setData(model.index(1, COLUMN_OF["power"]), "11")
    model.setData(model.index(0, COLUMN_OF["team_member"]), Qt.CheckState.Checked.value,
                  Qt.ItemDataRole.CheckStateRole)
    assert asked == [(2, {"power": "11"}), (1, {"team_member": True})]
    assert cell(model, 1, "power") == "2"


def test_new_values_keep_rows_in_place(qapp, qtbot, people):
    from dataclasses import replace

    model, _ = make(people)
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_records([replace(people[0], attitude=Attitude.CRITIC), *people[1:]], 10)
    assert cell(model, 0, "attitude") == "Critic"
    with qtbot.waitSignal(model.modelReset):
        model.set_records(people[:2], 10)
