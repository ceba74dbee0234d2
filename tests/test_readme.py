"""The README's role table is the policy's own."""

from cims.auth.policy import markdown_table
from tests.conftest import ROOT


def test_readme_role_table_matches_the_policy():
    readme = (ROOT / "README.md").read_text()
    table = readme.split("<!-- roles:start -->\n", 1)[1].split("<!-- roles:end -->", 1)[
        0
    ]

    assert table == markdown_table()
