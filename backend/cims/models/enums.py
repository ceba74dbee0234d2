"""Enumerations stored as short strings, shared by models, domain and API."""

from enum import StrEnum


class CustomerKind(StrEnum):
    INDIVIDUAL = "individual"
    CORPORATE = "corporate"


class CustomerStatus(StrEnum):
    PROSPECT = "prospect"
    ACTIVE = "active"
    DORMANT = "dormant"
    CLOSED = "closed"


class KycStatus(StrEnum):
    PENDING = "pending"
    VERIFIED = "verified"
    EXPIRED = "expired"
    REJECTED = "rejected"


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"
    UNKNOWN = "unknown"


class IdType(StrEnum):
    RESIDENT_ID = "resident_id"
    PASSPORT = "passport"
    HK_MACAO_PERMIT = "hk_macao_permit"
    TAIWAN_PERMIT = "taiwan_permit"
    SOCIAL_CREDIT_CODE = "social_credit_code"
    OTHER = "other"


class MaritalStatus(StrEnum):
    SINGLE = "single"
    MARRIED = "married"
    DIVORCED = "divorced"
    WIDOWED = "widowed"
    SEPARATED = "separated"
    UNKNOWN = "unknown"


class Source(StrEnum):
    MANUAL = "manual"
    IMPORT = "import"
    API = "api"


class ProductCategory(StrEnum):
    DEPOSIT = "deposit"
    TIME_DEPOSIT = "time_deposit"
    CREDIT_CARD = "credit_card"
    LOAN = "loan"
    MORTGAGE = "mortgage"
    WEALTH = "wealth"
    INSURANCE = "insurance"


class AccountStatus(StrEnum):
    ACTIVE = "active"
    DORMANT = "dormant"
    FROZEN = "frozen"
    CLOSED = "closed"


class Direction(StrEnum):
    CREDIT = "credit"
    DEBIT = "debit"


class Channel(StrEnum):
    BRANCH = "branch"
    PHONE = "phone"
    ONLINE = "online"
    MOBILE = "mobile"
    ATM = "atm"
    POS = "pos"
    WECHAT = "wechat"
    EMAIL = "email"
    LETTER = "letter"


class IncomeBand(StrEnum):
    """Annual income in CNY: below 50k, 50-100k, 100-200k, 200-500k, 500k and up."""

    UNKNOWN = "unknown"
    LOW = "low"
    LOWER_MIDDLE = "lower_middle"
    MIDDLE = "middle"
    UPPER_MIDDLE = "upper_middle"
    HIGH = "high"


class SegmentKind(StrEnum):
    RULE = "rule"
    LEARNED = "learned"


class ValueTier(StrEnum):
    PLATINUM = "platinum"
    GOLD = "gold"
    SILVER = "silver"
    BRONZE = "bronze"


class RecommendationStatus(StrEnum):
    OFFERED = "offered"
    ACCEPTED = "accepted"
    DECLINED = "declined"


class ViewVisibility(StrEnum):
    PRIVATE = "private"
    TEAM = "team"
