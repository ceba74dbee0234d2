"""Every complaint category of the public data has a code and Chinese labels."""

from collections import defaultdict

from cims.analytics.triage import cfpb_categories, cfpb_rows, product_label
from cims.domain import category_labels


def test_every_cfpb_product_and_issue_has_a_code_and_a_chinese_label():
    # Fails when the data gains a product or issue: add it to category_labels.
    products = {product_label(row["Product"]) for row in cfpb_rows()}
    issues = {row["Issue"] for row in cfpb_rows()}

    assert sorted(products - category_labels.PRODUCTS.keys()) == []
    assert sorted(issues - category_labels.ISSUES.keys()) == []
    assert all(category_labels.cfpb_labels(p, i) for p, i in cfpb_categories())


def test_the_labels_are_chinese_and_the_codes_distinct():
    for table in (category_labels.PRODUCTS, category_labels.ISSUES):
        codes = [label.code for label in table.values()]
        assert len(set(codes)) == len(codes)
        for english, label in table.items():
            assert any("\u4e00" <= ch <= "\u9fff" for ch in label.zh), english
            assert label.code.isascii() and "." not in label.code, english


def test_no_two_categories_share_a_code_or_a_chinese_name():
    # Two issues of one product worded alike in Chinese could not be told apart.
    codes, names = set(), defaultdict(set)
    for product, issue in cfpb_categories():
        labels = category_labels.cfpb_labels(product, issue)
        assert labels.code not in codes
        codes.add(labels.code)
        assert labels.issue_zh not in names[product], (product, issue)
        names[product].add(labels.issue_zh)
