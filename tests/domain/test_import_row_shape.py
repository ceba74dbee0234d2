"""A CSV row whose cells do not line up with the header loses or shifts data: it is
a problem of its row, named with the lines of the file it spans."""

from cims.domain.importing import (
    CommitMode,
    ImportOptions,
    Mapping,
    check_customers,
    import_customers,
)
from cims.models import Customer

MAPPING = Mapping(
    columns={
        "full_name": "full_name",
        "occupation": "occupation",
        "address": "address",
    },
    defaults={"branch_code": "BJ01"},
)
HEADER = "full_name,occupation,address\n"


def shape(report) -> list[tuple]:
    return [(p.row, p.field, p.code, p.message) for p in report.problems]


async def test_an_unquoted_comma_in_the_last_column_is_too_many_cells(branches, clerk):
    data = (
        HEADER + "王芳,深圳市,南山区科技园1号\n李娜,深圳市,南山区,科技园1号\n"
    ).encode()

    report = await check_customers(clerk, data, "c.csv", MAPPING)

    assert report.valid_rows == 1
    assert shape(report) == [
        (
            3,
            "row",
            "TOO_MANY_CELLS",
            "line 3: 4 cells under 3 headers; a cell holding the separator must be "
            "quoted",
        )
    ]
    assert report.problems[0].column is None


async def test_a_row_of_fewer_cells_is_refused_and_nothing_is_written(branches, clerk):
    data = (HEADER + "王芳,深圳市,南山区\n李娜,深圳市\n").encode()

    report = await import_customers(clerk, data, "c.csv", MAPPING)

    assert shape(report) == [
        (3, "row", "TOO_FEW_CELLS", "line 3: 2 cells under 3 headers")
    ]
    assert report.created_rows == 0
    assert await Customer.all().count() == 0


async def test_trailing_separators_lose_nothing_and_import(branches, clerk):
    data = (HEADER + "王芳,深圳市,南山区,,\n").encode()

    report = await import_customers(clerk, data, "c.csv", MAPPING)

    assert (report.created_rows, report.problems) == (1, [])


async def test_a_row_spanning_lines_is_named_by_its_first_and_last(branches, clerk):
    # A stray opening quote on line 3 runs the record on to the next quote (line 5).
    data = (
        HEADER
        + '王芳,深圳市,"南山区\n李娜,广州市,天河区\n张伟,北京市,"朝阳区,x\n赵六,上海市,浦东\n'
    ).encode()

    report = await check_customers(
        clerk, data, "c.csv", MAPPING, ImportOptions(commit=CommitMode.VALID_ROWS_ONLY)
    )

    assert [(p.row, p.code, p.message.split(":")[0]) for p in report.problems] == [
        (2, "TOO_MANY_CELLS", "lines 2-4"),
    ]
    assert report.valid_rows == 1  # line 5, row 3


async def test_a_line_break_where_none_belongs_says_a_quote_may_be_unbalanced(
    branches, clerk
):
    data = (HEADER + '王芳,"教师,深圳\n李娜,医生,广州"\n张伟,工程师,北京\n').encode()

    report = await check_customers(
        clerk, data, "c.csv", MAPPING, ImportOptions(commit=CommitMode.VALID_ROWS_ONLY)
    )

    assert [(p.row, p.column, p.code, p.message) for p in report.problems] == [
        (2, None, "TOO_FEW_CELLS", "lines 2-3: 2 cells under 3 headers"),
        (
            2,
            "occupation",
            "UNBALANCED_QUOTE",
            "lines 2-3: a line break in this cell; a quote may be unbalanced",
        ),
    ]
    assert report.valid_rows == 1  # 张伟, line 4


async def test_a_quoted_address_over_two_lines_imports(branches, clerk):
    data = (HEADER + '王芳,教师,"深圳市南山区\n科技园1号"\n').encode()

    report = await import_customers(clerk, data, "c.csv", MAPPING)

    assert (report.created_rows, report.problems) == (1, [])
