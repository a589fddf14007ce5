from __future__ import annotations

import pytest
from sqlalchemy import insert

from app.models import Person, RaciCell, RaciRole, Task
from app.models.document import Document


def fill(session) -> None:
    """Two phases with a task and a milestone each; two people, one named role."""
    session.execute(insert(Task), [
        {"id": 1, "name": "Design", "position": 0},
        {"id": 2, "parent_id": 1, "name": "Draft spec", "position": 0},
        {"id": 3, "parent_id": 1, "name": "Spec signed", "position": 1, "milestone": True,
         "duration": 0},
        {"id": 4, "name": "Build", "position": 1},
        {"id": 5, "parent_id": 4, "name": "Code", "position": 0},
    ])
    session.execute(insert(Person), [{"id": 1, "name": "Ann Lee", "position": 0},
                                     {"id": 2, "name": "Bo Wu", "position": 1},
                                     {"id": 3, "name": "Cy Ma", "position": 2}])
    session.execute(insert(RaciRole), [{"id": 1, "person_id": 1, "position": 0},
                                       {"id": 2, "person_id": 2, "position": 1},
                                       {"id": 3, "name": "DBA", "position": 2}])
    session.execute(insert(RaciCell), [
        {"task_id": 1, "role_id": 1, "letters": "A"},
        {"task_id": 1, "role_id": 2, "letters": "R"},
        {"task_id": 3, "role_id": 1, "letters": "A/R"},
        {"task_id": 4, "role_id": 2, "letters": "R"},  # no A: an error
    ])


@pytest.fixture
def doc(tmp_path):
    document = Document.create(tmp_path / "raci.pwp", name="RACI", fill=fill)
    yield document
    document.close()
