import asyncio
import json
from pathlib import Path

import pytest

from cims.analytics import triage
from cims.config import Settings
from cims.models import (
    Branch,
    Complaint,
    Customer,
    TriageCorrection,
)
from tests.factories import complaint_category

RETIRED = {"Credit card", "Bank account or service", "Payday loan", "Prepaid card"}


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> tuple[Settings, dict]:
    """One model trained on the public complaints, shared by the tests that read it."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("data"))
    return settings, asyncio.run(
        triage.train_triage(settings, include_corrections=False)
    )


def test_the_held_out_split_is_a_quarter_of_the_narratives(trained):
    _, metrics = trained

    assert (metrics["test_examples"], metrics["train_examples"]) == (98, 1969)


def test_the_model_beats_always_guessing_the_commonest_label(trained):
    _, metrics = trained

    assert metrics["product_accuracy"] >= metrics["product_majority_baseline"] + 0.1
    assert metrics["issue_accuracy"] >= metrics["issue_majority_baseline"] + 0.1


def test_the_model_and_its_figures_are_stored_and_activated(trained):
    settings, metrics = trained
    directory = triage.model_dir(settings)

    active = (directory / "ACTIVE").read_text()
    stored = json.loads((directory / active / "metrics.json").read_text())

    assert active == metrics["version"]
    assert stored["product_accuracy"] == metrics["product_accuracy"]
    assert triage.load_active(settings).version == active


@pytest.mark.parametrize(
    ("text", "product"),
    [
        (
            "There is an account on my credit report that is not mine and the bureau "
            "will not remove it",
            "Credit reporting or other personal consumer reports",
        ),
        (
            "A debt collector keeps calling me about a debt I do not owe",
            "Debt collection",
        ),
    ],
)
def test_a_suggestion_names_a_product_and_one_of_its_issues(trained, text, product):
    settings, _ = trained

    suggestion = triage.suggest(text, settings)

    assert suggestion.product == product
    model = triage.load_active(settings)
    assert suggestion.issue in model.taxonomy[product]
    assert 0 < suggestion.issue_confidence <= suggestion.product_confidence <= 1


def test_no_suggestion_without_a_trained_model(tmp_path):
    assert (
        triage.suggest("My card was charged twice", Settings(data_dir=tmp_path)) is None
    )


def test_retired_cfpb_product_names_are_folded_into_current_ones():
    products = {product for product, _ in triage.cfpb_categories()}

    assert products.isdisjoint(RETIRED)
    assert len(products) == 10
    assert len(triage.cfpb_categories()) == 77


def test_rows_without_a_narrative_are_described_by_sub_product_and_sub_issue():
    examples = triage.cfpb_examples()

    assert len(examples) == 2067
    assert sum(e.narrative for e in examples) == 389
    assert examples[0].text == "Credit reporting. Information belongs to someone else"


async def test_staff_corrections_join_the_training_data(database, tmp_path):
    branch = await Branch.create(
        code="SH01", name="上海", name_en="Shanghai", city="上海"
    )
    customer = await Customer.create(
        customer_no="C1",
        kind="individual",
        full_name="甲",
        name_key="甲",
        branch=branch,
    )
    wrong = await complaint_category("Mortgage", "Closing on a mortgage")
    right = await complaint_category("Wealth management", "Mis-selling")
    complaint = await Complaint.create(
        customer=customer,
        category=right,
        channel="branch",
        severity="low",
        description="The adviser sold me a fund far riskier than I asked for",
        received_at="2026-12-04T09:00:00+00:00",
        ack_due_at="2026-12-07T16:00:00+00:00",
        resolve_due_at="2026-12-25T16:00:00+00:00",
        created_by="agent01",
    )
    for category, corrected in ((wrong, True), (right, True)):
        await TriageCorrection.create(
            complaint=complaint, category=category, corrected=corrected, actor="agent01"
        )

    examples = await triage.correction_examples()
    metrics = await triage.train_triage(Settings(data_dir=tmp_path))

    assert [(e.product, e.issue) for e in examples] == [
        ("Wealth management", "Mis-selling")
    ]
    assert metrics["corrections"] == 1
    assert metrics["test_examples"] == 98
    model = triage.load_active(Settings(data_dir=tmp_path))
    assert model.taxonomy["Wealth management"] == {"Mis-selling"}
    assert Path(tmp_path / "models" / "triage" / "ACTIVE").exists()
