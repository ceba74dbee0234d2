"""Codes and Chinese labels of the complaint categories that come from the CFPB data.

The public complaint data (``cims/data/cfpb_complaints.csv``) names products and issues
in English only. Each product and each issue found there has a stable code (ASCII, never
reused for another meaning) and the Chinese a bank's complaint desk would use. A
category's code is ``<product code>.<issue code>``.

The English text is the key, as the CFPB writes it (after ``triage.CFPB_RENAMES`` folds
retired product names into current ones). A product or issue the data gains without a
row here fails ``tests/domain/test_category_labels.py``: add it here, checked by someone
who reads both languages. Bank-defined categories carry their own code and labels
(``complaints.add_category``), not these.
"""

from __future__ import annotations

from typing import NamedTuple


class Label(NamedTuple):
    code: str
    zh: str


PRODUCTS: dict[str, Label] = {
    "Checking or savings account": Label("deposit_account", "活期及储蓄账户"),
    "Credit card or prepaid card": Label("card", "信用卡或预付卡"),
    "Credit reporting or other personal consumer reports": Label(
        "credit_report", "征信及其他个人信用报告"
    ),
    "Debt collection": Label("debt_collection", "债务催收"),
    "Debt or credit management": Label("debt_management", "债务或信用管理服务"),
    "Money transfer, virtual currency, or money service": Label(
        "money_transfer", "汇款、虚拟货币及其他货币服务"
    ),
    "Mortgage": Label("mortgage", "个人住房贷款"),
    "Payday loan, title loan, or personal loan": Label(
        "personal_loan", "小额短期贷款、车辆抵押贷款或个人贷款"
    ),
    "Student loan": Label("student_loan", "助学贷款"),
    "Vehicle loan or lease": Label("vehicle_loan", "汽车贷款或融资租赁"),
}

ISSUES: dict[str, Label] = {
    # Deposit accounts
    "Account opening, closing, or management": Label(
        "account_lifecycle", "开户、销户或账户管理"
    ),
    "Closing an account": Label("closing_account", "销户"),
    "Managing an account": Label("managing_account", "账户管理"),
    "Opening an account": Label("opening_account", "开户"),
    "Problem caused by your funds being low": Label("low_funds", "余额不足引发的问题"),
    "Problem with a lender or other company charging your account": Label(
        "third_party_debit", "贷款机构或其他公司从账户扣款"
    ),
    # Cards
    "APR or interest rate": Label("apr", "年化利率或利率"),
    "Advertising and marketing, including promotional offers": Label(
        "advertising", "广告营销（含促销优惠）"
    ),
    "Billing statement": Label("billing_statement", "账单"),
    "Closing your account": Label("account_closure", "账户关闭"),
    "Collection practices": Label("collection_practices", "催收方式"),
    "Fees or interest": Label("fees_or_interest", "费用或利息"),
    "Getting a credit card": Label("getting_credit_card", "申办信用卡"),
    "Identity theft / Fraud / Embezzlement": Label(
        "identity_theft", "身份冒用、欺诈或侵占"
    ),
    "Other": Label("other", "其他"),
    "Other features, terms, or problems": Label(
        "other_features", "其他功能、条款或问题"
    ),
    "Problem getting a card or closing an account": Label(
        "card_issuance_or_closing", "领卡或销户问题"
    ),
    "Problem when making payments": Label("making_payments", "还款时遇到的问题"),
    "Problem with a purchase or transfer": Label(
        "purchase_or_transfer", "消费或转账问题"
    ),
    "Problem with a purchase shown on your statement": Label(
        "statement_purchase", "账单所列消费有误"
    ),
    "Struggling to pay your bill": Label("struggling_to_pay_bill", "无力偿还账单"),
    "Transaction issue": Label("transaction_issue", "交易问题"),
    "Trouble using the card": Label("prepaid_card_use", "预付卡使用问题"),
    "Trouble using your card": Label("credit_card_use", "信用卡使用问题"),
    # Credit reports
    "Confusing or missing disclosures": Label("disclosures", "信息披露不清或缺失"),
    "Credit monitoring or identity theft protection services": Label(
        "credit_monitoring", "信用监控或身份盗用保护服务"
    ),
    "Improper use of your report": Label("improper_report_use", "信用报告被不当使用"),
    "Incorrect information on your report": Label(
        "incorrect_report", "信用报告信息有误"
    ),
    "Problem with a company's investigation into an existing problem": Label(
        "company_investigation", "机构对已反映问题的调查处理"
    ),
    # The older wording of the same issue, still in some rows of August 2023.
    "Problem with a company's investigation into an existing issue": Label(
        "company_investigation_old", "机构对已反映问题的调查处理（旧版分类）"
    ),
    "Problem with a credit reporting company's investigation into an existing problem": (
        Label("bureau_investigation", "征信机构对已反映问题的调查处理")
    ),
    "Problem with fraud alerts or security freezes": Label(
        "fraud_alert_or_freeze", "欺诈警示或信用冻结问题"
    ),
    "Unable to get your credit report or credit score": Label(
        "report_unavailable", "无法获取信用报告或信用评分"
    ),
    # Debt collection and debt management
    "Attempts to collect debt not owed": Label("debt_not_owed", "催收并不存在的欠款"),
    "Communication tactics": Label("communication_tactics", "催收沟通方式不当"),
    "False statements or representation": Label("false_statements", "虚假陈述"),
    "Threatened to contact someone or share information improperly": Label(
        "improper_contact", "威胁联系他人或不当泄露信息"
    ),
    "Took or threatened to take negative or legal action": Label(
        "legal_action", "采取或威胁采取不利措施或法律行动"
    ),
    "Written notification about debt": Label("debt_notice", "债务书面通知"),
    "Didn't provide services promised": Label(
        "services_not_provided", "未提供承诺的服务"
    ),
    # Money services
    "Fraud or scam": Label("fraud_or_scam", "欺诈或诈骗"),
    "Managing, opening, or closing your mobile wallet account": Label(
        "mobile_wallet", "移动钱包账户的开立、管理或注销"
    ),
    "Other transaction problem": Label("other_transaction", "其他交易问题"),
    "Unauthorized transactions or other transaction problem": Label(
        "unauthorised_transaction", "未经授权的交易或其他交易问题"
    ),
    "Unexpected or other fees": Label("unexpected_fees", "意外收费或其他费用"),
    "Wrong amount charged or received": Label("wrong_amount", "扣款或到账金额有误"),
    # Mortgages
    "Applying for a mortgage or refinancing an existing mortgage": Label(
        "mortgage_application", "申请房贷或现有房贷转贷"
    ),
    "Closing on a mortgage": Label("mortgage_closing", "房贷签约放款"),
    "Loan modification,collection,foreclosure": Label(
        "modification_or_foreclosure", "贷款变更、催收或止赎"
    ),
    "Loan servicing, payments, escrow account": Label(
        "loan_servicing", "贷后服务、还款或托管账户"
    ),
    "Settlement process and costs": Label("settlement_costs", "交割流程及费用"),
    "Struggling to pay mortgage": Label("struggling_to_pay_mortgage", "无力偿还房贷"),
    "Trouble during payment process": Label("payment_process", "还款过程中遇到的问题"),
    # Loans
    "Can't contact lender or servicer": Label(
        "lender_unreachable", "无法联系贷款机构或贷后服务机构"
    ),
    "Charged fees or interest you didn't expect": Label(
        "unexpected_charges", "被收取意料之外的费用或利息"
    ),
    "Getting the loan": Label("getting_loan", "申请贷款"),
    "Problem with the payoff process at the end of the loan": Label(
        "payoff_process", "贷款到期结清问题"
    ),
    "Struggling to pay your loan": Label("struggling_to_pay_loan", "无力偿还贷款"),
    "Vehicle was repossessed or sold the vehicle": Label(
        "vehicle_repossessed", "车辆被收回或被处置"
    ),
    "Was approved for a loan, but didn't receive the money": Label(
        "loan_not_disbursed", "贷款已获批但未收到款项"
    ),
    "Dealing with your lender or servicer": Label(
        "dealing_with_lender", "与贷款机构或贷后服务机构的往来问题"
    ),
    "Problems when you are unable to pay": Label(
        "unable_to_pay", "无力还款时遇到的问题"
    ),
    "Struggling to repay your loan": Label("struggling_to_repay", "偿还贷款有困难"),
    "Getting a loan or lease": Label("getting_loan_or_lease", "申请贷款或融资租赁"),
    "Managing the loan or lease": Label("managing_loan_or_lease", "贷款或融资租赁管理"),
    "Problems at the end of the loan or lease": Label(
        "end_of_loan_or_lease", "贷款或融资租赁到期时的问题"
    ),
}


class CategoryLabels(NamedTuple):
    code: str
    product_zh: str
    issue_zh: str


def cfpb_labels(product: str, issue: str) -> CategoryLabels | None:
    """The code and Chinese labels of a CFPB category; None when the table lacks one."""
    p, i = PRODUCTS.get(product), ISSUES.get(issue)
    if p is None or i is None:
        return None
    return CategoryLabels(f"{p.code}.{i.code}", p.zh, i.zh)


def product_zh(product: str) -> str | None:
    label = PRODUCTS.get(product)
    return label.zh if label else None


def issue_zh(issue: str) -> str | None:
    label = ISSUES.get(issue)
    return label.zh if label else None
